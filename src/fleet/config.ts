// The fleet file of `apply`: found in the workspace, parsed (YAML 1.2), checked against the published
// JSON Schema, and every value read by the parser of the input of the same name, so that a step and a
// file read alike. Every problem names the file, the line and the key, before any request is sent.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError, LookupError, Refusal } from '../common/errors.js'
import {
  checkImageInputs,
  SCOPE_ONLY_INPUTS,
  VALUE_INPUTS,
  type InputKey,
  type OperationInputs
} from '../inputs/vocabulary.js'
import type { ScopeKind } from '../common/scope.js'
import type { Parser } from '../inputs/formats.js'
import {
  FLEET_SECTIONS,
  FLEET_TOP_KEYS,
  isSection,
  type FleetKey,
  type FleetOptions,
  type Section
} from './fleet-keys.js'
import { schemaProblems, type Problem } from './schema-problems.js'
import { parseYaml, YamlSyntaxError, type YamlNode } from './yaml-tree.js'

export const DEFAULT_CONFIG = '.github/hosted-runners.yml'
const MAX_FILE_BYTES = 1024 * 1024
const MAX_SHOWN_PROBLEMS = 20

export { FLEET_SECTIONS, FLEET_TOP_KEYS, type Section }

/** The inputs an item of the section may hold. */
export const sectionKeys = (section: Section): InputKey[] => FLEET_SECTIONS[section].inputs

export interface FleetItem {
  line: number
  inputs: OperationInputs
  /** The values of the section's keys that are not inputs (`FLEET_SECTIONS[section].keys`). */
  keys: Record<string, unknown>
}

export interface Fleet {
  /** The path as the `config` input gave it. */
  file: string
  groups: FleetItem[]
  runners: FleetItem[]
  retention: FleetItem[]
  /** The top-level keys other than the lists (`FLEET_TOP_KEYS`), as given. */
  options: FleetOptions
  prune: boolean
  warnings: string[]
}

/** The file `config` names, read from the workspace; a path out of the workspace is refused. */
export function readFleetFile(config: string | undefined, workspace: string, scope: ScopeKind): Fleet {
  const file = config ?? DEFAULT_CONFIG
  const root = realpathSync(workspace)
  const inside = (path: string) => {
    const rel = relative(root, path)
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
  }
  const full = resolve(root, file)
  if (!inside(full))
    throw new InputError(
      'config',
      `Input 'config' must be a path inside the workspace (${root}); got '${file}'.`
    )
  if (!existsSync(full))
    throw new InputError(
      'config',
      `Input 'config': no file '${file}' in the workspace (${root}). Check out the repository first (actions/checkout), or set 'config'.`
    )
  const real = realpathSync(full)
  if (!inside(real))
    throw new InputError('config', `Input 'config': '${file}' links to a file outside the workspace.`)
  if (!statSync(real).isFile() || statSync(real).size > MAX_FILE_BYTES)
    throw new InputError('config', `Input 'config': '${file}' is not a file of at most 1 MiB.`)
  return parseFleet(readFileSync(real, 'utf8'), file, scope)
}

/** The fleet a file's text declares; throws one InputError listing every problem. */
export function parseFleet(source: string, file: string, scope: ScopeKind): Fleet {
  let tree: YamlNode | undefined
  try {
    tree = parseYaml(source)
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error
    throw new InputError('config', `${file} line ${error.line}: not valid YAML: ${error.message}.`)
  }
  const fleet: Fleet = {
    file,
    groups: [],
    runners: [],
    retention: [],
    options: {},
    prune: false,
    warnings: []
  }
  if (!tree) return fleet
  const problems = schemaProblems(tree)
  if (problems.length === 0 && tree.kind === 'mapping') {
    const reading = { scope, problems, warnings: fleet.warnings, file }
    for (const { key, value, line } of tree.entries) {
      if (!isSection(key)) {
        const format = FLEET_TOP_KEYS[key as keyof typeof FLEET_TOP_KEYS].format
        for (const read of readValue(format, value, { line, path: key }, reading))
          Object.assign(fleet.options, { [key]: read })
      } else if (value.kind === 'sequence') {
        const items = value.items.map((item, i) => readItem(key, item, `${key}[${i}]`, reading))
        const found = items.filter((item): item is FleetItem => item !== undefined)
        if (key === 'runner-groups') fleet.groups = found
        if (key === 'hosted-runners') fleet.runners = found
        if (key === 'image-retention') fleet.retention = found
      }
    }
    fleet.prune = fleet.options.prune ?? false
    checkUnique(fleet, problems)
  }
  if (problems.length > 0) throw new InputError('config', describeProblems(file, problems))
  return fleet
}

const toKey = (name: string): InputKey =>
  name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as InputKey

interface Reading {
  scope: ScopeKind
  problems: Problem[]
  warnings: string[]
  file: string
}

function readItem(section: Section, node: YamlNode, path: string, reading: Reading): FleetItem | undefined {
  if (node.kind !== 'mapping') return undefined
  const { scope, problems } = reading
  const inputs: OperationInputs = {}
  const keys: Record<string, unknown> = {}
  const more: Record<string, FleetKey> = FLEET_SECTIONS[section].keys
  const before = problems.length
  const other: ScopeKind = scope === 'org' ? 'enterprise' : 'org'
  for (const entry of node.entries) {
    const at = { line: entry.line, path: `${path}.${entry.key}` }
    if (Object.hasOwn(more, entry.key)) {
      for (const value of readValue(more[entry.key]!.format, entry.value, at, reading))
        keys[entry.key] = value
      continue
    }
    const key = toKey(entry.key)
    if (SCOPE_ONLY_INPUTS[other].includes(key)) {
      problems.push({
        ...at,
        message: `is for ${other === 'org' ? 'organization' : 'enterprise'} scope only`
      })
      continue
    }
    for (const value of readValue(VALUE_INPUTS[key], entry.value, at, reading))
      Object.assign(inputs, { [key]: value })
  }
  if (problems.length > before) return undefined
  try {
    if (section === 'hosted-runners') checkImageInputs(inputs)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const entry = node.entries.find((e) => e.key === error.input)
    problems.push({
      line: entry?.line ?? node.line,
      path: `${path}.${error.input}`,
      message: withoutInputName(error.message)
    })
    return undefined
  }
  return { line: node.line, inputs, keys }
}

/** The value of one key, read by its format as the input of that name would be: `[value]`, or `[]` and a problem. */
function readValue(
  format: Parser<unknown>,
  node: YamlNode,
  at: { line: number; path: string },
  { problems, warnings, file }: Reading
): unknown[] {
  const text = textOf(node)
  if (text.trim() === '') {
    problems.push({ ...at, message: 'has no value' })
    return []
  }
  try {
    const name = at.path.replace(/^.*\./, '')
    return [format(text.trim(), name, (m) => warnings.push(`${file} line ${at.line}: ${m}`))]
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.push({ ...at, message: withoutInputName(error.message) })
    return []
  }
}

/** A scalar's text, or a list's items as a YAML flow list (JSON), which the list parsers read back as text. */
function textOf(node: YamlNode): string {
  if (node.kind === 'scalar') return node.type === 'null' ? '' : node.text
  if (node.kind === 'sequence')
    return JSON.stringify(node.items.map((item) => (item.kind === 'scalar' ? item.text : '')))
  return ''
}

const withoutInputName = (message: string) => message.replace(/^Input '[^']*':? /, '')

function checkUnique(fleet: Fleet, problems: Problem[]): void {
  const lists: Array<[Section, FleetItem[], (i: OperationInputs) => string | undefined]> = [
    ['runner-groups', fleet.groups, (i) => i.groupName],
    ['hosted-runners', fleet.runners, (i) => i.runnerName],
    ['image-retention', fleet.retention, (i) => i.customImage && JSON.stringify(i.customImage)]
  ]
  for (const [section, items, nameOf] of lists) {
    const seen = new Map<string, number>()
    for (const item of items) {
      const name = nameOf(item.inputs) as string
      const first = seen.get(name)
      if (first !== undefined)
        problems.push({
          line: item.line,
          path: section,
          message: `declares ${name} again (first at line ${first})`
        })
      else seen.set(name, item.line)
    }
  }
}

function describeProblems(file: string, problems: Problem[]): string {
  const shown = problems
    .slice(0, MAX_SHOWN_PROBLEMS)
    .map((p) => `${file} line ${p.line}, key '${p.path}': ${p.message.replace(/\.$/, '')}.`)
  const more =
    problems.length > MAX_SHOWN_PROBLEMS ? [`…and ${problems.length - MAX_SHOWN_PROBLEMS} more.`] : []
  const head = problems.length === 1 ? '' : `${file} has ${problems.length} problems: `
  return head + [...shown, ...more].join(' ')
}

/** An error about one item, told with the file and line it comes from. */
export function atItem(fleet: Fleet, item: FleetItem, what: string, error: unknown): unknown {
  const prefix = `${fleet.file} line ${item.line} (${what})`
  if (error instanceof InputError)
    return new InputError(error.input, `${prefix}: ${withoutInputName(error.message)}`)
  if (error instanceof LookupError)
    return new LookupError(error.input, `${prefix}: ${withoutInputName(error.message)}`)
  if (error instanceof Refusal)
    return new Refusal(error.input, `${prefix}: ${withoutInputName(error.message)}`)
  return error
}

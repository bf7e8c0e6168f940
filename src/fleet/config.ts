// The fleet file of `apply`: found in the workspace, parsed (YAML 1.2), checked against the published
// JSON Schema, and every value read by the parser of the input of the same name, so that a step and a
// file read alike. Every problem names the file, the line and the key, before any request is sent.
import { readFileSync, statSync } from 'node:fs'
import { isUserError, UserError } from '../common/errors.js'
import { RETENTION_INPUTS } from '../core/cleanup-plan.js'
import { GROUP_INPUTS } from '../core/group-plan.js'
import { RUNNER_INPUTS } from '../core/runner-plan.js'
import {
  checkImageInputs,
  SCOPE_ONLY_INPUTS,
  VALUE_INPUTS,
  type InputKey,
  type OperationInputs
} from '../inputs/vocabulary.js'
import type { ScopeKind } from '../common/scope.js'
import { check, type Problem } from './schema-check.js'
import { parseYaml, YamlSyntaxError, type YamlNode } from './yaml-tree.js'
import { duplicateNames, hiddenCharacter } from './name-rules.js'
import { workspaceFile } from './workspace-path.js'
import { annotated } from '../common/annotations.js'
import { checkPreviousNames } from './previous-names.js'

const MAX_FILE_BYTES = 1024 * 1024
const MAX_SHOWN_PROBLEMS = 20

/**
 * Each list of the file, and the inputs its items may hold: those of ensure-group, ensure-runner and
 * cleanup-image-versions, less `runner-id` (the file names runners), the wait inputs (apply does not
 * wait), and `max-deletions` (the step's input caps every deletion of the plan together).
 */
export const FLEET_SECTIONS = {
  'runner-groups': [...GROUP_INPUTS, 'previousNames'],
  'hosted-runners': [...RUNNER_INPUTS, 'previousNames'],
  'image-retention': RETENTION_INPUTS
} satisfies Record<string, InputKey[]>
export type Section = keyof typeof FLEET_SECTIONS

/** The inputs an item of the section may hold. */
export const sectionKeys = (section: Section): InputKey[] => FLEET_SECTIONS[section]

export interface FleetItem {
  line: number
  inputs: OperationInputs
}

export interface Fleet {
  /** The path as the `config` input gave it. */
  file: string
  /** The path relative to the workspace, as annotations name it. */
  path: string
  groups: FleetItem[]
  runners: FleetItem[]
  retention: FleetItem[]
  prune: boolean
  /** The owner the file names (`organization:` or `enterprise:`), with its line. */
  owner?: FleetOwner
  warnings: string[]
}

export interface FleetOwner {
  kind: ScopeKind
  name: string
  line: number
}

/** The file `config` names, read from the workspace; a path out of the workspace is refused. */
export function readFleetFile(config: string | undefined, workspace: string, scope: ScopeKind): Fleet {
  const { given: file, full, relative } = workspaceFile(config, workspace)
  if (!statSync(full).isFile() || statSync(full).size > MAX_FILE_BYTES)
    throw new UserError('input', 'config', `Input 'config': '${file}' is not a file of at most 1 MiB.`)
  return parseFleet(readFileSync(full, 'utf8'), file, scope, relative)
}

/** The fleet a file's text declares; throws one input UserError listing every problem. */
export function parseFleet(source: string, file: string, scope: ScopeKind, path = file): Fleet {
  let tree: YamlNode | undefined
  try {
    tree = parseYaml(source)
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error
    const message = `${file} line ${error.line}: not valid YAML: ${error.message}.`
    throw annotated(new UserError('input', 'config', message), [{ file: path, line: error.line, message }])
  }
  const fleet: Fleet = { file, path, groups: [], runners: [], retention: [], prune: false, warnings: [] }
  if (!tree) return fleet
  const problems = check(tree)
  if (problems.length === 0 && tree.kind === 'mapping') {
    for (const { key, value } of tree.entries) {
      if (key === 'prune') fleet.prune = value.kind === 'scalar' && value.text.toLowerCase() === 'true'
      else if (key === 'organization' || key === 'enterprise') {
        if (fleet.owner)
          problems.push({
            line: value.line,
            path: key,
            message: "give 'organization' or 'enterprise', not both"
          })
        else
          fleet.owner = {
            kind: key === 'organization' ? 'org' : 'enterprise',
            name: textOf(value),
            line: value.line
          }
      } else if (value.kind === 'sequence') {
        const items = value.items.map((item, i) =>
          readItem(key as Section, item, `${key}[${i}]`, { scope, problems, warnings: fleet.warnings, file })
        )
        const found = items.filter((item): item is FleetItem => item !== undefined)
        if (key === 'runner-groups') fleet.groups = found
        if (key === 'hosted-runners') fleet.runners = found
        if (key === 'image-retention') fleet.retention = found
      }
    }
    checkUnique(fleet, problems)
    if (fleet.prune && !fleet.owner)
      problems.push({
        line: tree.entries.find((e) => e.key === 'prune')?.line ?? 1,
        path: 'prune',
        message:
          "prune: true needs the owner the file describes at the top, 'organization: <login>' or 'enterprise: <slug>', so that a step with another scope deletes nothing"
      })
    checkPreviousNames(
      [
        ['runner-groups', fleet.groups, (item) => String(item.inputs.groupName)],
        ['hosted-runners', fleet.runners, (item) => String(item.inputs.runnerName)]
      ],
      problems
    )
  }
  if (problems.length > 0) {
    const message = describeProblems(file, problems)
    const annotations = problems.map((p) => ({
      file: path,
      line: p.line,
      message: problems.length === 1 ? message : problemText(file, p)
    }))
    throw annotated(new UserError('input', 'config', message), annotations)
  }
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
  const { scope, problems, file } = reading
  const inputs: OperationInputs = {}
  const before = problems.length
  const other: ScopeKind = scope === 'org' ? 'enterprise' : 'org'
  for (const entry of node.entries) {
    const key = toKey(entry.key)
    const at = { line: entry.line, path: `${path}.${entry.key}` }
    const text = textOf(entry.value)
    if (SCOPE_ONLY_INPUTS[other].includes(key)) {
      problems.push({
        ...at,
        message: `is for ${other === 'org' ? 'organization' : 'enterprise'} scope only`
      })
      continue
    }
    // GitHub's enterprise groups have no `private` visibility (the GHEC schema's enum is all, selected).
    if (key === 'visibility' && scope === 'enterprise' && text.trim() === 'private') {
      problems.push({
        ...at,
        message: "is 'private', which enterprise runner groups do not have: use all or selected"
      })
      continue
    }
    const hidden = hiddenCharacter(text)
    if (hidden) {
      problems.push({
        ...at,
        message: `holds an invisible or direction-changing character (${hidden}): names must read as they are`
      })
      continue
    }
    if (text.trim() === '') {
      problems.push({ ...at, message: 'has no value' })
      continue
    }
    try {
      const parse = VALUE_INPUTS[key] as (raw: string, input: string, warn: (m: string) => void) => unknown
      Object.assign(inputs, {
        [key]: parse(text.trim(), entry.key, (m) => reading.warnings.push(`${file} line ${entry.line}: ${m}`))
      })
    } catch (error) {
      if (!isUserError(error, 'input')) throw error
      problems.push({ ...at, message: withoutInputName(error.message) })
    }
  }
  if (problems.length > before) return undefined
  try {
    if (section === 'hosted-runners') checkImageInputs(inputs)
  } catch (error) {
    if (!isUserError(error, 'input')) throw error
    const entry = node.entries.find((e) => e.key === error.input)
    problems.push({
      line: entry?.line ?? node.line,
      path: `${path}.${error.input}`,
      message: withoutInputName(error.message)
    })
    return undefined
  }
  return { line: node.line, inputs }
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
  const one = (name: string | undefined) => (name === undefined ? [] : [name])
  problems.push(
    ...duplicateNames([
      { section: 'runner-groups', items: fleet.groups, namesOf: (i) => one(i.groupName) },
      { section: 'hosted-runners', items: fleet.runners, namesOf: (i) => one(i.runnerName) },
      {
        section: 'image-retention',
        items: fleet.retention,
        namesOf: (i) => [i.customImage ? JSON.stringify(i.customImage) : 'every other image']
      }
    ])
  )
}

function describeProblems(file: string, problems: Problem[]): string {
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => problemText(file, p))
  const more =
    problems.length > MAX_SHOWN_PROBLEMS ? [`…and ${problems.length - MAX_SHOWN_PROBLEMS} more.`] : []
  const head = problems.length === 1 ? '' : `${file} has ${problems.length} problems: `
  return head + [...shown, ...more].join(' ')
}

const problemText = (file: string, p: Problem) =>
  `${file} line ${p.line}, key '${p.path}': ${p.message.replace(/\.$/, '')}.`

/** An error about one item, told with the file and line it comes from. */
export function atItem(fleet: Fleet, item: FleetItem, what: string, error: unknown): unknown {
  const prefix = `${fleet.file} line ${item.line} (${what})`
  const at = (message: string) => [{ file: fleet.path, line: item.line, message }]
  if (!(error instanceof UserError)) return error
  const message = `${prefix}: ${withoutInputName(error.message)}`
  return annotated(new UserError(error.kind, error.input, message), at(message))
}

// One item of the fleet file read as the step it stands for would read its inputs: every value through
// the parser of the input of the same name, so that a step and a file read alike. Each problem is
// pushed with its line and key; an item with any problem is left out.
import { isUserError } from '../common/errors.js'
import type { ScopeKind } from '../common/scope.js'
import type { Parser, TypedScalar } from '../inputs/formats.js'
import { SCOPE_ONLY_INPUTS, VALUE_INPUTS, type OperationInputs } from '../inputs/vocabulary.js'
import { inputOfKey, type Kind } from '../resources/kind.js'
import type { FleetItem } from './fleet.js'
import { withoutInputName, type Problem } from './fleet-problems.js'
import { unreadableCharacter } from './name-rules.js'
import type { YamlNode } from './yaml-tree.js'

export interface Reading {
  scope: ScopeKind
  problems: Problem[]
  warnings: string[]
  file: string
}

/** The item at `path` (`hosted-runners[2]`) of the kind's section, or undefined when it has a problem. */
export function readItem<L>(
  kind: Kind<L>,
  node: YamlNode,
  path: string,
  reading: Reading
): FleetItem | undefined {
  if (node.kind !== 'mapping') return undefined
  const { scope, problems } = reading
  const inputs: OperationInputs = {}
  const before = problems.length
  const other: ScopeKind = scope === 'org' ? 'enterprise' : 'org'
  for (const entry of node.entries) {
    const at = { line: entry.line, path: `${path}.${entry.key}` }
    const key = inputOfKey(kind, entry.key)
    // The schema names an unknown key first; this holds without it.
    if (!key) {
      problems.push({ ...at, message: `is not a key of ${kind.section} items` })
      continue
    }
    if (SCOPE_ONLY_INPUTS[other].includes(key)) {
      problems.push({
        ...at,
        message: `is for ${other === 'org' ? 'organization' : 'enterprise'} scope only`
      })
      continue
    }
    // GitHub's enterprise groups have no `private` visibility (the GHEC schema's enum is all, selected).
    if (key === 'visibility' && scope === 'enterprise' && textOf(entry.value).trim() === 'private') {
      problems.push({
        ...at,
        message: "is 'private', which enterprise runner groups do not have: use all or selected"
      })
      continue
    }
    for (const value of readValue(VALUE_INPUTS[key], entry.value, at, reading))
      Object.assign(inputs, { [key]: value })
  }
  if (problems.length > before) return undefined
  try {
    kind.itemRules?.check(inputs)
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

/** The value of one key, read by its format as the input of that name would be: `[value]`, or `[]` and a problem. */
export function readValue(
  format: Parser<unknown>,
  node: YamlNode,
  at: { line: number; path: string },
  { problems, warnings, file }: Reading
): unknown[] {
  const text = textOf(node)
  const unreadable = unreadableCharacter(text)
  if (unreadable) {
    problems.push({ ...at, message: `holds ${unreadable}: names must read as they are` })
    return []
  }
  if (text.trim() === '') {
    problems.push({ ...at, message: 'has no value' })
    return []
  }
  try {
    const name = at.path.replace(/^.*\./, '')
    const warn = (m: string) => warnings.push(`${file} line ${at.line}: ${m}`)
    // A reference keeps its YAML type: `"22"` names, `22` is an id (read-item's one identity rule).
    if (format.fromYaml) return [format.fromYaml(typedOf(node), name, warn)]
    return [format(text.trim(), name, warn)]
  } catch (error) {
    if (!isUserError(error, 'input')) throw error
    problems.push({ ...at, message: withoutInputName(error.message) })
    return []
  }
}

/** A scalar, or a list's items, with the text and whether YAML reads it as an integer. */
function typedOf(node: YamlNode): TypedScalar | TypedScalar[] {
  const scalar = (item: YamlNode): TypedScalar =>
    item.kind === 'scalar' && item.type !== 'null'
      ? { text: item.text.trim(), integer: item.type === 'integer' }
      : { text: '', integer: false }
  return node.kind === 'sequence' ? node.items.map(scalar) : scalar(node)
}

/** A scalar's text, or a list's items as a YAML flow list (JSON), which the list parsers read back as text. */
export function textOf(node: YamlNode): string {
  if (node.kind === 'scalar') return node.type === 'null' ? '' : node.text
  if (node.kind === 'sequence')
    return JSON.stringify(node.items.map((item) => (item.kind === 'scalar' ? item.text : '')))
  return ''
}

// One item of a registered kind's section (src/resources/index.ts) read by its rows: each key is the
// fleet key of one row, read by the parser of that row's input, as the input would be read in a step.
import type { Kind } from '../resources/kind.js'
import { inputOfKey } from '../resources/kind.js'
import { VALUE_INPUTS, type OperationInputs } from '../inputs/vocabulary.js'
import type { FleetItem } from './fleet.js'
import { readValue, type Reading } from './read-item.js'
import type { YamlNode } from './yaml-tree.js'

/** The item at `path` (`network-configurations[0]`), or undefined when it has a problem. */
export function readKindItem<L>(
  kind: Kind<L>,
  node: YamlNode,
  path: string,
  reading: Reading
): FleetItem | undefined {
  if (node.kind !== 'mapping') return undefined
  const before = reading.problems.length
  const inputs: OperationInputs = {}
  for (const entry of node.entries) {
    const at = { line: entry.line, path: `${path}.${entry.key}` }
    const input = inputOfKey(kind, entry.key)
    // The schema names an unknown key first; this holds without it.
    if (!input) {
      reading.problems.push({ ...at, message: `is not a key of ${kind.section} items` })
      continue
    }
    for (const value of readValue(VALUE_INPUTS[input], entry.value, at, reading))
      Object.assign(inputs, { [input]: value })
  }
  if (inputs[kind.name.input] === undefined && reading.problems.length === before)
    reading.problems.push({ line: node.line, path, message: `needs '${kind.name.fleetKey}'` })
  return reading.problems.length > before ? undefined : { line: node.line, inputs }
}

// The fleet file's `rollout:` mapping read into its settings: each key by its format (fleet-keys.ts),
// problems pushed with their line, and what the file leaves out taken from the defaults.
import { ROLLOUT_DEFAULTS, type BatchSize, type RolloutSettings } from '../resources/hosted-runner/rollout.js'
import { mappingKeys } from './fleet-keys.js'
import { readValue, type Reading } from './read-item.js'
import type { YamlNode } from './yaml-tree.js'

export function readRollout(node: YamlNode, reading: Reading): RolloutSettings | undefined {
  if (node.kind !== 'mapping') return undefined
  const rows = mappingKeys('rollout')
  const read: Record<string, unknown> = {}
  for (const entry of node.entries) {
    if (!Object.hasOwn(rows, entry.key)) continue
    const at = { line: entry.line, path: `rollout.${entry.key}` }
    for (const value of readValue(
      (rows[entry.key] as (typeof rows)[string]).format,
      entry.value,
      at,
      reading
    ))
      read[entry.key] = value
  }
  return {
    canary: (read.canary as number | undefined) ?? ROLLOUT_DEFAULTS.canary,
    batch: (read.batch as BatchSize | undefined) ?? ROLLOUT_DEFAULTS.batch,
    waitTimeoutMs: (read['wait-timeout'] as number | undefined) ?? ROLLOUT_DEFAULTS.waitTimeoutMs,
    rollback: (read.rollback as boolean | undefined) ?? ROLLOUT_DEFAULTS.rollback
  }
}

// A plan's digest: the canonical serialisation of its changes (src/core/change.ts), ids, seen values
// and dependencies included. A reviewed dry run's `plan-digest`, given back as `expected-plan-digest`,
// lets a later run send its writes only when its own plan is that very plan, on the very same objects.
import { createHash } from 'node:crypto'
import type { Change } from '../core/change.js'

/** JSON with every object's keys in sorted order, so that equal plans give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/**
 * The digest of a plan: every change with its object's id, the values it saw and wants, and what it
 * depends on; and how its image changes roll out (settings and waves) when the file says. A change's
 * reason is left out: a retention reason names a cut-off that moves with the clock, and the same deletes
 * are the same plan.
 */
export function planDigest(changes: readonly Change[], rollout?: unknown): string {
  const plan = changes.map(({ kind, object, id, name, seen, fields, depends_on }) => ({
    kind,
    object,
    id,
    name,
    seen: seen ?? {},
    fields,
    depends_on: [...(depends_on ?? [])].sort()
  }))
  // A plan without a rollout keeps the digest it has without one.
  const covered = rollout === undefined ? plan : { changes: plan, rollout }
  return createHash('sha256').update(canonicalJson(covered)).digest('hex')
}

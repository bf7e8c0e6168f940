// A plan's fingerprint: SHA-256 (hex) of its changes as canonical JSON (keys sorted at every level, no
// spaces). A reviewed dry run's `plan-digest`, given back as `expected-plan-digest`, lets a later run
// send its writes only when its own plan is that very plan.
import { createHash } from 'node:crypto'
import { PartialFailure } from '../common/errors.js'
import type { Outcome } from '../common/outcome.js'

/** What a change is, for the digest: what it does to which object, with every old and new value. */
export interface DigestedChange {
  kind: string
  object: string
  name: string
  fields: Record<string, { from: unknown; to: unknown }>
}

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
 * The digest of a plan, and of how its image changes roll out (settings and waves) when the file says.
 * A change's reason is left out: a retention reason names a cut-off that moves with the clock, and the
 * same deletes are the same plan.
 */
export function planDigest(changes: readonly DigestedChange[], rollout?: unknown): string {
  const plan = changes.map(({ kind, object, name, fields }) => ({ kind, object, name, fields }))
  // A plan without a rollout keeps the digest it always had.
  const covered = rollout === undefined ? plan : { changes: plan, rollout }
  return createHash('sha256').update(canonicalJson(covered)).digest('hex')
}

/**
 * With `expected-plan-digest`, a plan that is not the reviewed one is refused before any write: the step
 * fails, showing its own plan (`report` is what it leaves: outputs and summary).
 */
export function checkReviewedPlan(expected: string | undefined, digest: string, report: () => Outcome): void {
  if (expected === undefined || expected.toLowerCase() === digest) return
  const message =
    `The plan is not the reviewed one: its digest is ${digest}, 'expected-plan-digest' is ${expected}. ` +
    'Nothing was sent. GitHub or the file changed since the review: review the plan in the step summary and run the plan job again.'
  const { outputs, summary } = report()
  throw new PartialFailure(
    new Error(message),
    outputs,
    `**Not the reviewed plan:** nothing was sent.\n\n${summary}`
  )
}

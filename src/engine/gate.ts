// The one gate a plan passes before its first write, for `apply` and `cleanup-image-versions` alike: a
// list of rules, each one entry. The first rule that refuses stops the run: nothing is sent, the step
// fails naming the plan's changes (objects and ids), and the outputs and summary show the plan.
import { PartialFailure } from '../common/errors.js'
import type { Outcome } from '../common/outcome.js'
import { changeLabel, type Change } from '../core/change.js'

export interface GateFacts {
  changes: readonly Change[]
  digest: string
  dryRun: boolean
  /** `fail-on-changes`: a plan that is not empty is refused (a drift check). */
  failOnChanges?: boolean
  /** `expected-plan-digest` as given; '' when it was given blank. */
  expectedDigest?: string
  /** The fleet file's `require-reviewed-plan`. */
  requireReviewedPlan: boolean
  maxDeletions: number
  /** What the plan deletes, for the cap's message: `objects`, `image versions`. */
  deletes: string
  /** How to get under the cap, said after the count. */
  capAdvice: string
}

export interface Refusal {
  message: string
  /** The summary's first line. */
  note: string
  /** Shown as planned (every change `planned`) rather than as run. */
  asPlanned?: boolean
  /** The error the step fails with, when its kind matters (the command line's exit 3). */
  error?: Error
}

/** The failure of a drift check: the plan holds changes. */
export class PlanNotEmpty extends Error {
  override name = 'PlanNotEmpty'
}

/** Whether a run's failure is a drift check's. */
export const isPlanNotEmpty = (error: unknown): boolean =>
  (error instanceof PartialFailure ? error.cause : error) instanceof PlanNotEmpty

export type GateRule = (facts: GateFacts) => Refusal | undefined

/** At most this many changes are named in a refusal's message; the summary shows every one. */
const NAMED = 10

/** The plan's changes as a refusal names them: `delete hosted-runner 'tmp' (id 42)`. */
export function namedChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return 'it changes nothing'
  const named = changes.slice(0, NAMED).map(changeLabel).join('; ')
  return `its changes: ${named}${changes.length > NAMED ? `; and ${changes.length - NAMED} more (see the step summary)` : ''}`
}

/** `fail-on-changes: true`: a plan that is not empty fails before anything is sent. */
export const noChanges: GateRule = ({ failOnChanges, changes }) => {
  if (!failOnChanges || changes.length === 0) return undefined
  const count = changes.length
  const message =
    `The plan holds ${count} change${count === 1 ? '' : 's'} and input 'fail-on-changes' is true: nothing was sent. ` +
    'GitHub differs from what is declared: review the plan in the summary, then apply it or change the declaration.'
  return {
    message,
    note: '**Changes found:** nothing was sent.',
    asPlanned: true,
    error: new PlanNotEmpty(message)
  }
}

/** `require-reviewed-plan: true`: a run that sends writes must be given the digest of its own plan. */
export const reviewRequired: GateRule = ({ requireReviewedPlan, dryRun, expectedDigest, changes }) => {
  if (!requireReviewedPlan || dryRun || (expectedDigest ?? '') !== '') return undefined
  return {
    message:
      `require-reviewed-plan: true, and 'expected-plan-digest' is ${expectedDigest === undefined ? 'not given' : 'empty'}: nothing was sent. ` +
      `Run the plan (dry-run) job, review its plan and pass its 'plan-digest' output. The plan: ${namedChanges(changes)}.`,
    note: '**Refused: no reviewed plan.** Nothing was sent.'
  }
}

/** A given `expected-plan-digest` must be this plan's, and a blank one is refused, never skipped. */
export const reviewedDigest: GateRule = ({ expectedDigest, digest, changes }) => {
  if (expectedDigest === undefined || expectedDigest.toLowerCase() === digest) return undefined
  const given = expectedDigest.trim() === '' ? 'blank' : expectedDigest
  return {
    message:
      `The plan is not the reviewed one: its digest is ${digest}, 'expected-plan-digest' is ${given}. ` +
      'Nothing was sent. GitHub or the file changed since the review (an object may have been replaced by another of the same name): ' +
      `review the plan in the step summary and run the plan job again. This run's plan: ${namedChanges(changes)}.`,
    note: '**Not the reviewed plan:** nothing was sent.'
  }
}

/** `max-deletions`: a plan that deletes more is refused whole. */
export const deletionCap: GateRule = ({ changes, maxDeletions, deletes, capAdvice }) => {
  const count = changes.filter((c) => c.kind === 'delete').length
  if (count <= maxDeletions) return undefined
  return {
    message:
      `The plan would delete ${count} ${deletes}, more than max-deletions (${maxDeletions}): nothing was sent. ` +
      `Check the plan in the step summary, then set 'max-deletions' to ${count} or more, ${capAdvice}.`,
    note: '**Stopped by the safety cap:** nothing was sent.',
    asPlanned: true
  }
}

/** The rules, in the order they are asked. One more rule is one more entry. */
export const GATE_RULES: readonly GateRule[] = [noChanges, reviewRequired, reviewedDigest, deletionCap]

/**
 * Passes the plan through every rule; the first refusal throws, with what `report` leaves (its outputs
 * and summary, under the refusal's note).
 */
export function passGate(facts: GateFacts, report: (note: string, asPlanned: boolean) => Outcome): void {
  for (const rule of GATE_RULES) {
    const refusal = rule(facts)
    if (!refusal) continue
    const { outputs, summary } = report(refusal.note, refusal.asPlanned ?? false)
    throw new PartialFailure(refusal.error ?? new Error(refusal.message), outputs, summary)
  }
}

// `fail-on-changes: true` makes a plan a drift check: a plan that is not empty fails the step before
// anything is sent, leaving the plan in the outputs and the summary (the command line exits 3).
import { PartialFailure } from '../common/errors.js'
import type { Outcome } from '../common/outcome.js'

/** The failure of a drift check: the plan holds changes. */
export class PlanNotEmpty extends Error {
  override name = 'PlanNotEmpty'
}

/**
 * Throws when `failOnChanges` is set and the plan holds `changes` changes; `report` is what the run
 * leaves (outputs and summary), built as a dry run's: every change planned, none sent.
 */
export function checkNoChanges(
  failOnChanges: boolean | undefined,
  changes: number,
  report: () => Outcome
): void {
  if (!failOnChanges || changes === 0) return
  const message =
    `The plan holds ${changes} change${changes === 1 ? '' : 's'} and input 'fail-on-changes' is true: nothing was sent. ` +
    'GitHub differs from what is declared: review the plan in the summary, then apply it or change the declaration.'
  const { outputs, summary } = report()
  throw new PartialFailure(
    new PlanNotEmpty(message),
    outputs,
    `**Changes found:** nothing was sent.\n\n${summary}`
  )
}

/** Whether a run's failure is a drift check's. */
export const isPlanNotEmpty = (error: unknown): boolean =>
  (error instanceof PartialFailure ? error.cause : error) instanceof PlanNotEmpty

import type { Outputs } from './outputs.js'

/**
 * A failure after part of the work was done: the step still writes these outputs and this summary
 * (for example, which versions were deleted before a delete failed), then fails with the cause.
 */
export class PartialFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly outputs: Outputs,
    readonly summary: string
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'PartialFailure'
  }
}

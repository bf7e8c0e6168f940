// What an operation works with: its inputs, the request gateway, the name lookups, the log, and where
// it reports progress for a cancel.
import type { Outcome } from '../common/outcome.js'
import type { WaitClock } from '../github/client.js'
import type { CreateRetries } from '../engine/execute.js'
import type { RequestGateway } from '../github/request-gateway.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'

export interface OperationContext {
  inputs: OperationInputs
  gateway: RequestGateway
  names: NameResolver
  log: {
    info(message: string): void
    warning(message: string): void
    /** Lines folded under a title in the log (a collapsible group on GitHub). */
    group(title: string, lines: string[]): void
  }
  /** The folder `apply` reads its fleet file relative to: the workflow's workspace, or the current one. */
  workspace: string
  /** How a create whose answer was lost is tried again: its tries, the backoff unit and the sleep. */
  retries: CreateRetries
  /** The clock and sleep of the runner wait loop. */
  waitClock: WaitClock
  /** What is done so far: the outputs and summary a cancel now would leave, made only if one comes. */
  progress(partial: () => Outcome): void
}

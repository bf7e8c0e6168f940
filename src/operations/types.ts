import type { Outcome } from '../common/outcome.js'
import type { OperationContext } from './context.js'
import type { OperationSpec } from '../inputs/settings.js'

export type { Outcome } from '../common/outcome.js'
export type { OperationContext } from './context.js'

/** Every operation has this one shape: what it reads and checks before any request, and its run. */
export interface Operation extends OperationSpec {
  run(context: OperationContext): Promise<Outcome>
}

import type { NameResolver } from '../name-resolver.js'
import type { InputKey, OperationInputs } from '../input-vocabulary.js'
import type { Outputs } from '../outputs.js'
import type { RequestGateway } from '../request-gateway.js'
import type { ScopeKind } from '../scope.js'

/** An input key, or a list of keys of which at least one must be given. */
export type Requirement = InputKey | InputKey[]

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
  /** How a create whose answer was lost is tried again: its tries and the backoff unit. */
  retries: { count: number; backoffUnitMs: number }
  /** What is done so far: the outputs and summary a cancel now would leave, made only if one comes. */
  progress(partial: () => Outcome): void
}

export interface Outcome {
  outputs: Outputs
  /** Markdown for the step summary, below the heading. */
  summary: string
}

/** Every operation has this one shape: what it reads and checks before any request, and its run. */
export interface Operation {
  name: string
  /** Where the operation exists: an organization, an enterprise, or both. */
  scopes: readonly ScopeKind[]
  /** The inputs this operation reads; any other operation input is ignored with a warning. */
  reads: InputKey[]
  requires?: Requirement[]
  /** `runner-id` or `runner-name` picks an existing hosted runner. */
  picksRunner?: boolean
  /** With both `runner-id` and `runner-name`, the id picks the runner and the name is its new name. */
  renamesRunner?: boolean
  /** Checks between inputs, made before any request. */
  check?: (inputs: OperationInputs) => void
  run(context: OperationContext): Promise<Outcome>
}

import type { Api, Params, ParamsOf, Route } from '../api.js'
import type { InputKey, OperationInputs } from '../inputs.js'
import type { Outputs } from '../outputs.js'
import type { References } from '../references.js'

/** An input key, or a list of keys of which at least one must be given. */
export type Requirement = InputKey | InputKey[]

interface OperationBase {
  name: string
  /** The inputs this operation reads; any other operation input is ignored with a warning. */
  reads: InputKey[]
  requires?: Requirement[]
  /** `runner-id` or `runner-name` picks an existing hosted runner. */
  target?: 'runner'
  /** With both `runner-id` and `runner-name`, the id picks the runner and the name is its new name. */
  renamesRunner?: boolean
  /** Checks between inputs, made before any request. */
  check?: (inputs: OperationInputs) => void
}

export interface EndpointOperation extends OperationBase {
  kind: 'endpoint'
  route: Route
  /** A list answer: the key holding its items, and whether it is paginated. */
  list?: { items: string; allPages: boolean }
  /** Sets `runner-id`/`runner-name`/`status` or `runner-group-id`. */
  concerns?: 'runner' | 'group'
  /** The request's parameters (`org` is added). */
  params?: (inputs: OperationInputs, refs: References) => Promise<Params> | Params
  /** One request per item: the parameters of each. */
  paramsEach?: (inputs: OperationInputs, refs: References) => Promise<Params[]>
  /** A create: finds, by name, what a create whose answer was lost may have made. */
  findCreated?: (inputs: OperationInputs, refs: References) => Promise<unknown | undefined>
}

export interface OperationContext {
  inputs: OperationInputs
  api: Api
  refs: References
  log: { info(message: string): void; warning(message: string): void }
}

export interface Outcome {
  outputs: Outputs
  /** Markdown for the step summary, below the heading. */
  summary: string
}

export interface CompositeOperation extends OperationBase {
  kind: 'composite'
  run: (context: OperationContext) => Promise<Outcome>
}

export type Operation = EndpointOperation | CompositeOperation

type RowOf<R extends Route> = Partial<
  Omit<EndpointOperation, 'kind' | 'name' | 'route' | 'params' | 'paramsEach'>
> & {
  params?: (inputs: OperationInputs, refs: References) => Promise<ParamsOf<R>> | ParamsOf<R>
  paramsEach?: (inputs: OperationInputs, refs: References) => Promise<ParamsOf<R>[]>
}

/** One row of the endpoint table; the route's parameter types check `params`. */
export function endpoint<R extends Route>(name: string, route: R, row: RowOf<R> = {}): EndpointOperation {
  return { kind: 'endpoint', name, route, reads: [], ...(row as Partial<EndpointOperation>) }
}

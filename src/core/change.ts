// The change model: every write the action sends is a change of a plan, bound to the object it changes
// (its id, or none yet: to be created), to the values the plan saw on GitHub, to the values it wants,
// and to the changes it depends on. Pure data: the planners (this folder) make changes, the engine
// (src/engine/) gates, digests and executes them.
import type { PlannedWrite } from './planned-write.js'

/** What a change does to its object. */
export type ChangeAction = 'create' | 'update' | 'delete'

/**
 * The kinds of object a plan changes. A kind is first-class: the executor's precondition checks and
 * hooks are chosen by it (issue 26 moves each kind's fields and routes into src/resources/<kind>/).
 */
export type ResourceKind =
  | 'hosted-runner'
  | 'runner-group'
  | 'image-version'
  | 'custom-image'
  | 'network-configuration'
  /** An endpoint operation's one write whose object the action does not model (a member list…). */
  | 'request'

/** One change, as the `plan` output, the summary and the digest show it. */
export interface Change {
  kind: ChangeAction
  /** The kind of object changed. */
  object: ResourceKind
  /** The object's id on GitHub; null when the plan creates it. */
  id: number | string | null
  name: string
  /** The values the plan saw on the object, which a delete checks again just before it is sent. */
  seen?: Record<string, unknown>
  /** By input name, as the file has them: the value now (null on a create) and after. */
  fields: Record<string, { from: unknown; to: unknown }>
  /** The keys (changeKey) of the changes that must be done before this one is sent. */
  depends_on?: string[]
  /** Why a delete: `prune`, or the retention rule's reason. */
  reason?: string
  /** What GitHub does beyond the change, that a person must hear of (its writes' `warning`). Not digested. */
  warning?: string
}

/** A change with the writes that make it. */
export interface PlanEntry {
  change: Change
  writes: PlannedWrite[]
}

/** A change's key, unique in its plan and readable: `delete hosted-runner 42`, `create runner-group build`. */
export const changeKey = ({ kind, object, id, name }: Pick<Change, 'kind' | 'object' | 'id' | 'name'>) =>
  `${kind} ${object} ${id ?? name}`

/** A change named for a person, with its id: `delete hosted-runner 'tmp' (id 42)`. */
export const changeLabel = ({ kind, object, id, name }: Change) =>
  `${kind} ${object} '${name}'${id === null ? '' : ` (id ${id})`}`

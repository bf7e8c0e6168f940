// What the fleet engine needs of a kind that has a section of its own in the fleet file.
import type { PlanEntry } from '../core/change.js'
import type { RequestGateway } from '../github/request-gateway.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { Kind } from './kind.js'

/** What reads the scope's lists once per run (the run's name resolver). */
export interface ReadsOnce {
  gateway: RequestGateway
  perRun: { once<T>(key: string, load: () => Promise<T>): Promise<T>; forget(key: string): void }
}

/**
 * A registered kind. One planned on its own (network configurations) lists its objects and plans its
 * section by itself; runner groups, hosted runners and image retention name each other (a runner's group,
 * a runner's image version), so the plan of `apply` (engine/fleet-plan.ts) plans them together, each by
 * its own rows and plan.
 */
export interface FleetKind<Live> {
  kind: Kind<Live>
  /** Every object of the kind in the scope: one listing per run. */
  list?(reader: ReadsOnce): Promise<Live[]>
  /** The changes that make the scope hold the items (pure). */
  plan?(items: readonly OperationInputs[], live: readonly Live[]): PlanEntry[]
  /** The names of the objects the plan creates. */
  toCreate?(items: readonly OperationInputs[], live: readonly Live[]): string[]
}

/** A kind the registry lists that plans its own section. */
export type SelfPlannedKind<Live> = Required<FleetKind<Live>>

export const plansItself = <L>(entry: FleetKind<L>): entry is SelfPlannedKind<L> =>
  entry.list !== undefined && entry.plan !== undefined && entry.toCreate !== undefined

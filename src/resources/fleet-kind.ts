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

export interface FleetKind<Live> {
  kind: Kind<Live>
  /** Every object of the kind in the scope: one listing per run. */
  list(reader: ReadsOnce): Promise<Live[]>
  /** The changes that make the scope hold the items (pure). */
  plan(items: readonly OperationInputs[], live: readonly Live[]): PlanEntry[]
  /** The names of the objects the plan creates. */
  toCreate(items: readonly OperationInputs[], live: readonly Live[]): string[]
}

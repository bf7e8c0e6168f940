// The fleet a file declares, as the rest of `apply` sees it: its items (each the inputs of one ensure or
// retention step, with the line it starts at), prune, and the owner the file names.
import type { ScopeKind } from '../common/scope.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { RolloutSettings } from '../resources/hosted-runner/rollout.js'

export interface FleetItem {
  line: number
  inputs: OperationInputs
}

export interface FleetOwner {
  kind: ScopeKind
  name: string
  line: number
}

export interface Fleet {
  /** The path as the `config` input gave it. */
  file: string
  /** The path relative to the workspace, as annotations name it. */
  path: string
  groups: FleetItem[]
  runners: FleetItem[]
  retention: FleetItem[]
  /** The items of each registered kind's section (src/resources/index.ts), by section. */
  sections: Record<string, FleetItem[]>
  prune: boolean
  /** `require-reviewed-plan: true`: apply sends nothing without the digest of its own plan. */
  requireReviewedPlan: boolean
  /** The owner the file names (`organization:` or `enterprise:`), with its line. */
  owner?: FleetOwner
  /** How image changes roll out (`rollout:`), when the file says. */
  rollout?: RolloutSettings
  warnings: string[]
}

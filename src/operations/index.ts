// The catalog of operations: the endpoint table and the composite operations, one shape for all.
import { APPLY } from './apply.js'
import { cleanupImageVersions } from './cleanup.js'
import { ENDPOINT_OPERATIONS } from './endpoints.js'
import { ENSURE_GROUP } from './ensure-group.js'
import { ENSURE_RUNNER } from './ensure-runner.js'
import { NETWORK_OPERATIONS } from './network-endpoints.js'
import { EXPORT } from './export.js'
import type { Operation } from './types.js'
import { WAIT_RUNNER } from './wait-runner.js'

export type { Operation } from './types.js'

const ALL: Operation[] = [
  ...ENDPOINT_OPERATIONS,
  ...NETWORK_OPERATIONS,
  WAIT_RUNNER,
  ENSURE_RUNNER,
  ENSURE_GROUP,
  APPLY,
  EXPORT,
  cleanupImageVersions
]

export const OPERATIONS: Readonly<Record<string, Operation>> = Object.fromEntries(
  ALL.map((op) => [op.name, op])
)
export const OPERATION_NAMES: readonly string[] = ALL.map((op) => op.name)

/** The fleet file's keys (the command line words hints about the other inputs as flags). */
export { fleetKeyNames } from '../fleet/fleet-keys.js'

// The network configuration kind, as the registry lists it: its descriptor and rows (fields.ts), its
// listing (lookup.ts) and its plan (plan.ts).
import type { FleetKind } from '../fleet-kind.js'
import { NETWORK_CONFIGURATION_KIND, type NetworkConfiguration } from './fields.js'
import { listConfigurations } from './lookup.js'
import { configurationsToCreate, planConfigurations } from './plan.js'

export const NETWORK_CONFIGURATIONS: FleetKind<NetworkConfiguration> = {
  kind: NETWORK_CONFIGURATION_KIND,
  list: (reader) => listConfigurations(reader),
  plan: planConfigurations,
  toCreate: configurationsToCreate
}

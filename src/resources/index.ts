// The registry of kinds: each kind with a section of its own in the fleet file, in write order. The fleet
// file's reader and JSON Schema, export and the plan of `apply` iterate over this list; a new section is a
// new kind here. (Runners, groups and image retention join it when the engine moves to kinds.)
import type { FleetKind } from './fleet-kind.js'
import { NETWORK_CONFIGURATIONS } from './network-configuration/index.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own live type
export const KINDS: ReadonlyArray<FleetKind<any>> = [NETWORK_CONFIGURATIONS]

/** The kind whose section is `section`, if any. */
export const kindOfSection = (section: string) => KINDS.find((entry) => entry.kind.section === section)

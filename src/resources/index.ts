// The registry of kinds: each kind with a section of its own in the fleet file, in write order. The fleet
// file's reader and JSON Schema, export and the plan of `apply` iterate over this list; a new section is a
// new kind here.
import type { FleetKind } from './fleet-kind.js'
import { HOSTED_RUNNER_KIND } from './hosted-runner/fields.js'
import { IMAGE_RETENTION_KIND } from './image-retention/fields.js'
import { NETWORK_CONFIGURATIONS } from './network-configuration/index.js'
import { RUNNER_GROUP_KIND } from './runner-group/fields.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own live type
export const KINDS: ReadonlyArray<FleetKind<any>> = [
  NETWORK_CONFIGURATIONS,
  { kind: RUNNER_GROUP_KIND },
  { kind: HOSTED_RUNNER_KIND },
  { kind: IMAGE_RETENTION_KIND }
]

/** The kind whose section is `section`, if any. */
export const kindOfSection = (section: string) => KINDS.find((entry) => entry.kind.section === section)

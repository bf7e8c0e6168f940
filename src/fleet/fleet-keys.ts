// The keys of the fleet file, as data: its lists of items (the registered kinds' sections, src/resources/:
// each item's keys are its kind's rows) and its other top-level keys. The reader (`parse-fleet.ts`,
// `read-item.ts`), the messages about a key (`schema-problems.ts`) and the published JSON Schema
// (`npm run generate`) all come from here: a new key is one row, a new section one kind.
import {
  batchSize,
  boolean,
  enterpriseSlug,
  organization,
  wholeNumber,
  type Parser
} from '../inputs/formats.js'
import { VALUE_INPUTS, type InputKey } from '../inputs/vocabulary.js'
import { KINDS, kindOfSection } from '../resources/index.js'
import { fleetKeysOf, inputOfKey, inputsOfKind, type Kind } from '../resources/kind.js'

/** A key that is not an input: its format (parser and schema fragment) and what it means. */
export interface FleetKey {
  format: Parser<unknown>
  description: string
}

interface FleetSection {
  /** The inputs an item may hold, by their input names. */
  inputs: InputKey[]
  /** The input that names an item, when every item needs it. */
  required?: InputKey
  /** The name of the item's definition in the schema. */
  item: string
  description: string
}

/** A kind's section, from its descriptor (src/resources/). */
const sectionOf = <L>(kind: Kind<L>): FleetSection => ({
  inputs: inputsOfKind(kind),
  ...(kind.nameOptional ? {} : { required: kind.name.input }),
  item: kind.item,
  description: kind.description
})

/**
 * Each list of the file: the registered kinds' sections (src/resources/index.ts), in write order. An
 * item's keys are its kind's name, rows and other inputs: those of the operation it stands for, less
 * `runner-id` (the file names runners), the wait inputs (apply does not wait) and `max-deletions` (the
 * step's input caps every deletion of the plan together), plus `previous-names`, an input of the file only.
 */
export const FLEET_SECTIONS: Record<string, FleetSection> = Object.fromEntries(
  KINDS.map(({ kind }) => [kind.section, sectionOf(kind)])
)
export type Section = string

/** The file's top-level keys other than its lists, one row each (`Fleet.owner`, `Fleet.prune`, `Fleet.requireReviewedPlan`). */
export const FLEET_TOP_KEYS = {
  organization: {
    format: organization,
    description:
      'the login of the organization this file describes (letters, digits, single hyphens). A step whose scope is another organization, or an enterprise, is refused before any request. This or `enterprise` is required with prune: true.'
  },
  enterprise: {
    format: enterpriseSlug,
    description:
      'the slug of the enterprise this file describes (letters, digits, single hyphens). A step whose scope is another enterprise, or an organization (an empty `enterprise` input), is refused before any request. This or `organization` is required with prune: true.'
  },
  prune: {
    format: boolean,
    description:
      "true: delete the hosted runners and runner groups this file does not declare (never the default group, never an inherited one), capped by the step's max-deletions."
  },
  'require-reviewed-plan': {
    format: boolean,
    description:
      "true: apply (not a dry run) sends nothing unless the step's expected-plan-digest is the plan-digest of its own plan; a missing, empty or blank digest is refused, not skipped."
  }
} satisfies Record<string, FleetKey>

/** A top-level key that holds keys of its own (`rollout`), one row each. */
export interface FleetMapping {
  description: string
  keys: Record<string, FleetKey>
}

export const FLEET_MAPPINGS = {
  rollout: {
    description:
      "How apply changes the image (id, source or version) of hosted runners: canary runners first, each read until Ready, then the rest a batch at a time, each batch Ready before the next. A runner that ends Stuck or Shutdown, or is not Ready at wait-timeout, stops the rollout. The step's poll-interval sets how often a runner is read.",
    keys: {
      canary: {
        format: wholeNumber(1000),
        description: "how many runners change first, in the file's order (default 1; 0: no canary)"
      },
      batch: {
        format: batchSize,
        description:
          'then how many at a time: a number, or a percentage of the runners the rollout changes, rounded up (default 25%)'
      },
      'wait-timeout': {
        format: VALUE_INPUTS.waitTimeout,
        description: 'how long each runner may take to be Ready, such as 30m (default 15m)'
      },
      rollback: {
        format: boolean,
        description:
          'true: when a wave fails, every runner of that wave is set back to the image it had, and read until Ready again (default false)'
      }
    }
  }
} satisfies Record<string, FleetMapping>
export type MappingKey = keyof typeof FLEET_MAPPINGS

export const isMapping = (key: string): key is MappingKey => Object.hasOwn(FLEET_MAPPINGS, key)

/** The keys a top-level mapping may hold. */
export const mappingKeys = (key: MappingKey): Record<string, FleetKey> => FLEET_MAPPINGS[key].keys

/** The sections of the registered kinds (src/resources/index.ts), in write order. */
export const KIND_SECTIONS: string[] = KINDS.map((entry) => entry.kind.section)

/** Every top-level key, as the schema and the messages list them: the owner, the lists (the kinds first), the switches, then rollout. */
export const TOP_KEY_NAMES: string[] = [
  'organization',
  'enterprise',
  ...KIND_SECTIONS,
  'prune',
  'require-reviewed-plan',
  'rollout'
]

export const isSection = (key: string): key is Section => Object.hasOwn(FLEET_SECTIONS, key)

/** A top-level key holding a list of items: a registered kind's section. */
export const isListSection = (key: string): boolean => isSection(key)

/** The keys an item of the section may hold, by name. */
export function itemKeyNames(section: string): string[] {
  const kind = kindOfSection(section)?.kind
  return kind ? fleetKeysOf(kind) : []
}

/** The input whose parser reads `key` of an item of the section. */
export function itemKeyInput(section: string, key: string): InputKey | undefined {
  const kind = kindOfSection(section)?.kind
  return kind ? inputOfKey(kind, key) : undefined
}

/** The inputs an item of the section may hold. */
export const sectionKeys = (section: Section): InputKey[] => FLEET_SECTIONS[section]?.inputs ?? []

/** Every key a fleet file may hold, at the top, in an item or in a mapping (`rollout`). */
export const fleetKeyNames = (): Set<string> =>
  new Set([
    ...TOP_KEY_NAMES,
    ...TOP_KEY_NAMES.flatMap(itemKeyNames),
    ...Object.values(FLEET_MAPPINGS).flatMap((mapping) => Object.keys(mapping.keys))
  ])

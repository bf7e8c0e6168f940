// The keys of the fleet file, as data: its lists of items (each item's keys are the inputs of the
// operation it stands for) and its other top-level keys. The reader (`parse-fleet.ts`, `read-item.ts`), the messages about
// a key (`schema-problems.ts`) and the published JSON Schema (`npm run generate`) all come from here:
// a new key is one row.
import { RETENTION_INPUTS } from '../core/cleanup-plan.js'
import { GROUP_INPUTS } from '../core/group-plan.js'
import { RUNNER_INPUTS } from '../core/runner-plan.js'
import { boolean, enterpriseSlug, inputName, organization, type Parser } from '../inputs/formats.js'
import type { InputKey } from '../inputs/vocabulary.js'
import { KINDS, kindOfSection } from '../resources/index.js'
import { fleetKeysOf, inputOfKey } from '../resources/kind.js'

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

/**
 * Each list of the file, and the inputs its items may hold: those of ensure-group, ensure-runner and
 * cleanup-image-versions, less `runner-id` (the file names runners), the wait inputs (apply does not
 * wait), and `max-deletions` (the step's input caps every deletion of the plan together); runner groups
 * and hosted runners also take `previous-names`, an input of the file only.
 */
export const FLEET_SECTIONS = {
  'runner-groups': {
    inputs: [...GROUP_INPUTS, 'previousNames'],
    required: 'groupName',
    item: 'runner-group',
    description:
      'Runner groups, each as ensure-group takes it. A group not listed is left alone (unless prune is true).'
  },
  'hosted-runners': {
    inputs: [...RUNNER_INPUTS, 'previousNames'],
    required: 'runnerName',
    item: 'hosted-runner',
    description:
      'Hosted runners, each as ensure-runner takes it. A runner not listed is left alone (unless prune is true).'
  },
  'image-retention': {
    inputs: RETENTION_INPUTS,
    item: 'image-retention',
    description:
      'Retention of custom image versions, each as cleanup-image-versions takes it; an item without custom-image covers every custom image no other item names.'
  }
} satisfies Record<string, FleetSection>
export type Section = keyof typeof FLEET_SECTIONS

/** The file's top-level keys other than its lists, one row each (`Fleet.owner` and `Fleet.prune`). */
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
  }
} satisfies Record<string, FleetKey>

/** The sections of the registered kinds (src/resources/index.ts), in write order. */
export const KIND_SECTIONS: string[] = KINDS.map((entry) => entry.kind.section)

/** Every top-level key, as the schema and the messages list them: the owner, the lists, then prune. */
export const TOP_KEY_NAMES: string[] = [
  'organization',
  'enterprise',
  ...KIND_SECTIONS,
  ...(Object.keys(FLEET_SECTIONS) as Section[]),
  'prune'
]

export const isSection = (key: string): key is Section => Object.hasOwn(FLEET_SECTIONS, key)

/** A top-level key holding a list of items: a section, or a registered kind's. */
export const isListSection = (key: string): boolean => isSection(key) || kindOfSection(key) !== undefined

/** The keys an item of the section may hold, by name. */
export function itemKeyNames(section: string): string[] {
  const kind = kindOfSection(section)?.kind
  if (kind) return fleetKeysOf(kind)
  return isSection(section) ? FLEET_SECTIONS[section].inputs.map(inputName) : []
}

/** The input whose parser reads `key` of an item of the section. */
export function itemKeyInput(section: string, key: string): InputKey | undefined {
  const kind = kindOfSection(section)?.kind
  if (kind) return inputOfKey(kind, key)
  return isSection(section) ? FLEET_SECTIONS[section].inputs.find((k) => inputName(k) === key) : undefined
}

/** The inputs an item of the section may hold. */
export const sectionKeys = (section: Section): InputKey[] => FLEET_SECTIONS[section].inputs

// A scope's runner groups and hosted runners as a fleet file: each item's keys come from the kinds' rows
// (src/resources/) that apply compares with, so that applying the file plans nothing.
import { RUNNER_GROUP_KIND } from '../resources/runner-group/fields.js'
import { HOSTED_RUNNER_KIND } from '../resources/hosted-runner/fields.js'
import type { RunnerGroup } from '../github/types.js'
import type { Scope } from '../common/scope.js'
import { CORE_SCHEMA, load, YAML11_SCHEMA } from 'js-yaml'
import { SCHEMA_COMMENT } from './schema-file.js'
import { exportedItem, type ExportedKey, type ExportNames } from '../resources/kind.js'

/** One key of an item, in file order; `comment` goes after the value (an image's display name). */
export type ExportedEntry = ExportedKey

export type ExportedItem = ExportedEntry[]

/** What a group holds, by the names the file gives them. */
export interface GroupMembers {
  repositories?: string[]
  organizations?: string[]
  runners?: string[]
}

/** A runner group as a file item, by its rows; a `selected` group lists exactly who it grants. */
export function groupItem(group: RunnerGroup, members: GroupMembers, names: ExportNames): ExportedItem {
  const entries: ExportedItem = exportedItem(RUNNER_GROUP_KIND, group, names)
  for (const [key, names] of Object.entries(members) as Array<[string, string[] | undefined]>)
    if (names && (names.length > 0 || key !== 'runners')) entries.push({ key, value: names })
  return entries
}

export interface ExportedFleet {
  scope: Scope
  /** The registered kinds' sections (src/resources/index.ts), in write order. */
  kinds: Array<{ section: string; items: ExportedItem[] }>
  groups: ExportedItem[]
  runners: ExportedItem[]
}

/** The fleet as the `result` output: the file's keys and values. */
export function fleetJson({ scope, kinds, groups, runners }: ExportedFleet): Record<string, unknown> {
  const asObject = (item: ExportedItem) => Object.fromEntries(item.map((e) => [e.key, e.value]))
  return {
    ...ownerKey(scope),
    ...Object.fromEntries(kinds.map(({ section, items }) => [section, items.map(asObject)])),
    [RUNNER_GROUP_KIND.section]: groups.map(asObject),
    [HOSTED_RUNNER_KIND.section]: runners.map(asObject),
    prune: false
  }
}

const ownerKey = (scope: Scope) =>
  scope.kind === 'org' ? { organization: scope.org } : { enterprise: scope.enterprise }

/** The fleet file's text. */
export function fleetYaml(fleet: ExportedFleet): string {
  const [[ownerName, owner]] = Object.entries(ownerKey(fleet.scope)) as [[string, string]]
  const section = (name: string, items: ExportedItem[]) =>
    items.length === 0 ? [`${name}: []`] : [`${name}:`, ...items.flatMap(itemLines)]
  return [
    SCHEMA_COMMENT,
    '# Written by operation: export. Applying it as it is changes nothing.',
    `${ownerName}: ${scalar(owner)}`,
    ...fleet.kinds.flatMap(({ section: name, items }) => section(name, items)),
    ...section(RUNNER_GROUP_KIND.section, fleet.groups),
    ...section(HOSTED_RUNNER_KIND.section, fleet.runners),
    '# true: delete the runners and groups this file does not declare.',
    'prune: false',
    ''
  ].join('\n')
}

function itemLines(item: ExportedItem): string[] {
  return item.map(({ key, value, comment }, i) => {
    const text = Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value)
    return `${i === 0 ? '  - ' : '    '}${key}: ${text}${comment ? ` # ${comment}` : ''}`
  })
}

// Characters a plain scalar may hold in a block value and in a flow list (`[a, b]`) alike.
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9 ._/-]*$/

/** Whether YAML reads `text` written plain back as that same string: under 1.2, and in an editor still on 1.1. */
function readsBackAsText(text: string): boolean {
  return [CORE_SCHEMA, YAML11_SCHEMA].every((schema) => {
    try {
      const read: unknown = load(`[${text}]`, { schema })
      return Array.isArray(read) && read.length === 1 && read[0] === text
    } catch {
      return false
    }
  })
}

/**
 * A value as YAML: a number or boolean as itself; text plain when YAML reads it back as the same text,
 * else double-quoted (JSON), so that a name (`"22"`, `"true"`, `"1e3"`) stays a name and never an id.
 */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value)
  return PLAIN.test(value) && readsBackAsText(value) ? value : JSON.stringify(value)
}

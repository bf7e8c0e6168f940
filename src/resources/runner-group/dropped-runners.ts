// A group's new self-hosted runner list replaces the old one whole, and GitHub moves a runner the new list
// drops to the default group. GitHub's REST reference, "Self-hosted runner groups": "Set self-hosted
// runners in a group for an organization": "Replaces the list of self-hosted runners that are part of an
// organization runner group"; "Remove a self-hosted runner from a group for an organization": "The runner
// is then returned to the default group" (also in @octokit/openapi-types 29.0.1; "… for an enterprise" says
// the same). That a runner the PUT's list leaves out is so returned follows from these and from "Runners can
// only be in one group at a time" (GitHub Docs, "Managing access to self-hosted runners using groups").
// The default group usually admits every repository: set-group-runners, ensure-group and apply say which
// runners a list drops, and where they go, before it is sent.
import type { RunnerGroup } from '../../github/types.js'

export interface DropContext {
  /** A self-hosted runner's name, by its id. */
  nameOf: (id: number) => string
  /** The scope's default group, when the run has read the groups. */
  defaultGroup?: RunnerGroup
  /** Whether another new list of the same plan takes the runner: it goes to that group, not the default one. */
  placedElsewhere?: (id: number) => boolean
}

/**
 * What GitHub does with the self-hosted runners the list `to` drops from the group's list `from`, in one
 * clause for a plan's change text (`GitHub moves self-hosted runner 'b' (id 5), which the new list drops,
 * to the default group…`); undefined when it drops none.
 */
export function runnersMovedToDefault(
  from: readonly number[],
  to: readonly number[],
  { nameOf, defaultGroup, placedElsewhere }: DropContext
): string | undefined {
  const kept = new Set(to)
  const dropped = from.filter((id) => !kept.has(id) && !placedElsewhere?.(id))
  if (dropped.length === 0) return undefined
  const one = dropped.length === 1
  const named = dropped.map((id) => `'${nameOf(id)}' (id ${id})`).join(', ')
  const target = defaultGroup
    ? `the default group '${defaultGroup.name}' (visibility ${defaultGroup.visibility})`
    : 'the default group'
  return `GitHub moves self-hosted runner${one ? '' : 's'} ${named}, which the new list drops, to ${target}: whoever that group admits can then use ${one ? 'it' : 'them'}`
}

/** A group's write's warning as told on its own (the log, the summary): the group named first. */
export const groupWarning = (group: string, moved: string): string => `Runner group '${group}': ${moved}.`

/** The scope's default group: an organization's own, not one it inherits from its enterprise. */
export const defaultGroupOf = (groups: readonly RunnerGroup[]): RunnerGroup | undefined =>
  groups.find((g) => g.default === true && (g as { inherited?: unknown }).inherited !== true)

// What prune may delete, as pure rules. GitHub moves whatever a deleted group holds to the default group
// (GitHub Docs, "Managing access to self-hosted runners using groups", "Removing a runner group": runners
// "are automatically returned to the default group when their group is removed"; its REST reference says
// the same of a runner removed from a group), whose visibility is usually every repository: a prune that deletes a group still holding runners would
// silently open them up. Such a plan is refused whole, before any write.
import { quotedNames } from '../common/errors.js'
import type { HostedRunner, RunnerGroup } from '../github/types.js'
import type { WantedGroup } from './group-plan.js'
import type { WantedRunner } from './runner-plan.js'

/**
 * The default group, and a group an organization inherits from its enterprise, are never pruned. Fail
 * closed: a group whose answer does not say (a boolean `default`, and at organization scope a boolean
 * `inherited`) is kept.
 */
export function prunable(group: RunnerGroup, scope: 'org' | 'enterprise' = 'org'): boolean {
  const fields = group as { default?: unknown; inherited?: unknown }
  if (fields.default !== false) return false
  return scope === 'enterprise' ? fields.inherited !== true : fields.inherited === false
}

/** A group prune would delete that still holds runners the plan does not move elsewhere. */
export interface Stranding {
  group: string
  selfHosted: string[]
  hosted: string[]
  /** Declared hosted runners whose answer did not say their group: they may be in this one. */
  hostedGroupUnknown: string[]
}

export interface PruneFacts {
  /** The groups the plan deletes. */
  deleted: RunnerGroup[]
  /** The self-hosted runners each deleted group holds now (id and name), read just before planning. */
  selfHosted: ReadonlyMap<number, Array<{ id: number; name: string }>>
  liveRunners: HostedRunner[]
  wantedRunners: WantedRunner[]
  wantedGroups: WantedGroup[]
}

/**
 * The groups that would strand runners. A hosted runner is placed elsewhere when the file gives it
 * another `runner-group`, and is no concern when prune deletes it first; a self-hosted runner is placed
 * elsewhere when a declared group lists it under `runners` (memberships are sent before deletions).
 */
export function strandings(facts: PruneFacts): Stranding[] {
  const movedSelfHosted = new Set(facts.wantedGroups.flatMap((g) => g.runnerIds ?? []))
  // A live runner is the wanted one under its name or any of its previous names (a rename the plan sends).
  const wantedByName = new Map<string, WantedRunner>()
  for (const wanted of facts.wantedRunners)
    for (const name of [...(wanted.previousNames ?? []), wanted.name])
      wantedByName.set(name.toLowerCase(), wanted)
  const hostedByGroup = new Map<number, HostedRunner[]>()
  // Fail closed: a runner whose answer does not say its group may be in any group prune deletes.
  const groupUnknown: HostedRunner[] = []
  for (const runner of facts.liveRunners) {
    const groupId = runner.runner_group_id
    if (typeof groupId !== 'number') groupUnknown.push(runner)
    else hostedByGroup.set(groupId, [...(hostedByGroup.get(groupId) ?? []), runner])
  }
  const found: Stranding[] = []
  for (const group of facts.deleted) {
    const selfHosted = (facts.selfHosted.get(group.id) ?? [])
      .filter((runner) => !movedSelfHosted.has(runner.id))
      .map((runner) => runner.name)
    const placedHere = (runner: HostedRunner) => {
      const wanted = wantedByName.get(runner.name.toLowerCase())
      return wanted !== undefined && (wanted.runnerGroupId ?? group.id) === group.id
    }
    const hosted = (hostedByGroup.get(group.id) ?? []).filter(placedHere).map((runner) => runner.name)
    // Its group unknown, the plan cannot tell whether it moves (nor send a move): any declared runner counts.
    const hostedGroupUnknown = groupUnknown
      .filter((runner) => wantedByName.has(runner.name.toLowerCase()))
      .map((runner) => runner.name)
    if (selfHosted.length + hosted.length + hostedGroupUnknown.length > 0)
      found.push({ group: group.name, selfHosted, hosted, hostedGroupUnknown })
  }
  return found
}

/** The refusal's text: every stranding group, what it holds, and how to place it. */
export function describeStrandings(file: string, found: Stranding[]): string {
  const groups = found.map((stranding) => `'${stranding.group}' holds ${heldRunners(stranding)}`)
  return (
    `prune: true in ${file} would delete runner groups that still hold runners, and GitHub would move ` +
    `those runners to the default group: ${groups.join('; ')}. Nothing was sent. Declare the group under ` +
    "runner-groups to keep it, or place its runners elsewhere first: a hosted runner with 'runner-group' " +
    "in its item, a self-hosted runner in another declared group's 'runners'."
  )
}

/** What a group holds, said for a person: `self-hosted runners 'a' and hosted runners 'b'`. */
export function heldRunners({ selfHosted, hosted, hostedGroupUnknown }: Omit<Stranding, 'group'>): string {
  return [
    ...(selfHosted.length > 0 ? [`self-hosted runners ${quotedNames(selfHosted)}`] : []),
    ...(hosted.length > 0 ? [`hosted runners ${quotedNames(hosted)}`] : []),
    ...(hostedGroupUnknown.length > 0
      ? [`maybe hosted runners ${quotedNames(hostedGroupUnknown)} (GitHub's answer did not say their group)`]
      : [])
  ].join(' and ')
}

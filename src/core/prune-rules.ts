// What prune may delete, as pure rules. GitHub moves whatever a deleted group holds to the default group
// (GitHub Docs, "Managing access to self-hosted runners using groups", "Removing a runner group": runners
// "are automatically returned to the default group when their group is removed"; its REST reference says
// the same of a runner removed from a group), whose visibility is usually every repository: a prune that deletes a group still holding runners would
// silently open them up. Such a plan is refused whole, before any write.
import { quotedNames } from '../common/errors.js'
import type { HostedRunner, RunnerGroup } from '../github/types.js'
import { changeKey, type Change, type PlanEntry } from './change.js'

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
  groupId: number
  selfHosted: string[]
  hosted: string[]
  /** Declared hosted runners whose answer did not say their group: they may be in this one. */
  hostedGroupUnknown: string[]
}

/** What a group prune deletes holds, as GitHub's listings gave it (hosted and self-hosted runners). */
export interface HeldRunners {
  runners: readonly HostedRunner[]
  /** The self-hosted runners each group prune deletes holds now (id and name), read before planning. */
  selfHosted?: ReadonlyMap<number, ReadonlyArray<{ id: number; name: string }>>
}

/** A group's delete as the plan binds it: what it saw in the group, what must be done first, what strands. */
export interface GroupDeleteNeeds {
  seen: { name: string; hosted_runners: number[]; self_hosted_runners: number[] }
  dependsOn: string[]
  stranding?: Stranding
}

/**
 * What the delete of `group` needs: every runner it holds is moved elsewhere or deleted by a change of
 * the plan (that change's key is a dependency), else it strands. A hosted runner is moved by the plan's
 * update of that very runner (by id) to another group; a self-hosted runner by a declared group's
 * runner list that holds its id. A runner already `Deleting` is no concern. Fail closed: a runner whose
 * answer does not say its group may be in this one, unless the plan deletes it.
 */
export function groupDeleteNeeds(
  entries: PlanEntry[],
  group: RunnerGroup,
  held: HeldRunners
): GroupDeleteNeeds {
  const dependsOn: string[] = []
  const runnerChange = (id: number) =>
    entries.find((e) => e.change.object === 'hosted-runner' && e.change.id === id)?.change
  const movesOut = (id: number) =>
    entries.find(
      (e) =>
        e.change.object === 'hosted-runner' &&
        e.change.id === id &&
        e.writes.some((w) => w.params.runner_group_id !== undefined && w.params.runner_group_id !== group.id)
    )
  const hostedIds: number[] = []
  const stranding: Stranding = {
    group: group.name,
    groupId: group.id,
    selfHosted: [],
    hosted: [],
    hostedGroupUnknown: []
  }
  for (const runner of held.runners) {
    const inGroup = runner.runner_group_id === group.id
    const unknown = typeof runner.runner_group_id !== 'number'
    if (!inGroup && !unknown) continue
    // Seen, so that the check before the DELETE finds it expected; already going, so no concern.
    if (inGroup) hostedIds.push(runner.id)
    if (runner.status === 'Deleting') continue
    const change = runnerChange(runner.id)
    if (change?.kind === 'delete') dependsOn.push(changeKey(change))
    else if (inGroup && movesOut(runner.id)) dependsOn.push(changeKey(change as Change))
    else (inGroup ? stranding.hosted : stranding.hostedGroupUnknown).push(runner.name)
  }
  const selfHosted = held.selfHosted?.get(group.id) ?? []
  for (const runner of selfHosted) {
    const mover = entries.find(
      (e) =>
        e.change.object === 'runner-group' &&
        e.change.kind !== 'delete' &&
        e.writes.some((w) => Array.isArray(w.params.runners) && w.params.runners.includes(runner.id))
    )
    if (mover) dependsOn.push(changeKey(mover.change))
    else stranding.selfHosted.push(runner.name)
  }
  const strands = stranding.selfHosted.length + stranding.hosted.length + stranding.hostedGroupUnknown.length
  return {
    seen: {
      name: group.name,
      hosted_runners: hostedIds.sort((a, b) => a - b),
      self_hosted_runners: selfHosted.map((r) => r.id).sort((a, b) => a - b)
    },
    dependsOn: [...new Set(dependsOn)].sort(),
    ...(strands > 0 ? { stranding } : {})
  }
}

/** The groups the plan deletes that would strand runners (the plan is then refused whole). */
export function strandings(
  entries: PlanEntry[],
  held: HeldRunners,
  groups: readonly RunnerGroup[]
): Stranding[] {
  return entries
    .filter((e) => e.change.object === 'runner-group' && e.change.kind === 'delete')
    .map((e) => groups.find((g) => g.id === e.change.id))
    .filter((g): g is RunnerGroup => g !== undefined)
    .flatMap((group) => groupDeleteNeeds(entries, group, held).stranding ?? [])
}

/** The refusal's text: every stranding group, what it holds, and how to place it. */
export function describeStrandings(file: string, found: Stranding[]): string {
  const groups = found.map(
    (stranding) => `'${stranding.group}' (id ${stranding.groupId}) holds ${heldRunners(stranding)}`
  )
  return (
    `prune: true in ${file} would delete runner groups that still hold runners, and GitHub would move ` +
    `those runners to the default group: ${groups.join('; ')}. Nothing was sent. Declare the group under ` +
    "runner-groups to keep it, or place its runners elsewhere first: a hosted runner with 'runner-group' " +
    "in its item, a self-hosted runner in another declared group's 'runners'."
  )
}

/** What a group holds, said for a person: `self-hosted runners 'a' and hosted runners 'b'`. */
export function heldRunners({
  selfHosted,
  hosted,
  hostedGroupUnknown
}: Omit<Stranding, 'group' | 'groupId'>): string {
  return [
    ...(selfHosted.length > 0 ? [`self-hosted runners ${quotedNames(selfHosted)}`] : []),
    ...(hosted.length > 0 ? [`hosted runners ${quotedNames(hosted)}`] : []),
    ...(hostedGroupUnknown.length > 0
      ? [`maybe hosted runners ${quotedNames(hostedGroupUnknown)} (GitHub's answer did not say their group)`]
      : [])
  ].join(' and ')
}

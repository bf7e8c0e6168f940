// What prune may delete, as pure rules. GitHub moves whatever a deleted group holds to the default group
// (GitHub Docs, "Managing access to self-hosted runners using groups", "Removing a runner group": runners
// "are automatically returned to the default group when their group is removed"; its REST reference says
// the same of a runner removed from a group), whose visibility is usually every repository: a prune that deletes a group still holding runners would
// silently open them up. Such a plan is refused whole, before any write.
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
  const wantedByName = new Map(facts.wantedRunners.map((r) => [r.name.toLowerCase(), r]))
  const hostedByGroup = new Map<unknown, HostedRunner[]>()
  for (const runner of facts.liveRunners) {
    const same = hostedByGroup.get(runner.runner_group_id)
    if (same) same.push(runner)
    else hostedByGroup.set(runner.runner_group_id, [runner])
  }
  const found: Stranding[] = []
  for (const group of facts.deleted) {
    const selfHosted = (facts.selfHosted.get(group.id) ?? [])
      .filter((runner) => !movedSelfHosted.has(runner.id))
      .map((runner) => runner.name)
    const hosted = (hostedByGroup.get(group.id) ?? [])
      .filter((runner) => {
        const wanted = wantedByName.get(runner.name.toLowerCase())
        return wanted !== undefined && (wanted.runnerGroupId ?? group.id) === group.id
      })
      .map((runner) => runner.name)
    if (selfHosted.length > 0 || hosted.length > 0) found.push({ group: group.name, selfHosted, hosted })
  }
  return found
}

/** The refusal's text: every stranding group, what it holds, and how to place it. */
export function describeStrandings(file: string, found: Stranding[]): string {
  const groups = found.map(({ group, selfHosted, hosted }) => {
    const held = [
      ...(selfHosted.length > 0 ? [`self-hosted runners ${quoted(selfHosted)}`] : []),
      ...(hosted.length > 0 ? [`hosted runners ${quoted(hosted)}`] : [])
    ]
    return `'${group}' holds ${held.join(' and ')}`
  })
  return (
    `prune: true in ${file} would delete runner groups that still hold runners, and GitHub would move ` +
    `those runners to the default group: ${groups.join('; ')}. Nothing was sent. Declare the group under ` +
    "runner-groups to keep it, or place its runners elsewhere first: a hosted runner with 'runner-group' " +
    "in its item, a self-hosted runner in another declared group's 'runners'."
  )
}

const quoted = (names: string[]) => names.map((name) => `'${name}'`).join(', ')

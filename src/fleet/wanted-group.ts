// A runner group as the fleet file wants it: its settings, and its member names turned into ids,
// looking up only the names that are not among the group's current members.
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import type { WantedGroup } from '../core/group-plan.js'
import type { LiveFleet } from '../core/fleet-plan.js'
import { groupNow, groupSettingsWanted } from '../lookups/current-state.js'
import { NameIndex } from '../inputs/name-rule.js'
import { repositoryLabel } from '../inputs/repository-label.js'
import { matchLive } from '../core/renames.js'

/** The group as the file wants it, its member names turned into ids; reads the member lists compared. */
export async function wantedGroup(
  inputs: OperationInputs,
  live: LiveFleet,
  names: NameResolver,
  newConfigurations: readonly string[] = []
): Promise<WantedGroup> {
  const name = inputs.groupName as string
  const now = matchLive(live.groups, name, inputs.previousNames)
  const given = (list: unknown[] | undefined) => (list === undefined ? undefined : [])
  const current = now
    ? await groupNow(
        now,
        {
          name,
          repositoryIds: given(inputs.repositories),
          organizationIds: given(inputs.organizations),
          runnerIds: given(inputs.runners)
        },
        names
      )
    : undefined
  if (now && current)
    live.members.set(now.id, {
      repositoryIds: current.repositoryIds,
      organizationIds: current.organizationIds,
      runnerIds: current.runnerIds
    })
  const org = names.gateway.scope.kind === 'org' ? names.gateway.scope.org : ''
  return {
    ...(await groupSettingsWanted(inputs, names, now, newConfigurations)),
    name,
    previousNames: inputs.previousNames,
    repositoryIds: await memberIds(
      inputs.repositories,
      current?.repositoryIds,
      names,
      (missing) => names.withInputs({ repositories: missing }).repositoryIds(),
      (ref) => repositoryLabel(ref, org)
    ),
    organizationIds: await memberIds(inputs.organizations, current?.organizationIds, names, (missing) =>
      names.withInputs({ organizations: missing }).organizationIds()
    ),
    runnerIds: await memberIds(inputs.runners, current?.runnerIds, names, (missing) =>
      names.withInputs({ runners: missing }).runnerIds()
    )
  }
}

/** Ids of the refs: given ids, names found among the current members, and only the rest looked up. */
async function memberIds<R extends { id: number } | object>(
  refs: R[] | undefined,
  current: number[] | undefined,
  names: NameResolver,
  lookUp: (missing: R[]) => Promise<number[]>,
  nameOf: (ref: Exclude<R, { id: number }>) => string = (ref) => (ref as { name: string }).name
): Promise<number[] | undefined> {
  if (refs === undefined) return undefined
  const ids: number[] = []
  const missing: R[] = []
  // By name under the one rule: one index of the current members, not a scan per ref.
  const members = new NameIndex(current ?? [], (id) => names.labels.get(id) ?? '')
  for (const ref of refs) {
    if ('id' in ref) {
      ids.push(ref.id as number)
      continue
    }
    const found = members.find(nameOf(ref as Exclude<R, { id: number }>))
    if (found === undefined) missing.push(ref)
    else ids.push(found)
  }
  if (missing.length > 0) for (const id of await lookUp(missing)) ids.push(id)
  return [...new Set(ids)]
}

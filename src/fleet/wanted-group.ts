// A runner group as the fleet file wants it: its settings, and its member names turned into ids,
// looking up only the names that are not among the group's current members. A plan reads every group's
// current members first and gathers the names left to look up, so that they are resolved together.
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import type { GroupNow, WantedGroup } from '../resources/runner-group/fields.js'
import type { RepositoryRef } from '../inputs/formats.js'
import type { LiveFleet } from '../engine/fleet-plan.js'
import { groupNow, groupSettingsWanted } from '../resolve/current-state.js'
import { NameIndex } from '../inputs/name-rule.js'
import { repositoryLabel } from '../inputs/repository-label.js'
import { matchLive, type NameKind } from '../core/renames.js'

const GROUP_NAMES: NameKind = { input: 'group-name', what: 'runner groups' }

/**
 * The group's current member lists, read only where the file gives that list (its own request each: the
 * API's minimum), and kept in `live.members` for the plan.
 */
export async function currentMembers(
  inputs: OperationInputs,
  live: LiveFleet,
  names: NameResolver
): Promise<GroupNow | undefined> {
  const now = matchLive(live.groups, inputs.groupName as string, inputs.previousNames, GROUP_NAMES)
  if (!now) return undefined
  const given = (list: unknown[] | undefined) => (list === undefined ? undefined : [])
  const current = await groupNow(
    now,
    {
      name: inputs.groupName as string,
      repositoryIds: given(inputs.repositories),
      organizationIds: given(inputs.organizations),
      runnerIds: given(inputs.runners)
    },
    names
  )
  // Ascending, as the plan shows them: the listing's order changes no plan.
  const sorted = (ids: number[] | undefined) => ids && [...ids].sort((a, b) => a - b)
  live.members.set(now.id, {
    repositoryIds: sorted(current.repositoryIds),
    organizationIds: sorted(current.organizationIds),
    runnerIds: sorted(current.runnerIds)
  })
  return current
}

/** The repository names of a group item that its current members do not hold: those a plan must look up. */
export function repositoriesToLookUp(
  inputs: OperationInputs,
  current: GroupNow | undefined,
  names: NameResolver
): RepositoryRef[] {
  return splitRefs(inputs.repositories, current?.repositoryIds, names, repositoryNameOf(names)).missing
}

/** The group as the file wants it, its member names turned into ids, given its current members. */
export async function wantedGroup(
  inputs: OperationInputs,
  live: LiveFleet,
  names: NameResolver,
  current: GroupNow | undefined,
  newConfigurations: readonly string[] = []
): Promise<WantedGroup> {
  const now = matchLive(live.groups, inputs.groupName as string, inputs.previousNames, GROUP_NAMES)
  return {
    ...(await groupSettingsWanted(inputs, names, now, newConfigurations)),
    name: inputs.groupName as string,
    previousNames: inputs.previousNames,
    repositoryIds: await memberIds(
      inputs.repositories,
      current?.repositoryIds,
      names,
      (missing) => names.withInputs({ repositories: missing }).repositoryIds(),
      repositoryNameOf(names)
    ),
    organizationIds: await memberIds(inputs.organizations, current?.organizationIds, names, (missing) =>
      names.withInputs({ organizations: missing }).organizationIds()
    ),
    runnerIds: await memberIds(inputs.runners, current?.runnerIds, names, (missing) =>
      names.withInputs({ runners: missing }).runnerIds()
    )
  }
}

const repositoryNameOf = (names: NameResolver) => {
  const org = names.gateway.scope.kind === 'org' ? names.gateway.scope.org : ''
  return (ref: RepositoryRef) => repositoryLabel(ref, org)
}

type NameOf<R> = (ref: Exclude<R, { id: number }>) => string

/** Ids of the refs: given ids, names found among the current members, and only the rest looked up. */
async function memberIds<R extends { id: number } | object>(
  refs: R[] | undefined,
  current: number[] | undefined,
  names: NameResolver,
  lookUp: (missing: R[]) => Promise<number[]>,
  nameOf?: NameOf<R>
): Promise<number[] | undefined> {
  if (refs === undefined) return undefined
  const { ids, missing } = splitRefs(refs, current, names, nameOf)
  if (missing.length > 0) for (const id of await lookUp(missing)) ids.push(id)
  return [...new Set(ids)]
}

/** The refs that are ids or current members (their ids), and the rest, which must be looked up. */
function splitRefs<R extends { id: number } | object>(
  refs: R[] | undefined,
  current: number[] | undefined,
  names: NameResolver,
  nameOf: NameOf<R> = (ref) => (ref as { name: string }).name
): { ids: number[]; missing: R[] } {
  const ids: number[] = []
  const missing: R[] = []
  // By name under the one rule: one index of the current members, not a scan per ref.
  const members = new NameIndex(current ?? [], (id) => names.labels.get(id) ?? '')
  for (const ref of refs ?? []) {
    if ('id' in ref) {
      ids.push(ref.id as number)
      continue
    }
    // Two members it picks alike are left to the lookup, which refuses the name as ambiguous.
    const found = members.pick(nameOf(ref as Exclude<R, { id: number }>))
    if (found.length === 1) ids.push(found[0] as number)
    else missing.push(ref)
  }
  return { ids, missing }
}

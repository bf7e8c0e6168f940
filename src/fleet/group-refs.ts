// Which runner group a hosted runner item names: by id, by name among the live groups (or by a name the
// file renames a group to), or a group the plan creates; never one that prune is about to delete.
// Looked up through name indexes made once per plan, so a plan of many runners stays linear.
import { UserError } from '../common/errors.js'
import type { RunnerGroup } from '../github/types.js'
import type { ScopeKind } from '../common/scope.js'
import type { IdOrName } from '../inputs/formats.js'
import { didYouMean, NameIndex, sameName } from '../inputs/name-rule.js'
import { prunable } from '../core/prune-rules.js'
import { matchLive } from '../core/renames.js'
import type { Fleet, FleetItem } from './fleet.js'
import { groupToCreate, type GroupToCreate } from '../common/group-to-create.js'

/** The file's groups by every name they claim (their name, their previous names), and those the plan creates. */
export interface FileGroups {
  items: NameIndex<{ name: string; item: FleetItem }>
  /** The groups the plan creates, by name. */
  created: NameIndex<{ name: string }>
}

export function declaredGroups(fleet: Fleet, newGroups: readonly string[]): FileGroups {
  const claims = fleet.groups.flatMap((item) =>
    [String(item.inputs.groupName), ...(item.inputs.previousNames ?? [])].map((name) => ({ name, item }))
  )
  return {
    items: new NameIndex(claims),
    created: new NameIndex(newGroups.map((name) => ({ name })))
  }
}

/** The group a runner names: by id, by name among the groups, or a group the plan creates. */
export function groupIdOf(
  ref: IdOrName | undefined,
  prune: boolean,
  {
    groups,
    fileGroups,
    creating,
    scope
  }: { groups: RunnerGroup[]; fileGroups: FileGroups; creating: boolean; scope: ScopeKind }
): number | GroupToCreate | undefined {
  if (ref === undefined) {
    if (!creating) return undefined
    const fallback = groups.find((g) => g.default)
    if (!fallback)
      throw new UserError('lookup', 'runner-group', "There is no default runner group: give 'runner-group'.")
    return fallback.id
  }
  // A group the file renames is found by its new name too.
  const item =
    'name' in ref
      ? fileGroups.items
          .pick(ref.name)
          .find((claim) => sameName(String(claim.item.inputs.groupName), ref.name))?.item
      : undefined
  const existing =
    'id' in ref
      ? groups.find((g) => g.id === ref.id)
      : matchLive(groups, ref.name, item?.inputs.previousNames, {
          input: 'runner-group',
          what: 'runner groups'
        })
  const name = existing?.name ?? ('name' in ref ? ref.name : String(ref.id))
  const declared = fileGroups.items.find(name) !== undefined
  // By id or by name alike: a runner may not be put in a group that prune is about to delete.
  if (existing && prune && !declared && prunable(existing, scope))
    throw new UserError(
      'input',
      'runner-group',
      `runner-group '${name}' is not declared under runner-groups, so prune: true would delete it: declare it.`
    )
  if (existing) return existing.id
  if ('id' in ref) return ref.id
  const planned = fileGroups.created.find(ref.name)
  if (planned) return groupToCreate(planned.name)
  throw new UserError(
    'lookup',
    'runner-group',
    `no runner group named '${ref.name}', in the file or on GitHub.${didYouMean(ref.name, [
      ...groups.map((g) => g.name),
      ...fileGroups.created.names()
    ])}`
  )
}

// `delete-group`: the group it may delete (never the default one), and the runners that group holds,
// which GitHub moves to the default group (GitHub Docs, "Managing access to self-hosted runners using
// groups", "Removing a runner group": runners "are automatically returned to the default group when their
// group is removed"), whose visibility is usually every repository: the step names them, self-hosted and
// hosted, before the DELETE is sent. `set-group-runners`: the self-hosted runners its new list drops,
// which GitHub moves there too (resources/runner-group/dropped-runners.ts), named before the PUT.
import { UserError } from '../common/errors.js'
import { heldRunners } from '../core/prune-rules.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import {
  defaultGroupOf,
  groupWarning,
  runnersMovedToDefault
} from '../resources/runner-group/dropped-runners.js'
import type { WriteNotice } from './run-endpoint.js'
import type { OperationContext } from './types.js'

/** The group `runner-group` names, to delete: never the default group, which GitHub does not delete. */
export async function groupToDelete(names: NameResolver): Promise<{ runner_group_id: number }> {
  const group = await names.runnerGroup()
  if (group.default) {
    throw new UserError(
      'refusal',
      'runner-group',
      `Runner group '${group.name}' (id ${group.id}) is the default group, which GitHub does not delete. Nothing to do; to empty it, move its runners to another group.`
    )
  }
  return { runner_group_id: group.id }
}

/** delete-group's notice: the runners its DELETE moves (would move, in dry-run). */
export const runnersMovedNotice = (
  { runner_group_id }: { runner_group_id: number },
  { names, gateway }: OperationContext
): Promise<WriteNotice> => runnersMovedOnDelete(runner_group_id, names, gateway.dryRun)

/** Which runners the deletion of the group moves to the default group, said in one line. */
export async function runnersMovedOnDelete(
  groupId: number,
  names: NameResolver,
  dryRun: boolean
): Promise<WriteNotice> {
  const [selfHostedIds, hosted, groups] = await Promise.all([
    names.groupRunnerIds(groupId),
    names.hostedRunners(),
    names.runnerGroups()
  ])
  const group = groups.find((g) => g.id === groupId)
  const groupName = group ? `'${group.name}'` : `${groupId}`
  const selfHosted = selfHostedIds.map((id) => names.labels.get(id) ?? String(id))
  const held = {
    selfHosted,
    hosted: hosted.filter((r) => r.runner_group_id === groupId).map((r) => r.name),
    // A runner whose answer does not say its group may be in this one: named as such, never counted out.
    hostedGroupUnknown: hosted.filter((r) => typeof r.runner_group_id !== 'number').map((r) => r.name)
  }
  if (selfHosted.length + held.hosted.length + held.hostedGroupUnknown.length === 0)
    return {
      level: 'info',
      text: `Runner group ${groupName} holds no runners: none moves to the default group.`
    }
  const fallback = defaultGroupOf(groups)
  const target = fallback
    ? `the default group '${fallback.name}' (visibility ${fallback.visibility})`
    : 'the default group'
  const verb = dryRun ? 'would move' : 'moves'
  // A warning: the runners' access widens.
  return {
    level: 'warning',
    text: `Deleting runner group ${groupName}: GitHub ${verb} its ${heldRunners(held)} to ${target}: whoever that group admits can then use them.`
  }
}

/**
 * set-group-runners' notice: the runners its list drops, which GitHub moves to the default group. One read
 * of the group's runners; the groups are read (once) only when the list drops one, to name the default.
 */
export async function runnersDroppedNotice(
  { runner_group_id, runners }: { runner_group_id: number; runners: number[] },
  { names }: OperationContext
): Promise<WriteNotice | undefined> {
  const from = await names.groupRunnerIds(runner_group_id)
  const nameOf = (id: number) => names.labels.get(id) ?? String(id)
  if (!runnersMovedToDefault(from, runners, { nameOf })) return undefined
  const groups = await names.runnerGroups()
  const group = groups.find((g) => g.id === runner_group_id)
  const moved = runnersMovedToDefault(from, runners, { nameOf, defaultGroup: defaultGroupOf(groups) })
  return { level: 'warning', text: groupWarning(group?.name ?? String(runner_group_id), moved as string) }
}

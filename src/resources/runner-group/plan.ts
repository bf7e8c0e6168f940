// The plan that makes a runner group what is wanted, by its rows (fields.ts): its settings, and when
// given, exactly its repositories (organizations, for an enterprise's group) and self-hosted runners.
import { UserError } from '../../common/errors.js'
import type { Params, ParamsOf } from '../../github/request-gateway.js'
import { createBody, createdFields, differences } from '../../core/field-table.js'
import { change, plannedWrite, sameSet, type PlannedWrite } from '../../core/planned-write.js'
import { GROUP_FIELDS, MEMBER_LISTS, type GroupNow, type WantedGroup } from './fields.js'
import { runnersMovedToDefault, type DropContext } from './dropped-runners.js'
import { CREATE_GROUP, UPDATE_GROUP } from './routes.js'

/**
 * `nameOf` labels repository and runner ids in the summary's change lines; `drops` says where the runners
 * a new self-hosted runner list drops go (the default group, unless another list of the plan takes them).
 */
export function planGroup(
  now: GroupNow | undefined,
  wanted: WantedGroup,
  nameOf: (id: number) => string = String,
  drops: Omit<DropContext, 'nameOf'> = {}
): PlannedWrite[] {
  const visibility = wanted.visibility ?? now?.group.visibility ?? 'all'
  for (const { list, input } of MEMBER_LISTS.slice(0, 2)) {
    if (wanted[list] !== undefined && visibility !== 'selected')
      throw new UserError(
        'input',
        input,
        `Runner group '${wanted.name}' would have visibility '${visibility}': access by ${input} needs 'visibility: selected'.`
      )
  }
  if (!now) {
    const body: Record<string, unknown> = { name: wanted.name, ...createBody(GROUP_FIELDS, wanted) }
    const fields: Record<string, { from: unknown; to: unknown }> = createdFields(GROUP_FIELDS, wanted)
    for (const { list, input, create } of MEMBER_LISTS) {
      if (wanted[list] === undefined) continue
      body[create] = wanted[list]
      fields[input] = { from: null, to: wanted[list] }
    }
    return [
      plannedWrite(
        CREATE_GROUP,
        body as ParamsOf<typeof CREATE_GROUP>,
        `create runner group '${wanted.name}'`,
        fields
      )
    ]
  }

  const { group } = now
  const runner_group_id = group.id
  const writes: PlannedWrite[] = []
  const differing = differences(GROUP_FIELDS, wanted, group)
  // The wanted spelling wins: a group found by a previous name, or by its name in another case, is renamed.
  const renamed = group.name !== wanted.name
  if (differing.length > 0 || renamed) {
    const body = Object.fromEntries(differing.map(({ row, want }) => [row.update, want]))
    const changes = differing.map(({ row, want, now }) => ({ field: row.update, from: now, to: want }))
    if (renamed) changes.unshift({ field: 'name', from: group.name, to: wanted.name })
    // GitHub requires `name` on every update: the group keeps its current one unless renamed.
    writes.push(
      plannedWrite(
        UPDATE_GROUP,
        { runner_group_id, name: renamed ? wanted.name : group.name, ...body },
        changes.map(({ field, from, to }) => change(field, from, to)).join('; '),
        Object.fromEntries(changes.map(({ field, from, to }) => [field, { from, to }]))
      )
    )
  }
  for (const { list, input, route, body } of MEMBER_LISTS) {
    const ids = wanted[list]
    const from = now[list] ?? []
    if (ids === undefined || sameSet(ids, from)) continue
    const moved = list === 'runnerIds' ? runnersMovedToDefault(from, ids, { ...drops, nameOf }) : undefined
    const write = plannedWrite(
      route,
      { runner_group_id, [body]: ids } as Params as ParamsOf<typeof route>,
      [listChange(input, from, ids, nameOf), moved].filter(Boolean).join('; '),
      { [input]: { from, to: ids } }
    )
    writes.push(moved ? { ...write, warning: moved } : write)
  }
  return writes
}

function listChange(what: string, from: number[], to: number[], nameOf: (id: number) => string): string {
  const added = to.filter((id) => !from.includes(id)).map((id) => `+${nameOf(id)}`)
  const removed = from.filter((id) => !to.includes(id)).map((id) => `-${nameOf(id)}`)
  return `${what}: ${[...added, ...removed].join(', ')}`
}

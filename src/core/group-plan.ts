// A runner group's settings as one field table, its member lists, and the plan that makes a group what
// is wanted: its settings, and when given, exactly its repositories (organizations, for an enterprise's
// group) and self-hosted runners.
import { UserError } from '../common/errors.js'
import type { ConfigurationToCreate } from '../common/group-to-create.js'
import type { Params, ParamsOf } from '../github/request-gateway.js'
import type { RunnerGroup } from '../github/types.js'
import type { InputKey, OperationInputs } from '../inputs/vocabulary.js'
import { createBody, createdFields, differences, inputsOf, type FieldRow } from './field-table.js'
import { change, plannedWrite, sameSet, type PlannedWrite } from './planned-write.js'

export interface WantedGroup {
  name: string
  visibility?: 'all' | 'selected' | 'private'
  allowsPublicRepositories?: boolean
  restrictedToWorkflows?: boolean
  selectedWorkflows?: string[]
  /** Its id, or a configuration the plan of `apply` creates. */
  networkConfigurationId?: string | ConfigurationToCreate
  repositoryIds?: number[]
  /** An enterprise group's organizations. */
  organizationIds?: number[]
  runnerIds?: number[]
  /** Names the group may still have on GitHub (the fleet file's `previous-names`). */
  previousNames?: string[]
}

export interface GroupNow {
  group: RunnerGroup
  /** Present when the wanted repositories were given and the group has a repository list. */
  repositoryIds?: number[]
  organizationIds?: number[]
  runnerIds?: number[]
}

/** What the settings rows set: all a group is but its name and member lists. */
export type GroupSettings = Omit<
  WantedGroup,
  'name' | 'previousNames' | 'repositoryIds' | 'organizationIds' | 'runnerIds'
>

type Row = FieldRow<GroupSettings, RunnerGroup>

/** The group's settings; its name is matched, not compared (GitHub requires it on every update). */
export const GROUP_FIELDS: readonly Row[] = [
  {
    key: 'visibility',
    input: 'visibility',
    create: 'visibility',
    update: 'visibility',
    read: (g) => g.visibility,
    // GitHub keeps an organization group's `private` as `all` (Terraform's provider skips its test of
    // it: the plan keeps showing `"all" => "private"`). Compared so, a re-run sends nothing.
    storedAs: (wanted) => (wanted === 'private' ? 'all' : wanted)
  },
  {
    key: 'allowsPublicRepositories',
    input: 'allowsPublicRepositories',
    create: 'allows_public_repositories',
    update: 'allows_public_repositories',
    read: (g) => g.allows_public_repositories
  },
  {
    key: 'restrictedToWorkflows',
    input: 'restrictedToWorkflows',
    create: 'restricted_to_workflows',
    update: 'restricted_to_workflows',
    // A guess, no source: a group answered without the field is not restricted. Read as unknown, a wanted
    // restriction would never be sent; read this way it is sent once, and GitHub then reports it.
    read: (g) => g.restricted_to_workflows,
    absentMeans: false
  },
  {
    key: 'selectedWorkflows',
    input: 'selectedWorkflows',
    create: 'selected_workflows',
    update: 'selected_workflows',
    read: (g) => g.selected_workflows,
    absentMeans: []
  },
  {
    // A guess, no source: a group without a network configuration is answered without the field (the
    // simulator answers so). Read as unknown, a wanted configuration would never be attached.
    key: 'networkConfigurationId',
    input: 'networkConfigurationId',
    create: 'network_configuration_id',
    update: 'network_configuration_id',
    read: (g) => g.network_configuration_id,
    absentMeans: null
  }
]

const GROUPS = '/orgs/{org}/actions/runner-groups'

/** A group's member lists: each replaced whole by one PUT when it differs from what is wanted. */
export const MEMBER_LISTS = [
  {
    list: 'repositoryIds',
    input: 'repositories',
    create: 'selected_repository_ids',
    route: `PUT ${GROUPS}/{runner_group_id}/repositories`,
    body: 'selected_repository_ids'
  },
  {
    // The enterprise-only route (GitHub's GHEC description).
    list: 'organizationIds',
    input: 'organizations',
    create: 'selected_organization_ids',
    route: 'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations',
    body: 'selected_organization_ids'
  },
  {
    list: 'runnerIds',
    input: 'runners',
    create: 'runners',
    route: `PUT ${GROUPS}/{runner_group_id}/runners`,
    body: 'runners'
  }
] as const

/** The settings of a runner group, as create, update and ensure read them. */
export const GROUP_SETTINGS: InputKey[] = inputsOf(GROUP_FIELDS)
/** What names and sets a runner group: ensure-group's inputs, and a fleet file item's keys. */
export const GROUP_INPUTS: InputKey[] = ['groupName', ...GROUP_SETTINGS, ...MEMBER_LISTS.map((m) => m.input)]

/** `nameOf` labels repository and runner ids in the summary's change lines. */
export function planGroup(
  now: GroupNow | undefined,
  wanted: WantedGroup,
  nameOf: (id: number) => string = String
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
    const fields = createdFields(GROUP_FIELDS, wanted)
    for (const { list, input, create } of MEMBER_LISTS) {
      if (wanted[list] === undefined) continue
      body[create] = wanted[list]
      fields[input] = { from: null, to: wanted[list] }
    }
    return [
      plannedWrite(
        `POST ${GROUPS}`,
        body as ParamsOf<`POST ${typeof GROUPS}`>,
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
        `PATCH ${GROUPS}/{runner_group_id}`,
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
    writes.push(
      plannedWrite(
        route,
        { runner_group_id, [body]: ids } as Params as ParamsOf<typeof route>,
        listChange(input, from, ids, nameOf),
        { [input]: { from, to: ids } }
      )
    )
  }
  return writes
}

function listChange(what: string, from: number[], to: number[], nameOf: (id: number) => string): string {
  const added = to.filter((id) => !from.includes(id)).map((id) => `+${nameOf(id)}`)
  const removed = from.filter((id) => !to.includes(id)).map((id) => `-${nameOf(id)}`)
  return `${what}: ${[...added, ...removed].join(', ')}`
}

/** The group settings among `inputs` (the inputs of a step, or of an item of a fleet file). */
export function groupSettingsOf(inputs: OperationInputs): Partial<WantedGroup> {
  return Object.fromEntries(GROUP_FIELDS.map((row) => [row.key, inputs[row.input]]))
}

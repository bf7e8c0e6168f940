// ensure-group: create the runner group named `group-name`, or change only what differs: its settings,
// and when given, its repositories (organizations, for an enterprise's group) and self-hosted runners
// exactly.
import { InputError } from '../errors.js'
import { BOTH_SCOPES } from '../scope.js'
import type { OperationInputs } from '../input-vocabulary.js'
import type { RunnerGroup } from '../github-types.js'
import type { NameResolver } from '../name-resolver.js'
import { GROUP_SETTINGS } from '../input-vocabulary.js'
import {
  change,
  ensureResult,
  plannedWrite,
  planTable,
  sameSet,
  executePlan,
  createdMeanwhile,
  type PlannedWrite
} from './write-plan.js'
import type { Params, ParamsOf } from '../request-gateway.js'
import type { Operation } from './types.js'

export interface WantedGroup {
  name: string
  visibility?: 'all' | 'selected' | 'private'
  allowsPublicRepositories?: boolean
  restrictedToWorkflows?: boolean
  selectedWorkflows?: string[]
  networkConfigurationId?: string
  repositoryIds?: number[]
  /** An enterprise group's organizations. */
  organizationIds?: number[]
  runnerIds?: number[]
}

export interface GroupNow {
  group: RunnerGroup
  /** Present when the wanted repositories were given and the group has a repository list. */
  repositoryIds?: number[]
  organizationIds?: number[]
  runnerIds?: number[]
}

const GROUPS = '/orgs/{org}/actions/runner-groups'
/** A create's member lists, named as the update's are. */
const MEMBER_FIELDS: Record<string, string> = {
  selected_repository_ids: 'repositories',
  selected_organization_ids: 'organizations'
}
/** A group's member lists: each replaced whole by one PUT when it differs from what is wanted. */
const MEMBER_LISTS = [
  {
    list: 'repositoryIds',
    route: `PUT ${GROUPS}/{runner_group_id}/repositories`,
    body: 'selected_repository_ids'
  },
  {
    // The enterprise-only route (GitHub's GHEC description).
    list: 'organizationIds',
    route: 'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations',
    body: 'selected_organization_ids'
  },
  { list: 'runnerIds', route: `PUT ${GROUPS}/{runner_group_id}/runners`, body: 'runners' }
] as const
const MEMBER_NAMES = { repositoryIds: 'repositories', organizationIds: 'organizations', runnerIds: 'runners' }

/**
 * What GitHub stores for a setting asked of an organization group, where it is not what was asked:
 * `private` is kept as `all` (Terraform's provider skips its test of it: the plan keeps showing
 * `"all" => "private"`). Compared so, a re-run sends nothing instead of asking again forever.
 */
const STORED_AS: Partial<Record<string, Record<string, string>>> = { visibility: { private: 'all' } }
const storedAs = (field: string, value: unknown): unknown =>
  typeof value === 'string' ? (STORED_AS[field]?.[value] ?? value) : value

/** `nameOf` labels repository and runner ids in the summary's change lines. */
export function planGroup(
  now: GroupNow | undefined,
  wanted: WantedGroup,
  nameOf: (id: number) => string = String
): PlannedWrite[] {
  const visibility = wanted.visibility ?? now?.group.visibility ?? 'all'
  for (const key of ['repositories', 'organizations'] as const) {
    const given = key === 'repositories' ? wanted.repositoryIds : wanted.organizationIds
    if (given !== undefined && visibility !== 'selected')
      throw new InputError(
        key,
        `Runner group '${wanted.name}' would have visibility '${visibility}': access by ${key} needs 'visibility: selected'.`
      )
  }
  const settings = {
    visibility: wanted.visibility,
    allows_public_repositories: wanted.allowsPublicRepositories,
    restricted_to_workflows: wanted.restrictedToWorkflows,
    selected_workflows: wanted.selectedWorkflows,
    network_configuration_id: wanted.networkConfigurationId
  }
  if (!now) {
    const body = {
      name: wanted.name,
      ...settings,
      selected_repository_ids: wanted.repositoryIds,
      // The enterprise twin of the route takes organizations (GitHub's GHEC description).
      ...(wanted.organizationIds === undefined ? {} : { selected_organization_ids: wanted.organizationIds }),
      runners: wanted.runnerIds
    }
    const fields = Object.fromEntries(
      Object.entries(body)
        .filter(([field, value]) => field !== 'name' && value !== undefined)
        .map(([field, value]) => [MEMBER_FIELDS[field] ?? field, { from: null, to: value }])
    )
    return [plannedWrite(`POST ${GROUPS}`, body, `create runner group '${wanted.name}'`, fields)]
  }

  const { group } = now
  const current: Record<keyof typeof settings, unknown> = {
    visibility: group.visibility,
    allows_public_repositories: group.allows_public_repositories,
    restricted_to_workflows: group.restricted_to_workflows ?? false,
    selected_workflows: group.selected_workflows ?? [],
    network_configuration_id: group.network_configuration_id
  }
  const differs = (field: keyof typeof settings): boolean => {
    const want = settings[field]
    if (want === undefined) return false
    return Array.isArray(want)
      ? !sameSet(want, current[field] as string[])
      : storedAs(field, want) !== current[field]
  }
  const fields = (Object.keys(settings) as Array<keyof typeof settings>).filter(differs)
  const writes: PlannedWrite[] = []
  const runner_group_id = group.id
  if (fields.length > 0) {
    const body = Object.fromEntries(fields.map((field) => [field, settings[field]]))
    // GitHub requires `name` on every update: the group keeps its current one.
    writes.push(
      plannedWrite(
        `PATCH ${GROUPS}/{runner_group_id}`,
        { runner_group_id, name: group.name, ...body },
        fields.map((f) => change(f, current[f], settings[f])).join('; '),
        Object.fromEntries(fields.map((f) => [f, { from: current[f], to: settings[f] }]))
      )
    )
  }
  for (const { list, route, body } of MEMBER_LISTS) {
    const ids = wanted[list]
    const from = now[list] ?? []
    if (ids === undefined || sameSet(ids, from)) continue
    const what = MEMBER_NAMES[list]
    writes.push(
      plannedWrite(
        route,
        { runner_group_id, [body]: ids } as Params as ParamsOf<typeof route>,
        listChange(what, from, ids, nameOf),
        {
          [what]: { from, to: ids }
        }
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

export const ENSURE_GROUP: Operation = {
  name: 'ensure-group',
  scopes: BOTH_SCOPES,
  reads: ['groupName', ...GROUP_SETTINGS, 'repositories', 'organizations', 'runners'],
  requires: ['groupName'],
  async run(context) {
    const { gateway, inputs, names, log } = context
    const name = inputs.groupName as string
    const wanted: WantedGroup = {
      ...groupSettingsOf(inputs),
      name,
      repositoryIds: inputs.repositories === undefined ? undefined : await names.repositoryIds(),
      organizationIds: inputs.organizations === undefined ? undefined : await names.organizationIds(),
      runnerIds: inputs.runners === undefined ? undefined : await names.runnerIds()
    }
    const nameOf = (id: number) => names.labels.get(id) ?? String(id)
    const plan = async (now: RunnerGroup | undefined) => {
      const writes = planGroup(now && (await groupNow(now, wanted, names)), wanted, nameOf)
      if (writes[0] && !now) writes[0].findCreated = () => names.findRunnerGroupNamed(name, { fresh: true })
      return writes
    }
    let group = await names.findRunnerGroupNamed(name)
    let writes = await plan(group)
    let bodies: unknown[]
    try {
      bodies = await executePlan(context, writes)
    } catch (error) {
      const made = group
        ? undefined
        : await createdMeanwhile(error, () => names.findRunnerGroupNamed(name, { fresh: true }))
      if (!made) throw error
      log.info(`Runner group '${name}' was created meanwhile by another run: ensuring its settings instead.`)
      group = made
      writes = await plan(group)
      bodies = await executePlan(context, writes)
    }
    const answered = bodies.find(isGroup)
    const created = group ? undefined : answered
    const after = created ?? group
    const kept = (answered ?? group)?.visibility
    if (
      !gateway.dryRun &&
      inputs.visibility !== undefined &&
      kept !== undefined &&
      kept !== inputs.visibility
    )
      log.warning(
        `Runner group '${name}': GitHub keeps visibility '${kept}' where '${inputs.visibility}' was asked (for organization groups it stores 'private' as 'all'); ensure-group does not ask again.`
      )
    return {
      outputs: {
        result: { ...ensureResult(group !== undefined, writes, gateway.dryRun), group: after ?? null },
        changed: writes.length > 0,
        runnerGroupId: after?.id
      },
      summary: planTable(gateway, writes)
    }
  }
}

const isGroup = (body: unknown): body is RunnerGroup =>
  typeof (body as RunnerGroup | undefined)?.id === 'number' &&
  typeof (body as RunnerGroup).visibility === 'string'

/** The group's lists, read only when the wanted lists were given (a group not `selected` has none). */
export async function groupNow(
  group: RunnerGroup,
  wanted: WantedGroup,
  names: NameResolver
): Promise<GroupNow> {
  const selected = group.visibility === 'selected'
  const [repositoryIds, organizationIds, runnerIds] = await Promise.all([
    wanted.repositoryIds === undefined || !selected ? undefined : names.groupRepositoryIds(group.id),
    wanted.organizationIds === undefined || !selected ? undefined : names.groupOrganizationIds(group.id),
    wanted.runnerIds === undefined ? undefined : names.groupRunnerIds(group.id)
  ])
  return { group, repositoryIds, organizationIds, runnerIds }
}

/** The group settings among `inputs` (the inputs of a step, or of an item of a fleet file). */
export function groupSettingsOf(
  inputs: OperationInputs
): Omit<WantedGroup, 'name' | 'repositoryIds' | 'organizationIds' | 'runnerIds'> {
  const {
    visibility,
    allowsPublicRepositories,
    restrictedToWorkflows,
    selectedWorkflows,
    networkConfigurationId
  } = inputs
  return {
    visibility,
    allowsPublicRepositories,
    restrictedToWorkflows,
    selectedWorkflows,
    networkConfigurationId
  }
}

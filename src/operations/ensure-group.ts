// ensure-group: create the runner group named `group-name`, or change only what differs: its settings,
// and when given, its repositories and self-hosted runners exactly.
import { InputError } from '../input-formats.js'
import type { OperationInputs } from '../inputs.js'
import type { RunnerGroup } from '../github-types.js'
import type { References } from '../references.js'
import { GROUP_SETTINGS } from './endpoints.js'
import {
  change,
  ensureResult,
  plannedWrite,
  planTable,
  sameSet,
  sendPlan,
  type PlannedWrite
} from './plan.js'
import type { CompositeOperation } from './types.js'

export interface WantedGroup {
  name: string
  visibility?: 'all' | 'selected' | 'private'
  allowsPublicRepositories?: boolean
  restrictedToWorkflows?: boolean
  selectedWorkflows?: string[]
  networkConfigurationId?: string
  repositoryIds?: number[]
  runnerIds?: number[]
}

export interface GroupNow {
  group: RunnerGroup
  /** Present when the wanted repositories were given and the group has a repository list. */
  repositoryIds?: number[]
  runnerIds?: number[]
}

const GROUPS = '/orgs/{org}/actions/runner-groups'

/** `nameOf` labels repository and runner ids in the summary's change lines. */
export function planGroup(
  now: GroupNow | undefined,
  wanted: WantedGroup,
  nameOf: (id: number) => string = String
): PlannedWrite[] {
  const visibility = wanted.visibility ?? now?.group.visibility ?? 'all'
  if (wanted.repositoryIds !== undefined && visibility !== 'selected') {
    throw new InputError(
      'repositories',
      `Runner group '${wanted.name}' would have visibility '${visibility}': repository access needs 'visibility: selected'.`
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
      runners: wanted.runnerIds
    }
    return [plannedWrite(`POST ${GROUPS}`, body, `create runner group '${wanted.name}'`)]
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
    return Array.isArray(want) ? !sameSet(want, current[field] as string[]) : want !== current[field]
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
        fields.map((f) => change(f, current[f], settings[f])).join('; ')
      )
    )
  }
  if (wanted.repositoryIds !== undefined && !sameSet(wanted.repositoryIds, now.repositoryIds ?? [])) {
    const ids = wanted.repositoryIds
    writes.push(
      plannedWrite(
        `PUT ${GROUPS}/{runner_group_id}/repositories`,
        { runner_group_id, selected_repository_ids: ids },
        listChange('repositories', now.repositoryIds ?? [], ids, nameOf)
      )
    )
  }
  if (wanted.runnerIds !== undefined && !sameSet(wanted.runnerIds, now.runnerIds ?? [])) {
    const ids = wanted.runnerIds
    writes.push(
      plannedWrite(
        `PUT ${GROUPS}/{runner_group_id}/runners`,
        { runner_group_id, runners: ids },
        listChange('runners', now.runnerIds ?? [], ids, nameOf)
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

export const ENSURE_GROUP: CompositeOperation = {
  kind: 'composite',
  name: 'ensure-group',
  reads: ['groupName', ...GROUP_SETTINGS, 'repositories', 'runners'],
  requires: ['groupName'],
  async run({ api, refs, inputs }) {
    const name = inputs.groupName as string
    const group = await refs.findRunnerGroupNamed(name)
    const wanted: WantedGroup = {
      ...pick(inputs),
      name,
      repositoryIds: inputs.repositories === undefined ? undefined : await refs.repositoryIds(),
      runnerIds: inputs.runners === undefined ? undefined : await refs.runnerIds()
    }
    const nameOf = (id: number) => refs.names.get(id) ?? String(id)
    const writes = planGroup(group && (await groupNow(group, wanted, refs)), wanted, nameOf)
    if (writes[0] && !group) writes[0].findCreated = () => refs.findRunnerGroupNamed(name, { fresh: true })
    const body = await sendPlan(api, writes)
    const created =
      !group && body && typeof (body as RunnerGroup).id === 'number' ? (body as RunnerGroup) : undefined
    const after = created ?? group
    return {
      outputs: {
        result: { ...ensureResult(group !== undefined, writes, api.dryRun), group: after ?? null },
        changed: writes.length > 0,
        runnerGroupId: after?.id
      },
      summary: planTable(api, writes)
    }
  }
}

/** The group's lists, read only when the wanted lists were given (a group not `selected` has none). */
async function groupNow(group: RunnerGroup, wanted: WantedGroup, refs: References): Promise<GroupNow> {
  const [repositoryIds, runnerIds] = await Promise.all([
    wanted.repositoryIds === undefined || group.visibility !== 'selected'
      ? undefined
      : refs.groupRepositoryIds(group.id),
    wanted.runnerIds === undefined ? undefined : refs.groupRunnerIds(group.id)
  ])
  return { group, repositoryIds, runnerIds }
}

function pick(i: OperationInputs): Omit<WantedGroup, 'name' | 'repositoryIds' | 'runnerIds'> {
  const {
    visibility,
    allowsPublicRepositories,
    restrictedToWorkflows,
    selectedWorkflows,
    networkConfigurationId
  } = i
  return {
    visibility,
    allowsPublicRepositories,
    restrictedToWorkflows,
    selectedWorkflows,
    networkConfigurationId
  }
}

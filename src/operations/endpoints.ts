// The endpoint operations: one row each, its route, how inputs map to parameters, what it outputs.
import { InputError, inputName } from '../input-formats.js'
import type { InputKey, OperationInputs } from '../inputs.js'
import type { References } from '../references.js'
import { endpoint } from './types.js'

/** The settings of a hosted runner, as create, update and ensure read them. */
export const RUNNER_SETTINGS = [
  'imageId',
  'imageSource',
  'imageVersion',
  'size',
  'runnerGroup',
  'maximumRunners',
  'enableStaticIp',
  'imageGen'
] satisfies InputKey[]
export const WAIT_INPUTS = ['waitFor', 'waitTimeout', 'pollInterval'] satisfies InputKey[]
/** The settings of a runner group, as create, update and ensure read them. */
export const GROUP_SETTINGS = [
  'visibility',
  'allowsPublicRepositories',
  'restrictedToWorkflows',
  'selectedWorkflows',
  'networkConfigurationId'
] satisfies InputKey[]

const IMAGES = '/orgs/{org}/actions/hosted-runners/images'
const GROUP = '/orgs/{org}/actions/runner-groups/{runner_group_id}'

const ONE_RUNNER = {
  reads: ['runnerId', 'runnerName'],
  requires: [['runnerId', 'runnerName']],
  target: 'runner',
  concerns: 'runner',
  params: async (_: OperationInputs, refs: References) => ({ hosted_runner_id: await refs.runnerId() })
} as const satisfies Parameters<typeof endpoint>[2]
const ONE_IMAGE = {
  reads: ['customImage'],
  requires: ['customImage'],
  params: async (_: OperationInputs, refs: References) => ({
    image_definition_id: await refs.customImageId()
  })
} as const satisfies Parameters<typeof endpoint>[2]
const ONE_IMAGE_VERSION = {
  reads: ['customImage', 'imageVersion'],
  requires: ['customImage', 'imageVersion'],
  params: async (i: OperationInputs, refs: References) => ({
    image_definition_id: await refs.customImageId(),
    version: i.imageVersion as string
  })
} as const satisfies Parameters<typeof endpoint>[2]
const ONE_GROUP = {
  reads: ['runnerGroup'],
  requires: ['runnerGroup'],
  concerns: 'group',
  params: async (_: OperationInputs, refs: References) => ({ runner_group_id: await refs.runnerGroupId() })
} as const satisfies Parameters<typeof endpoint>[2]
const EACH_REPOSITORY = {
  reads: ['runnerGroup', 'repositories'],
  requires: ['runnerGroup', 'repositories'],
  concerns: 'group',
  check: nonEmpty('repositories'),
  paramsEach: async (_: OperationInputs, refs: References) => {
    const group = await selectedGroup(refs)
    return (await refs.repositoryIds()).map((repository_id) => ({ ...group, repository_id }))
  }
} as const satisfies Parameters<typeof endpoint>[2]
const EACH_RUNNER = {
  reads: ['runnerGroup', 'runners'],
  requires: ['runnerGroup', 'runners'],
  concerns: 'group',
  check: nonEmpty('runners'),
  paramsEach: async (_: OperationInputs, refs: References) => {
    const runner_group_id = await refs.runnerGroupId()
    return (await refs.runnerIds()).map((runner_id) => ({ runner_group_id, runner_id }))
  }
} as const satisfies Parameters<typeof endpoint>[2]
const GROUP_LIST = (items: string) => ({ ...ONE_GROUP, list: { items, allPages: true } })
const WHOLE_LIST = (items: string) => ({ list: { items, allPages: false } })

export const ENDPOINT_OPERATIONS = [
  endpoint('list-runners', 'GET /orgs/{org}/actions/hosted-runners', {
    list: { items: 'runners', allPages: true }
  }),
  endpoint('get-runner', 'GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}', ONE_RUNNER),
  endpoint('create-runner', 'POST /orgs/{org}/actions/hosted-runners', {
    reads: ['runnerName', ...RUNNER_SETTINGS, ...WAIT_INPUTS],
    requires: ['runnerName', 'imageId', 'size'],
    concerns: 'runner',
    findCreated: (i, refs) => refs.findRunnerNamed(i.runnerName as string, { fresh: true }),
    params: async (i, refs) => ({
      name: i.runnerName as string,
      image: { id: i.imageId, source: i.imageSource ?? 'github', version: i.imageVersion },
      size: i.size as string,
      runner_group_id: await refs.runnerGroupIdOrDefault(),
      maximum_runners: i.maximumRunners,
      enable_static_ip: i.enableStaticIp,
      image_gen: i.imageGen
    })
  }),
  endpoint('update-runner', 'PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}', {
    ...ONE_RUNNER,
    reads: ['runnerId', 'runnerName', ...RUNNER_SETTINGS, ...WAIT_INPUTS],
    renamesRunner: true,
    check: (i) => {
      const renames = i.runnerId !== undefined && i.runnerName !== undefined
      if (!renames) needsAChange(i, RUNNER_SETTINGS, "'runner-name' (with 'runner-id')")
    },
    params: async (i, refs) => ({
      hosted_runner_id: await refs.runnerId(),
      name: i.runnerId !== undefined ? i.runnerName : undefined,
      runner_group_id: i.runnerGroup === undefined ? undefined : await refs.runnerGroupId(),
      maximum_runners: i.maximumRunners,
      enable_static_ip: i.enableStaticIp,
      size: i.size,
      image_source: i.imageSource,
      image_id: i.imageId,
      image_version: i.imageVersion,
      image_gen: i.imageGen
    })
  }),
  endpoint('delete-runner', 'DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}', {
    ...ONE_RUNNER,
    reads: ['runnerId', 'runnerName', ...WAIT_INPUTS]
  }),
  endpoint('list-github-images', `GET ${IMAGES}/github-owned`, WHOLE_LIST('images')),
  endpoint('list-partner-images', `GET ${IMAGES}/partner`, WHOLE_LIST('images')),
  endpoint(
    'list-machine-sizes',
    'GET /orgs/{org}/actions/hosted-runners/machine-sizes',
    WHOLE_LIST('machine_specs')
  ),
  endpoint('list-platforms', 'GET /orgs/{org}/actions/hosted-runners/platforms', WHOLE_LIST('platforms')),
  endpoint('get-limits', 'GET /orgs/{org}/actions/hosted-runners/limits'),
  endpoint('list-images', `GET ${IMAGES}/custom`, WHOLE_LIST('images')),
  endpoint('get-image', `GET ${IMAGES}/custom/{image_definition_id}`, ONE_IMAGE),
  endpoint('delete-image', `DELETE ${IMAGES}/custom/{image_definition_id}`, ONE_IMAGE),
  endpoint('list-image-versions', `GET ${IMAGES}/custom/{image_definition_id}/versions`, {
    ...ONE_IMAGE,
    ...WHOLE_LIST('image_versions')
  }),
  endpoint(
    'get-image-version',
    `GET ${IMAGES}/custom/{image_definition_id}/versions/{version}`,
    ONE_IMAGE_VERSION
  ),
  endpoint(
    'delete-image-version',
    `DELETE ${IMAGES}/custom/{image_definition_id}/versions/{version}`,
    ONE_IMAGE_VERSION
  ),
  endpoint('list-groups', 'GET /orgs/{org}/actions/runner-groups', {
    reads: ['visibleToRepository'],
    list: { items: 'runner_groups', allPages: true },
    params: (i) => ({ visible_to_repository: i.visibleToRepository })
  }),
  endpoint('get-group', `GET ${GROUP}`, ONE_GROUP),
  endpoint('create-group', 'POST /orgs/{org}/actions/runner-groups', {
    reads: ['groupName', ...GROUP_SETTINGS, 'repositories', 'runners'],
    requires: ['groupName'],
    concerns: 'group',
    findCreated: (i, refs) => refs.findRunnerGroupNamed(i.groupName as string, { fresh: true }),
    check: (i) => {
      if (i.repositories !== undefined && i.visibility !== 'selected') {
        throw new InputError(
          'repositories',
          "Input 'repositories' needs 'visibility: selected': only such groups have a repository list."
        )
      }
    },
    params: async (i, refs) => ({
      name: i.groupName as string,
      visibility: i.visibility,
      selected_repository_ids: i.repositories === undefined ? undefined : await refs.repositoryIds(),
      runners: i.runners === undefined ? undefined : await refs.runnerIds(),
      allows_public_repositories: i.allowsPublicRepositories,
      restricted_to_workflows: i.restrictedToWorkflows,
      selected_workflows: i.selectedWorkflows,
      network_configuration_id: i.networkConfigurationId
    })
  }),
  endpoint('update-group', `PATCH ${GROUP}`, {
    ...ONE_GROUP,
    reads: ['runnerGroup', 'groupName', ...GROUP_SETTINGS],
    check: (i) => needsAChange(i, ['groupName', ...GROUP_SETTINGS]),
    params: async (i, refs) => ({
      runner_group_id: await refs.runnerGroupId(),
      // GitHub requires `name` on every update: when not renaming, send the current one.
      name: i.groupName ?? (await refs.runnerGroup()).name,
      visibility: i.visibility,
      allows_public_repositories: i.allowsPublicRepositories,
      restricted_to_workflows: i.restrictedToWorkflows,
      selected_workflows: i.selectedWorkflows,
      network_configuration_id: i.networkConfigurationId
    })
  }),
  endpoint('delete-group', `DELETE ${GROUP}`, ONE_GROUP),
  endpoint('list-group-hosted-runners', `GET ${GROUP}/hosted-runners`, GROUP_LIST('runners')),
  endpoint('list-group-repos', `GET ${GROUP}/repositories`, GROUP_LIST('repositories')),
  endpoint('set-group-repos', `PUT ${GROUP}/repositories`, {
    ...ONE_GROUP,
    reads: ['runnerGroup', 'repositories'],
    requires: ['runnerGroup', 'repositories'],
    params: async (_, refs) => ({
      ...(await selectedGroup(refs)),
      selected_repository_ids: await refs.repositoryIds()
    })
  }),
  endpoint('add-group-repo', `PUT ${GROUP}/repositories/{repository_id}`, EACH_REPOSITORY),
  endpoint('remove-group-repo', `DELETE ${GROUP}/repositories/{repository_id}`, EACH_REPOSITORY),
  endpoint('list-group-runners', `GET ${GROUP}/runners`, GROUP_LIST('runners')),
  endpoint('set-group-runners', `PUT ${GROUP}/runners`, {
    ...ONE_GROUP,
    reads: ['runnerGroup', 'runners'],
    requires: ['runnerGroup', 'runners'],
    params: async (_, refs) => ({
      runner_group_id: await refs.runnerGroupId(),
      runners: await refs.runnerIds()
    })
  }),
  endpoint('add-group-runner', `PUT ${GROUP}/runners/{runner_id}`, EACH_RUNNER),
  endpoint('remove-group-runner', `DELETE ${GROUP}/runners/{runner_id}`, EACH_RUNNER)
]

/** Repository access is only for groups whose visibility is `selected`: GitHub requires it. */
async function selectedGroup(refs: References): Promise<{ runner_group_id: number }> {
  const group = await refs.runnerGroup()
  if (group.visibility !== 'selected') {
    throw new InputError(
      'runner-group',
      `Runner group '${group.name}' has visibility '${group.visibility}': repository access needs visibility 'selected' (set it with update-group).`
    )
  }
  return { runner_group_id: group.id }
}

function needsAChange(i: OperationInputs, keys: InputKey[], alternative?: string): void {
  if (keys.some((key) => i[key] !== undefined)) return
  const names = keys.map((key) => `'${inputName(key)}'`).join(', ')
  throw new InputError(
    inputName(keys[0] as string),
    `Nothing to change: give at least one of ${names}${alternative ? `, or ${alternative}` : ''}.`
  )
}

function nonEmpty(key: 'repositories' | 'runners') {
  return (i: OperationInputs) => {
    if (i[key]?.length === 0) throw new InputError(key, `Input '${key}' must name at least one item.`)
  }
}

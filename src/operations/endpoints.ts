// The endpoint operations: one row each, its route, how inputs map to parameters, what it outputs.
import {
  CUSTOM_IMAGE,
  HOSTED_RUNNER,
  IMAGE_VERSION,
  NAMED,
  ORGANIZATION,
  REPOSITORY,
  RUNNER_GROUP,
  anyValue,
  type Shape
} from '../github/answer-shapes.js'
import { UserError } from '../common/errors.js'
import { inputName } from '../inputs/formats.js'
import { planGroup } from '../resources/runner-group/plan.js'
import { GROUP_FIELDS, GROUP_INPUTS, GROUP_SETTINGS } from '../resources/runner-group/fields.js'
import { updateBody } from '../core/field-table.js'
import type { ParamsOf } from '../github/request-gateway.js'
import { wantedGroupOf } from '../resolve/current-state.js'
import { RUNNER_SETTINGS } from '../resources/hosted-runner/fields.js'
import {
  WAIT_INPUTS,
  checkImageInputs,
  checkOneVersion,
  type InputKey,
  type OperationInputs
} from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { checkedGroupSettings } from '../resolve/runner-facts.js'
import { ENTERPRISE_ONLY, ORG_ONLY } from '../common/scope.js'
import { endpoint } from './run-endpoint.js'
import { groupToDelete, runnersDroppedNotice, runnersMovedNotice } from './group-removal.js'
import { createParams, updateParams } from './runner-writes.js'
import {
  CREATE_RUNNER,
  DELETE_RUNNER,
  GITHUB_IMAGES,
  MACHINE_SIZES,
  PARTNER_IMAGES,
  PLATFORMS,
  RUNNER,
  RUNNERS,
  SCOPE_LIMITS,
  UPDATE_RUNNER
} from '../resources/hosted-runner/routes.js'
import * as IMAGE_ROUTES from '../resources/image-retention/routes.js'
import * as GROUP_ROUTES from '../resources/runner-group/routes.js'

const ONE_RUNNER = {
  reads: ['runnerId', 'runnerName'],
  requires: [['runnerId', 'runnerName']],
  picksRunner: true,
  outputsFor: 'runner',
  answer: HOSTED_RUNNER,
  params: async (_: OperationInputs, names: NameResolver) => ({ hosted_runner_id: await names.runnerId() })
} as const satisfies Parameters<typeof endpoint>[2]
const ONE_IMAGE = {
  answer: CUSTOM_IMAGE,
  reads: ['customImage'],
  requires: ['customImage'],
  params: async (_: OperationInputs, names: NameResolver) => ({
    image_definition_id: await names.customImageId()
  })
} as const satisfies Parameters<typeof endpoint>[2]
const ONE_IMAGE_VERSION = {
  answer: IMAGE_VERSION,
  reads: ['customImage', 'imageVersion'],
  requires: ['customImage', 'imageVersion'],
  check: checkOneVersion,
  params: async (i: OperationInputs, names: NameResolver) => ({
    image_definition_id: await names.customImageId(),
    version: i.imageVersion as string
  })
} as const satisfies Parameters<typeof endpoint>[2]
const ONE_GROUP = {
  answer: RUNNER_GROUP,
  reads: ['runnerGroup'],
  requires: ['runnerGroup'],
  outputsFor: 'group',
  params: async (_: OperationInputs, names: NameResolver) => ({
    runner_group_id: await names.runnerGroupId()
  })
} as const satisfies Parameters<typeof endpoint>[2]
const EACH_REPOSITORY = {
  scopes: ORG_ONLY,
  reads: ['runnerGroup', 'repositories'],
  requires: ['runnerGroup', 'repositories'],
  outputsFor: 'group',
  check: nonEmpty('repositories'),
  paramsPerItem: async (_: OperationInputs, names: NameResolver) => {
    const group = await selectedGroup(names, 'repository')
    return (await names.repositoryIds()).map((repository_id) => ({ ...group, repository_id }))
  }
} as const satisfies Parameters<typeof endpoint>[2]
const EACH_ORGANIZATION = {
  scopes: ENTERPRISE_ONLY,
  reads: ['runnerGroup', 'organizations'],
  requires: ['runnerGroup', 'organizations'],
  outputsFor: 'group',
  check: nonEmpty('organizations'),
  paramsPerItem: async (_: OperationInputs, names: NameResolver) => {
    const group = await selectedGroup(names, 'organization')
    return (await names.organizationIds()).map((org_id) => ({ ...group, org_id }))
  }
} as const satisfies Parameters<typeof endpoint>[2]
const EACH_RUNNER = {
  reads: ['runnerGroup', 'runners'],
  requires: ['runnerGroup', 'runners'],
  outputsFor: 'group',
  check: nonEmpty('runners'),
  paramsPerItem: async (_: OperationInputs, names: NameResolver) => {
    const runner_group_id = await names.runnerGroupId()
    return (await names.runnerIds()).map((runner_id) => ({ runner_group_id, runner_id }))
  }
} as const satisfies Parameters<typeof endpoint>[2]
/** A paginated list of one group's members. */
const groupMembers = (key: string, item: Shape) => ({ ...ONE_GROUP, list: { key, paged: true, item } })
/** A list GitHub answers whole, on one page. */
const onePageList = (key: string, item: Shape = anyValue) => ({ list: { key, paged: false, item } })

export const ENDPOINT_OPERATIONS = [
  endpoint('list-runners', RUNNERS, {
    list: { key: 'runners', paged: true, item: HOSTED_RUNNER }
  }),
  endpoint('get-runner', RUNNER, ONE_RUNNER),
  endpoint('create-runner', CREATE_RUNNER, {
    reads: ['runnerName', ...RUNNER_SETTINGS, ...WAIT_INPUTS],
    requires: ['runnerName', 'imageId', 'size'],
    outputsFor: 'runner',
    check: checkImageInputs,
    findCreated: (i, names) => names.findRunnerNamed(i.runnerName as string, { fresh: true }),
    params: createParams
  }),
  endpoint('update-runner', UPDATE_RUNNER, {
    ...ONE_RUNNER,
    reads: ['runnerId', 'runnerName', ...RUNNER_SETTINGS, ...WAIT_INPUTS],
    renamesRunner: true,
    check: (i) => {
      const renames = i.runnerId !== undefined && i.runnerName !== undefined
      if (!renames) needsAChange(i, RUNNER_SETTINGS, "'runner-name' (with 'runner-id')")
      checkImageInputs(i)
    },
    params: updateParams
  }),
  endpoint('delete-runner', DELETE_RUNNER, {
    ...ONE_RUNNER,
    reads: ['runnerId', 'runnerName', ...WAIT_INPUTS]
  }),
  endpoint('list-github-images', GITHUB_IMAGES, onePageList('images')),
  endpoint('list-partner-images', PARTNER_IMAGES, onePageList('images')),
  endpoint('list-machine-sizes', MACHINE_SIZES, onePageList('machine_specs')),
  endpoint('list-platforms', PLATFORMS, onePageList('platforms')),
  endpoint('get-limits', SCOPE_LIMITS),
  endpoint('list-images', IMAGE_ROUTES.CUSTOM_IMAGES, onePageList('images', CUSTOM_IMAGE)),
  endpoint('get-image', IMAGE_ROUTES.CUSTOM_IMAGE, ONE_IMAGE),
  endpoint('delete-image', IMAGE_ROUTES.DELETE_IMAGE, ONE_IMAGE),
  endpoint('list-image-versions', IMAGE_ROUTES.IMAGE_VERSIONS, {
    ...ONE_IMAGE,
    ...onePageList('image_versions', IMAGE_VERSION)
  }),
  endpoint('get-image-version', IMAGE_ROUTES.IMAGE_VERSION, ONE_IMAGE_VERSION),
  endpoint('delete-image-version', IMAGE_ROUTES.DELETE_VERSION, ONE_IMAGE_VERSION),
  endpoint('list-groups', GROUP_ROUTES.GROUPS, {
    reads: ['visibleToRepository', 'visibleToOrganization'],
    list: { key: 'runner_groups', paged: true, item: RUNNER_GROUP },
    params: (i) => ({
      visible_to_repository: i.visibleToRepository,
      // The enterprise twin of the route takes this one (GitHub's GHEC description).
      ...{ visible_to_organization: i.visibleToOrganization }
    })
  }),
  endpoint('get-group', GROUP_ROUTES.GROUP, ONE_GROUP),
  endpoint('create-group', GROUP_ROUTES.CREATE_GROUP, {
    reads: GROUP_INPUTS,
    requires: ['groupName'],
    outputsFor: 'group',
    findCreated: (i, names) => names.findRunnerGroupNamed(i.groupName as string, { fresh: true }),
    check: (i) => {
      for (const key of ['repositories', 'organizations'] as const) {
        if (i[key] !== undefined && i.visibility !== 'selected')
          throw new UserError(
            'input',
            key,
            `Input '${key}' needs 'visibility: selected': only such groups have a list of ${key}.`
          )
      }
    },
    // The create of ensure-group, for a group that does not exist yet.
    params: async (i, names) =>
      planGroup(undefined, await wantedGroupOf(i, names))[0]?.params as ParamsOf<
        typeof GROUP_ROUTES.CREATE_GROUP
      >
  }),
  endpoint('update-group', GROUP_ROUTES.UPDATE_GROUP, {
    ...ONE_GROUP,
    reads: ['runnerGroup', 'groupName', ...GROUP_SETTINGS],
    check: (i) => needsAChange(i, ['groupName', ...GROUP_SETTINGS]),
    params: async (i, names) => ({
      runner_group_id: await names.runnerGroupId(),
      // GitHub requires `name` on every update: when not renaming, send the current one.
      name: i.groupName ?? (await names.runnerGroup()).name,
      ...updateBody(GROUP_FIELDS, await checkedGroupSettings(i, names), undefined)
    })
  }),
  endpoint('delete-group', GROUP_ROUTES.DELETE_GROUP, {
    ...ONE_GROUP,
    params: (_, names) => groupToDelete(names),
    notice: runnersMovedNotice
  }),
  endpoint('list-group-hosted-runners', GROUP_ROUTES.GROUP_HOSTED_RUNNERS, {
    ...groupMembers('runners', HOSTED_RUNNER),
    scopes: ORG_ONLY
  }),
  endpoint('list-group-repos', GROUP_ROUTES.GROUP_REPOSITORIES, {
    ...groupMembers('repositories', REPOSITORY),
    scopes: ORG_ONLY
  }),
  endpoint('set-group-repos', GROUP_ROUTES.SET_REPOSITORIES, {
    ...ONE_GROUP,
    scopes: ORG_ONLY,
    reads: ['runnerGroup', 'repositories'],
    requires: ['runnerGroup', 'repositories'],
    params: async (_, names) => ({
      ...(await selectedGroup(names, 'repository')),
      selected_repository_ids: await names.repositoryIds()
    })
  }),
  endpoint('add-group-repo', GROUP_ROUTES.ADD_REPOSITORY, EACH_REPOSITORY),
  endpoint('remove-group-repo', GROUP_ROUTES.REMOVE_REPOSITORY, EACH_REPOSITORY),
  endpoint('list-group-orgs', GROUP_ROUTES.GROUP_ORGANIZATIONS, {
    ...groupMembers('organizations', ORGANIZATION),
    scopes: ENTERPRISE_ONLY
  }),
  endpoint('set-group-orgs', GROUP_ROUTES.SET_ORGANIZATIONS, {
    ...ONE_GROUP,
    scopes: ENTERPRISE_ONLY,
    reads: ['runnerGroup', 'organizations'],
    requires: ['runnerGroup', 'organizations'],
    params: async (_, names) => ({
      ...(await selectedGroup(names, 'organization')),
      selected_organization_ids: await names.organizationIds()
    })
  }),
  endpoint('add-group-org', GROUP_ROUTES.ADD_ORGANIZATION, EACH_ORGANIZATION),
  endpoint('remove-group-org', GROUP_ROUTES.REMOVE_ORGANIZATION, EACH_ORGANIZATION),
  endpoint('list-group-runners', GROUP_ROUTES.GROUP_RUNNERS, groupMembers('runners', NAMED)),
  endpoint('set-group-runners', GROUP_ROUTES.SET_RUNNERS, {
    ...ONE_GROUP,
    reads: ['runnerGroup', 'runners'],
    requires: ['runnerGroup', 'runners'],
    params: async (_, names) => ({
      runner_group_id: await names.runnerGroupId(),
      runners: await names.runnerIds()
    }),
    notice: runnersDroppedNotice
  }),
  endpoint('add-group-runner', GROUP_ROUTES.ADD_RUNNER, EACH_RUNNER),
  endpoint('remove-group-runner', GROUP_ROUTES.REMOVE_RUNNER, EACH_RUNNER)
]

/** Repository (or organization) access is only for groups whose visibility is `selected`: GitHub requires it. */
async function selectedGroup(
  names: NameResolver,
  member: 'repository' | 'organization'
): Promise<{ runner_group_id: number }> {
  const group = await names.runnerGroup()
  if (group.visibility !== 'selected') {
    throw new UserError(
      'input',
      'runner-group',
      `Runner group '${group.name}' has visibility '${group.visibility}': ${member} access needs visibility 'selected' (set it with update-group).`
    )
  }
  return { runner_group_id: group.id }
}

function needsAChange(i: OperationInputs, keys: InputKey[], alternative?: string): void {
  if (keys.some((key) => i[key] !== undefined)) return
  const names = keys.map((key) => `'${inputName(key)}'`).join(', ')
  throw new UserError(
    'input',
    inputName(keys[0] as string),
    `Nothing to change: give at least one of ${names}${alternative ? `, or ${alternative}` : ''}.`
  )
}

function nonEmpty(key: 'repositories' | 'organizations' | 'runners') {
  return (i: OperationInputs) => {
    if (i[key]?.length === 0) throw new UserError('input', key, `Input '${key}' must name at least one item.`)
  }
}

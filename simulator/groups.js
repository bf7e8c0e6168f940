// @ts-check
/* global structuredClone */
// Runner groups and their sub-resources: hosted runners (read-only), repositories, self-hosted runners.
import { notFound, unprocessable } from './errors.js'
import { answer, noContent, paginate } from './http.js'
import { minimalRepositoryJson } from './repositories.js'
import { DEFAULT_GROUP_ID, findByName, newGroup, storedVisibility } from './state.js'
import { runnerJson } from './runners.js'
import { findGroup, requireKnown, selfHostedRunnerRoutes, setRunners } from './group-members.js'
import { checkGroupNetwork } from './network-rules.js'

/** @typedef {import('./http.js').Context} Context */
/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').RunnerGroup} RunnerGroup */
/** @typedef {import('./http.js').Handler} Handler */

const RESOURCE = 'RunnerGroup'
const GROUPS = '/orgs/{org}/actions/runner-groups'
const GROUP = `${GROUPS}/{runner_group_id}`

/**
 * @param {RunnerGroup} group
 * @param {Context} context
 */
function groupJson(group, { baseUrl, state }) {
  /** @type {Partial<RunnerGroup>} */
  const fields = structuredClone(group)
  delete fields.selected_repository_ids // the simulator's own record; GitHub does not answer it
  const url = `${baseUrl}/orgs/${state.org}/actions/runner-groups/${group.id}`
  const repositories =
    group.visibility === 'selected' ? { selected_repositories_url: `${url}/repositories` } : {}
  return {
    ...fields,
    ...repositories,
    runners_url: `${url}/runners`,
    hosted_runners_url: `${url}/hosted-runners`
  }
}

/**
 * @param {State} state
 * @param {string} name
 * @param {number} [selfId]
 */
export function checkName(state, name, selfId) {
  if (name.trim() === '') throw unprocessable(RESOURCE, 'name', 'invalid', 'Name cannot be blank.')
  const taken = findByName(state.groups, name)
  if (taken && taken.id !== selfId) {
    throw unprocessable(RESOURCE, 'name', 'already_exists', `A runner group named '${name}' already exists.`)
  }
}

/** @param {RunnerGroup} group */
function requireSelected(group) {
  if (group.visibility !== 'selected') {
    const message = `The runner group's visibility must be 'selected' to list repositories on it (it is '${group.visibility}').`
    throw unprocessable(RESOURCE, 'visibility', 'invalid', message)
  }
}

/** @param {Context} context */
function listGroups(context) {
  const { state, query } = context
  let groups = state.groups
  if (query.visible_to_repository !== undefined) {
    // Unknown repositories get the groups open to all (GitHub's answer for them is undocumented).
    const repo = findByName(state.repositories, query.visible_to_repository)
    groups = groups.filter(
      (group) => group.visibility === 'all' || (repo && group.selected_repository_ids.includes(repo.id))
    )
  }
  return paginate(context, groups, 'runner_groups', (group) => groupJson(group, context))
}

/** @param {Context} context */
function createGroup(context) {
  const { state, body } = context
  const { selected_repository_ids = [], runners = [], ...fields } = body
  const visibility = fields.visibility ?? 'all'
  checkName(state, fields.name)
  if (body.selected_repository_ids !== undefined && visibility !== 'selected') {
    const message = `selected_repository_ids can only be given with visibility 'selected' (not '${visibility}').`
    throw unprocessable(RESOURCE, 'selected_repository_ids', 'invalid', message)
  }
  requireKnown(state.repositories, selected_repository_ids, 'selected_repository_ids', 'repository')
  requireKnown(state.selfHostedRunners, runners, 'runners', 'runner')
  checkGroupNetwork(context, fields.network_configuration_id)
  const group = newGroup(state, { ...fields, visibility, selected_repository_ids })
  state.groups.push(group)
  setRunners(state, group, runners)
  return answer(201, groupJson(group, context))
}

/**
 * PATCH of a group, in either scope: a given name must be free and leaves the default group's as it is,
 * `network_configuration_id` must name a usable network configuration (null removes it), and a group no
 * longer 'selected' forgets what it granted.
 * @param {Context} context
 * @param {(group: RunnerGroup, context: Context) => unknown} json the scope's answer for a group
 * @param {'selected_repository_ids' | 'selected_organization_ids'} granted
 */
function updateGroup(context, json, granted) {
  const group = findGroup(context)
  const { network_configuration_id, ...fields } = context.body ?? {}
  if (fields.name !== undefined) {
    checkName(context.state, fields.name, group.id)
    if (group.default && fields.name !== group.name) {
      throw unprocessable(RESOURCE, 'name', 'invalid', 'The default runner group cannot be renamed.')
    }
  }
  checkGroupNetwork(context, network_configuration_id, group)
  Object.assign(group, fields)
  group.visibility = storedVisibility(group.visibility)
  if (network_configuration_id === null) delete group.network_configuration_id
  else if (network_configuration_id !== undefined) group.network_configuration_id = network_configuration_id
  if (group.visibility !== 'selected') group[granted] = []
  return answer(200, json(group, context))
}

/**
 * The routes on the groups themselves, the same in both scopes but for what they list, create and answer.
 * @param {string} groups the list's path
 * @param {{ list: Handler, create: Handler, json: (group: RunnerGroup, context: Context) => unknown,
 *   granted: 'selected_repository_ids' | 'selected_organization_ids' }} scope
 * @returns {Record<string, import('./http.js').Route>}
 */
export function groupListRoutes(groups, { list, create, json, granted }) {
  const group = `${groups}/{runner_group_id}`
  return {
    [`GET ${groups}`]: { resource: RESOURCE, handle: list },
    [`POST ${groups}`]: { resource: RESOURCE, handle: create },
    [`GET ${group}`]: {
      resource: RESOURCE,
      handle: (context) => answer(200, json(findGroup(context), context))
    },
    [`PATCH ${group}`]: { resource: RESOURCE, handle: (context) => updateGroup(context, json, granted) }
  }
}

/** @param {Context} context */
function deleteGroup(context) {
  const { state } = context
  const group = findGroup(context)
  // GitHub Docs ("Managing access to self-hosted runners using groups"): "All organizations have a
  // single default runner group"; that it cannot be deleted is inferred from that (a guess).
  if (group.default)
    throw unprocessable(RESOURCE, 'id', 'invalid', 'The default runner group cannot be deleted.')
  for (const runner of [...state.selfHostedRunners, ...state.runners]) {
    if (runner.runner_group_id === group.id) runner.runner_group_id = DEFAULT_GROUP_ID
  }
  state.groups.splice(state.groups.indexOf(group), 1)
  return noContent()
}

/**
 * @param {Context} context
 * @param {(group: RunnerGroup, state: State, params: Record<string, any>, body: any) => void} change
 */
function changeRepositories(context, change) {
  const group = findGroup(context)
  requireSelected(group)
  change(group, context.state, context.params, context.body)
  return noContent()
}

/**
 * @param {State} state
 * @param {number} id
 */
function findRepository(state, id) {
  const repo = state.repositories.find((candidate) => candidate.id === id)
  if (!repo) throw notFound()
  return repo
}

/** @type {Record<string, import('./http.js').Route>} */
export const groupRoutes = {
  ...groupListRoutes(GROUPS, {
    list: listGroups,
    create: createGroup,
    json: groupJson,
    granted: 'selected_repository_ids'
  }),
  [`DELETE ${GROUP}`]: { resource: RESOURCE, handle: deleteGroup },
  [`GET ${GROUP}/hosted-runners`]: {
    resource: RESOURCE,
    handle: (context) => {
      const group = findGroup(context)
      const runners = context.state.runners.filter((runner) => runner.runner_group_id === group.id)
      return paginate(context, runners, 'runners', runnerJson)
    }
  },
  [`GET ${GROUP}/repositories`]: {
    resource: RESOURCE,
    handle: (context) => {
      const group = findGroup(context)
      const selected = new Set(group.selected_repository_ids)
      const repos = context.state.repositories.filter((repo) => selected.has(repo.id))
      return paginate(context, repos, 'repositories', (repo) => minimalRepositoryJson(repo, context.baseUrl))
    }
  },
  [`PUT ${GROUP}/repositories`]: {
    resource: RESOURCE,
    handle: (context) =>
      changeRepositories(context, (group, state, _params, body) => {
        const ids = body.selected_repository_ids
        requireKnown(state.repositories, ids, 'selected_repository_ids', 'repository')
        group.selected_repository_ids = [...new Set(/** @type {number[]} */ (ids))]
      })
  },
  [`PUT ${GROUP}/repositories/{repository_id}`]: {
    resource: RESOURCE,
    handle: (context) =>
      changeRepositories(context, (group, state, params) => {
        const repo = findRepository(state, params.repository_id)
        if (!group.selected_repository_ids.includes(repo.id)) group.selected_repository_ids.push(repo.id)
      })
  },
  [`DELETE ${GROUP}/repositories/{repository_id}`]: {
    resource: RESOURCE,
    handle: (context) =>
      changeRepositories(context, (group, state, params) => {
        const repo = findRepository(state, params.repository_id)
        group.selected_repository_ids = group.selected_repository_ids.filter((id) => id !== repo.id)
      })
  },
  ...selfHostedRunnerRoutes(GROUP)
}

// @ts-check
// An enterprise's runner groups (GHEC description): they grant organizations, not repositories
// (`visibility` is 'all' or 'selected'; `selected_organization_ids`; GET|PUT …/organizations and
// PUT|DELETE …/organizations/{org_id}); their self-hosted runners work as an organization's groups do.
// The enterprise has no …/hosted-runners or …/repositories sub-list of a group.
import { notFound, unprocessable } from './errors.js'
import { findGroup, requireKnown, setRunners } from './group-members.js'
import { checkName, groupListRoutes, groupRoutes } from './groups.js'
import { checkGroupNetwork } from './network-rules.js'
import { answer, noContent, paginate } from './http.js'
import { findOrganization, organizationSimpleJson } from './organizations.js'
import { newGroup } from './state.js'

/** @typedef {import('./http.js').Context} Context */
/** @typedef {import('./http.js').Route} Route */
/** @typedef {import('./state.js').RunnerGroup} RunnerGroup */

const RESOURCE = 'RunnerGroup'
const GROUPS = '/enterprises/{enterprise}/actions/runner-groups'
const GROUP = `${GROUPS}/{runner_group_id}`
const ORG_GROUP = '/orgs/{org}/actions/runner-groups/{runner_group_id}'

/**
 * The "Runner Group (Enterprise)" schema's fields, built one by one: an enterprise group has no
 * `inherited` and no `selected_repositories_url`. `hosted_runners_url` is left out too (the schema
 * allows it, GitHub's example omits it, and the enterprise has no such route: a guess).
 * @param {RunnerGroup} group
 * @param {Context} context
 */
function groupJson(group, { baseUrl, root }) {
  const url = `${baseUrl}/enterprises/${root.enterprise.slug}/actions/runner-groups/${group.id}`
  return {
    id: group.id,
    name: group.name,
    visibility: group.visibility,
    default: group.default,
    ...(group.visibility === 'selected' ? { selected_organizations_url: `${url}/organizations` } : {}),
    runners_url: `${url}/runners`,
    ...(group.network_configuration_id === undefined
      ? {}
      : { network_configuration_id: group.network_configuration_id }),
    allows_public_repositories: group.allows_public_repositories,
    workflow_restrictions_read_only: group.workflow_restrictions_read_only,
    restricted_to_workflows: group.restricted_to_workflows,
    selected_workflows: [...group.selected_workflows]
  }
}

/**
 * The organization routes' rule, for organizations: GHEC's description of PUT …/organizations/{org_id}
 * says "The runner group must have `visibility` set to `selected`"; that the set and remove routes refuse
 * as well, and with a 422, mirrors the organization's repository routes (a guess).
 * @param {RunnerGroup} group
 */
function requireSelected(group) {
  if (group.visibility !== 'selected') {
    const message = `The runner group's visibility must be 'selected' to list organizations on it (it is '${group.visibility}').`
    throw unprocessable(RESOURCE, 'visibility', 'invalid', message)
  }
}

/** @param {Context} context */
function organizationOf({ root, params }) {
  const org = root.enterprise.organizations.find((candidate) => candidate.id === params.org_id)
  if (!org) throw notFound()
  return org
}

/** @param {Context} context */
function listGroups(context) {
  const { state, query, root } = context
  let groups = state.groups
  if (query.visible_to_organization !== undefined) {
    // GHEC: "Only return runner groups that are allowed to be used by this organization." An unknown
    // organization gets the groups open to all (a guess, as for an unknown repository at org scope).
    const org = findOrganization(root.enterprise.organizations, query.visible_to_organization)
    groups = groups.filter(
      (group) =>
        group.visibility === 'all' || (org !== undefined && group.selected_organization_ids?.includes(org.id))
    )
  }
  return paginate(context, groups, 'runner_groups', (group) => groupJson(group, context))
}

/** @param {Context} context */
function createGroup(context) {
  const { state, body, root } = context
  const { selected_organization_ids = [], runners = [], ...fields } = body
  // GHEC documents no default visibility on create (PATCH says 'all'); 'all' is a guess.
  const visibility = fields.visibility ?? 'all'
  checkName(state, fields.name)
  if (body.selected_organization_ids !== undefined && visibility !== 'selected') {
    // Mirrors the organization route's rule for selected_repository_ids (a guess).
    const message = `selected_organization_ids can only be given with visibility 'selected' (not '${visibility}').`
    throw unprocessable(RESOURCE, 'selected_organization_ids', 'invalid', message)
  }
  const organizations = root.enterprise.organizations
  requireKnown(organizations, selected_organization_ids, 'selected_organization_ids', 'organization')
  requireKnown(state.selfHostedRunners, runners, 'runners', 'runner')
  checkGroupNetwork(context, fields.network_configuration_id)
  const ids = [...new Set(/** @type {number[]} */ (selected_organization_ids))]
  const group = newGroup(state, { ...fields, visibility, selected_organization_ids: ids })
  state.groups.push(group)
  setRunners(state, group, runners)
  return answer(201, groupJson(group, context))
}

/**
 * @param {Context} context
 * @param {(group: RunnerGroup, context: Context) => number[]} change the group's new organization ids
 */
function changeOrganizations(context, change) {
  const group = findGroup(context)
  requireSelected(group)
  group.selected_organization_ids = change(group, context)
  return noContent()
}

/**
 * An organization route reused as is: its handler works on the enterprise's state.
 * @param {string} key
 */
function shared(key) {
  const route = groupRoutes[key.replace(GROUP, ORG_GROUP)]
  if (!route) throw new Error(`no organization route to share for ${key}`)
  return route
}

/** @type {Record<string, Route>} */
export const enterpriseGroupRoutes = {
  // PATCH takes no required field here (GHEC), unlike the organization's, which requires `name`.
  ...groupListRoutes(GROUPS, {
    list: listGroups,
    create: createGroup,
    json: groupJson,
    granted: 'selected_organization_ids'
  }),
  [`DELETE ${GROUP}`]: shared(`DELETE ${GROUP}`),
  [`GET ${GROUP}/organizations`]: {
    resource: RESOURCE,
    handle: (context) => {
      const group = findGroup(context)
      const chosen = group.selected_organization_ids ?? []
      const orgs = context.root.enterprise.organizations.filter((org) => chosen.includes(org.id))
      return paginate(context, orgs, 'organizations', (org) => organizationSimpleJson(org, context.baseUrl))
    }
  },
  [`PUT ${GROUP}/organizations`]: {
    resource: RESOURCE,
    handle: (context) =>
      changeOrganizations(context, (_group, { body, root }) => {
        const ids = /** @type {number[]} */ (body.selected_organization_ids)
        requireKnown(root.enterprise.organizations, ids, 'selected_organization_ids', 'organization')
        return [...new Set(ids)]
      })
  },
  [`PUT ${GROUP}/organizations/{org_id}`]: {
    resource: RESOURCE,
    handle: (context) =>
      changeOrganizations(context, (group) => {
        const org = organizationOf(context)
        const ids = group.selected_organization_ids ?? []
        return ids.includes(org.id) ? ids : [...ids, org.id]
      })
  },
  [`DELETE ${GROUP}/organizations/{org_id}`]: {
    resource: RESOURCE,
    handle: (context) =>
      changeOrganizations(context, (group) => {
        const org = organizationOf(context)
        return (group.selected_organization_ids ?? []).filter((id) => id !== org.id)
      })
  },
  [`GET ${GROUP}/runners`]: shared(`GET ${GROUP}/runners`),
  [`PUT ${GROUP}/runners`]: shared(`PUT ${GROUP}/runners`),
  [`PUT ${GROUP}/runners/{runner_id}`]: shared(`PUT ${GROUP}/runners/{runner_id}`),
  [`DELETE ${GROUP}/runners/{runner_id}`]: shared(`DELETE ${GROUP}/runners/{runner_id}`)
}

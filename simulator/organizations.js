// @ts-check
// The enterprise's organizations as GitHub answers them: "Organization Simple" in an enterprise runner
// group's list, "Organization Full" for GET /orgs/{org}.

/** @typedef {import('./state.js').Organization} Organization */

const HTML = 'https://github.com'

/**
 * An organization as "Organization Simple" (the organizations of an enterprise runner group).
 * @param {Organization} org
 * @param {string} api the simulator's base URL
 */
export function organizationSimpleJson(org, api) {
  const url = `${api}/orgs/${org.login}`
  return {
    login: org.login,
    id: org.id,
    node_id: Buffer.from(`04:Organization${org.id}`).toString('base64'),
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    description: org.description
  }
}

/**
 * An organization as GET /orgs/{org} answers it ("Organization Full"): the fields the schema requires,
 * with public counts of zero.
 * @param {Organization} org
 * @param {string} api
 */
export function organizationFullJson(org, api) {
  return {
    ...organizationSimpleJson(org, api),
    name: org.login,
    html_url: `${HTML}/${org.login}`,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: org.created_at,
    updated_at: org.created_at,
    archived_at: null
  }
}

/**
 * @param {Organization[]} organizations
 * @param {string} login
 */
export function findOrganization(organizations, login) {
  const wanted = login.toLowerCase()
  return organizations.find((org) => org.login.toLowerCase() === wanted)
}

// The runner group kind's routes, and where its writes go in a plan of `apply`: first (a runner may join a
// group the plan creates), then its member lists, its deletes after the runners' that leave it. The
// action names the organization's routes; at enterprise scope the gateway sends them to their twins
// under /enterprises/{enterprise}/ (common/scope.ts).
export const GROUPS = 'GET /orgs/{org}/actions/runner-groups'
export const GROUP = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}'
export const CREATE_GROUP = 'POST /orgs/{org}/actions/runner-groups'
export const UPDATE_GROUP = 'PATCH /orgs/{org}/actions/runner-groups/{runner_group_id}'
export const DELETE_GROUP = 'DELETE /orgs/{org}/actions/runner-groups/{runner_group_id}'
// Its member lists: the repositories (organization scope), the organizations (enterprise scope) and the
// self-hosted runners that may use it, each listed, set whole, or changed one member at a time; and the
// hosted runners in it (organization scope).
export const GROUP_HOSTED_RUNNERS = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners'
export const GROUP_REPOSITORIES = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories'
export const ADD_REPOSITORY =
  'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}'
export const REMOVE_REPOSITORY =
  'DELETE /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}'
export const GROUP_ORGANIZATIONS =
  'GET /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations'
export const ADD_ORGANIZATION =
  'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations/{org_id}'
export const REMOVE_ORGANIZATION =
  'DELETE /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations/{org_id}'
export const GROUP_RUNNERS = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners'
export const ADD_RUNNER = 'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}'
export const REMOVE_RUNNER = 'DELETE /orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}'
export const SET_REPOSITORIES = 'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories'
/** The enterprise-only route (GitHub's GHEC description). */
export const SET_ORGANIZATIONS =
  'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations'
export const SET_RUNNERS = 'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/runners'

export const GROUP_WRITE_ORDER = {
  [CREATE_GROUP]: 0,
  [UPDATE_GROUP]: 0,
  [SET_REPOSITORIES]: 1,
  [SET_ORGANIZATIONS]: 1,
  [SET_RUNNERS]: 1,
  [DELETE_GROUP]: 4
} as const

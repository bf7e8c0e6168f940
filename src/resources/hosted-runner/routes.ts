// The hosted runner kind's routes, and where its writes go in a plan of `apply`: after the runner groups
// and their member lists (a runner may join a group the plan creates), its deletes before the deletes of
// the groups they leave. The action names the organization's routes; at enterprise scope the gateway
// sends them to their twins under /enterprises/{enterprise}/ (common/scope.ts).
export const RUNNERS = 'GET /orgs/{org}/actions/hosted-runners'
export const RUNNER = 'GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}'
export const CREATE_RUNNER = 'POST /orgs/{org}/actions/hosted-runners'
export const UPDATE_RUNNER = 'PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}'
export const DELETE_RUNNER = 'DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}'

export const RUNNER_WRITE_ORDER = { [CREATE_RUNNER]: 2, [UPDATE_RUNNER]: 2, [DELETE_RUNNER]: 3 } as const

// What a runner is made from, and what its scope allows: the catalogues its `image-id` and `size` are
// read against, and the limits its `enable-static-ip` counts against.
export const GITHUB_IMAGES = 'GET /orgs/{org}/actions/hosted-runners/images/github-owned'
export const PARTNER_IMAGES = 'GET /orgs/{org}/actions/hosted-runners/images/partner'
export const MACHINE_SIZES = 'GET /orgs/{org}/actions/hosted-runners/machine-sizes'
export const PLATFORMS = 'GET /orgs/{org}/actions/hosted-runners/platforms'
export const SCOPE_LIMITS = 'GET /orgs/{org}/actions/hosted-runners/limits'

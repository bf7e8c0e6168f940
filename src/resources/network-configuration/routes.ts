// The network configuration kind's routes. The action names the organization's; at enterprise scope the
// gateway sends them to their twins under /enterprises/{enterprise}/network-… (common/scope.ts).
export const CONFIGURATIONS = 'GET /orgs/{org}/settings/network-configurations'
export const CONFIGURATION = 'GET /orgs/{org}/settings/network-configurations/{network_configuration_id}'
export const CREATE_CONFIGURATION = 'POST /orgs/{org}/settings/network-configurations'
export const UPDATE_CONFIGURATION =
  'PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}'
export const DELETE_CONFIGURATION =
  'DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}'
export const NETWORK_SETTINGS = 'GET /orgs/{org}/settings/network-settings/{network_settings_id}'

/**
 * Where the kind's writes go in a plan: before the runner groups (order 0 in engine/fleet-plan.ts), which
 * name configurations by id. Network configurations are never pruned, so they have no delete in a plan.
 */
export const CONFIGURATION_WRITE_ORDER = -1

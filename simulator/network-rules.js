// @ts-check
// What private networking changes for runner groups and their hosted runners: a group names an existing
// network configuration, and a runner in such a group has no static IP.
import { unprocessable } from './errors.js'
import { usableConfiguration } from './networks.js'
import { beyondPrivateNetworking } from './size-rules.js'

/** @typedef {import('./http.js').Context} Context */
/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').HostedRunner} HostedRunner */
/** @typedef {import('./state.js').RunnerGroup} RunnerGroup */

// GitHub Docs, data/reusables/actions/static-ip-limitation-vnet.md: "Private networking for GitHub-hosted
// runners does not support static IP addresses for larger runners."
const NO_STATIC_IP = 'Private networking does not support static IP addresses for larger runners.'

/**
 * A group's `network_configuration_id` (on create or PATCH; null removes it) must name a network
 * configuration the group's scope can use (422 otherwise, as for any unknown id in a body), and a group
 * whose hosted runners have static IPs cannot take one.
 * @param {Context} context
 * @param {string | null | undefined} id
 * @param {RunnerGroup} [group] the group being changed; none on create
 */
export function checkGroupNetwork(context, id, group) {
  if (id === undefined || id === null) return
  if (!usableConfiguration(context, id)) {
    const message = `No network configuration '${id}'.`
    throw unprocessable('RunnerGroup', 'network_configuration_id', 'invalid', message)
  }
  const pinned = group
    ? context.state.runners.filter(
        (runner) => runner.runner_group_id === group.id && runner.public_ip_enabled
      )
    : []
  if (pinned.length > 0) {
    const names = pinned.map((runner) => runner.name).join(', ')
    const message = `${NO_STATIC_IP} These runners of the group have static IPs: ${names}.`
    throw unprocessable('RunnerGroup', 'network_configuration_id', 'invalid', message)
  }
  const large = group
    ? context.state.runners.filter(
        (runner) =>
          runner.runner_group_id === group.id &&
          beyondPrivateNetworking(runner.machine_size_details.cpu_cores)
      )
    : []
  if (large.length > 0) {
    const names = large.map((runner) => runner.name).join(', ')
    const message = `Private networking supports 2-64 vCPU runners; these runners of the group are not: ${names}.`
    throw unprocessable('RunnerGroup', 'network_configuration_id', 'invalid', message)
  }
}

/**
 * A runner with a static IP cannot be in a group that uses a network configuration, whether the IP is
 * turned on there or the runner moves there.
 * @param {State} state
 * @param {HostedRunner} runner the runner as it would be after the change
 */
export function checkRunnerNetwork(state, runner) {
  if (!runner.public_ip_enabled) return
  const group = state.groups.find((candidate) => candidate.id === runner.runner_group_id)
  if (group?.network_configuration_id === undefined) return
  const message = `${NO_STATIC_IP} The runner group '${group.name}' uses the network configuration '${group.network_configuration_id}'.`
  throw unprocessable('HostedRunner', 'enable_static_ip', 'invalid', message)
}

// @ts-check
// What GitHub asks of a hosted runner's size, beside its storage (image-rules.js): the sizes an
// architecture and an image have, and the sizes private networking supports.
import { unprocessable } from './errors.js'

/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').HostedRunner} HostedRunner */

// GitHub Docs, "About Azure private networking for GitHub-hosted runners in your organization" (and "in
// your enterprise"): "2-64 vCPU Ubuntu and Windows runners are supported with Azure VNET."
export const PRIVATE_NETWORKING_VCPU = { min: 2, max: 64 }

/** @param {number} cpu */
export const beyondPrivateNetworking = (cpu) =>
  cpu < PRIVATE_NETWORKING_VCPU.min || cpu > PRIVATE_NETWORKING_VCPU.max

/**
 * A runner's size fits its platform, its image and its group; 422 on `size` otherwise.
 * @param {State} state
 * @param {HostedRunner} next the runner after the change
 */
export function checkSize(state, next) {
  const cpu = next.machine_size_details.cpu_cores
  const image = next.image_details
  // GitHub Docs, "Larger runners reference": 96 vCPU is listed for x64 alone ("96 | 384 GB | 2040 GB | x64").
  if (cpu >= 96 && /arm64/.test(next.platform)) {
    const message = `The size '${next.machine_size_details.id}' (${cpu} vCPU) is for x64 only; this runner is ${next.platform}.`
    throw unprocessable('HostedRunner', 'size', 'invalid', message)
  }
  // "Larger runners reference": "The 4-vCPU Windows runner only works with the Windows Server 2025 or the
  // Base Windows 11 Desktop image." Which catalogue names those images have is a guess.
  if (
    cpu === 4 &&
    next.platform.startsWith('win') &&
    image?.source !== 'custom' &&
    !/server 2025|windows 11/i.test(image?.display_name ?? '')
  ) {
    const message = `The 4-vCPU Windows size works only with the Windows Server 2025 or Windows 11 Desktop image, not '${image?.display_name}'.`
    throw unprocessable('HostedRunner', 'size', 'invalid', message)
  }
  const group = state.groups.find((candidate) => candidate.id === next.runner_group_id)
  if (group?.network_configuration_id !== undefined && beyondPrivateNetworking(cpu)) {
    const message = `Private networking supports 2-64 vCPU runners; the size '${next.machine_size_details.id}' has ${cpu}, and the runner group '${group.name}' uses the network configuration '${group.network_configuration_id}'.`
    throw unprocessable('HostedRunner', 'size', 'invalid', message)
  }
}

// GitHub's rules about a hosted runner's size, its platform and its image, and its group's private
// networking, checked before the write that GitHub would refuse is sent: pure, over the facts that
// lookups/runner-facts.ts reads. Each rule says its source; the GPU rule is not checked, because GitHub's
// machine sizes carry no GPU (id, cpu_cores, memory_gb, storage_gb: its description).
import { UserError } from '../../common/errors.js'
import type { MachineSize, RunnerFacts, RunnerWrite } from './rules.js'

const MIN_PRIVATE_VCPU = 2
const MAX_PRIVATE_VCPU = 64
const X64_ONLY_VCPU = 96

/** The write creates the runner, or changes its size, its image or its group: the size rules apply. */
export const sizeRulesMatter = (write: RunnerWrite, { current }: Pick<RunnerFacts, 'current'>): boolean =>
  !current || write.size !== undefined || write.imageId !== undefined || write.runnerGroupId !== undefined

/** The size the runner would have, with its vCPUs when the listing or the runner's answer says. */
export function vcpusAfter(write: RunnerWrite, { current, sizes }: RunnerFacts) {
  const id = write.size ?? current?.machine_size_details?.id
  const listed = sizes?.find((size) => size.id === id)?.cpuCores
  const cpuCores = listed ?? (write.size === undefined ? current?.machine_size_details?.cpu_cores : undefined)
  return { id, cpuCores }
}

/** The size needs private networking's range: a group with a network configuration has to be read. */
export const beyondPrivateNetworking = (cpuCores: number | undefined) =>
  cpuCores !== undefined && (cpuCores < MIN_PRIVATE_VCPU || cpuCores > MAX_PRIVATE_VCPU)

const fitting = (sizes: MachineSize[] | undefined, fits: (cpu: number) => boolean, otherwise: string) => {
  const found = sizes?.filter((size) => size.cpuCores !== undefined && fits(size.cpuCores))
  return found && found.length > 0
    ? `Sizes that fit: ${found.map((size) => `${size.id} (${size.cpuCores} vCPU)`).join(', ')}`
    : otherwise
}

/** The first of the size rules that the write breaks, or undefined. */
export function sizeRefusal(write: RunnerWrite, facts: RunnerFacts): UserError | undefined {
  if (!sizeRulesMatter(write, facts)) return undefined
  const { id, cpuCores } = vcpusAfter(write, facts)
  if (cpuCores === undefined) return undefined
  const { image, current, group, sizes } = facts
  const platform = image?.platform ?? current?.platform
  const input = write.size !== undefined ? 'size' : write.imageId !== undefined ? 'image-id' : 'runner-group'
  const runner = current ? `runner '${current.name}'` : 'the runner'
  // GitHub Docs, "Larger runners reference": the 96-vCPU size is listed for x64 alone ("96 | 384 GB |
  // 2040 GB | x64 | Ubuntu, Windows"); arm64 goes up to 64 vCPU.
  if (cpuCores >= X64_ONLY_VCPU && /arm64/i.test(platform ?? '')) {
    const fits = fitting(
      sizes,
      (cpu) => cpu <= MAX_PRIVATE_VCPU,
      'Give it a size of at most 64 vCPU (list-machine-sizes lists them)'
    )
    return new UserError(
      'refusal',
      input,
      `Input '${input}': the size '${id}' has ${cpuCores} vCPU, and GitHub offers ${X64_ONLY_VCPU} vCPU on x64 only; ${runner} would run ${platform}. ${fits}, or pick an x64 image.`
    )
  }
  // "Larger runners reference": "The 4-vCPU Windows runner only works with the Windows Server 2025 or the
  // Base Windows 11 Desktop image." Checked on GitHub's own and partner images by their display name (that
  // the names say so is a guess); a custom image's base is not known here.
  const name = image ? image.name : current?.image_details?.display_name
  const source = image ? image.source : current?.image_details?.source
  if (
    cpuCores === 4 &&
    /^win/i.test(platform ?? '') &&
    source !== 'custom' &&
    name &&
    !/server 2025|windows 11/i.test(name)
  ) {
    const fits = fitting(
      sizes,
      (cpu) => cpu > 4 && cpu < X64_ONLY_VCPU + 1,
      'Give it a size of 8 vCPU or more'
    )
    return new UserError(
      'refusal',
      input,
      `Input '${input}': the 4-vCPU Windows size '${id}' runs only the Windows Server 2025 and Windows 11 Desktop images, and ${runner} would run '${name}'. Pick one of those images, or another size. ${fits}.`
    )
  }
  // GitHub Docs, "About Azure private networking for GitHub-hosted runners in your organization" (and "in
  // your enterprise"): "2-64 vCPU Ubuntu and Windows runners are supported with Azure VNET."
  if (group?.networkConfigurationId && beyondPrivateNetworking(cpuCores)) {
    const fits = fitting(
      sizes,
      (cpu) => cpu >= MIN_PRIVATE_VCPU && cpu <= MAX_PRIVATE_VCPU,
      `Give it a size of ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU`
    )
    return new UserError(
      'refusal',
      input,
      `Input '${input}': the size '${id}' has ${cpuCores} vCPU, and runner group '${group.name}' uses private networking (network configuration ${group.networkConfigurationId}), which GitHub supports for ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU. ${fits}, or put the runner in a group without a network configuration.`
    )
  }
  return undefined
}

/**
 * A group that takes a network configuration must hold no hosted runner beyond private networking's sizes
 * (the rule above, from the group's side).
 */
export function groupSizeRefusal(group: string, runners: Array<{ name: string; cpuCores: number }>) {
  const large = runners.filter((runner) => beyondPrivateNetworking(runner.cpuCores))
  if (large.length === 0) return undefined
  const named = large
    .slice(0, 10)
    .map((runner) => `'${runner.name}' (${runner.cpuCores} vCPU)`)
    .join(', ')
  return new UserError(
    'refusal',
    'network-configuration-id',
    `Input 'network-configuration-id': runner group '${group}' holds hosted runners beyond the ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU that GitHub's private networking supports (${named}${large.length > 10 ? ` and ${large.length - 10} more` : ''}). Give them a size of ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU or move them to another group first, then give the group its network configuration.`
  )
}

// What GitHub refuses about a hosted runner, checked before the write that GitHub would refuse is sent
// (and in dry-run, before it is planned), each refusal saying what to do instead: pure, over the facts
// that operations/runner-writes.ts reads (only what the write needs).
// docs/github-behaviour.md gives the source of each rule.
import { quotedNames, UserError } from '../../common/errors.js'
import type { PublicIpLimits } from '../../core/static-ip-budget.js'
import type { GroupToCreate } from '../../common/group-to-create.js'
import type { HostedRunner } from '../../github/types.js'
import type { CatalogueImage, ImageSource } from '../../inputs/image-matching.js'

/** The fields of a create or update that GitHub's rules concern, as they would be sent. */
export interface RunnerWrite {
  imageId?: string
  imageSource?: ImageSource
  imageVersion?: string
  size?: string
  enableStaticIp?: boolean
  /** A group `apply` creates has no id yet. */
  runnerGroupId?: number | GroupToCreate
}

/** A machine size as GitHub's listing gives it (`storage_gb` of its machine spec). */
export interface MachineSize {
  id: string
  storageGb?: number
  cpuCores?: number
}

/** The custom image version the runner would run after the write, and its size. */
export interface CustomVersion {
  image: string
  /** `x.y.z`; with `followsLatest`, the version `latest` stands for now. */
  version: string
  followsLatest: boolean
  sizeGb: number
}

/** The runner group the runner would be in after the write. */
export interface GroupNetwork {
  name: string
  networkConfigurationId?: string
}

export interface RunnerFacts {
  /** Where the runner is: `organization 'acme'` or `enterprise 'octo-ent'`. */
  where: string
  /** The runner as it is, for an update. */
  current?: HostedRunner
  /** The catalogue entry `image-id` resolved to. */
  image?: CatalogueImage
  sizes?: MachineSize[]
  publicIps?: PublicIpLimits
  customVersion?: CustomVersion
  group?: GroupNetwork
}

const isMacOs = (platform: string | undefined) => /^(mac|osx)/i.test(platform ?? '')

/** The first rule of GitHub's that the write breaks, or undefined. */
export function refusalOf(write: RunnerWrite, facts: RunnerFacts): UserError | undefined {
  const { current, image, sizes, publicIps, where } = facts
  const now = current?.image_details
  const changesImage =
    (write.imageId !== undefined && write.imageId !== now?.id) ||
    (write.imageSource !== undefined && write.imageSource !== now?.source) ||
    write.imageVersion !== undefined
  if (current && now?.source === 'partner' && changesImage) {
    return new UserError(
      'refusal',
      'image-id',
      `Runner '${current.name}' runs the partner image ${now.id} (${now.display_name}), and GitHub does not change a partner image on an existing runner: delete the runner (delete-runner with wait-for: deleted) and create it again with the new image.`
    )
  }
  const source = write.imageSource ?? now?.source ?? 'github'
  if (write.imageVersion !== undefined && source !== 'custom') {
    return new UserError(
      'refusal',
      'image-version',
      `Input 'image-version' is only for custom images: the runner's image source is '${source}', whose images always run their latest version. Remove 'image-version'.`
    )
  }
  const platform = image?.platform ?? current?.platform
  if (write.enableStaticIp === true && isMacOs(platform)) {
    return new UserError(
      'refusal',
      'enable-static-ip',
      `Input 'enable-static-ip': GitHub has no static IP addresses for macOS runners (platform ${platform}). Remove 'enable-static-ip', or pick a Linux or Windows image.`
    )
  }
  if (write.size !== undefined && sizes && !sizes.some((size) => size.id === write.size)) {
    return new UserError(
      'refusal',
      'size',
      `Input 'size': GitHub offers no machine size '${write.size}' to ${where}. Sizes offered: ${sizes.map((size) => size.id).join(', ') || 'none'} (list-machine-sizes).`
    )
  }
  const ruled = platformRefusal(write, facts) ?? storageRefusal(write, facts) ?? networkRefusal(write, facts)
  if (ruled) return ruled
  if (turnsStaticIpOn(write, current) && publicIps && publicIps.current_usage >= publicIps.maximum) {
    return new UserError(
      'refusal',
      'enable-static-ip',
      `Input 'enable-static-ip': ${where} already uses ${publicIps.current_usage} of its ${publicIps.maximum} static public IP addresses (get-limits). Turn static IPs off on a runner that no longer needs them, or ask GitHub Support for a higher limit.`
    )
  }
  return undefined
}

export const turnsStaticIpOn = (write: RunnerWrite, current: HostedRunner | undefined) =>
  write.enableStaticIp === true && current?.public_ip_enabled !== true

/** The write changes a runner's custom image, its version or its size: the storage rule applies. */
export const storageMatters = (write: RunnerWrite, current: HostedRunner | undefined) =>
  (write.imageSource ?? current?.image_details?.source) === 'custom' &&
  (!current || write.size !== undefined || write.imageId !== undefined || write.imageVersion !== undefined)

/** The runner would have a static IP in a group it was not in with one: the private networking rule applies. */
export function staticIpGroupMatters(write: RunnerWrite, current: HostedRunner | undefined): boolean {
  const staticIp = write.enableStaticIp ?? current?.public_ip_enabled === true
  const moves = write.runnerGroupId !== undefined && write.runnerGroupId !== current?.runner_group_id
  return staticIp && (turnsStaticIpOn(write, current) || moves)
}

/** The size the runner would have, and its storage in GB when known. */
export function storageAfter(write: RunnerWrite, { current, sizes }: RunnerFacts) {
  const id = write.size ?? current?.machine_size_details?.id
  const listed = sizes?.find((size) => size.id === id)?.storageGb
  const storageGb =
    listed ?? (write.size === undefined ? current?.machine_size_details?.storage_gb : undefined)
  return { id, storageGb }
}

// GitHub Docs, "Using custom images" (github/docs content/actions/how-tos/manage-runners/larger-runners/
// use-custom-images.md), installing a custom image: "Platform: Select the same platform that you used to
// generate the image" and "Size: Choose a runner size with storage equal to or larger than your image's size."
function platformRefusal(write: RunnerWrite, { current, image }: RunnerFacts): UserError | undefined {
  if (!current || image?.source !== 'custom' || write.imageId === undefined) return undefined
  const [wanted, now] = [image.platform, current.platform]
  if (!wanted || !now || wanted.toLowerCase() === now.toLowerCase()) return undefined
  return new UserError(
    'refusal',
    'image-id',
    `Input 'image-id': the custom image '${image.name}' is built for ${wanted}, and runner '${current.name}' is ${now}; GitHub runs a custom image only on the platform it was built for. Pick a custom image built for ${now}, or create a new runner for ${wanted} (create-runner).`
  )
}

function storageRefusal(write: RunnerWrite, facts: RunnerFacts): UserError | undefined {
  const version = facts.customVersion
  const size = storageAfter(write, facts)
  if (!version || size.storageGb === undefined || size.storageGb >= version.sizeGb) return undefined
  const input =
    write.size !== undefined ? 'size' : write.imageVersion !== undefined ? 'image-version' : 'image-id'
  const which =
    version.version === 'latest'
      ? 'at its latest version'
      : `version ${version.version}${version.followsLatest ? ' (latest)' : ''}`
  const fitting = facts.sizes?.filter((s) => s.storageGb !== undefined && s.storageGb >= version.sizeGb)
  const fits = !fitting
    ? `Pick a size with at least ${version.sizeGb} GB of storage (list-machine-sizes)`
    : fitting.length > 0
      ? `Sizes that hold it: ${fitting.map((s) => `${s.id} (${s.storageGb} GB)`).join(', ')}`
      : `No size offered to ${facts.where} has ${version.sizeGb} GB of storage`
  return new UserError(
    'refusal',
    input,
    `Input '${input}': the size '${size.id}' has ${size.storageGb} GB of storage, and the custom image '${version.image}' ${which} is ${version.sizeGb} GB; GitHub needs a size whose storage holds the image. ${fits}, or use a smaller version of the image.`
  )
}

// GitHub Docs, data/reusables/actions/static-ip-limitation-vnet.md: "Private networking for GitHub-hosted
// runners does not support static IP addresses for larger runners."
function networkRefusal(write: RunnerWrite, { current, group }: RunnerFacts): UserError | undefined {
  const configuration = group?.networkConfigurationId
  if (!group || !configuration || !staticIpGroupMatters(write, current)) return undefined
  const uses = `runner group '${group.name}' uses private networking (network configuration ${configuration}), and GitHub's private networking does not support static IP addresses`
  if (write.enableStaticIp === true)
    return new UserError(
      'refusal',
      'enable-static-ip',
      `Input 'enable-static-ip': ${uses}. Remove 'enable-static-ip' (or set it to false), or put the runner in a group without a network configuration.`
    )
  return new UserError(
    'refusal',
    'runner-group',
    `Input 'runner-group': runner '${current?.name}' has a static IP, and ${uses}. Set 'enable-static-ip: false' with the move, or pick a group without a network configuration.`
  )
}

/**
 * A group that takes a network configuration must hold no hosted runner with a static IP (the rule above,
 * from the group's side: GitHub checks it on the group's write, before any runner write of the same plan).
 */
export function groupNetworkRefusal(group: string, staticIpRunners: string[]): UserError | undefined {
  if (staticIpRunners.length === 0) return undefined
  const more = staticIpRunners.length > 10 ? ` and ${staticIpRunners.length - 10} more` : ''
  return new UserError(
    'refusal',
    'network-configuration-id',
    `Input 'network-configuration-id': runner group '${group}' holds hosted runners with static IPs (${quotedNames(staticIpRunners.slice(0, 10))}${more}), and GitHub's private networking does not support static IP addresses. Turn their static IPs off first (update-runner with 'enable-static-ip: false') or move them to another group, then give the group its network configuration.`
  )
}

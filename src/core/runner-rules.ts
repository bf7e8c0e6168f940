// What GitHub refuses about a hosted runner, checked before the write that GitHub would refuse is sent
// (and in dry-run, before it is planned), each refusal saying what to do instead: pure, over the facts
// that operations/runner-writes.ts reads (only what the write needs).
// The README's "How GitHub behaves" section gives the source of each rule.
import { UserError } from '../common/errors.js'
import type { HostedRunner } from '../github/types.js'
import type { CatalogueImage, ImageSource } from '../inputs/image-matching.js'

/** The fields of a create or update that GitHub's rules concern, as they would be sent. */
export interface RunnerWrite {
  imageId?: string
  imageSource?: ImageSource
  imageVersion?: string
  size?: string
  enableStaticIp?: boolean
}

export interface RunnerFacts {
  /** Where the runner is: `organization 'acme'` or `enterprise 'octo-ent'`. */
  where: string
  /** The runner as it is, for an update. */
  current?: HostedRunner
  /** The catalogue entry `image-id` resolved to. */
  image?: CatalogueImage
  sizes?: string[]
  publicIps?: { maximum: number; current_usage: number }
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
  if (write.size !== undefined && sizes && !sizes.includes(write.size)) {
    return new UserError(
      'refusal',
      'size',
      `Input 'size': GitHub offers no machine size '${write.size}' to ${where}. Sizes offered: ${sizes.join(', ') || 'none'} (list-machine-sizes).`
    )
  }
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

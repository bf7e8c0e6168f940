// What GitHub refuses about a hosted runner, checked before the write that GitHub would refuse is sent
// (and in dry-run, before it is planned), each refusal saying what to do instead. The checks read only
// what the write needs: the machine sizes when it sends a size, the limits when it turns static IPs on.
// The README's "How GitHub behaves" section gives the source of each rule.
import { describeScope } from '../common/scope.js'
import { LIMITS, MACHINE_SPEC, aListOf, anObject } from '../github/answer-shapes.js'
import { Refusal } from '../common/errors.js'
import { imageSourceOf } from '../core/runner-plan.js'
import type { HostedRunner } from '../github/types.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { CatalogueImage, ImageSource } from '../inputs/name-matching.js'
import type { NameResolver } from '../lookups/name-resolver.js'

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
export function refusalOf(write: RunnerWrite, facts: RunnerFacts): Refusal | undefined {
  const { current, image, sizes, publicIps, where } = facts
  const now = current?.image_details
  const changesImage =
    (write.imageId !== undefined && write.imageId !== now?.id) ||
    (write.imageSource !== undefined && write.imageSource !== now?.source) ||
    write.imageVersion !== undefined
  if (current && now?.source === 'partner' && changesImage) {
    return new Refusal(
      'image-id',
      `Runner '${current.name}' runs the partner image ${now.id} (${now.display_name}), and GitHub does not change a partner image on an existing runner: delete the runner (delete-runner with wait-for: deleted) and create it again with the new image.`
    )
  }
  const source = write.imageSource ?? now?.source ?? 'github'
  if (write.imageVersion !== undefined && source !== 'custom') {
    return new Refusal(
      'image-version',
      `Input 'image-version' is only for custom images: the runner's image source is '${source}', whose images always run their latest version. Remove 'image-version'.`
    )
  }
  const platform = image?.platform ?? current?.platform
  if (write.enableStaticIp === true && isMacOs(platform)) {
    return new Refusal(
      'enable-static-ip',
      `Input 'enable-static-ip': GitHub has no static IP addresses for macOS runners (platform ${platform}). Remove 'enable-static-ip', or pick a Linux or Windows image.`
    )
  }
  if (write.size !== undefined && sizes && !sizes.includes(write.size)) {
    return new Refusal(
      'size',
      `Input 'size': GitHub offers no machine size '${write.size}' to ${where}. Sizes offered: ${sizes.join(', ') || 'none'} (list-machine-sizes).`
    )
  }
  if (turnsStaticIpOn(write, current) && publicIps && publicIps.current_usage >= publicIps.maximum) {
    return new Refusal(
      'enable-static-ip',
      `Input 'enable-static-ip': ${where} already uses ${publicIps.current_usage} of its ${publicIps.maximum} static public IP addresses (get-limits). Turn static IPs off on a runner that no longer needs them, or ask GitHub Support for a higher limit.`
    )
  }
  return undefined
}

const turnsStaticIpOn = (write: RunnerWrite, current: HostedRunner | undefined) =>
  write.enableStaticIp === true && current?.public_ip_enabled !== true

/** Reads what the write's rules need, then throws the first refusal. */
export async function checkRunnerWrite(
  names: NameResolver,
  write: RunnerWrite,
  facts: Pick<RunnerFacts, 'current' | 'image'>
): Promise<void> {
  const { gateway } = names
  const sizes =
    write.size === undefined
      ? undefined
      : await names.once('machine-sizes', async () => {
          const shape = anObject({ machine_specs: aListOf(MACHINE_SPEC) })
          const answer = await gateway.read('GET /orgs/{org}/actions/hosted-runners/machine-sizes', {}, shape)
          return answer.machine_specs.map((spec) => spec.id)
        })
  const early = refusalOf(write, { ...facts, sizes, where: describeScope(gateway.scope) })
  if (early) throw early
  if (!turnsStaticIpOn(write, facts.current)) return
  const publicIps = await names.once('limits', async () => {
    const answer = await gateway.read('GET /orgs/{org}/actions/hosted-runners/limits', {}, LIMITS)
    return answer.public_ips
  })
  const refusal = refusalOf(write, { ...facts, sizes, publicIps, where: describeScope(gateway.scope) })
  if (refusal) throw refusal
}

/** The parameters of `create-runner`: the image resolved to its id, checked against GitHub's rules. */
export async function createParams(i: OperationInputs, names: NameResolver) {
  const source = imageSourceOf(i) as ImageSource
  const image = await names.image(i.imageId as string, source)
  const version = source === 'custom' ? i.imageVersion : undefined
  await checkRunnerWrite(names, { ...settingsOf(i), imageId: image.id, imageSource: source }, { image })
  return {
    name: i.runnerName as string,
    image: { id: image.id, source, version },
    size: i.size as string,
    runner_group_id: await names.runnerGroupIdOrDefault(),
    maximum_runners: i.maximumRunners,
    enable_static_ip: i.enableStaticIp,
    image_gen: i.imageGen
  }
}

/** The parameters of `update-runner`: the runner is read only when a rule needs its current state. */
export async function updateParams(i: OperationInputs, names: NameResolver) {
  const hosted_runner_id = await names.runnerId()
  const needsCurrent = i.imageId !== undefined || i.imageVersion !== undefined || i.enableStaticIp === true
  const current = !needsCurrent
    ? undefined
    : i.runnerId !== undefined
      ? await names.runnerById(i.runnerId)
      : await names.runnerNamed(i.runnerName as string)
  const source = imageSourceOf(i)
  const image = source && (await names.image(i.imageId as string, source))
  await checkRunnerWrite(
    names,
    { ...settingsOf(i), imageId: image?.id, imageSource: source },
    { current, image: image || undefined }
  )
  return {
    hosted_runner_id,
    name: i.runnerId !== undefined ? i.runnerName : undefined,
    runner_group_id: i.runnerGroup === undefined ? undefined : await names.runnerGroupId(),
    maximum_runners: i.maximumRunners,
    enable_static_ip: i.enableStaticIp,
    size: i.size,
    image_source: source,
    image_id: image ? image.id : undefined,
    image_version: i.imageVersion,
    image_gen: i.imageGen
  }
}

const settingsOf = ({ imageVersion, size, enableStaticIp }: OperationInputs): RunnerWrite => ({
  imageVersion,
  size,
  enableStaticIp
})

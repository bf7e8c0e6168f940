// The facts GitHub's rules about a runner write are checked against (resources/hosted-runner/rules.ts), each read only
// when its rule applies and at most once per run: the machine sizes, the custom image version the runner
// would run, and the group it would be in.
import { UserError } from '../common/errors.js'
import type { ConfigurationToCreate } from '../common/group-to-create.js'
import { groupNetworkRefusal } from '../resources/hosted-runner/rules.js'
import { groupSizeRefusal } from '../resources/hosted-runner/size-rules.js'
import type {
  CustomVersion,
  GroupNetwork,
  MachineSize,
  RunnerFacts,
  RunnerWrite
} from '../resources/hosted-runner/rules.js'
import { IMAGE_VERSION, LIMITS, MACHINE_SPEC, aListOf, anObject } from '../github/answer-shapes.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import { groupSettingsWanted } from './current-state.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { MACHINE_SIZES, SCOPE_LIMITS } from '../resources/hosted-runner/routes.js'
import { IMAGE_VERSION as IMAGE_VERSION_ROUTE } from '../resources/image-retention/routes.js'

/** The machine sizes offered, with their storage (one listing per run). */
export function machineSizes(names: NameResolver): Promise<MachineSize[]> {
  return names.perRun.once('machine-sizes', async () => {
    const shape = anObject({ machine_specs: aListOf(MACHINE_SPEC) })
    const answer = await names.gateway.read(MACHINE_SIZES, {}, shape)
    return answer.machine_specs.map((spec) => ({
      id: spec.id,
      storageGb: spec.storage_gb,
      cpuCores: spec.cpu_cores
    }))
  })
}

/** The scope's static public IP limit and its use (`/limits`), read once per run. */
export function publicIpLimits(names: NameResolver) {
  return names.perRun.once('limits', async () => {
    const answer = await names.gateway.read(SCOPE_LIMITS, {}, LIMITS)
    return answer.public_ips
  })
}

/**
 * The custom image version the runner would run after the write, with its size. A write that changes only
 * the size keeps the version the runner runs, whose size the runner's answer holds (no request); a new
 * image or version is read (`latest`, or no version on a new image, is the image's `latest_version`).
 * Unknown (undefined) when GitHub does not say: GitHub's own answer to the write then decides.
 */
export async function customVersionAfter(
  names: NameResolver,
  write: RunnerWrite,
  { current, image }: Pick<RunnerFacts, 'current' | 'image'>
): Promise<CustomVersion | undefined> {
  const now = current?.image_details
  const imageId = write.imageId ?? now?.id
  if (imageId === undefined || !/^\d+$/.test(imageId)) return undefined
  const changesImage = write.imageId !== undefined && write.imageId !== now?.id
  if (!changesImage && write.imageVersion === undefined) {
    if (typeof now?.size_gb !== 'number' || now.version === undefined) return undefined
    const followsLatest = now.version === 'latest'
    return { image: now.display_name, version: now.version, followsLatest, sizeGb: now.size_gb }
  }
  const images = await names.customImages()
  const definition = images.find((candidate) => String(candidate.id) === imageId)
  const name = image?.name ?? definition?.name ?? now?.display_name ?? imageId
  const wanted = write.imageVersion ?? (changesImage ? 'latest' : now?.version)
  const followsLatest = wanted === 'latest'
  const version = followsLatest ? definition?.latest_version : wanted
  if (!version) return undefined
  const read = await names.perRun.once(`image-version:${imageId}:${version}`, () =>
    names.gateway
      .read(IMAGE_VERSION_ROUTE, { image_definition_id: Number(imageId), version }, IMAGE_VERSION)
      .catch((error: unknown) => {
        if ((error as { status?: unknown }).status !== 404) throw error
        throw new UserError(
          'lookup',
          'image-version',
          `Input 'image-version': the custom image '${name}' has no version ${version} (list-image-versions lists them).`
        )
      })
  )
  if (typeof read.size_gb !== 'number') return undefined
  return { image: name, version, followsLatest, sizeGb: read.size_gb }
}

/** The group with the id, from the groups' listing (read once per run); undefined when it is not there. */
export async function groupNetwork(names: NameResolver, id: number): Promise<GroupNetwork | undefined> {
  const group = (await names.runnerGroups()).find((candidate) => candidate.id === id)
  return group && { name: group.name, networkConfigurationId: group.network_configuration_id }
}

/**
 * Refuses a group write that gives the group a network configuration it does not have yet while hosted
 * runners with static IPs are in it (reads the runners' listing once per run, only then).
 */
export async function checkGroupNetwork(
  names: NameResolver,
  group: { id: number; name: string; network_configuration_id?: string },
  networkConfigurationId: string | ConfigurationToCreate | null | undefined
): Promise<void> {
  if (!networkConfigurationId || networkConfigurationId === group.network_configuration_id) return
  const runners = await names.hostedRunners()
  const pinned = runners.filter((runner) => runner.runner_group_id === group.id && runner.public_ip_enabled)
  const refusal =
    groupNetworkRefusal(
      group.name,
      pinned.map((runner) => runner.name)
    ) ??
    groupSizeRefusal(
      group.name,
      runners
        .filter((runner) => runner.runner_group_id === group.id)
        .flatMap((runner) => {
          const cpuCores = runner.machine_size_details?.cpu_cores
          return typeof cpuCores === 'number' ? [{ name: runner.name, cpuCores }] : []
        })
    )
  if (refusal) throw refusal
}

/** update-group's settings as the inputs want them, checked: a new network configuration reads the group. */
export async function checkedGroupSettings(inputs: OperationInputs, names: NameResolver) {
  const settings = await groupSettingsWanted(inputs, names)
  if (settings.networkConfigurationId !== undefined)
    await checkGroupNetwork(names, await names.runnerGroup(), settings.networkConfigurationId)
  return settings
}

// What GitHub holds now for a wanted object, read only as far as the want needs it.
import { groupSettingsOf, type GroupNow, type WantedGroup } from '../resources/runner-group/fields.js'
import { imageSourceOf } from '../resources/hosted-runner/fields.js'
import { aListOf, anObject, IMAGE_VERSION } from '../github/answer-shapes.js'
import type { RequestGateway } from '../github/request-gateway.js'
import type { HostedRunner, RunnerGroup } from '../github/types.js'
import type { CatalogueImage } from '../inputs/image-matching.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { IMAGE_VERSIONS } from '../resources/image-retention/routes.js'

/** The group's lists, read only when the wanted lists were given (a group not `selected` has none). */
export async function groupNow(
  group: RunnerGroup,
  wanted: WantedGroup,
  names: NameResolver
): Promise<GroupNow> {
  const selected = group.visibility === 'selected'
  const [repositoryIds, organizationIds, runnerIds] = await Promise.all([
    wanted.repositoryIds === undefined || !selected ? undefined : names.groupRepositoryIds(group.id),
    wanted.organizationIds === undefined || !selected ? undefined : names.groupOrganizationIds(group.id),
    wanted.runnerIds === undefined ? undefined : names.groupRunnerIds(group.id)
  ])
  return { group, repositoryIds, organizationIds, runnerIds }
}

/**
 * The catalogue entry `image-id` names. When it already is the runner's image (its id, or for a GitHub
 * or partner image its display name) and source, nothing is read: a re-run reads no catalogue.
 */
export async function wantedImage(
  inputs: OperationInputs,
  names: NameResolver,
  now: HostedRunner | undefined
): Promise<CatalogueImage | undefined> {
  const source = imageSourceOf(inputs)
  if (source === undefined) return undefined
  const given = inputs.imageId as string
  const details = now?.image_details
  const same =
    details?.source === source &&
    (details.id === given ||
      (source !== 'custom' && details.display_name?.toLowerCase() === given.toLowerCase()))
  if (details && same) return { id: details.id, source, name: details.display_name, platform: now?.platform }
  return names.image(given, source)
}

const VERSIONS = IMAGE_VERSIONS

export async function imageVersions(gateway: RequestGateway, imageId: number) {
  const { image_versions } = await gateway.read(
    VERSIONS,
    { image_definition_id: imageId },
    anObject({ image_versions: aListOf(IMAGE_VERSION) })
  )
  return image_versions
}

/**
 * A group's settings as the inputs want them, its network configuration resolved from id or name (no
 * listing when it already is the group's own id), or one of `newConfigurations` that apply creates.
 */
export async function groupSettingsWanted(
  inputs: OperationInputs,
  names: NameResolver,
  now?: RunnerGroup,
  newConfigurations: readonly string[] = []
) {
  const given = inputs.networkConfigurationId
  const ref =
    given === undefined || given === now?.network_configuration_id
      ? given
      : await names.withInputs({ networkConfigurationId: given }).networkConfigurationRef(newConfigurations)
  const networkConfigurationId = typeof ref === 'object' && 'id' in ref ? ref.id : ref
  return { ...groupSettingsOf(inputs), networkConfigurationId }
}

/** The group the inputs want: its settings, and its member lists by id when they were given. */
export async function wantedGroupOf(inputs: OperationInputs, names: NameResolver): Promise<WantedGroup> {
  return {
    ...(await groupSettingsWanted(inputs, names)),
    name: inputs.groupName as string,
    repositoryIds: inputs.repositories === undefined ? undefined : await names.repositoryIds(),
    organizationIds: inputs.organizations === undefined ? undefined : await names.organizationIds(),
    runnerIds: inputs.runners === undefined ? undefined : await names.runnerIds()
  }
}

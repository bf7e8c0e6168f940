// Turns the ids and names a user gave into the ids GitHub's routes take, and reads the catalogues a
// write is checked against. Each list is fetched at most once per run and shape-checked; an unknown or
// ambiguous name fails before any write, naming what was not found.
import {
  NETWORK_CONFIGURATION,
  CATALOGUE_IMAGE,
  CUSTOM_IMAGE,
  HOSTED_RUNNER,
  ENTERPRISE_RUNNER_GROUP,
  ORG_RUNNER_GROUP,
  anObject,
  aListOf
} from '../github/answer-shapes.js'
import { UserError } from '../common/errors.js'
import type { CustomImage, HostedRunner, RunnerGroup } from '../github/types.js'
import { matchImage, type CatalogueImage, type ImageSource } from '../inputs/image-matching.js'
import { required } from '../inputs/required-input.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import { pickByName } from '../inputs/name-rule.js'
import { MemberLookups } from './member-lookups.js'
import type { RequestGateway } from '../github/request-gateway.js'
import type { Labels } from '../common/field-text.js'
import { describeScope } from '../common/scope.js'
import type { NetworkConfiguration } from '../resources/network-configuration/fields.js'
import {
  configurationRef,
  ID_FORM,
  listConfigurations,
  type ConfigurationRef
} from '../resources/network-configuration/lookup.js'
import { CONFIGURATION } from '../resources/network-configuration/routes.js'
import { GITHUB_IMAGES, PARTNER_IMAGES, RUNNER } from '../resources/hosted-runner/routes.js'
import { findRunnerNamed, listRunners } from '../resources/hosted-runner/lookup.js'
import { GROUP, GROUPS } from '../resources/runner-group/routes.js'
import { CUSTOM_IMAGE as CUSTOM_IMAGE_ROUTE, CUSTOM_IMAGES } from '../resources/image-retention/routes.js'

/** Hosted runners, runner groups and images by the names a user gave; what a group holds, by MemberLookups. */
export class NameResolver extends MemberLookups {
  /** What each runner group id seen in this run is called. */
  readonly groupLabels: Map<number, string>

  constructor(gateway: RequestGateway, inputs: OperationInputs, shared?: NameResolver) {
    super(gateway, inputs, shared)
    this.groupLabels = shared ? shared.groupLabels : new Map()
  }

  /** A resolver of other inputs (an item of a fleet file) that shares this run's lists and names. */
  withInputs(inputs: OperationInputs): NameResolver {
    return new NameResolver(this.gateway, inputs, this)
  }

  /** Every name learned so far, for the summary's tables. */
  get tableLabels(): Labels {
    return { groups: this.groupLabels, members: this.labels }
  }

  /** The hosted runner picked by `runner-id`, else by `runner-name`. */
  async runnerId(): Promise<number> {
    const { runnerId, runnerName } = this.inputs
    if (runnerId !== undefined) return runnerId
    return (await this.runnerNamed(required(runnerName, 'runner-name'))).id
  }

  runnerById(id: number): Promise<HostedRunner> {
    return this.perRun.once(`runner:${id}`, () =>
      this.gateway.read(RUNNER, { hosted_runner_id: id }, HOSTED_RUNNER)
    )
  }

  async runnerNamed(name: string): Promise<HostedRunner> {
    const runner = await this.findRunnerNamed(name)
    return this.found(runner, 'hosted runner', name, 'runner-name', namesOf(await this.hostedRunners()))
  }

  /** With `fresh`, the list is fetched again: after a create whose answer was lost. */
  async findRunnerNamed(name: string, { fresh = false } = {}): Promise<HostedRunner | undefined> {
    return findRunnerNamed(this, name, { fresh })
  }

  hostedRunners(): Promise<HostedRunner[]> {
    return listRunners(this)
  }

  async runnerGroupId(): Promise<number> {
    const ref = required(this.inputs.runnerGroup, 'runner-group')
    return 'id' in ref ? ref.id : (await this.runnerGroupNamed(ref.name)).id
  }

  /** The group `runner-group` names, or the organization's default group when it is not given. */
  async runnerGroupIdOrDefault(): Promise<number> {
    if (this.inputs.runnerGroup !== undefined) return this.runnerGroupId()
    const group = (await this.runnerGroups()).find((g) => g.default)
    if (!group)
      throw new UserError(
        'lookup',
        'runner-group',
        `The ${describeScope(this.gateway.scope)} has no default runner group: give 'runner-group'.`
      )
    return group.id
  }

  /** The group itself (fetched by id, or taken from the list a name was looked up in). */
  async runnerGroup(): Promise<RunnerGroup> {
    const ref = required(this.inputs.runnerGroup, 'runner-group')
    if ('name' in ref) return this.runnerGroupNamed(ref.name)
    return this.perRun.once(`group:${ref.id}`, async () => {
      const group = await this.gateway.read(GROUP, { runner_group_id: ref.id }, this.#groupShape())
      this.groupLabels.set(group.id, group.name)
      return group
    })
  }

  runnerGroups(): Promise<RunnerGroup[]> {
    return this.perRun.once('runner-groups', async () => {
      const groups = await this.gateway.readAll(GROUPS, {}, 'runner_groups', this.#groupShape())
      for (const group of groups) this.groupLabels.set(group.id, group.name)
      return groups
    })
  }

  /** Groups are read with the fields that decide a default and a prune. */
  #groupShape() {
    return this.gateway.scope.kind === 'org' ? ORG_RUNNER_GROUP : ENTERPRISE_RUNNER_GROUP
  }

  async customImageId(): Promise<number> {
    const ref = required(this.inputs.customImage, 'custom-image')
    if ('id' in ref) return ref.id
    return (await this.#customImageNamed(ref.name)).id
  }

  /** The image `custom-image` picks: fetched by id, or taken from the list its name was looked up in. */
  async customImage(): Promise<CustomImage> {
    const ref = required(this.inputs.customImage, 'custom-image')
    if ('name' in ref) return this.#customImageNamed(ref.name)
    return this.perRun.once(`image:${ref.id}`, () =>
      this.gateway.read(CUSTOM_IMAGE_ROUTE, { image_definition_id: ref.id }, CUSTOM_IMAGE)
    )
  }

  async #customImageNamed(name: string): Promise<CustomImage> {
    const images = await this.#customImages()
    const image = pickByName(images, name, 'custom-image', 'custom images')
    return this.found(image, 'custom image', name, 'custom-image', namesOf(images))
  }

  /** Every custom image of the scope (one list, read at most once per run). */
  customImages(): Promise<CustomImage[]> {
    return this.#customImages()
  }

  #customImages(): Promise<CustomImage[]> {
    return this.perRun.once('custom-images', async () => {
      const data = await this.gateway.read(CUSTOM_IMAGES, {}, anObject({ images: aListOf(CUSTOM_IMAGE) }))
      return data.images
    })
  }

  /** The image `image-id` names in the catalogue of its source: by id, or by name ignoring case. */
  async image(given: string, source: ImageSource): Promise<CatalogueImage> {
    return matchImage(await this.#catalogue(source), given, source)
  }

  async #catalogue(source: ImageSource): Promise<CatalogueImage[]> {
    if (source === 'custom') {
      return (await this.#customImages()).map((image) => ({
        id: String(image.id),
        source,
        name: image.name,
        platform: image.platform
      }))
    }
    return this.perRun.once(`catalogue:${source}`, async () => {
      const shape = anObject({ images: aListOf(CATALOGUE_IMAGE) })
      const { images } =
        source === 'github'
          ? await this.gateway.read(GITHUB_IMAGES, {}, shape)
          : await this.gateway.read(PARTNER_IMAGES, {}, shape)
      return images.map(({ id, display_name, platform }) => ({ id, source, name: display_name, platform }))
    })
  }

  async runnerGroupNamed(name: string): Promise<RunnerGroup> {
    const group = await this.findRunnerGroupNamed(name)
    return this.found(group, 'runner group', name, 'runner-group', namesOf(await this.runnerGroups()))
  }

  async findRunnerGroupNamed(name: string, { fresh = false } = {}): Promise<RunnerGroup | undefined> {
    if (fresh) this.perRun.forget('runner-groups')
    return pickByName(await this.runnerGroups(), name, 'runner-group', 'runner groups')
  }

  /**
   * The id `network-configuration-id` names: by id or by name among the scope's configurations, else an
   * id as given, with a notice (resources/network-configuration/lookup.ts).
   */
  async networkConfigurationId(): Promise<string> {
    const ref = await this.networkConfigurationRef()
    if ('toBeCreated' in ref) throw new Error('internal: no network configuration is planned here')
    return ref.id
  }

  /** The configuration `network-configuration-id` names, or one of `planned` (names the fleet file creates). */
  async networkConfigurationRef(planned: readonly string[] = []): Promise<ConfigurationRef> {
    const given = required(this.inputs.networkConfigurationId, 'network-configuration-id')
    const where = describeScope(this.gateway.scope)
    const live = await this.networkConfigurations()
    const ref = configurationRef(given, { input: 'network-configuration-id', where, live, planned })
    if ('notice' in ref) this.gateway.log.info(ref.notice)
    return ref
  }

  /**
   * The configuration itself. A value of an id's form is read directly (one GET, no listing): an
   * organization may read its enterprise's configuration by id. Not found there, it is looked up by name.
   */
  async networkConfiguration(): Promise<NetworkConfiguration> {
    const given = required(this.inputs.networkConfigurationId, 'network-configuration-id')
    if (ID_FORM.test(given)) {
      const read = this.gateway.read(
        CONFIGURATION,
        { network_configuration_id: given },
        NETWORK_CONFIGURATION
      )
      const direct = await read.catch((error: unknown) => {
        if ((error as { status?: number }).status !== 404) throw error
        return error as Error
      })
      if (!(direct instanceof Error)) return direct as NetworkConfiguration
      const named = pickByName(
        await this.networkConfigurations(),
        given,
        'network-configuration-id',
        'network configurations'
      )
      if (named) return named
      throw direct
    }
    const ref = await this.networkConfigurationRef()
    return (ref as { found: NetworkConfiguration }).found
  }

  /** With `fresh`, the list is fetched again: after a create whose answer was lost. */
  async findNetworkConfigurationNamed(name: string, { fresh = false } = {}) {
    const configurations = await listConfigurations(this, { fresh })
    return pickByName(configurations, name, 'network-configuration-name', 'network configurations')
  }

  networkConfigurations(): Promise<NetworkConfiguration[]> {
    return listConfigurations(this)
  }
}

const namesOf = (items: Array<{ name: string }>): string[] => items.map((item) => item.name)

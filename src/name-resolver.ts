// Turns the ids and names a user gave into the ids GitHub's routes take, and reads the catalogues a
// write is checked against. Each list is fetched at most once per run and shape-checked; an unknown or
// ambiguous name fails before any write, naming what was not found.
import {
  CATALOGUE_IMAGE,
  CUSTOM_IMAGE,
  HOSTED_RUNNER,
  NAMED,
  REPOSITORY,
  RUNNER_GROUP,
  ORGANIZATION,
  anObject,
  aListOf
} from './answer-shapes.js'
import { LookupError } from './errors.js'
import type { CustomImage, HostedRunner, RunnerGroup } from './github-types.js'
import type { RepositoryRef } from './input-formats.js'
import {
  matchImage,
  pickByName,
  repositoryLabel,
  required,
  type CatalogueImage,
  type ImageSource
} from './name-matching.js'
import type { OperationInputs } from './input-vocabulary.js'
import type { RequestGateway } from './request-gateway.js'
import type { Labels } from './summary.js'
import { describeScope } from './scope.js'

interface Named {
  id: number
  name: string
}

export class NameResolver {
  readonly #cache: Map<string, Promise<unknown>>
  /** What each repository and self-hosted runner id seen in this run is called, for summaries. */
  readonly labels: Map<number, string>
  /** What each runner group id seen in this run is called. */
  readonly groupLabels: Map<number, string>

  constructor(
    readonly gateway: RequestGateway,
    private readonly inputs: OperationInputs,
    shared?: NameResolver
  ) {
    this.#cache = shared ? shared.#cache : new Map()
    this.labels = shared ? shared.labels : new Map()
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
    return this.once(`runner:${id}`, () =>
      this.gateway.read(
        'GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}',
        { hosted_runner_id: id },
        HOSTED_RUNNER
      )
    )
  }

  async runnerNamed(name: string): Promise<HostedRunner> {
    return this.#found(await this.findRunnerNamed(name), 'hosted runner', name, 'runner-name')
  }

  /** With `fresh`, the list is fetched again: after a create whose answer was lost. */
  async findRunnerNamed(name: string, { fresh = false } = {}): Promise<HostedRunner | undefined> {
    if (fresh) this.#cache.delete('hosted-runners')
    return pickByName(await this.hostedRunners(), name, 'runner-name', 'hosted runners')
  }

  hostedRunners(): Promise<HostedRunner[]> {
    return this.once(
      'hosted-runners',
      () =>
        this.gateway.readAll(
          'GET /orgs/{org}/actions/hosted-runners',
          {},
          'runners',
          HOSTED_RUNNER
        ) as Promise<HostedRunner[]>
    )
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
      throw new LookupError(
        'runner-group',
        `The ${describeScope(this.gateway.scope)} has no default runner group: give 'runner-group'.`
      )
    return group.id
  }

  /** The group itself (fetched by id, or taken from the list a name was looked up in). */
  async runnerGroup(): Promise<RunnerGroup> {
    const ref = required(this.inputs.runnerGroup, 'runner-group')
    if ('name' in ref) return this.runnerGroupNamed(ref.name)
    return this.once(`group:${ref.id}`, async () => {
      const group = await this.gateway.read(
        'GET /orgs/{org}/actions/runner-groups/{runner_group_id}',
        { runner_group_id: ref.id },
        RUNNER_GROUP
      )
      this.groupLabels.set(group.id, group.name)
      return group
    })
  }

  runnerGroups(): Promise<RunnerGroup[]> {
    return this.once('runner-groups', async () => {
      const groups = (await this.gateway.readAll(
        'GET /orgs/{org}/actions/runner-groups',
        {},
        'runner_groups',
        RUNNER_GROUP
      )) as RunnerGroup[]
      for (const group of groups) this.groupLabels.set(group.id, group.name)
      return groups
    })
  }

  async groupRepositoryIds(groupId: number): Promise<number[]> {
    const repositories = await this.gateway.readAll(
      'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories',
      { runner_group_id: groupId },
      'repositories',
      REPOSITORY
    )
    return this.#named(repositories as Array<Named & { full_name?: string }>, (r) => r.full_name ?? r.name)
  }

  async groupRunnerIds(groupId: number): Promise<number[]> {
    const runners = await this.gateway.readAll(
      'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners',
      { runner_group_id: groupId },
      'runners',
      NAMED
    )
    return this.#named(runners as Named[])
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
    return this.once(`image:${ref.id}`, () =>
      this.gateway.read(
        'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}',
        { image_definition_id: ref.id },
        CUSTOM_IMAGE
      )
    )
  }

  async #customImageNamed(name: string): Promise<CustomImage> {
    return this.#found(
      pickByName(await this.#customImages(), name, 'custom-image', 'custom images'),
      'custom image',
      name,
      'custom-image'
    )
  }

  #customImages(): Promise<CustomImage[]> {
    return this.once('custom-images', async () => {
      const data = await this.gateway.read(
        'GET /orgs/{org}/actions/hosted-runners/images/custom',
        {},
        anObject({ images: aListOf(CUSTOM_IMAGE) })
      )
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
    return this.once(`catalogue:${source}`, async () => {
      const shape = anObject({ images: aListOf(CATALOGUE_IMAGE) })
      const { images } =
        source === 'github'
          ? await this.gateway.read('GET /orgs/{org}/actions/hosted-runners/images/github-owned', {}, shape)
          : await this.gateway.read('GET /orgs/{org}/actions/hosted-runners/images/partner', {}, shape)
      return images.map(({ id, display_name, platform }) => ({ id, source, name: display_name, platform }))
    })
  }

  async repositoryIds(): Promise<number[]> {
    const refs = required(this.inputs.repositories, 'repositories')
    const found = await Promise.all(refs.map((ref) => this.#repositoryId(ref)))
    const missing = refs
      .filter((_, i) => found[i] === undefined)
      .map((ref) => repositoryLabel(ref, this.#org()))
    if (missing.length > 0) {
      throw new LookupError(
        'repositories',
        `Input 'repositories': not found, or the token cannot see ${missing.length === 1 ? 'it' : 'them'}: ${missing.join(', ')}.`
      )
    }
    return [...new Set(found as number[])]
  }

  /** Self-hosted runner ids, for a group's `runners`. */
  async runnerIds(): Promise<number[]> {
    const refs = required(this.inputs.runners, 'runners')
    if (refs.every((ref) => 'id' in ref)) return refs.map((ref) => (ref as { id: number }).id)
    const runners = await this.once('self-hosted-runners', async () => {
      const all = (await this.gateway.readAll(
        'GET /orgs/{org}/actions/runners',
        {},
        'runners',
        NAMED
      )) as Named[]
      this.#named(all)
      return all
    })
    const missing: string[] = []
    const ids = refs.map((ref) => {
      if ('id' in ref) return ref.id
      const runner = pickByName(runners, ref.name, 'runners', 'self-hosted runners')
      if (!runner) missing.push(ref.name)
      return runner?.id ?? 0
    })
    if (missing.length > 0) {
      throw new LookupError(
        'runners',
        `Input 'runners': no self-hosted runner named ${missing.map((n) => `'${n}'`).join(', ')} in ${describeScope(this.gateway.scope)}.`
      )
    }
    return [...new Set(ids)]
  }

  async runnerGroupNamed(name: string): Promise<RunnerGroup> {
    return this.#found(await this.findRunnerGroupNamed(name), 'runner group', name, 'runner-group')
  }

  async findRunnerGroupNamed(name: string, { fresh = false } = {}): Promise<RunnerGroup | undefined> {
    if (fresh) this.#cache.delete('runner-groups')
    return pickByName(await this.runnerGroups(), name, 'runner-group', 'runner groups')
  }

  async #repositoryId(ref: RepositoryRef): Promise<number | undefined> {
    if ('id' in ref) return ref.id
    const owner = 'owner' in ref ? ref.owner : this.#org()
    return this.once(`repo:${owner}/${ref.name}`, async () => {
      try {
        const repository = await this.gateway.read(
          'GET /repos/{owner}/{repo}',
          { owner, repo: ref.name },
          REPOSITORY
        )
        this.labels.set(Number(repository.id), repository.full_name)
        return Number(repository.id)
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined
        throw error
      }
    })
  }

  /** Organizations by login or id: an enterprise group's `organizations`. */
  async organizationIds(): Promise<number[]> {
    const refs = required(this.inputs.organizations, 'organizations')
    const found = await Promise.all(
      refs.map((ref) =>
        'id' in ref
          ? ref.id
          : this.once(`org:${ref.name.toLowerCase()}`, async () => {
              try {
                const org = await this.gateway.read('GET /orgs/{org}', { org: ref.name }, ORGANIZATION)
                this.labels.set(org.id, org.login)
                return org.id
              } catch (error) {
                if ((error as { status?: number }).status === 404) return undefined
                throw error
              }
            })
      )
    )
    const missing = refs
      .filter((_, i) => found[i] === undefined)
      .map((ref) => ('id' in ref ? String(ref.id) : ref.name))
    if (missing.length > 0)
      throw new LookupError(
        'organizations',
        `Input 'organizations': not found, or the token cannot see ${missing.length === 1 ? 'it' : 'them'}: ${missing.join(', ')}.`
      )
    return [...new Set(found as number[])]
  }

  async groupOrganizationIds(groupId: number): Promise<number[]> {
    const organizations = await this.gateway.readAll(
      'GET /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations',
      { runner_group_id: groupId },
      'organizations',
      ORGANIZATION
    )
    return this.#named(organizations as Array<Named & { login: string }>, (o) => o.login)
  }

  /** The organization of an org-scope run (repositories are looked up in it). */
  #org(): string {
    if (this.gateway.scope.kind !== 'org')
      throw new Error('internal: repositories are read at organization scope only')
    return this.gateway.scope.org
  }

  #found<T>(item: T | undefined, what: string, name: string, input: string): T {
    if (item === undefined)
      throw new LookupError(input, `No ${what} named '${name}' in ${describeScope(this.gateway.scope)}.`)
    return item
  }

  /** The ids of the items, remembering their names. */
  #named<T extends Named>(items: T[], nameOf: (item: T) => string = (item) => item.name): number[] {
    for (const item of items) this.labels.set(item.id, nameOf(item))
    return items.map((item) => item.id)
  }

  /** `load`'s answer, read at most once per run under `key`. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.#cache.has(key)) this.#cache.set(key, load())
    return this.#cache.get(key) as Promise<T>
  }
}

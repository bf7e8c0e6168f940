// What a runner group holds, by the names a user gave: repositories (organization scope),
// organizations (enterprise scope) and self-hosted runners, and the group's current lists of them.
// Each lookup is made at most once per run; the names learned label ids in summaries.
import { NAMED, ORGANIZATION, REPOSITORY, type Shape } from '../github/answer-shapes.js'
import { quotedNames, UserError } from '../common/errors.js'
import type { IdOrName, RepositoryRef } from '../inputs/formats.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import { repositoryLabel } from '../inputs/repository-label.js'
import { required } from '../inputs/required-input.js'
import { didYouMean, pickByName } from '../inputs/name-rule.js'
import type { RequestGateway } from '../github/request-gateway.js'
import { describeScope } from '../common/scope.js'
import { listRepositories, repositoryKey } from './org-repositories.js'
import { ReadOncePerRun } from './read-once.js'
import { GROUP_ORGANIZATIONS, GROUP_REPOSITORIES, GROUP_RUNNERS } from '../resources/runner-group/routes.js'

export interface Named {
  id: number
  name: string
}

type Member = Named & Record<string, unknown>

/** What a listing read to resolve names keeps of each item. */
const idAndName = (item: unknown): Named => ({ id: (item as Named).id, name: (item as Named).name })

export class MemberLookups {
  /** The lists and lookups this run has read, shared with every lookup of the run. */
  readonly perRun: ReadOncePerRun
  /** What each repository, organization and self-hosted runner id seen in this run is called. */
  readonly labels: Map<number, string>

  /** With `shared`, the lists read and the names learned are that one's: one run, other inputs. */
  constructor(
    readonly gateway: RequestGateway,
    protected readonly inputs: OperationInputs,
    shared?: MemberLookups
  ) {
    this.perRun = shared ? shared.perRun : new ReadOncePerRun()
    this.labels = shared ? shared.labels : new Map()
  }

  async repositoryIds(): Promise<number[]> {
    const refs = required(this.inputs.repositories, 'repositories')
    await this.#fromListing(refs)
    return this.#idsOf(
      'repositories',
      refs,
      (ref) => repositoryLabel(ref, this.#org()),
      (ref) => {
        const owner = 'owner' in ref ? ref.owner : this.#org()
        return this.perRun.once(repositoryKey(owner, ref.name), () =>
          this.#unlessMissing(async () => {
            const repository = await this.gateway.read(
              'GET /repos/{owner}/{repo}',
              { owner, repo: ref.name },
              REPOSITORY
            )
            // Octokit types a repository id as number | bigint; GitHub's are numbers.
            const id = Number(repository.id)
            this.labels.set(id, repository.full_name)
            return id
          })
        )
      }
    )
  }

  /**
   * Every repository name a run needs, gathered before any one is asked for, resolved together: through
   * the organization's listing when it pays for all of them, else each by its own GET when asked. A
   * name this settles costs no request later.
   */
  gatherRepositories(refs: RepositoryRef[]): Promise<void> {
    return this.#fromListing(refs)
  }

  /**
   * Names in the organization not looked up yet: with two or more, through the organization's listing
   * when that takes fewer requests (org-repositories.ts); what it finds needs no GET of its own.
   */
  async #fromListing(refs: RepositoryRef[]): Promise<void> {
    const org = this.#org()
    const names = [
      ...new Set(
        refs
          .filter(
            (ref) => 'name' in ref && (!('owner' in ref) || ref.owner.toLowerCase() === org.toLowerCase())
          )
          .map((ref) => `${org}/${(ref as { name: string }).name}`.toLowerCase())
      )
    ].filter((name) => !this.perRun.has(`repo:${name}`))
    if (names.length < 2) return
    const { found, complete } = await listRepositories(this.gateway, this.perRun, org, names)
    for (const name of names) {
      const repository = found.get(name)
      const id = repository?.id
      if (repository) this.labels.set(repository.id, repository.full_name)
      if (repository || complete) this.perRun.remember(`repo:${name}`, id)
    }
  }

  /** Organizations by login or id: an enterprise group's `organizations`. */
  async organizationIds(): Promise<number[]> {
    const refs = required(this.inputs.organizations, 'organizations')
    const label = (ref: IdOrName) => ('id' in ref ? String(ref.id) : ref.name)
    return this.#idsOf('organizations', refs, label, (ref) =>
      this.perRun.once(`org:${label(ref).toLowerCase()}`, () =>
        this.#unlessMissing(async () => {
          const org = await this.gateway.read('GET /orgs/{org}', { org: label(ref) }, ORGANIZATION)
          this.labels.set(org.id, org.login)
          return org.id
        })
      )
    )
  }

  /** Self-hosted runner ids, for a group's `runners`. */
  async runnerIds(): Promise<number[]> {
    const refs = required(this.inputs.runners, 'runners')
    if (refs.every((ref) => 'id' in ref)) return refs.map((ref) => (ref as { id: number }).id)
    const runners = await this.perRun.once('self-hosted-runners', async () => {
      const all = (await this.gateway.readEvery(
        'GET /orgs/{org}/actions/runners',
        {},
        'runners',
        NAMED,
        idAndName
      )) as Named[]
      this.named(all)
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
      throw new UserError(
        'lookup',
        'runners',
        `Input 'runners': no self-hosted runner named ${quotedNames(missing)} in ${describeScope(this.gateway.scope)}.${didYouMean(
          missing[0] as string,
          runners.map((r) => r.name)
        )}`
      )
    }
    return [...new Set(ids)]
  }

  groupRepositoryIds(groupId: number): Promise<number[]> {
    return this.#groupList(GROUP_REPOSITORIES, groupId, 'repositories', REPOSITORY, (r) =>
      String(r.full_name)
    )
  }

  groupOrganizationIds(groupId: number): Promise<number[]> {
    return this.#groupList(GROUP_ORGANIZATIONS, groupId, 'organizations', ORGANIZATION, (o) =>
      String(o.login)
    )
  }

  groupRunnerIds(groupId: number): Promise<number[]> {
    return this.#groupList(GROUP_RUNNERS, groupId, 'runners', NAMED)
  }

  /** The item a name picked; a miss names the input and offers the closest of the names that exist. */
  protected found<T>(item: T | undefined, what: string, name: string, input: string, names: string[]): T {
    if (item === undefined)
      throw new UserError(
        'lookup',
        input,
        `Input '${input}': no ${what} named '${name}' in ${describeScope(this.gateway.scope)}.${didYouMean(name, names)}`
      )
    return item
  }

  /** The ids of the items, remembering their names. */
  protected named<T extends Named>(items: T[], nameOf: (item: T) => string = (item) => item.name): number[] {
    for (const item of items) this.labels.set(item.id, nameOf(item))
    return items.map((item) => item.id)
  }

  /** A group's current members (every page), their names remembered. */
  async #groupList(
    route: typeof GROUP_REPOSITORIES | typeof GROUP_RUNNERS | typeof GROUP_ORGANIZATIONS,
    groupId: number,
    key: string,
    shape: Shape,
    nameOf?: (item: Member) => string
  ): Promise<number[]> {
    // `shape` checked every item, with the fields `nameOf` reads; only the id and that name are kept.
    const label = nameOf ?? ((item: Member) => item.name)
    const members = (await this.gateway.readEvery(
      route,
      { runner_group_id: groupId },
      key,
      shape,
      (item) => ({
        id: (item as Member).id,
        name: label(item as Member)
      })
    )) as Named[]
    return this.named(members)
  }

  /** The ids of `refs` (ids as given, names looked up); any not found fails, naming every one. */
  async #idsOf<R extends { id: number } | object>(
    input: 'repositories' | 'organizations',
    refs: R[],
    label: (ref: R) => string,
    lookup: (ref: Exclude<R, { id: number }>) => Promise<number | undefined>
  ): Promise<number[]> {
    const found = await Promise.all(
      refs.map((ref) =>
        'id' in ref ? (ref as { id: number }).id : lookup(ref as Exclude<R, { id: number }>)
      )
    )
    const missing = refs.filter((_, i) => found[i] === undefined).map(label)
    if (missing.length > 0) {
      throw new UserError(
        'lookup',
        input,
        `Input '${input}': not found, or the token cannot see ${missing.length === 1 ? 'it' : 'them'}: ${missing.join(', ')}.`
      )
    }
    return [...new Set(found as number[])]
  }

  /** A lookup whose 404 means "no such thing" (or one the token cannot see). */
  async #unlessMissing(read: () => Promise<number>): Promise<number | undefined> {
    try {
      return await read()
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined
      throw error
    }
  }

  /** The organization of an org-scope run (repositories are looked up in it). */
  #org(): string {
    if (this.gateway.scope.kind !== 'org')
      throw new Error('internal: repositories are read at organization scope only')
    return this.gateway.scope.org
  }
}

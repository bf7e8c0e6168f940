// Every request of a run goes through here: reads are sent and their answers checked against the
// shape the action relies on; writes are sent, logged as they are sent and answered, and recorded,
// or in dry-run only planned. Routes are Octokit's typed route strings, checked against GitHub's spec.
import type { Endpoints } from '@octokit/types'
import { aListOf, anObject, type Shape } from './answer-shapes.js'
import { listingLimit } from '../common/bounds.js'
import { wasRetried, type Client } from './client.js'
import type { EnterpriseOnlyEndpoints } from './enterprise-routes.js'
import { KeptBytes } from './kept-bytes.js'
import { pathOf, UnexpectedAnswer } from '../common/errors.js'
import { scoped, type Scope } from '../common/scope.js'

type AllEndpoints = Endpoints & EnterpriseOnlyEndpoints
export type Route = keyof AllEndpoints
/** A route's parameters; the scope's `org` (or `enterprise`) is added by the gateway. */
export type ParamsOf<R extends Route> = Omit<AllEndpoints[R]['parameters'], 'org' | 'enterprise'> & {
  org?: string
}
export type DataOf<R extends Route> = AllEndpoints[R]['response']['data']
export type Params = Record<string, unknown>
/** The keys of a route's answer that hold a list, and the type of that list's items. */
export type ListKeyOf<R extends Route> = {
  [K in keyof DataOf<R>]: DataOf<R>[K] extends readonly unknown[] ? K : never
}[keyof DataOf<R>] &
  string
export type ItemOf<R extends Route, K extends ListKeyOf<R>> =
  DataOf<R>[K] extends ReadonlyArray<infer T> ? T : never

const PER_PAGE = 100
/** The lists whose `total_count` GitHub's description leaves optional (GHEC: the enterprise's self-hosted runners). */
const COUNT_OPTIONAL: ReadonlySet<string> = new Set(['GET /enterprises/{enterprise}/actions/runners'])

export interface PlannedRequest {
  method: string
  path: string
  body?: unknown
}
export interface SentWrite {
  method: string
  path: string
  status: number
}

export interface GatewayLog {
  info(message: string): void
  warning(message: string): void
}

interface Answer {
  status: number
  url: string
  headers: Record<string, string | number | undefined>
  data: unknown
}
type AnyRequest = (route: string | Params, params?: Params) => Promise<Answer>
/** What a listing keeps of each item: the item whole, or what a lookup needs of it. */
type Keep = (item: unknown) => unknown
const whole: Keep = (item) => item

export class RequestGateway {
  /** Dry-run: the writes that would have been sent. */
  readonly planned: PlannedRequest[] = []
  /** The writes that were sent and answered, in order: the record of what the run did. */
  readonly sent: SentWrite[] = []
  /** The write sent and not yet answered: after a cancel, GitHub may or may not have acted on it. */
  inFlight: PlannedRequest | undefined
  #stopped = false
  readonly #bodies = new WeakMap<SentWrite, unknown>()
  readonly #request: AnyRequest

  constructor(
    private readonly client: Client,
    readonly scope: Scope,
    readonly dryRun: boolean,
    readonly log: GatewayLog,
    private readonly listingBytes?: number
  ) {
    this.#request = client.request as unknown as AnyRequest
  }

  /** What one listing may keep, counted page by page (src/github/kept-bytes.ts). */
  readonly keptBytes = () => new KeptBytes(this.listingBytes)

  /** One answer, checked against `shape` before anything is read from it. */
  async read<R extends Route>(route: R, params: ParamsOf<R>, shape: Shape = anObject()): Promise<DataOf<R>> {
    const answer = await this.#request(...this.#at(route, params))
    return checked(answer, shape) as DataOf<R>
  }

  /**
   * Every item of a paginated list (`{total_count, <key>: [...]}`), 100 a page. Octokit's paginate is
   * not used: it trusts each page's shape and every `next` link, and this must bound both.
   */
  async readAll<R extends Route, K extends ListKeyOf<R>>(
    route: R,
    params: ParamsOf<R>,
    key: K,
    item: Shape
  ): Promise<ItemOf<R, K>[]> {
    return (await this.readEvery(route, params as Params, key, item)) as ItemOf<R, K>[]
  }

  /**
   * `readAll` for a route chosen at run time (a catalogue row): the items, checked by `item` alone. With
   * `keep`, only what it returns of each item is kept: a listing read to resolve names stays small.
   * What it keeps is bounded in bytes (KeptBytes), whatever the pages hold.
   */
  async readEvery(
    route: Route,
    params: Params,
    key: string,
    item: Shape,
    keep: Keep = whole
  ): Promise<unknown[]> {
    const items: unknown[] = []
    const kept = this.keptBytes()
    const seen = new Set<string>()
    const limit = listingLimit(route)
    const maxPages = Math.ceil(limit.items / PER_PAGE)
    const bound = `the bound of ${limit.items} ${limit.what}, ${limit.source}`
    const [at, all] = this.#at(route, params as ParamsOf<Route>)
    let answer = await this.#request(at, { ...all, per_page: PER_PAGE })
    for (let pages = 1; ; pages++) {
      const page = checked(answer, anObject({ [key]: aListOf(item) })) as Record<string, unknown[]>
      const pageKept = (page[key] as unknown[]).map(keep)
      kept.count(pageKept, answer.url, pages)
      for (const each of pageKept) items.push(each)
      const next = /<([^<>]+)>;\s*rel="?next"?/.exec(String(answer.headers.link ?? ''))?.[1]
      const total = (page as { total_count?: unknown }).total_count
      const where = `unexpected answer from GET ${pathOf(answer.url)}`
      // A count that is missing or not a whole number would skip the check that the list is whole, and a
      // list read short can decide a delete: GitHub's description requires the count on every list read
      // here but one (COUNT_OPTIONAL), where it is checked when given.
      if (total === undefined && !COUNT_OPTIONAL.has(at))
        throw new UnexpectedAnswer(`${where}: no total_count, so whether the list is whole is unknown`)
      if (total !== undefined && !(Number.isSafeInteger(total) && (total as number) >= 0))
        throw new UnexpectedAnswer(
          `${where}: total_count is ${JSON.stringify(total)?.slice(0, 40)}, not a whole number`
        )
      if (typeof total === 'number' && total > limit.items)
        throw new UnexpectedAnswer(`${where}: total_count is ${total}, more than ${bound}`)
      if ((page[key] as unknown[]).length > PER_PAGE)
        throw new UnexpectedAnswer(`${where}: a page of more than ${PER_PAGE} items`)
      if (!next) {
        // A list shorter than its own count is not the whole list: what relies on it must not run.
        if (typeof total === 'number' && items.length < total)
          throw new UnexpectedAnswer(`${where}: ${items.length} of ${total} items and no next page`)
        return items
      }
      if (seen.has(next) || next === answer.url)
        throw new UnexpectedAnswer(`${where}: its next page link repeats a page already read`)
      if (pages >= maxPages)
        throw new UnexpectedAnswer(`${where}: still a next page after ${maxPages} pages, more than ${bound}`)
      if (typeof total === 'number' && items.length >= total)
        throw new UnexpectedAnswer(`${where}: a next page after all ${total} items were read`)
      seen.add(next)
      answer = await this.#request({ method: 'GET', url: next })
    }
  }

  /**
   * One page (100 items) of a list GitHub answers as a bare array (an organization's repositories), and
   * how many pages the list has: the `last` link's page, this page when there is no other, or
   * Number.MAX_SAFE_INTEGER (unknown) when a `next` link comes without a `last` one. The
   * caller bounds how many it reads: a count past its bound is a reason to take another path. The
   * items are what `keep` returns of each, counted in the listing's `kept`, one for all its pages.
   */
  async readPage<R extends Route>(
    route: R,
    params: ParamsOf<R>,
    page: number,
    item: Shape,
    kept: KeptBytes,
    keep: Keep = whole
  ): Promise<{ items: unknown[]; pages: number }> {
    const [at, all] = this.#at(route, params)
    const answer = await this.#request(at, { ...all, per_page: PER_PAGE, page })
    const read = checked(answer, aListOf(item)) as unknown[]
    const link = String(answer.headers.link ?? '')
    const last = /<([^<>]+)>;\s*rel="?last"?/.exec(link)?.[1]
    // A next page without a last one: how many pages there are is unknown, so the list is not whole here
    // and no count can make reading it pay (the caller takes another path).
    const unknown = !last && /<[^<>]+>;\s*rel="?next"?/.test(link)
    const pages = unknown
      ? Number.MAX_SAFE_INTEGER
      : last
        ? Number(new URL(last, answer.url).searchParams.get('page'))
        : page
    if (read.length > PER_PAGE || !Number.isSafeInteger(pages) || pages < page)
      throw new UnexpectedAnswer(
        `unexpected answer from GET ${pathOf(answer.url)}: a page of ${read.length} items, of ${pages} pages`
      )
    const items = read.map(keep)
    kept.count(items, answer.url, page)
    return { items, pages }
  }

  /** Sends a mutating request, or in dry-run records it and returns undefined. */
  async write<R extends Route>(
    route: R,
    params: ParamsOf<R>,
    requestOptions: Params = {}
  ): Promise<{ status: number; data: unknown } | undefined> {
    const planned = this.describe(route, params)
    const label = `${planned.method} ${planned.path}`
    if (this.dryRun) {
      this.planned.push(planned)
      const body = planned.body === undefined ? '' : ` ${JSON.stringify(planned.body)}`
      this.log.info(`[dry-run] ${label}${body}`)
      return undefined
    }
    if (this.#stopped) throw new Error(`not sending ${label}: the run was cancelled`)
    this.log.info(`Sending ${label}`)
    this.inFlight = planned
    try {
      const [at, all] = this.#at(route, params)
      const answer = await this.#request(at, { ...all, ...requestOptions })
      this.inFlight = undefined
      this.log.info(`${label} → ${answer.status}`)
      this.record(planned, answer.status)
      return { status: answer.status, data: bodyOf(answer.data) }
    } catch (error) {
      this.inFlight = undefined
      if (!(
        planned.method === 'DELETE' &&
        (error as { status?: number }).status === 404 &&
        wasRetried(error)
      ))
        throw error
      // The first try's answer was lost and the retry found nothing to delete: this run deleted it.
      this.log.info(`${label}: the answer was lost and it is now gone: deleted.`)
      this.record(planned, 404)
      return { status: 404, data: {} }
    }
  }

  /** After a cancel: no further write is sent. */
  stop(): void {
    this.#stopped = true
  }

  /** Records a write whose outcome was learned otherwise (a lost answer, found done). */
  record(planned: PlannedRequest, status: number): void {
    const write = { method: planned.method, path: planned.path, status }
    this.sent.push(write)
    if (planned.body !== undefined) this.#bodies.set(write, planned.body)
  }

  /** The JSON body a sent write carried, for the summary. */
  readonly sentBody = (write: SentWrite): unknown => this.#bodies.get(write)
  readonly untilWriteSlot = () => this.client.untilWriteSlot()

  /** Method, path (without the base URL) and JSON body of a request, as it would be sent. */
  describe(route: Route, params: Params): PlannedRequest {
    const endpoint = this.client.request.endpoint(...this.#at(route, params))
    const baseUrl = this.client.request.endpoint.DEFAULTS.baseUrl
    const path = endpoint.url.startsWith(baseUrl) ? endpoint.url.slice(baseUrl.length) : endpoint.url
    return { method: endpoint.method, path, ...(endpoint.body === undefined ? {} : { body: endpoint.body }) }
  }

  /** The route and parameters at this run's scope, each path parameter one plain segment. */
  #at(route: string, params: object): [string, Params] {
    const { route: at, params: all } = scoped(route, { ...params }, this.scope)
    for (const [, name] of at.matchAll(/\{(\w+)\}/g))
      refuseUnsafeSegment(at, name as string, all[name as string])
    return [at, all]
  }
}

/**
 * A path parameter is one plain segment: ids and versions taken from answers go into paths, and `..`
 * or a slash would turn `DELETE …/versions/{version}` into a request on another resource.
 */
function refuseUnsafeSegment(route: string, name: string, value: unknown): void {
  const text = String(value)
  if (
    typeof value === 'number'
      ? Number.isSafeInteger(value) && value >= 0
      : /^(?!\.\.?$)[\w.-]{1,200}$/.test(text)
  )
    return
  throw new UnexpectedAnswer(
    `refused to send ${route.split(' ')[0]} with {${name}} = ${JSON.stringify(text.slice(0, 40))}: not a plain id, name or version`
  )
}

function checked(answer: Answer, shape: Shape): unknown {
  const problem = answer.status === 204 ? 'no body (HTTP 204)' : shape(answer.data, 'the answer')
  if (problem)
    throw new UnexpectedAnswer(
      `unexpected answer from GET ${pathOf(answer.url)}: HTTP ${answer.status}, ${problem}`
    )
  return answer.data
}

/** A 204 has no body: Octokit gives `""`, the action's outputs give `{}`. */
function bodyOf(data: unknown): unknown {
  return data === undefined || data === '' ? {} : data
}

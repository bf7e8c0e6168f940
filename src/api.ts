// Every request of a run goes through here: reads are sent, writes are sent or, in dry-run, only
// planned. Routes are Octokit's typed route strings, so parameters are checked against GitHub's spec.
import type { Endpoints } from '@octokit/types'
import type { Client } from './client.js'

export type Route = keyof Endpoints
/** A route's parameters; `org` is added by the Api. */
export type ParamsOf<R extends Route> = Omit<Endpoints[R]['parameters'], 'org'>
export type DataOf<R extends Route> = Endpoints[R]['response']['data']
export type Params = Record<string, unknown>

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

export interface ApiLog {
  info(message: string): void
}

type AnyRequest = (route: string, params: Params) => Promise<{ status: number; data: unknown }>
type AnyPaginate = (route: string, params: Params) => Promise<unknown[]>

export class Api {
  readonly planned: PlannedRequest[] = []
  readonly writes: SentWrite[] = []
  readonly #request: AnyRequest
  readonly #paginate: AnyPaginate

  readonly org: string
  readonly dryRun: boolean
  readonly #retries: number
  readonly #backoffUnitMs: number

  constructor(
    private readonly client: Client,
    options: { org: string; dryRun: boolean; retries: number; backoffUnitMs: number },
    private readonly log: ApiLog
  ) {
    this.org = options.org
    this.dryRun = options.dryRun
    this.#retries = options.retries
    this.#backoffUnitMs = options.backoffUnitMs
    this.#request = client.request as unknown as AnyRequest
    this.#paginate = client.paginate as unknown as AnyPaginate
  }

  async read<R extends Route>(route: R, params: ParamsOf<R>): Promise<DataOf<R>> {
    const response = await this.#request(route, this.#withOrg(route, params))
    return response.data as DataOf<R>
  }

  /** Every item of a paginated list, 100 per page. */
  async readAll<R extends Route>(route: R, params: ParamsOf<R>): Promise<unknown[]> {
    return this.#paginate(route, { ...this.#withOrg(route, params), per_page: 100 })
  }

  /** Sends a mutating request, or in dry-run records it and returns undefined. */
  async write<R extends Route>(
    route: R,
    params: ParamsOf<R>
  ): Promise<{ status: number; data: unknown } | undefined> {
    const planned = this.describe(route, params)
    if (this.dryRun) {
      this.planned.push(planned)
      this.log.info(
        `[dry-run] ${planned.method} ${planned.path}${planned.body === undefined ? '' : ` ${JSON.stringify(planned.body)}`}`
      )
      return undefined
    }
    try {
      const response = await this.#request(route, this.#withOrg(route, params))
      this.writes.push({ method: planned.method, path: planned.path, status: response.status })
      return { status: response.status, data: bodyOf(response.data) }
    } catch (error) {
      if (!(planned.method === 'DELETE' && isRetryAnswered404(error))) throw error
      // The first try's answer was lost and the retry found nothing to delete: it is deleted.
      this.log.info(`${planned.method} ${planned.path}: the answer was lost and it is now gone: deleted.`)
      this.writes.push({ method: planned.method, path: planned.path, status: 404 })
      return { status: 404, data: {} }
    }
  }

  /**
   * Creates something that has a name. When the answer is lost (network error, or a 5xx after which
   * GitHub may have acted), it looks the name up before trying again, so a run never creates twice.
   */
  async create<R extends Route>(
    route: R,
    params: ParamsOf<R>,
    findCreated: () => Promise<unknown | undefined>
  ): Promise<{ status: number; data: unknown } | undefined> {
    if (this.dryRun) return this.write(route, params)
    const planned = this.describe(route, params)
    for (let attempt = 0; ; attempt++) {
      try {
        // The client's own retries are off here: they would send the create again unchecked.
        const response = await this.#request(route, {
          ...this.#withOrg(route, params),
          request: { retries: 0 }
        })
        this.writes.push({ method: planned.method, path: planned.path, status: response.status })
        return { status: response.status, data: bodyOf(response.data) }
      } catch (error) {
        const status = (error as { status?: number; response?: unknown }).response
          ? (error as { status: number }).status
          : 0
        const answerLost = status === 0 || status >= 500
        if (!answerLost) throw error
        const created = await findCreated()
        if (created !== undefined) {
          this.log.info(
            `${planned.method} ${planned.path}: the answer was lost, but it was created; not sending it again.`
          )
          this.writes.push({ method: planned.method, path: planned.path, status: 201 })
          return { status: 201, data: created }
        }
        if (attempt >= this.#retries) throw error
        await new Promise((resolve) => setTimeout(resolve, this.#backoffUnitMs * (attempt + 1) ** 2))
      }
    }
  }

  /** Method, path (without the base URL) and JSON body of a request, as it would be sent. */
  describe(route: Route, params: Params): PlannedRequest {
    const endpoint = this.client.request.endpoint(route, this.#withOrg(route, params))
    const baseUrl = this.client.request.endpoint.DEFAULTS.baseUrl
    const path = endpoint.url.startsWith(baseUrl) ? endpoint.url.slice(baseUrl.length) : endpoint.url
    return { method: endpoint.method, path, ...(endpoint.body === undefined ? {} : { body: endpoint.body }) }
  }

  #withOrg(route: string, params: object): Params {
    return route.includes('{org}') ? { ...params, org: this.org } : { ...params }
  }
}

/** A 204 has no body: Octokit gives `""`, the action's outputs give `{}`. */
function bodyOf(data: unknown): unknown {
  return data === undefined || data === '' ? {} : data
}

function isRetryAnswered404(error: unknown): boolean {
  const failure = error as { status?: number; request?: { request?: { retryCount?: number } } }
  return failure.status === 404 && (failure.request?.request?.retryCount ?? 0) > 0
}

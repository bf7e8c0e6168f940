// The one place an Octokit client is made: the toolkit's getOctokit (auth, proxies, TLS, GHES base
// URL, user agent) with the API version header, a guarded fetch, and our one plugin that owns every
// wait (request-waits.ts: retries, rate limits, the spacing of writes). No Octokit plugin's internals
// are read or steered here.
import { getOctokit } from '@actions/github'
import { HttpClient } from '@actions/http-client'
import { fetch as undiciFetch } from 'undici'
import { REQUEST_TIMEOUT_MS } from '../common/bounds.js'
import { guardedFetch } from './guarded-fetch.js'
import { realSleep, requestWaits, type Sleep } from './request-waits.js'

export { wasRetried } from './request-waits.js'

export const USER_AGENT = 'hosted-runners-action'

export type Client = ReturnType<typeof getOctokit>

export interface ClientSettings {
  token: string
  apiUrl: string
  apiVersion: string
  retries: number
}

/** How long the waits between tries are: one unit is a second in production. */
export interface Timing {
  /** Milliseconds per backoff unit: a retry waits (try number)² units, a rate limit its seconds in units. */
  backoffUnitMs: number
  /** The least time between two mutating requests: GitHub asks for a second. */
  writeSpacingMs: number
  /** How long one try may wait for its whole answer before it counts as a network error. */
  requestTimeoutMs: number
  /** Every wait of the client goes through this; setTimeout unless code passes another (tests: a fake). */
  sleep?: Sleep
  /** The client's clock, for rate-limit resets and the spacing of writes; Date.now unless code passes another. */
  now?: () => number
}

export const PRODUCTION_TIMING: Timing = {
  backoffUnitMs: 1000,
  writeSpacingMs: 1000,
  requestTimeoutMs: REQUEST_TIMEOUT_MS
}

export interface ClientLog {
  debug(message: string): void
  warning(message: string): void
}

/** Request options that turn retries off for one request (a create checks before resending). */
export const WITHOUT_RETRIES = { request: { retries: 0 } } as const

/**
 * The fetch @actions/github builds (undici through @actions/http-client's proxy dispatcher), but for
 * `api-url`: the toolkit's own default decides proxy and `no_proxy` for GITHUB_API_URL, which may be
 * another host, and would tunnel a loopback `api-url` through a proxy.
 */
function proxyAwareFetch(apiUrl: string): typeof globalThis.fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(apiUrl)
  const fetch = (url: string, init: Record<string, unknown>) =>
    undiciFetch(url, dispatcher ? { ...init, dispatcher } : init)
  return fetch as unknown as typeof globalThis.fetch
}

export function createClient(
  settings: ClientSettings,
  log: ClientLog,
  timing: Timing = PRODUCTION_TIMING
): Client {
  const toolkitFetch = proxyAwareFetch(settings.apiUrl)
  const waits = requestWaits({
    retries: settings.retries,
    log,
    sleep: timing.sleep ?? realSleep,
    now: timing.now ?? Date.now,
    backoffUnitMs: timing.backoffUnitMs,
    writeSpacingMs: timing.writeSpacingMs
  })
  const client = getOctokit(
    settings.token,
    {
      baseUrl: settings.apiUrl,
      userAgent: USER_AGENT,
      request: { fetch: guardedFetch(toolkitFetch, settings.apiUrl, timing.requestTimeoutMs) },
      log: { debug: log.debug, info: () => {}, warn: log.warning, error: log.warning }
    },
    waits
  )
  client.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = settings.apiVersion
  })
  return client
}

// The one place an Octokit client is made: the toolkit's getOctokit (auth, proxies, TLS, GHES base
// URL, user agent) with the API version header, a guarded fetch, and our one plugin that owns every
// wait (request-waits.ts: retries, rate limits, the spacing of writes). No Octokit plugin's internals
// are read or steered here.
import { getOctokit } from '@actions/github'
import { HttpClient } from '@actions/http-client'
import { request as undiciRequest } from 'undici'
import { REQUEST_TIMEOUT_MS } from '../common/bounds.js'
import { guardedFetch, type Exchange } from './guarded-fetch.js'
import { realSleep, requestWaits, type Sleep, type WriteSlot } from './request-waits.js'

export { realSleep, wasRetried, type Sleep, type WriteSlot } from './request-waits.js'

export const USER_AGENT = 'hosted-runners-action'

/** The client as the action makes it: Octokit, with the waits' `untilWriteSlot` (src/github/request-waits.ts). */
export type Client = ReturnType<typeof getOctokit> & WriteSlot

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
  /**
   * The runner wait loop's clock and sleep (its polls and `wait-timeout`): the real ones unless code
   * passes others (tests: a clock that moves on by each sleep at once). No input or variable sets it.
   */
  waitClock?: WaitClock
  /**
   * The most one listing may keep (src/github/kept-bytes.ts): MAX_LISTING_BYTES unless code passes
   * another (tests: a smaller one, so that a padded listing is refused within a few pages). Not a time,
   * but scaled down for tests as the waits are. No input or variable sets it.
   */
  listingBytes?: number
}

export interface WaitClock {
  now(): number
  sleep: Sleep
}

export const REAL_CLOCK: WaitClock = { now: () => Date.now(), sleep: realSleep }

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
 * One exchange through the dispatcher @actions/github would use (@actions/http-client's proxy agent),
 * but for `api-url`: the toolkit's own default decides proxy and `no_proxy` for GITHUB_API_URL, which
 * may be another host, and would tunnel a loopback `api-url` through a proxy.
 */
function proxyAwareExchange(apiUrl: string): Exchange {
  const dispatcher = new HttpClient().getAgentDispatcher(apiUrl)
  return (url, options) => undiciRequest(url, dispatcher ? { ...options, dispatcher } : options)
}

export function createClient(
  settings: ClientSettings,
  log: ClientLog,
  timing: Timing = PRODUCTION_TIMING
): Client {
  const exchange = proxyAwareExchange(settings.apiUrl)
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
      request: { fetch: guardedFetch(exchange, settings.apiUrl, timing.requestTimeoutMs) },
      log: { debug: log.debug, info: () => {}, warn: log.warning, error: log.warning }
    },
    waits
  )
  client.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = settings.apiVersion
  })
  // The waits plugin has added untilWriteSlot; getOctokit's type does not carry what plugins add.
  return client as Client
}

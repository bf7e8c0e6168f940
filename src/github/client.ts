// The one place an Octokit client is made: the toolkit's getOctokit (auth, proxies, TLS, GHES base
// URL, user agent) with the retry and throttling plugins, the API version header, a guarded fetch,
// and the rate-limit bounds. Everything that reads the plugins' internals is here.
import { getOctokit } from '@actions/github'
import { HttpClient } from '@actions/http-client'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { fetch as undiciFetch } from 'undici'
import { MAX_RATE_LIMIT_WAITS, REQUEST_TIMEOUT_MS } from '../common/bounds.js'
import { oneLine, pathOf, RateLimitStop, UnexpectedAnswer } from '../common/errors.js'
import { guardedFetch } from './guarded-fetch.js'
import { rateLimitVerdict, type RateLimitBudget } from './rate-limits.js'

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

/** Request options that turn the retry plugin off for one request (a create checks before resending). */
export const WITHOUT_RETRIES = { request: { retries: 0 } } as const

// Every 4xx is final for the retry plugin; the throttling plugin waits out the rate limits among them.
const FINAL_STATUSES = Array.from({ length: 100 }, (_, i) => 400 + i)
const SECONDARY = '(secondary rate limit)'

interface Failure extends Error {
  status?: number
  cause?: unknown
  request?: { url?: string; request?: { retryCount?: number } }
  response?: { headers: Record<string, string | undefined>; data?: unknown }
}

/** GitHub marks some limits by an error of type RATE_LIMITED rather than by headers. */
function hasRateLimitedError(data: unknown): boolean {
  const errors = (data as { errors?: unknown } | undefined)?.errors
  return (
    Array.isArray(errors) && errors.some((e) => (e as { type?: unknown } | null)?.type === 'RATE_LIMITED')
  )
}

/** A try that the retry plugin sent again: its 404 may mean the first try's answer was lost. */
export function wasRetried(error: unknown): boolean {
  return ((error as Failure).request?.request?.retryCount ?? 0) > 0
}

/**
 * The innermost hook: it sees every try before the retry and throttling plugins do.
 * - It logs each try (method, path, status: never headers, so never the token) at debug level.
 * - A refusal of the guarded fetch is final: thrown as itself, the plugins do not retry it.
 * - It decides every rate limit (rate-limits.ts): a wait it allows reaches the throttling plugin as a
 *   secondary limit with `retry-after` set to that wait; one it refuses is a RateLimitStop, final.
 */
function tryByTry(log: ClientLog, retries: number, backoffUnitMs: number) {
  const budget: RateLimitBudget = { waits: 0, waitedSeconds: 0 }
  return (octokit: { hook: Client['hook'] }) => {
    octokit.hook.wrap('request', async (request, options) => {
      try {
        const response = await request(options)
        log.debug(`${options.method} ${pathOf(response.url)} → ${response.status}`)
        return response
      } catch (caught) {
        const error = caught as Failure
        if (error.cause instanceof UnexpectedAnswer) throw error.cause
        const label = `${options.method} ${pathOf(error.request?.url ?? String(options.url))}`
        log.debug(`${label} → ${error.response ? error.status : 'no answer'}`)
        if (!error.response || (error.status ?? 0) >= 500) {
          const settings = options.request as { retryCount?: number; retries?: number } | undefined
          const [done, allowed] = [settings?.retryCount ?? 0, settings?.retries ?? retries]
          if (done < allowed) {
            const what = error.response ? `HTTP ${error.status}` : `no answer (${oneLine(error.message)})`
            // The retry plugin waits (try number)² backoff units.
            const waitMs = (done + 1) ** 2 * backoffUnitMs
            const wait = waitMs >= 1000 ? `${Math.round(waitMs / 1000)}s` : `${waitMs}ms`
            log.warning(`${label}: ${what}; trying again in ${wait} (retry ${done + 1} of ${allowed}).`)
          }
          throw error
        }
        const said = (error.response.data as { message?: unknown } | undefined)?.message
        const verdict = rateLimitVerdict(
          {
            status: error.status ?? 0,
            headers: error.response.headers,
            message: `${typeof said === 'string' ? said : ''} ${error.message}`,
            rateLimitedError: hasRateLimitedError(error.response.data)
          },
          Date.now(),
          budget
        )
        if (verdict.kind === 'stop')
          throw new RateLimitStop(`Rate limited: ${verdict.reason}. The request was ${label}.`)
        if (verdict.kind === 'wait') {
          budget.waits += 1
          budget.waitedSeconds += verdict.seconds
          log.warning(
            `Rate limit on ${label}: waiting ${verdict.seconds}s before trying again (wait ${budget.waits} of at most ${MAX_RATE_LIMIT_WAITS}).`
          )
          error.response.headers['retry-after'] = String(verdict.seconds)
          if (!error.message.includes(SECONDARY)) error.message = `${error.message} ${SECONDARY}`
        }
        throw error
      }
    })
  }
}

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
  // The innermost hook has already decided and logged every wait, and hands each one to the plugin as
  // a secondary limit with its `retry-after`: whatever else the plugin takes for a limit is not waited on.
  const waitOut = () => true
  const refuse = () => false
  const client = getOctokit(
    settings.token,
    {
      baseUrl: settings.apiUrl,
      userAgent: USER_AGENT,
      request: { fetch: guardedFetch(toolkitFetch, settings.apiUrl, timing.requestTimeoutMs) },
      retry: {
        retries: settings.retries,
        doNotRetry: FINAL_STATUSES,
        retryAfterBaseValue: timing.backoffUnitMs
      },
      throttle: {
        onRateLimit: refuse,
        onSecondaryRateLimit: waitOut,
        retryAfterBaseValue: timing.backoffUnitMs,
        // Each write starts at least writeSpacingMs after the last (GitHub's guidance against secondary
        // rate limits); the operations send writes one at a time.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs })
      },
      log: { debug: log.debug, info: () => {}, warn: log.warning, error: log.warning }
    },
    tryByTry(log, settings.retries, timing.backoffUnitMs),
    retry,
    throttling
  )
  client.hook.before('request', (options) => {
    // Octokit shares the default `request` object between calls, and the retry plugin writes
    // `retryCount` into it: a copy per request keeps one request's tries from marking the next one.
    options.request = { ...options.request }
    options.headers['x-github-api-version'] = settings.apiVersion
  })
  return client
}

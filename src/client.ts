// The one place an Octokit client is made: auth, base URL, API version header, paging, retries and
// rate-limit handling.
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { createFetch, DEFAULT_TIMEOUT_MS } from './transport.js'

export const USER_AGENT = 'hosted-runners-action'
/** Rate-limit waits longer than this fail instead: a step should not sit idle for longer. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 600

/**
 * The innermost hook: it sees every try, before the retry and throttling plugins do.
 * - It logs each try's method, URL and status (never headers, so never the token).
 * - GitHub marks a rate limit by its message ("secondary rate limit") or by `x-ratelimit-remaining:
 *   0`, and the throttling plugin waits out only those. Any other 429 is a rate limit all the same:
 *   marked as a secondary one, it is waited out for its `retry-after` (a minute when absent) rather
 *   than retried as a failure.
 */
function everyTry(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    try {
      const response = await request(options)
      octokit.log.debug(`${options.method} ${response.url} → ${response.status}`)
      return response
    } catch (error) {
      const answer = error as Error & {
        status?: number
        request?: { url?: string }
        response?: { headers: Record<string, string | undefined> }
      }
      // Octokit gives a network error status 500 but no response: it had no answer.
      const status = answer.response ? answer.status : 'no answer'
      octokit.log.debug(`${options.method} ${answer.request?.url ?? options.url} → ${status}`)
      const primary = answer.response?.headers['x-ratelimit-remaining'] === '0'
      if (answer.status === 429 && !primary && !/\bsecondary rate\b/i.test(answer.message)) {
        answer.message = `${answer.message} (a secondary rate limit)`
      }
      throw error
    }
  })
}

const ActionOctokit = Octokit.plugin(paginateRest, everyTry, retry, throttling)
export type Client = InstanceType<typeof ActionOctokit>

export interface ClientSettings {
  token: string
  apiUrl: string
  apiVersion: string
  retries: number
}

/** How long the waits between tries are: one unit is a second in production. */
export interface Timing {
  /** Milliseconds per backoff unit: a retry waits (try number)² units, a rate limit `retry-after` units. */
  backoffUnitMs: number
  /** The least time between two mutating requests: GitHub asks for a second. */
  writeSpacingMs: number
  /** How long one try may wait for its whole answer before it counts as a network error. */
  requestTimeoutMs: number
}

export const PRODUCTION_TIMING: Timing = {
  backoffUnitMs: 1000,
  writeSpacingMs: 1000,
  requestTimeoutMs: DEFAULT_TIMEOUT_MS
}

export interface ClientLog {
  debug(message: string): void
  warning(message: string): void
}

// Every 4xx is final for the retry plugin; the throttling plugin waits out the rate limits among them.
const FINAL_STATUSES = Array.from({ length: 100 }, (_, i) => 400 + i)

export function createClient(
  settings: ClientSettings,
  log: ClientLog,
  timing: Timing = PRODUCTION_TIMING
): Client {
  const waitOut = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }) => {
    if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) return false
    log.warning(`${kind} on ${options.method} ${options.url}: waiting ${retryAfter}s before trying again.`)
    return true
  }
  const client = new ActionOctokit({
    auth: settings.token,
    baseUrl: settings.apiUrl,
    userAgent: USER_AGENT,
    // node:http rather than Node's fetch: the same proxies, TLS and timeouts, without undici's start-up cost.
    request: { fetch: createFetch({ timeoutMs: timing.requestTimeoutMs }) },
    retry: {
      retries: settings.retries,
      doNotRetry: FINAL_STATUSES,
      retryAfterBaseValue: timing.backoffUnitMs
    },
    throttle: {
      onRateLimit: waitOut('Rate limit'),
      onSecondaryRateLimit: waitOut('Secondary rate limit'),
      retryAfterBaseValue: timing.backoffUnitMs,
      // Mutating requests one at a time, spaced (GitHub's guidance against secondary rate limits).
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs })
    },
    log: { debug: log.debug, info: () => {}, warn: log.warning, error: log.warning }
  })
  client.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = settings.apiVersion
  })
  return client
}

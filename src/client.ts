// The one place an Octokit client is made: auth, base URL, API version header, paging, retries and
// rate-limit handling.
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'

export const USER_AGENT = 'hosted-runners-action'
/** Rate-limit waits longer than this fail instead: a step should not sit idle for longer. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 600

const ActionOctokit = Octokit.plugin(paginateRest, retry, throttling)
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
}

export const PRODUCTION_TIMING: Timing = { backoffUnitMs: 1000, writeSpacingMs: 1000 }

export interface ClientLog {
  debug(message: string): void
  warning(message: string): void
}

// Every 4xx but the rate limits, which the throttling plugin waits out, is final.
const FINAL_STATUSES = Array.from({ length: 100 }, (_, i) => 400 + i).filter((s) => s !== 429)

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
    log: { debug: () => {}, info: () => {}, warn: log.warning, error: log.warning }
  })
  client.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = settings.apiVersion
  })
  client.hook.after('request', (response, options) => {
    log.debug(`${options.method} ${response.url} → ${response.status}`)
  })
  return client
}

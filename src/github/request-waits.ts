// The one Octokit plugin that owns every wait of the client, through Octokit's public hook
// (`octokit.hook.wrap('request', …)`); nothing else in the client waits or tries again.
// - Retries: a try without an answer (network error, timeout) or with a 5xx is sent again after
//   (try number)² seconds, `retries` times at most (a request's own `request.retries` option wins).
//   Every other 4xx is final.
// - Rate limits: rate-limits.ts gives the verdict on each answer; a wait pauses every request of the
//   client (GitHub: "stop making requests temporarily") and neither counts as a retry nor spends one.
// - Writes (every method but GET and HEAD) start at least a second apart.
// - At most MAX_TRIES_IN_FLIGHT tries are in flight at once.
// Every wait goes through the one `sleep`, and every time is read from the one `now`, given by code
// (client.ts passes setTimeout and Date.now; tests pass fakes): no input or environment variable
// reaches them, so no user can turn these safeties off.
//
// GitHub's rules, from docs.github.com:
// - "Rate limits for the REST API" (/rest/using-the-rest-api/rate-limits-for-the-rest-api), "Exceeding
//   the rate limit": a primary limit is a 403 or 429 with `x-ratelimit-remaining: 0`, not to be retried
//   before `x-ratelimit-reset` (UTC epoch seconds); a secondary limit is a 403 or 429 whose message says
//   so, not retried before `retry-after` seconds when present, else after at least one minute.
//   "About secondary rate limits": no more than 100 concurrent requests.
// - "Best practices for using the REST API" (/rest/guides/best-practices-for-using-the-rest-api):
//   "Pause between mutative requests": wait at least one second between POST, PATCH, PUT or DELETE
//   requests; "Avoid concurrent requests": make requests serially rather than concurrently.
import type { getOctokit } from '@actions/github'
import { MAX_RATE_LIMIT_WAITS } from '../common/bounds.js'
import { oneLine, pathOf, RateLimitStop, UnexpectedAnswer } from '../common/errors.js'
import { rateLimitVerdict, type RateLimitBudget } from './rate-limits.js'

/** Waits `ms` milliseconds. The only way the plugin waits. */
export type Sleep = (ms: number) => Promise<void>

export interface WaitLog {
  /** One line per try: method, path, status (never headers, so never the token). */
  debug(message: string): void
  /** One line per wait: a retry (why, how long, which of how many) or a rate limit. */
  warning(message: string): void
}

export interface RequestWaitsOptions {
  /** Tries after a failed one (network error, timeout, 5xx); `request: { retries }` on a request wins. */
  retries: number
  log: WaitLog
  sleep: Sleep
  /** The clock, in milliseconds since the epoch: rate-limit resets are compared with it. */
  now: () => number
  /** Milliseconds per second of waiting: retry n waits n² of them, a rate limit its seconds. Default 1000. */
  backoffUnitMs?: number
  /** The least time between the starts of two writes. Default 1000, GitHub's second. */
  writeSpacingMs?: number
}

/** Tries in flight at once: the throttling plugin's default, well under GitHub's 100. */
export const MAX_TRIES_IN_FLIGHT = 10

/** The sleep of production: a timer. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

interface RequestOptions {
  method: string
  url: string
  request?: object
}
interface Answer {
  status: number
  url: string
}
interface Failure extends Error {
  status?: number
  cause?: unknown
  request?: { url?: string }
  response?: { headers: Record<string, string | undefined>; data?: unknown }
}

// Failures that came after a try whose answer was lost: GitHub may have acted on that try.
const afterLostAnswer = new WeakSet<object>()

/**
 * Whether a request's failure came after an earlier try of it went unanswered or answered 5xx: a 404
 * to a DELETE sent again then means that the first try deleted it. Rate-limited tries do not count.
 */
export function wasRetried(error: unknown): boolean {
  return typeof error === 'object' && error !== null && afterLostAnswer.has(error)
}

type Octokit = ReturnType<typeof getOctokit>

/** What the plugin adds to the client: a wait for the next write's slot. */
export interface WriteSlot {
  /**
   * Resolves when a write may go (GitHub's spacing since the last one, a rate-limit pause), reserving
   * nothing: the executor waits here before a change's check, so that the check reads GitHub as late
   * as it can and the write follows it at once, not a second later.
   */
  untilWriteSlot(): Promise<void>
}

/**
 * A plugin for getOctokit(…, plugin): `octokit.hook.wrap('request', …)` with the waits above, and
 * `untilWriteSlot` on the client.
 */
export function requestWaits(
  settings: RequestWaitsOptions
): (octokit: { hook: Octokit['hook'] }) => WriteSlot {
  const { log, sleep, now } = settings
  const unitMs = settings.backoffUnitMs ?? 1000
  const spacingMs = settings.writeSpacingMs ?? 1000
  const budget: RateLimitBudget = { waits: 0, waitedSeconds: 0 }
  const inFlight = new Slots(MAX_TRIES_IN_FLIGHT)
  let pausedUntil = -Infinity
  let nextWriteAt = -Infinity

  /** The one wait before a try: its own backoff, the client's rate-limit pause, a write's spacing. */
  function waitBeforeTry(write: boolean, notBefore: number): Promise<void> | undefined {
    const at = now()
    let start = Math.max(at, notBefore, pausedUntil)
    if (write) {
      start = Math.max(start, nextWriteAt)
      // Reserved now, so that two writes asked for at once are still spaced.
      nextWriteAt = start + spacingMs
    }
    return start > at ? sleep(start - at) : undefined
  }

  async function sendWithWaits<O extends RequestOptions, A extends Answer>(
    send: (options: O) => A | Promise<A>,
    options: O
  ): Promise<A> {
    const asked = (options.request as { retries?: unknown } | undefined)?.retries
    const allowed = typeof asked === 'number' ? asked : settings.retries
    const write = options.method !== 'GET' && options.method !== 'HEAD'
    let retried = 0
    let notBefore = -Infinity
    for (;;) {
      const waiting = waitBeforeTry(write, notBefore)
      if (waiting) await waiting
      const slot = inFlight.take()
      if (slot) await slot
      let error: Failure
      try {
        const answer = await send(options)
        log.debug(`${options.method} ${pathOf(answer.url)} → ${answer.status}`)
        return answer
      } catch (caught) {
        error = caught as Failure
      } finally {
        inFlight.give()
      }
      // The guarded fetch's refusals are final: thrown as themselves.
      if (error.cause instanceof UnexpectedAnswer) throw error.cause
      const label = `${options.method} ${pathOf(error.request?.url ?? String(options.url))}`
      const status = error.response ? (error.status ?? 0) : undefined
      log.debug(`${label} → ${status ?? 'no answer'}`)
      // Only Octokit's request errors are answers or lost answers; anything else is no try's outcome.
      if (error.request === undefined) throw error
      if (status === undefined || status >= 500) {
        if (retried >= allowed) throw lost(error, retried > 0)
        retried += 1
        const waitMs = retried ** 2 * unitMs
        const what = status === undefined ? `no answer (${oneLine(error.message)})` : `HTTP ${status}`
        const wait = waitMs >= 1000 ? `${Math.round(waitMs / 1000)}s` : `${waitMs}ms`
        log.warning(`${label}: ${what}; trying again in ${wait} (retry ${retried} of ${allowed}).`)
        notBefore = now() + waitMs
        continue
      }
      const seconds = rateLimitWait(error, status, label)
      if (seconds === undefined) throw lost(error, retried > 0)
      log.warning(
        `Rate limit on ${label}: waiting ${seconds}s before trying again (wait ${budget.waits} of at most ${MAX_RATE_LIMIT_WAITS}).`
      )
      pausedUntil = Math.max(pausedUntil, now() + seconds * unitMs)
    }
  }

  /** The seconds to wait out a rate limit (counted in the budget), undefined when it is none. */
  function rateLimitWait(error: Failure, status: number, label: string): number | undefined {
    const response = error.response as NonNullable<Failure['response']>
    const said = (response.data as { message?: unknown } | undefined)?.message
    const verdict = rateLimitVerdict(
      {
        status,
        headers: response.headers,
        message: `${typeof said === 'string' ? said : ''} ${error.message}`,
        rateLimitedError: hasRateLimitedError(response.data)
      },
      now(),
      budget
    )
    if (verdict.kind === 'stop')
      throw new RateLimitStop(`Rate limited: ${verdict.reason}. The request was ${label}.`)
    if (verdict.kind === 'not-a-limit') return undefined
    budget.waits += 1
    budget.waitedSeconds += verdict.seconds
    return verdict.seconds
  }

  function untilWriteSlot(): Promise<void> {
    const at = now()
    const start = Math.max(at, nextWriteAt, pausedUntil)
    return start > at ? sleep(start - at) : Promise.resolve()
  }

  return (octokit) => {
    octokit.hook.wrap('request', sendWithWaits)
    return { untilWriteSlot }
  }
}

function lost(error: Failure, afterLost: boolean): Failure {
  if (afterLost) afterLostAnswer.add(error)
  return error
}

/** GitHub marks some limits by an error of type RATE_LIMITED rather than by headers. */
function hasRateLimitedError(data: unknown): boolean {
  const errors = (data as { errors?: unknown } | undefined)?.errors
  return (
    Array.isArray(errors) && errors.some((e) => (e as { type?: unknown } | null)?.type === 'RATE_LIMITED')
  )
}

/** A counting semaphore whose take() is synchronous while a slot is free: no timer, no extra turn. */
class Slots {
  readonly #waiting: Array<() => void> = []
  #free: number
  constructor(size: number) {
    this.#free = size
  }
  /** Undefined when a slot was free and is now taken; else a promise of the next freed slot. */
  take(): Promise<void> | undefined {
    if (this.#free > 0) {
      this.#free -= 1
      return undefined
    }
    return new Promise((resolve) => this.#waiting.push(resolve))
  }
  give(): void {
    const next = this.#waiting.shift()
    if (next) next()
    else this.#free += 1
  }
}

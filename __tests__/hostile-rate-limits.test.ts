// Issue 10, hostile servers: Rate limits and retries: every wait is bounded and spaced (in production units of a second; here, in
// process, FAST_TIMING's units of 10 ms), and a 404 to a first try is "already gone".
// Every row also passes the checks of ./support/hostile-rows.ts (token, foreign servers, crash messages).
import { expect } from '@jest/globals'
import { FAST_TIMING } from './support/step.js'
import { type Seen } from './support/hostile-server.js'
import {
  deletedVersions,
  errorText,
  failWhen,
  GITHUB_DOCS,
  hostileRows,
  IMAGES,
  RUNNERS,
  seedVersions,
  sentTo
} from './support/hostile-rows.js'
import { type HostileWorld } from './support/hostile-world.js'

const row = hostileRows('in-process')
/** A second of production's waits, as the step waits it in process (FAST_TIMING's backoff unit). */
const SECOND = FAST_TIMING.backoffUnitMs

// --- 4. Rate limits

const LIMITS = `${RUNNERS}/limits`
const limitsGets = (w: HostileWorld): Seen[] => sentTo(w, 'GET', new RegExp(`^${LIMITS}$`))
const gaps = (seen: Seen[]): number[] => seen.slice(1).map((r, i) => r.at - (seen[i] as Seen).at)
const RATE_LIMITED = { message: 'API rate limit exceeded', documentation_url: GITHUB_DOCS }

row(
  'rate limits: retry-after: 1 on every answer ends the step after a bounded number of waits',
  async (w) => {
    w.script(({ req }) =>
      req.path === LIMITS ? { status: 429, headers: { 'retry-after': '1' }, json: RATE_LIMITED } : undefined
    )
    const step = await w.run({ operation: 'get-limits' }, { deadlineMs: 28_000 })
    expect(limitsGets(w).length).toBeLessThanOrEqual(12)
    expect(step.timedOut).toBe(false)
    expect(step.durationMs).toBeLessThan(25_000)
    expect(step.exitCode).toBe(1)
    return step
  },
  40_000
)

for (const retryAfter of ['-5', '0']) {
  row(
    `rate limits: retry-after: ${retryAfter} still spaces the tries at least a second apart`,
    async (w) => {
      w.script(({ req, countBefore }) =>
        req.path === LIMITS && countBefore('GET', LIMITS) < 2
          ? { status: 429, headers: { 'retry-after': retryAfter }, json: RATE_LIMITED }
          : undefined
      )
      const step = await w.run({ operation: 'get-limits' }, { deadlineMs: 12_000 })
      expect(step.timedOut).toBe(false)
      expect(limitsGets(w)).toHaveLength(3)
      for (const gap of gaps(limitsGets(w))) expect(gap).toBeGreaterThanOrEqual(0.9 * SECOND)
      expect(step.exitCode).toBe(0)
      return step
    },
    20_000
  )
}

row('rate limits: x-ratelimit-remaining 0 resetting in an hour fails at once, saying when', async (w) => {
  const reset = Math.floor(Date.now() / 1000) + 3600
  failWhen(w, ({ req }) => req.path === LIMITS, {
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    message: 'API rate limit exceeded for user ID 1.'
  })
  const step = await w.run({ operation: 'get-limits' })
  expect(limitsGets(w)).toHaveLength(1)
  expect(step.durationMs).toBeLessThan(5_000)
  expect(step.exitCode).toBe(1)
  // The instant, to the minute (the format may carry seconds or not).
  expect(errorText(step)).toContain(new Date(reset * 1000).toISOString().slice(0, 16))
  return step
})

row('rate limits: a reset past 2038 fails at once and shows the year 2100', async (w) => {
  failWhen(w, ({ req }) => req.path === LIMITS, {
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4102444800' },
    message: 'API rate limit exceeded for user ID 1.'
  })
  const step = await w.run({ operation: 'get-limits' }, { deadlineMs: 8_000 })
  expect(limitsGets(w)).toHaveLength(1)
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain('2100')
  return step
})

row(
  'rate limits: an HTTP-date Retry-After is waited out, then the step succeeds',
  async (w) => {
    w.script(({ req, countBefore }) => {
      if (req.path !== LIMITS || countBefore('GET', LIMITS) > 0) return undefined
      // A whole second at least 2 s away: the date's seconds precision cannot shorten the wait below 2 s.
      const until = new Date(Math.ceil((Date.now() + 2000) / 1000) * 1000)
      return { status: 429, headers: { 'retry-after': until.toUTCString() }, json: RATE_LIMITED }
    })
    const step = await w.run({ operation: 'get-limits' }, { deadlineMs: 12_000 })
    expect(step.timedOut).toBe(false)
    expect(limitsGets(w)).toHaveLength(2)
    expect(gaps(limitsGets(w))[0]).toBeGreaterThanOrEqual(1.5 * SECOND)
    expect(step.exitCode).toBe(0)
    return step
  },
  20_000
)

row(
  'rate limits: a 403 marked only by a RATE_LIMITED error is waited out like any limit, within bounds',
  async (w) => {
    let answered = 0
    w.script(({ req }) => {
      if (req.path !== `${RUNNERS}/limits` || answered++ > 0) return undefined
      return {
        status: 403,
        headers: { 'retry-after': '1' },
        json: { message: 'limited', errors: [{ type: 'RATE_LIMITED' }] }
      }
    })
    const step = await w.run({ operation: 'get-limits' }, { deadlineMs: 10_000 })
    expect(step.timedOut).toBe(false)
    expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}/limits$`))).toHaveLength(2)
    expect(step.exitCode).toBe(0)
    expect(step.warnings.join('\n')).toMatch(/Rate limit on GET .*waiting 1s/)
    return step
  }
)

row(
  'rate limits: RATE_LIMITED errors on every answer end after a bounded number of waits',
  async (w) => {
    w.script(({ req }) =>
      req.path === `${RUNNERS}/limits`
        ? {
            status: 403,
            headers: { 'retry-after': '1' },
            json: { message: 'limited', errors: [{ type: 'RATE_LIMITED' }] }
          }
        : undefined
    )
    const step = await w.run({ operation: 'get-limits' }, { deadlineMs: 25_000 })
    expect(step.timedOut).toBe(false)
    expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}/limits$`)).length).toBeLessThanOrEqual(12)
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toMatch(/at most 10 times/)
    return step
  },
  30_000
)

row(
  'retries: a 404 answered to a first try is already gone, even after an earlier request was retried',
  async (w) => {
    const image = seedVersions(w, 4)
    let limitsFailed = false
    w.script(({ req }) => {
      // One retried request early in the run: its retry count must not mark the later DELETEs as retries.
      if (req.method === 'GET' && req.path === `${IMAGES}/${image.id}/versions` && !limitsFailed) {
        limitsFailed = true
        return { status: 502, json: { message: 'Bad Gateway' } }
      }
      if (req.method === 'DELETE')
        return { status: 404, json: { message: 'Not Found', documentation_url: GITHUB_DOCS } }
      return undefined
    })
    const step = await w.run({ operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' })
    expect(step.exitCode).toBe(0)
    expect(deletedVersions(step)).toEqual([])
    expect(step.outputs.count).toBe('0')
    expect(step.stdout).not.toContain('the answer was lost and it is now gone')
    expect(step.summary).toContain('3 already gone')
    return step
  }
)

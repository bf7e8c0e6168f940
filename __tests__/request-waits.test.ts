// The client's waits (src/request-waits.ts), in process: the client as the action makes it, against a
// scripted server on 127.0.0.1, with a fake sleep and clock. Every wait is asked of the fake sleep and
// none is spent: the tests assert the requests the server saw (and when, on the fake clock), the
// durations asked for, the error a user reads and the log lines.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient, PRODUCTION_TIMING, WITHOUT_RETRIES, type Client } from '../src/github/client.js'
import { RequestGateway } from '../src/github/request-gateway.js'
import { requestWaits, type Sleep } from '../src/github/request-waits.js'

const START = Date.UTC(2026, 2, 10, 12, 0, 0)
const iso = (ms: number): string => new Date(ms).toISOString()

interface Reply {
  status?: number
  headers?: Record<string, string>
  json?: unknown
  /** Close the connection without an answer. */
  reset?: true
}
interface Seen {
  method: string
  path: string
  /** The fake clock when the server saw it. */
  at: number
}

/** A fake clock that moves only when the client sleeps: each sleep is recorded, then returns at once. */
function fakeTime(): { now: () => number; sleep: Sleep; slept: number[] } {
  let now = START
  const slept: number[] = []
  return {
    now: () => now,
    slept,
    sleep: async (ms) => {
      slept.push(ms)
      now += ms
    }
  }
}

/** A fake clock whose sleeps end only at wake(), which moves the clock to the latest of their ends. */
function gatedTime(): { now: () => number; sleep: Sleep; slept: number[]; wake(): void } {
  let now = START
  const slept: number[] = []
  const asleep: Array<{ until: number; end: () => void }> = []
  return {
    now: () => now,
    slept,
    sleep: (ms) => {
      slept.push(ms)
      return new Promise((end) => asleep.push({ until: now + ms, end }))
    },
    wake() {
      for (const { until, end } of asleep.splice(0)) {
        now = Math.max(now, until)
        end()
      }
    }
  }
}

let server: Server
let seen: Seen[]
let replies: Array<Reply | ((path: string) => Reply | undefined)>
let time: ReturnType<typeof fakeTime>
/** The clock of the client under test: the server notes it on every request. */
let clock: () => number
let log: { debug: string[]; warning: string[] }

/** Answers each request with the next reply (a function may pass: undefined), then 200 `{}`. */
function script(...next: typeof replies): void {
  replies = next
}

beforeEach(async () => {
  seen = []
  replies = []
  time = fakeTime()
  clock = time.now
  log = { debug: [], warning: [] }
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    seen.push({ method: request.method ?? '', path, at: clock() })
    request.resume()
    let next = replies[0]
    if (typeof next === 'function') next = next(path)
    else replies.shift()
    if (next?.reset) return void request.socket.destroy()
    const status = next?.status ?? (request.method === 'DELETE' ? 204 : 200)
    const body = status === 204 ? '' : JSON.stringify(next?.json ?? {})
    response.writeHead(status, { 'content-type': 'application/json', ...next?.headers })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** The client as the action makes it, with production's timing but the fake sleep and clock. */
function client(retries = 3, waits: { sleep: Sleep; now: () => number } = time): Client {
  clock = waits.now
  const { port } = server.address() as AddressInfo
  const settings = { token: 't', apiUrl: `http://127.0.0.1:${port}`, apiVersion: '2026-03-10', retries }
  const lines = {
    debug: (line: string) => log.debug.push(line),
    warning: (line: string) => log.warning.push(line)
  }
  return createClient(settings, lines, { ...PRODUCTION_TIMING, sleep: waits.sleep, now: waits.now })
}

const statuses = (): string[] => seen.map((r) => `${r.method} ${r.path}`)
const limited = (headers: Record<string, string>, message = 'API rate limit exceeded'): Reply => ({
  status: 403,
  headers,
  json: { message, documentation_url: 'https://docs.github.com/rest' }
})
const secondary = (headers: Record<string, string> = {}): Reply =>
  limited(
    headers,
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
  )
/** The promise's rejection, or a failure of the test when it resolves. */
async function failure(promise: Promise<unknown>): Promise<Error & { status?: number }> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (error: Error & { status?: number }) => error
  )
}

describe('retries: a try with no answer or a 5xx is sent again, (try number)² seconds later', () => {
  test('a 502, then an answer: two tries, a second apart, each logged', async () => {
    script({ status: 502, json: { message: 'Bad Gateway' } })
    const answer = await client().request('GET /limits')
    expect(answer.status).toBe(200)
    expect(statuses()).toEqual(['GET /limits', 'GET /limits'])
    expect(time.slept).toEqual([1000])
    expect(seen.map((r) => r.at - START)).toEqual([0, 1000])
    expect(log.debug).toEqual(['GET /limits → 502', 'GET /limits → 200'])
    expect(log.warning).toEqual(['GET /limits: HTTP 502; trying again in 1s (retry 1 of 3).'])
  })

  test('a persistent 500 is tried 1 + retries times, waiting 1 s then 4 s, and fails with the last answer', async () => {
    script(() => ({ status: 500, json: { message: 'Server Error' } }))
    const error = await failure(client(2).request('GET /limits'))
    expect(error.status).toBe(500)
    expect(error.message).toContain('Server Error')
    expect(seen).toHaveLength(3)
    expect(time.slept).toEqual([1000, 4000])
    expect(log.warning).toEqual([
      'GET /limits: HTTP 500; trying again in 1s (retry 1 of 2).',
      'GET /limits: HTTP 500; trying again in 4s (retry 2 of 2).'
    ])
  })

  test('a connection closed without an answer is tried again, and logged as no answer', async () => {
    script({ reset: true })
    const answer = await client().request('GET /limits')
    expect(answer.status).toBe(200)
    expect(seen).toHaveLength(2)
    expect(log.debug[0]).toBe('GET /limits → no answer')
    expect(log.warning).toEqual([
      expect.stringMatching(/^GET \/limits: no answer \(.+\); trying again in 1s \(retry 1 of 3\)\.$/)
    ])
  })

  test('retries: 0 is one try', async () => {
    script(() => ({ status: 503 }))
    expect((await failure(client(0).request('GET /limits'))).status).toBe(503)
    expect(seen).toHaveLength(1)
    expect(time.slept).toEqual([])
  })

  test('a request sent WITHOUT_RETRIES (a create) is tried once whatever `retries` says', async () => {
    script({ status: 502 })
    const error = await failure(client(3).request('POST /runners', { name: 'x', ...WITHOUT_RETRIES }))
    expect(error.status).toBe(502)
    expect(statuses()).toEqual(['POST /runners'])
    expect(log.warning).toEqual([])
  })

  test.each([400, 401, 403, 404, 409, 422])('a %i is never retried', async (status) => {
    script(() => ({ status, json: { message: 'Resource not accessible by personal access token' } }))
    expect((await failure(client().request('GET /limits'))).status).toBe(status)
    expect(seen).toHaveLength(1)
    expect(time.slept).toEqual([])
    expect(log.warning).toEqual([])
  })
})

describe('rate limits are waited out, for as long as GitHub says, and spend no retry', () => {
  test('a 429 with retry-after: 3 waits 3 s, even with retries: 0', async () => {
    script({ status: 429, headers: { 'retry-after': '3' } })
    expect((await client(0).request('GET /limits')).status).toBe(200)
    expect(seen.map((r) => r.at - START)).toEqual([0, 3000])
    expect(time.slept).toEqual([3000])
    expect(log.warning).toEqual([
      'Rate limit on GET /limits: waiting 3s before trying again (wait 1 of at most 10).'
    ])
  })

  test('a secondary-limit 403 without retry-after waits a minute', async () => {
    script(secondary())
    expect((await client().request('GET /limits')).status).toBe(200)
    expect(time.slept).toEqual([60_000])
  })

  test('a secondary-limit 403 with retry-after waits that long', async () => {
    script(secondary({ 'retry-after': '7' }))
    await client().request('GET /limits')
    expect(time.slept).toEqual([7000])
  })

  test('a primary limit (x-ratelimit-remaining: 0) waits until a second after x-ratelimit-reset', async () => {
    const reset = START / 1000 + 5
    script(limited({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }))
    expect((await client(0).request('GET /limits')).status).toBe(200)
    expect(time.slept).toEqual([6000])
    expect(seen[1]?.at).toBeGreaterThan(reset * 1000)
  })

  test('an HTTP-date retry-after is read as a date', async () => {
    script({ status: 429, headers: { 'retry-after': new Date(START + 90_000).toUTCString() } })
    await client().request('GET /limits')
    expect(time.slept).toEqual([90_000])
  })

  test('retry-after: 0 still waits a second', async () => {
    script({ status: 429, headers: { 'retry-after': '0' } })
    await client().request('GET /limits')
    expect(time.slept).toEqual([1000])
  })

  test('limits between 5xx answers spend none of the retries', async () => {
    const limit: Reply = { status: 429, headers: { 'retry-after': '2' } }
    script({ status: 502 }, limit, { status: 502 }, limit)
    expect((await client(2).request('GET /limits')).status).toBe(200)
    expect(seen).toHaveLength(5)
    expect(time.slept).toEqual([1000, 2000, 4000, 2000])
    expect(log.warning.filter((line) => line.includes('trying again in'))).toEqual([
      'GET /limits: HTTP 502; trying again in 1s (retry 1 of 2).',
      'GET /limits: HTTP 502; trying again in 4s (retry 2 of 2).'
    ])
  })

  test('a wait of more than 10 minutes fails at once, saying until when GitHub asked to wait', async () => {
    script({ status: 429, headers: { 'retry-after': '1200' } })
    const error = await failure(client().request('GET /limits'))
    expect(error.message).toBe(
      `Rate limited: GitHub asked to wait 1200s (until ${iso(START + 1_200_000)}), and the action waits out rate limits of at most 10 minutes. The request was GET /limits.`
    )
    expect(seen).toHaveLength(1)
    expect(time.slept).toEqual([])
  })

  test('a primary limit that resets in an hour fails at once, saying when it resets', async () => {
    const reset = START / 1000 + 3600
    script(limited({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }))
    const error = await failure(client().request('GET /limits'))
    expect(error.message).toBe(
      `Rate limited: the limit resets at ${iso(reset * 1000)} (in 60 minutes), and the action waits out rate limits of at most 10 minutes. The request was GET /limits.`
    )
    expect(seen).toHaveLength(1)
    expect(time.slept).toEqual([])
  })

  test('a limit on every answer ends after 10 waits', async () => {
    script(() => ({ status: 429, headers: { 'retry-after': '1' } }))
    const error = await failure(client().request('GET /limits'))
    expect(error.message).toBe(
      'Rate limited: GitHub asked the step to wait 11 times, and the action waits at most 10 times a step. The request was GET /limits.'
    )
    expect(seen).toHaveLength(11)
    expect(time.slept).toEqual(Array(10).fill(1000))
  })

  test('the waits of a step add up to 30 minutes at most', async () => {
    script(() => ({ status: 429, headers: { 'retry-after': '300' } }))
    const error = await failure(client().request('GET /limits'))
    expect(error.message).toBe(
      'Rate limited: the step has waited 30 minutes on rate limits already, and the action waits at most 30 minutes a step. The request was GET /limits.'
    )
    expect(time.slept).toEqual(Array(6).fill(300_000))
    expect(seen).toHaveLength(7)
  })

  test('the count and the total are the step’s, across its requests', async () => {
    // Ten requests, each limited once, then answered.
    script(...Array.from({ length: 10 }, () => [{ status: 429, headers: { 'retry-after': '1' } }, {}]).flat())
    const github = client()
    for (let i = 0; i < 10; i++) await github.request('GET /limits')
    script({ status: 429, headers: { 'retry-after': '1' } })
    const error = await failure(github.request('GET /limits'))
    expect(error.message).toMatch(/asked the step to wait 11 times/)
    expect(seen).toHaveLength(21)
  })

  test('while one request waits out a limit, the others wait too before they are sent', async () => {
    const gated = gatedTime()
    const github = client(3, gated)
    script((path) => (path === '/a' ? { status: 429, headers: { 'retry-after': '5' } } : undefined))
    const a = github.request('GET /a')
    await until(() => gated.slept.length === 1)
    script()
    const b = github.request('GET /b')
    await until(() => gated.slept.length === 2)
    expect(gated.slept).toEqual([5000, 5000])
    expect(statuses()).toEqual(['GET /a'])
    gated.wake()
    await Promise.all([a, b])
    expect(statuses().sort()).toEqual(['GET /a', 'GET /a', 'GET /b'])
  })
})

describe('writes start at least a second apart (GitHub’s best practices)', () => {
  test('the 1 s gaps are asked of the sleep, not spent; reads are not spaced', async () => {
    const github = client()
    const started = performance.now()
    await github.request('PATCH /runners/1', { name: 'a' })
    await github.request('PUT /groups/1/repositories', { selected_repository_ids: [] })
    await github.request('GET /runners')
    await github.request('GET /runners')
    await github.request('DELETE /runners/2')
    const spent = performance.now() - started
    expect(seen.map((r) => [r.method, r.at - START])).toEqual([
      ['PATCH', 0],
      ['PUT', 1000],
      ['GET', 1000],
      ['GET', 1000],
      ['DELETE', 2000]
    ])
    expect(time.slept).toEqual([1000, 1000])
    expect(spent).toBeLessThan(1000)
  })

  test('a write sent again after a 502 waits its backoff, which already spaces it', async () => {
    script({ status: 502 })
    await client().request('DELETE /runners/2')
    expect(seen.map((r) => r.at - START)).toEqual([0, 1000])
    expect(time.slept).toEqual([1000])
  })

  test('two writes asked for at once still go a second apart', async () => {
    const gated = gatedTime()
    const github = client(3, gated)
    const both = Promise.all([github.request('POST /a'), github.request('POST /b')])
    await until(() => gated.slept.length === 1 && seen.length === 1)
    expect(gated.slept).toEqual([1000])
    expect(statuses()).toEqual(['POST /a'])
    gated.wake()
    await both
    expect(seen.map((r) => [r.path, r.at - START])).toEqual([
      ['/a', 0],
      ['/b', 1000]
    ])
  })
})

describe('a DELETE whose answer was lost (the create-once and delete paths rely on this)', () => {
  const RUNNER = 'DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}' as const
  const gateway = (): { gateway: RequestGateway; info: string[] } => {
    const info: string[] = []
    const scope = { kind: 'org', org: 'acme' } as const
    return {
      gateway: new RequestGateway(client(), scope, false, { info: (l) => info.push(l), warning: () => {} }),
      info
    }
  }

  test('a reset, then 404 on the retry: the first try deleted it', async () => {
    script({ reset: true }, { status: 404, json: { message: 'Not Found' } })
    const { gateway: g, info } = gateway()
    expect(await g.write(RUNNER, { hosted_runner_id: 5 })).toEqual({ status: 404, data: {} })
    expect(info).toContain(
      'DELETE /orgs/acme/actions/hosted-runners/5: the answer was lost and it is now gone: deleted.'
    )
  })

  test('a rate limit, then 404: nothing was acted on, so the 404 stands', async () => {
    script({ status: 429, headers: { 'retry-after': '1' } }, { status: 404, json: { message: 'Not Found' } })
    const { gateway: g, info } = gateway()
    expect((await failure(g.write(RUNNER, { hosted_runner_id: 5 }))).status).toBe(404)
    expect(info.join('\n')).not.toContain('the answer was lost')
  })
})

describe('the plugin on its own', () => {
  test(`at most 10 tries are in flight at once; the next starts when one ends`, async () => {
    let wrapped: ((send: (o: object) => Promise<unknown>, options: object) => Promise<unknown>) | undefined
    const plugin = requestWaits({ retries: 0, log: { debug() {}, warning() {} }, ...fakeTime() })
    plugin({ hook: { wrap: (_: string, w: typeof wrapped) => (wrapped = w) } } as never)
    const answers: Array<() => void> = []
    const send = () =>
      new Promise((resolve) => answers.push(() => resolve({ status: 200, url: 'http://x/y' })))
    const all = Array.from({ length: 12 }, () => wrapped?.(send, { method: 'GET', url: '/y' }))
    await until(() => answers.length === 10)
    await new Promise(setImmediate)
    expect(answers).toHaveLength(10)
    answers[0]?.()
    await until(() => answers.length === 11)
    for (const answer of answers.slice(1)) answer()
    await until(() => answers.length === 12)
    answers[11]?.()
    await Promise.all(all)
  })
})

/** Turns of the event loop until `condition` holds (no timer: nothing here waits real seconds). */
async function until(condition: () => boolean): Promise<void> {
  for (let turns = 0; !condition(); turns++) {
    if (turns > 10_000) throw new Error('the condition never held')
    await new Promise(setImmediate)
  }
}

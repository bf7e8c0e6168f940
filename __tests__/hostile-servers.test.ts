// Issue 10: the bundle (dist/index.js, as a workflow step runs it) against hostile servers. A scripted
// server on 127.0.0.1 stands in front of the simulator and, per request, forwards it (and may rewrite the
// answer) or answers on its own; "foreign" servers on 127.0.0.2 or other ports must never be reached.
// One row per scenario. After each row's own assertions, every row also checks: the token never appears
// in stdout, outputs or summary; no foreign server saw a request (or even a connection); no error is a
// JavaScript crash message; the run ended by itself.
import { readFileSync } from 'node:fs'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import {
  gzipOfZeros,
  HostileWorld,
  TOKEN,
  upstreamReply,
  type ForeignServer,
  type HostileStep,
  type Reply,
  type ScriptContext,
  type Seen
} from './support/hostile-server.js'

const ORG = '/orgs/acme/actions'
const RUNNERS = `${ORG}/hosted-runners`
const IMAGES = `${RUNNERS}/images/custom`
const GROUPS = `${ORG}/runner-groups`
const DAY = 24 * 3600 * 1000
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString()
const GITHUB_DOCS = 'https://docs.github.com/rest'

/** Answers GitHub's error (`message`, `documentation_url`) to the requests `when` picks; forwards the rest. */
function failWhen(
  w: HostileWorld,
  when: (context: ScriptContext) => boolean,
  error: { status: number; message: string; headers?: Record<string, string> }
): void {
  const { status, message, headers } = error
  const reply: Reply = {
    status,
    ...(headers ? { headers } : {}),
    json: { message, documentation_url: GITHUB_DOCS }
  }
  w.script((context) => (when(context) ? reply : undefined))
}
/** JavaScript's own messages: never what a user should read as the step's error. */
const CRASHES = [
  'Cannot set properties of undefined',
  'Maximum call stack',
  'URI malformed',
  'Cannot read properties',
  "Cannot use 'in' operator"
]

interface Row {
  name: string
  /** Jest's timeout for the row (default 30 s). */
  timeoutMs?: number
  /** Arranges the world, runs the bundle, asserts the row's own expectations, returns the step. */
  run: (w: HostileWorld) => Promise<HostileStep>
}

// --- Helpers

const hostPort = (server: ForeignServer): string => `${server.host}:${server.port}`
/** `METHOD target`, and whether the token came with it: what a failure should show of a request. */
const described = (seen: Seen[]): string[] =>
  seen.map(
    (r) => `${r.method} ${r.target}${r.headers.authorization?.includes(TOKEN) ? ' [WITH THE TOKEN]' : ''}`
  )
const writesAt = (w: HostileWorld): Seen[] => w.front.requests.filter((r) => r.method !== 'GET')
const sentTo = (w: HostileWorld, method: string, path: RegExp): Seen[] =>
  w.front.requests.filter((r) => r.method === method && path.test(r.path))
const errorText = (step: HostileStep): string => step.errors.join('\n')
/** stdout lines that the runner would take as a command carrying `pattern`, other than the one `::error::`. */
function injectedCommands(step: HostileStep, pattern: RegExp): string[] {
  const commands = step.stdout
    .split(/\r?\n|\r/)
    .filter((line) => /^::(warning|set-output|notice|error|add-mask|stop-commands|group|debug)/.test(line))
  const errors = commands.filter((line) => line.startsWith('::error::'))
  const ownError = errors.length === 1 ? errors[0] : undefined
  return commands.filter((line) => line !== ownError && !line.startsWith('::debug::') && pattern.test(line))
}
/** Lines on stdout that are plain log lines, not workflow commands. */
const infoLines = (step: HostileStep): string[] =>
  step.stdout.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('::'))

/** golden: 1.0.0 (pinned by runner `pinned`), 1.1.0, 1.2.0 (newest, latest). With keep 1 only 1.1.0 goes. */
function seedPinnedImage(w: HostileWorld): { id: number; name: string } {
  const image = w.sim.seed.image({ name: 'golden' })
  w.sim.seed.imageVersion(image.id, { version: '1.0.0', created_on: daysAgo(100) })
  w.sim.seed.imageVersion(image.id, { version: '1.1.0', created_on: daysAgo(50) })
  w.sim.seed.imageVersion(image.id, { version: '1.2.0', created_on: daysAgo(10) })
  w.sim.seed.runner({ name: 'pinned', image: { id: String(image.id), source: 'custom', version: '1.0.0' } })
  return image
}

/** An image with `count` Ready versions 1.0.0, 1.1.0, … (oldest first), no runner using any. */
function seedVersions(w: HostileWorld, count: number, name = 'golden'): { id: number; name: string } {
  const image = w.sim.seed.image({ name })
  for (let minor = 0; minor < count; minor++)
    w.sim.seed.imageVersion(image.id, { version: `1.${minor}.0`, created_on: daysAgo(100 - minor) })
  return image
}

const deletedVersions = (step: HostileStep): Array<{ version: string; already_gone?: boolean }> =>
  step.outputs.deleted === undefined ? [] : JSON.parse(step.outputs.deleted)

const rows: Row[] = []
const row = (name: string, run: Row['run'], timeoutMs?: number): void => {
  rows.push({ name, run, ...(timeoutMs === undefined ? {} : { timeoutMs }) })
}

// --- 1. Foreign URLs: a next link or a redirect to another origin is never followed

/** list-runners fails naming the foreign server, which saw no request and no connection. */
async function listRunnersNeverReaching(
  w: HostileWorld,
  foreign: ForeignServer,
  mustNotEcho?: string
): Promise<HostileStep> {
  const step = await w.run({ operation: 'list-runners', retries: '0' })
  expect(described(foreign.requests)).toEqual([])
  expect(foreign.connections).toBe(0)
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain(hostPort(foreign))
  if (mustNotEcho) expect(step.stdout + step.summary).not.toContain(mustNotEcho)
  return step
}

async function foreignLinkRow(
  w: HostileWorld,
  host: '127.0.0.1' | '127.0.0.2',
  link: (foreign: ForeignServer) => string,
  mustNotEcho?: string
): Promise<HostileStep> {
  // 150 runners: the first page (100) really has a next page, so only the link's origin is wrong.
  for (let i = 0; i < 150; i++) w.sim.seed.runner({ name: `runner-${i}` })
  const foreign = await w.foreignServer(host)
  w.script(async ({ req, forward }) => {
    if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
    const answer = await forward()
    return {
      ...upstreamReply(answer),
      headers: { ...answer.headers, link: `<${link(foreign)}>; rel="next"` }
    }
  })
  return listRunnersNeverReaching(w, foreign, mustNotEcho)
}

async function foreignRedirectRow(
  w: HostileWorld,
  location: (foreign: ForeignServer) => string,
  mustNotEcho?: string
): Promise<HostileStep> {
  const foreign = await w.foreignServer('127.0.0.2')
  w.script(({ req }) =>
    req.method === 'GET' && req.path === RUNNERS
      ? { status: 302, headers: { location: location(foreign) }, body: '' }
      : undefined
  )
  return listRunnersNeverReaching(w, foreign, mustNotEcho)
}

row('foreign: a next link to 127.0.0.2 is not followed and the step fails naming the host', (w) =>
  foreignLinkRow(w, '127.0.0.2', (f) => `${f.url}/steal?page=2`)
)
row('foreign: a next link to https on the same host, another port, is not followed', (w) =>
  foreignLinkRow(w, '127.0.0.1', (f) => `https://127.0.0.1:${f.port}${RUNNERS}?per_page=100&page=2`)
)
row('foreign: a next link to another port on 127.0.0.1 is not followed', (w) =>
  foreignLinkRow(w, '127.0.0.1', (f) => `http://127.0.0.1:${f.port}${RUNNERS}?per_page=100&page=2`)
)
row('foreign: a 302 to a foreign origin is not followed', (w) =>
  foreignRedirectRow(w, (f) => `${f.url}${RUNNERS}?per_page=100`)
)
row('foreign: a 302 to a Location with userinfo is not followed, and the userinfo is not echoed', (w) =>
  foreignRedirectRow(w, (f) => `http://evil:pw@${hostPort(f)}${RUNNERS}?per_page=100`, 'evil:pw')
)
row('foreign: a same-origin next link is followed normally', async (w) => {
  for (let i = 0; i < 150; i++) w.sim.seed.runner({ name: `runner-${i}` })
  const step = await w.run({ operation: 'list-runners' })
  expect(step.exitCode).toBe(0)
  expect(step.outputs.count).toBe('150')
  expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}$`))).toHaveLength(2)
  return step
})

// --- 2. Shapes: an answer that is not what the endpoint returns is an error, never an empty list

const RUNNER_LIST_SHAPES: Array<[string, Reply]> = [
  ['""', { body: '' }],
  ['{}', { json: {} }],
  ['null', { body: 'null' }],
  ['[]', { json: [] }],
  ['{"message":"ok"}', { json: { message: 'ok' } }],
  ['{"total_count":1,"runners":"x"}', { json: { total_count: 1, runners: 'x' } }],
  ['{"runners":[null]}', { json: { runners: [null] } }],
  ['a 204', { status: 204, headers: { 'content-type': null }, body: '' }]
]
for (const [label, reply] of RUNNER_LIST_SHAPES) {
  row(`shapes: the hosted-runner list answered ${label} during cleanup deletes nothing`, async (w) => {
    seedPinnedImage(w)
    w.script(({ req }) => (req.method === 'GET' && req.path === RUNNERS ? reply : undefined))
    const step = await w.run({ operation: 'cleanup-image-versions', keep: '1' })
    expect(described(sentTo(w, 'DELETE', /./))).toEqual([])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toContain(`unexpected answer from GET ${RUNNERS}`)
    return step
  })
}

const VERSION_LIST_SHAPES: Array<[string, (id: number) => Reply]> = [
  ['{}', () => ({ json: {} })],
  [
    'with a null version',
    () => ({
      json: {
        total_count: 2,
        image_versions: [null, { version: '1.1.0', state: 'Ready', created_on: daysAgo(50) }]
      }
    })
  ]
]
for (const [label, reply] of VERSION_LIST_SHAPES) {
  row(`shapes: a version list answered ${label} during cleanup deletes nothing`, async (w) => {
    const image = seedPinnedImage(w)
    const path = `${IMAGES}/${image.id}/versions`
    w.script(({ req }) => (req.method === 'GET' && req.path === path ? reply(image.id) : undefined))
    const step = await w.run({ operation: 'cleanup-image-versions', keep: '1' })
    expect(described(sentTo(w, 'DELETE', /./))).toEqual([])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toContain(`unexpected answer from GET ${path}`)
    return step
  })
}

const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in to your account</title></head>' +
  '<body><form action="/login" method="post"><input name="login"><input name="password" type="password"></form></body></html>'
const READ_SHAPES: Array<[string, Reply]> = [
  ['an HTML login page', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: LOGIN_PAGE }],
  ['invalid JSON', { body: '{"total_count": 1, "runners": [' }],
  ['an empty body', { body: '' }],
  ['a 204', { status: 204, headers: { 'content-type': null }, body: '' }],
  ['a 302 without Location', { status: 302, headers: { 'content-type': null }, body: '' }]
]
const READS: Array<[operation: string, path: string]> = [
  ['list-runners', RUNNERS],
  ['get-limits', `${RUNNERS}/limits`]
]
for (const [operation, path] of READS) {
  for (const [label, reply] of READ_SHAPES) {
    row(`shapes: ${operation} answered ${label} fails; no count=0, no raw text as result`, async (w) => {
      w.sim.seed.runner({ name: 'a' })
      w.script(({ req }) => (req.method === 'GET' && req.path === path ? reply : undefined))
      const step = await w.run({ operation })
      expect(step.exitCode).toBe(1)
      expect(errorText(step)).toContain('unexpected answer')
      expect(step.outputs.count).not.toBe('0')
      expect(typeof step.result).not.toBe('string')
      expect(step.outputs.result ?? '').not.toContain('<!DOCTYPE')
      return step
    })
  }
}

// --- 3. Pagination that does not end

row(
  'pagination: a next link to the page itself fails, naming the pagination, after few requests',
  async (w) => {
    w.sim.seed.runner({ name: 'a' })
    w.script(async ({ req, forward, front }) => {
      if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
      const answer = await forward()
      return {
        ...upstreamReply(answer),
        headers: { ...answer.headers, link: `<${front.url}${req.target}>; rel="next"` }
      }
    })
    const step = await w.run({ operation: 'list-runners' }, { deadlineMs: 8_000 })
    expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}$`)).length).toBeLessThan(30)
    expect(step.timedOut).toBe(false)
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toMatch(/page|paginat/i)
    return step
  }
)

row('pagination: pages beyond what total_count explains fail after few requests', async (w) => {
  w.sim.seed.runner({ name: 'a' })
  w.sim.seed.runner({ name: 'b' })
  let firstPage: unknown
  w.script(async ({ req, forward, front }) => {
    if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
    firstPage ??= (await forward()).json
    const page = Number(req.query.page ?? 1)
    const next = `${front.url}${RUNNERS}?per_page=${req.query.per_page ?? 30}&page=${page + 1}`
    return { json: firstPage, headers: { link: `<${next}>; rel="next"` } }
  })
  const step = await w.run({ operation: 'list-runners' }, { deadlineMs: 8_000 })
  expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}$`)).length).toBeLessThan(30)
  expect(step.timedOut).toBe(false)
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toMatch(/page|paginat/i)
  return step
})

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
      for (const gap of gaps(limitsGets(w))) expect(gap).toBeGreaterThanOrEqual(900)
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
    expect(gaps(limitsGets(w))[0]).toBeGreaterThanOrEqual(1_500)
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

row('shapes: a runner list shorter than its total_count, with no next page, deletes nothing', async (w) => {
  const image = seedPinnedImage(w)
  w.sim.seed.runner({ name: 'other' })
  w.script(async ({ req, forward }) => {
    if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
    const answer = await forward()
    const body = answer.json as { total_count: number; runners: Array<{ name: string }> }
    return {
      ...upstreamReply(answer),
      json: { total_count: 2, runners: body.runners.filter((r) => r.name === 'other') }
    }
  })
  const step = await w.run({
    operation: 'cleanup-image-versions',
    'custom-image': String(image.id),
    keep: '1'
  })
  expect(writesAt(w)).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain(`unexpected answer from GET ${RUNNERS}`)
  expect(errorText(step)).toContain('1 of 2 items and no next page')
  return step
})

row('shapes: a page holding more items than asked for is refused', async (w) => {
  w.script(({ req }) =>
    req.method === 'GET' && req.path === GROUPS
      ? {
          status: 200,
          json: {
            total_count: 101,
            runner_groups: Array.from({ length: 101 }, (_, i) => ({
              id: i + 1,
              name: `g${i}`,
              visibility: 'all'
            }))
          }
        }
      : undefined
  )
  const step = await w.run({ operation: 'list-groups' })
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain('a page of more than 100 items')
  return step
})

row('lists: YAML numbers stay text, so `1.0` or `5.002e3` never names another id', async (w) => {
  const group = w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const step = await w.run({
    operation: 'remove-group-runner',
    'runner-group': String(group.id),
    runners: '5.002e3'
  })
  expect(writesAt(w)).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain("no self-hosted runner named '5.002e3'")
  return step
})

row('commands: a status carrying the legacy ##[command] form is logged inert', async (w) => {
  const runner = w.sim.seed.runner({ name: 'build' })
  w.script(async ({ req, forward }) => {
    if (req.method !== 'GET' || req.path !== `${RUNNERS}/${runner.id}`) return undefined
    const answer = await forward()
    return {
      ...upstreamReply(answer),
      json: { ...(answer.json as object), status: 'Ready ##[error title=pwned]pwned' }
    }
  })
  const step = await w.run({
    operation: 'wait-runner',
    'runner-id': String(runner.id),
    'poll-interval': '1s',
    'wait-timeout': '2s'
  })
  expect(step.stdout.split('\n').filter((line) => line.includes('##[error'))).toEqual([])
  return step
})

row(
  'proxies: a loopback api-url is never sent through https_proxy or http_proxy, whatever GITHUB_API_URL says',
  async (w) => {
    const proxy = await w.foreignServer('127.0.0.1')
    const proxyUrl = `http://${hostPort(proxy)}`
    const step = await w.run(
      { operation: 'get-limits' },
      { env: { https_proxy: proxyUrl, http_proxy: proxyUrl, GITHUB_API_URL: 'https://api.github.com' } }
    )
    expect(step.exitCode).toBe(0)
    expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}/limits$`))).toHaveLength(1)
    return step
  }
)

// --- 5. Cancel: a signal during the 4th DELETE

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  row(
    `cancel: ${signal} during the 4th DELETE reports the 3 done in outputs, summary and log`,
    async (w) => {
      const image = seedVersions(w, 6)
      w.script(({ req, countBefore, cancel }) => {
        if (req.method !== 'DELETE') return undefined
        if (countBefore('DELETE', /./) < 3) return undefined
        setTimeout(() => cancel(signal), 300)
        return { hang: true }
      })
      const step = await w.run(
        { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' },
        { deadlineMs: 15_000 }
      )
      const done = ['1.0.0', '1.1.0', '1.2.0']
      expect(sentTo(w, 'DELETE', /./).map((r) => r.path)).toEqual(
        [...done, '1.3.0'].map((v) => `${IMAGES}/${image.id}/versions/${v}`)
      )
      expect(step.timedOut).toBe(false)
      expect(step.exitCode).not.toBe(0)
      expect(deletedVersions(step).map((d) => d.version)).toEqual(done)
      expect(step.outputs.changed).toBe('true')
      expect(step.summary).toMatch(/cancel/i)
      for (const version of done) expect(step.summary).toContain(version)
      for (const version of done) {
        const logged = infoLines(step).filter(
          (l) => l.includes('DELETE') && l.includes(`/versions/${version}`)
        )
        expect({ version, logged: logged.length > 0 }).toEqual({ version, logged: true })
      }
      return step
    },
    25_000
  )
}

row(
  'cancel: a DELETE in flight when the signal comes is reported as sent with its answer unknown',
  async (w) => {
    const image = seedVersions(w, 4)
    w.script(async ({ req, forward, countBefore, cancel }) => {
      if (req.method !== 'DELETE' || countBefore('DELETE', /./) < 1) return undefined
      // GitHub acts on the second DELETE, but its answer never arrives before the cancel.
      await forward()
      setTimeout(() => cancel('SIGTERM'), 200)
      return { hang: true }
    })
    const step = await w.run(
      { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' },
      { deadlineMs: 15_000 }
    )
    expect(step.exitCode).not.toBe(0)
    expect(sentTo(w, 'DELETE', /./)).toHaveLength(2)
    expect(deletedVersions(step).map((d) => d.version)).toEqual(['1.0.0'])
    expect(step.summary).toContain(
      `**Sent, answer unknown:** \`DELETE ${IMAGES}/${image.id}/versions/1.1.0\``
    )
    return step
  },
  25_000
)

// --- 6. Partial failure: what was written before the failure is reported

row('partial: add-group-repo whose 2nd PUT is a 403 reports the 1st PUT and changed=true', async (w) => {
  const docs = w.sim.seed.repository({ name: 'docs' })
  w.sim.seed.repository({ name: 'api' })
  const group = w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const puts = new RegExp(`^${GROUPS}/\\d+/repositories/\\d+$`)
  failWhen(
    w,
    ({ req, countBefore }) => req.method === 'PUT' && puts.test(req.path) && countBefore('PUT', puts) === 1,
    {
      status: 403,
      message: 'Must have admin rights to Repository.'
    }
  )
  const step = await w.run({
    operation: 'add-group-repo',
    'runner-group': 'release',
    repositories: 'docs, api'
  })
  expect(sentTo(w, 'PUT', puts)).toHaveLength(2)
  expect(step.exitCode).toBe(1)
  expect(step.outputs.changed).toBe('true')
  expect(step.summary).toContain(`${GROUPS}/${group.id}/repositories/${docs.id}`)
  expect(step.summary).toContain('docs')
  expect(step.summary).toContain('403')
  return step
})

row(
  'partial: ensure-group whose PATCH succeeds and PUT fails reports the PATCH and changed=true',
  async (w) => {
    w.sim.seed.repository({ name: 'api' })
    w.sim.seed.group({ name: 'release', visibility: 'selected', allows_public_repositories: false })
    failWhen(w, ({ req }) => req.method === 'PUT' && /\/repositories$/.test(req.path), {
      status: 403,
      message: 'Resource not accessible by integration'
    })
    const step = await w.run({
      operation: 'ensure-group',
      'group-name': 'release',
      'allows-public-repositories': 'true',
      repositories: 'api'
    })
    expect(sentTo(w, 'PATCH', /./).map((r) => r.status)).toEqual([200])
    expect(step.exitCode).toBe(1)
    expect(step.outputs.changed).toBe('true')
    expect(step.summary).toContain('PATCH')
    expect(step.summary).toContain('allows_public_repositories')
    return step
  }
)

// --- 7. List inputs

for (const [operation, input, value] of [
  ['set-group-repos', 'repositories', ','],
  ['set-group-repos', 'repositories', '""'],
  ['set-group-runners', 'runners', ', ,']
] as const) {
  row(`lists: ${input}=${JSON.stringify(value)} is refused before any request`, async (w) => {
    const group = w.sim.seed.group({ name: 'release', visibility: 'selected' })
    const step = await w.run({ operation, 'runner-group': String(group.id), [input]: value })
    expect(described(w.front.requests)).toEqual([])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toContain(`'${input}'`)
    return step
  })
}

row('lists: repositories=[] on set-group-repos sends an empty list', async (w) => {
  const api = w.sim.seed.repository({ name: 'api' })
  w.sim.seed.group({ name: 'release', visibility: 'selected', selected_repository_ids: [api.id] })
  const step = await w.run({ operation: 'set-group-repos', 'runner-group': 'release', repositories: '[]' })
  const puts = sentTo(w, 'PUT', /\/repositories$/)
  expect(puts.map((r) => JSON.parse(r.body))).toEqual([{ selected_repository_ids: [] }])
  expect(step.exitCode).toBe(0)
  return step
})

row('lists: a quoted workflow ref with a comma is sent as one item, without quotes', async (w) => {
  const ref = 'octo/app/.github/workflows/a.yml@refs/heads/rel,2'
  const step = await w.run({
    operation: 'create-group',
    'group-name': 'wf',
    'restricted-to-workflows': 'true',
    'selected-workflows': JSON.stringify([ref])
  })
  const posts = sentTo(w, 'POST', new RegExp(`^${GROUPS}$`))
  expect(posts).toHaveLength(1)
  expect(JSON.parse((posts[0] as Seen).body).selected_workflows).toEqual([ref])
  return step
})

row('lists: a YAML block list with a # comment line is accepted', async (w) => {
  const api = w.sim.seed.repository({ name: 'api' })
  const docs = w.sim.seed.repository({ name: 'docs' })
  w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const step = await w.run({
    operation: 'set-group-repos',
    'runner-group': 'release',
    repositories: '- api\n# the documentation\n- docs\n'
  })
  expect(step.exitCode).toBe(0)
  const puts = sentTo(w, 'PUT', /\/repositories$/)
  expect(puts).toHaveLength(1)
  const ids = JSON.parse((puts[0] as Seen).body).selected_repository_ids as number[]
  expect([...ids].sort()).toEqual([api.id, docs.id].sort())
  return step
})

row('lists: a duplicate repository is sent once and a warning names it', async (w) => {
  const api = w.sim.seed.repository({ name: 'api' })
  w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const step = await w.run({
    operation: 'add-group-repo',
    'runner-group': 'release',
    repositories: 'api, api'
  })
  expect(sentTo(w, 'PUT', /\/repositories\/\d+$/).map((r) => r.path.split('/').pop())).toEqual([
    String(api.id)
  ])
  expect(step.exitCode).toBe(0)
  expect(step.warnings.filter((warning) => /\bapi\b/.test(warning))).not.toEqual([])
  return step
})

// --- 8. Server text never becomes a workflow command

const INJECTED = /pwned|set-output name=count/

async function alreadyGoneImageRow(w: HostileWorld, imageName: string): Promise<HostileStep> {
  const image = seedVersions(w, 2, imageName)
  failWhen(w, ({ req }) => req.method === 'DELETE', { status: 404, message: 'Not Found' })
  const step = await w.run({ operation: 'cleanup-image-versions', keep: '1' })
  expect(sentTo(w, 'DELETE', /./).map((r) => r.path)).toEqual([`${IMAGES}/${image.id}/versions/1.0.0`])
  expect(injectedCommands(step, INJECTED)).toEqual([])
  expect(step.outputs.count).not.toBe('999')
  return step
}

row('commands: an image named ::warning title=pwned::x in an "already gone" line is not a command', (w) =>
  alreadyGoneImageRow(w, '::warning title=pwned::x')
)
row('commands: an image name with \\n::set-output name=count::999 is not a command', (w) =>
  alreadyGoneImageRow(w, 'golden\n::set-output name=count::999')
)

row(
  'commands: runner names with \\n::set-output and \\r\\n::error:: in a list are not commands',
  async (w) => {
    w.sim.seed.runner({ name: 'a' })
    w.sim.seed.runner({ name: 'b' })
    const names = ['a\n::set-output name=count::999', 'b\r\n::error::pwned']
    w.script(async ({ req, forward }) => {
      if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
      const answer = await forward()
      const body = answer.json as { runners: Array<{ name: string }> }
      body.runners.forEach((runner, i) => (runner.name = names[i] ?? runner.name))
      return { status: 200, headers: { link: answer.headers.link ?? null }, json: body, gzip: true }
    })
    const step = await w.run({ operation: 'list-runners' })
    expect(injectedCommands(step, INJECTED)).toEqual([])
    expect(step.outputs.count).toBe('2')
    return step
  }
)

row(
  'commands: a 404 message carrying ::set-output and ::error:: lines stays inside one ::error::',
  async (w) => {
    failWhen(w, ({ req }) => req.path === `${RUNNERS}/999`, {
      status: 404,
      message: 'Not Found\n::set-output name=count::999\r\n::error::pwned'
    })
    const step = await w.run({ operation: 'get-runner', 'runner-id': '999' })
    expect(step.exitCode).toBe(1)
    expect(step.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1)
    expect(injectedCommands(step, INJECTED)).toEqual([])
    expect(step.outputs.count).not.toBe('999')
    return step
  }
)

// --- 9. Server values are never spliced into a path

for (const bad of ['..', '1.0.0/../..', '%2e%2e']) {
  row(`paths: a version ${JSON.stringify(bad)} in the version list fails before any DELETE`, async (w) => {
    const image = seedVersions(w, 2)
    const versions = `${IMAGES}/${image.id}/versions`
    w.script(async ({ req, forward }) => {
      if (req.method !== 'GET' || req.path !== versions) return undefined
      const body = (await forward()).json as { total_count: number; image_versions: unknown[] }
      body.image_versions.push({
        version: bad,
        state: 'Ready',
        size_gb: 1,
        created_on: '2020-01-01T00:00:00Z',
        state_details: ''
      })
      body.total_count++
      return { json: body }
    })
    const step = await w.run({ operation: 'cleanup-image-versions', keep: '1' })
    const deletes = sentTo(w, 'DELETE', /./).map((r) => r.path)
    expect(deletes.filter((p) => p === `${IMAGES}/${image.id}` || p === `${IMAGES}/${image.id}/`)).toEqual([])
    expect(deletes.filter((p) => !/\/versions\/\d+\.\d+\.\d+$/.test(p))).toEqual([])
    expect(deletes).toEqual([])
    expect(w.sim.state.images.map((i: { id: number }) => i.id)).toEqual([image.id])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toContain(bad)
    return step
  })
}

async function runnerIdRow(
  w: HostileWorld,
  badId: string,
  inputs: Record<string, string>
): Promise<HostileStep> {
  w.sim.seed.runner({ name: 'build', size: '4-core' })
  w.script(async ({ req, forward }) => {
    if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
    const answer = await forward()
    const body = answer.json as { runners: Array<{ id: unknown; name: string }> }
    for (const runner of body.runners) if (runner.name === 'build') runner.id = badId
    return { json: body, headers: { link: answer.headers.link ?? null } }
  })
  const step = await w.run(inputs)
  expect(described(writesAt(w))).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain(badId)
  return step
}

row('paths: ensure-runner on a runner whose listed id is ".." sends no write', (w) =>
  runnerIdRow(w, '..', { operation: 'ensure-runner', 'runner-name': 'build', size: '8-core' })
)
row('paths: delete-runner on a runner whose listed id is "5/../6" sends no write', (w) =>
  runnerIdRow(w, '5/../6', { operation: 'delete-runner', 'runner-name': 'build' })
)

// --- 10. Races

const alreadyExists = (resource: string, message: string): Reply => ({
  status: 422,
  json: {
    message: 'Validation Failed',
    errors: [{ resource, field: 'name', code: 'already_exists', message }],
    documentation_url: GITHUB_DOCS
  }
})

/** An ensure-* whose create meets "already exists" (someone else created the same a moment before). */
async function lostCreateRace(
  w: HostileWorld,
  race: { path: string; resource: string; message: string; inputs: Record<string, string>; output: string },
  made: () => Array<{ name: string; id: number }>
) {
  w.script(async ({ req, forward }) => {
    if (req.method !== 'POST' || req.path !== race.path) return undefined
    await forward() // someone else created the same one a moment before
    return alreadyExists(race.resource, race.message)
  })
  const step = await w.run(race.inputs)
  const created = made().filter((item) => item.name === 'new')
  expect(created).toHaveLength(1)
  expect(sentTo(w, 'POST', /./)).toHaveLength(1)
  expect(step.exitCode).toBe(0)
  expect(step.outputs[race.output]).toBe(String((created[0] as { id: number }).id))
  expect(step.outputs.changed).toBe('false')
  return step
}

row('races: ensure-runner whose create meets "already exists" finds the runner and converges', (w) =>
  lostCreateRace(
    w,
    {
      path: RUNNERS,
      resource: 'HostedRunner',
      message: "A hosted runner named 'new' already exists.",
      inputs: { operation: 'ensure-runner', 'runner-name': 'new', 'image-id': '2306', size: '4-core' },
      output: 'runner-id'
    },
    () => w.sim.state.runners
  )
)

row('races: ensure-group whose create meets "already exists" finds the group and converges', (w) =>
  lostCreateRace(
    w,
    {
      path: GROUPS,
      resource: 'RunnerGroup',
      message: "A runner group named 'new' already exists.",
      inputs: { operation: 'ensure-group', 'group-name': 'new', visibility: 'private' },
      output: 'runner-group-id'
    },
    () => w.sim.state.groups
  )
)

row('races: a version another cleanup deleted first (404) is reported as already gone', async (w) => {
  const image = seedVersions(w, 3)
  w.script(async ({ req, forward }) => {
    if (req.method !== 'DELETE' || !req.path.endsWith('/versions/1.0.0')) return undefined
    await forward() // the other run's DELETE
    return forward() // ours: 404
  })
  const step = await w.run({ operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' })
  expect(sentTo(w, 'DELETE', /./).map((r) => r.path)).toEqual(
    ['1.0.0', '1.1.0'].map((v) => `${IMAGES}/${image.id}/versions/${v}`)
  )
  expect(step.exitCode).toBe(0)
  const deleted = deletedVersions(step)
  expect(deleted.filter((d) => d.version === '1.1.0' && !d.already_gone)).toHaveLength(1)
  expect(deleted.filter((d) => d.version === '1.0.0' && !d.already_gone)).toEqual([])
  expect(step.summary).toMatch(/already gone/i)
  return step
})

// --- 11. Sizes

let GZIP_BOMB: Buffer
beforeAll(async () => {
  GZIP_BOMB = await gzipOfZeros(1 << 30)
}, 60_000)

row(
  'sizes: a gzip bomb (1 GiB of zeros) fails as too large without using the memory',
  async (w) => {
    w.script(({ req }) =>
      req.method === 'GET' && req.path === RUNNERS
        ? {
            headers: { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' },
            body: GZIP_BOMB,
            chunkBytes: 64 * 1024
          }
        : undefined
    )
    const step = await w.run(
      { operation: 'list-runners', retries: '0' },
      { deadlineMs: 25_000, watchMemory: true }
    )
    expect(step.timedOut).toBe(false)
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toMatch(/too large|larger than|too big|exceed/i)
    if (step.peakRssKb > 0) expect(step.peakRssKb).toBeLessThan(400 * 1024)
    return step
  },
  45_000
)

row(
  'sizes: a result over 1 MiB goes to result-file under RUNNER_TEMP; result is a note; the summary is cut',
  async (w) => {
    for (let i = 0; i < 3000; i++)
      w.sim.seed.runner({ name: `runner-${String(i).padStart(4, '0')}-`.padEnd(64, 'x') })
    const step = await w.run({ operation: 'list-runners' }, { deadlineMs: 25_000 })
    expect(step.exitCode).toBe(0)
    expect(step.outputs.count).toBe('3000')
    const file = step.outputs['result-file']
    expect(file?.startsWith(`${step.runnerTemp}/`)).toBe(true)
    expect((JSON.parse(readFileSync(file as string, 'utf8')) as unknown[]).length).toBe(3000)
    expect((step.outputs.result ?? '').length).toBeLessThan(64 * 1024)
    expect(Buffer.byteLength(step.summary)).toBeLessThan(1 << 20)
    expect(step.summary).toContain('more')
    return step
  },
  40_000
)

// --- 12. Inputs: refused before any request, naming the input, never echoing credentials

const refusedInput = (
  name: string,
  inputs: (w: HostileWorld) => Record<string, string>,
  input: RegExp,
  secrets: string[] = []
): void =>
  row(`inputs: ${name} is refused before any request`, async (w) => {
    const step = await w.run(inputs(w))
    expect(described(w.front.requests)).toEqual([])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toMatch(input)
    for (const secret of secrets) expect(step.stdout + step.summary).not.toContain(secret)
    return step
  })

refusedInput(
  'an api-url ending in a bare ?',
  (w) => ({ operation: 'get-limits', 'api-url': `${w.url}?` }),
  /'api-url'/
)
refusedInput(
  'an api-url ending in a bare #',
  (w) => ({ operation: 'get-limits', 'api-url': `${w.url}#` }),
  /'api-url'/
)
refusedInput(
  'an api-url with user:password',
  (w) => ({ operation: 'get-limits', 'api-url': `http://user:s3cret@127.0.0.1:${w.front.port}` }),
  /'api-url'/,
  // The userinfo as given, in any form; a generic hint such as "(user:password@)" is not an echo.
  ['s3cret', 'user:s3cret', '//user:', "'user:"]
)
refusedInput(
  'api-version 2026-13-99',
  () => ({ operation: 'get-limits', 'api-version': '2026-13-99' }),
  /'api-version'/
)
refusedInput(
  'ensure-runner with image-source but no image-id',
  () => ({ operation: 'ensure-runner', 'runner-name': 'r', 'image-source': 'custom' }),
  /'image-(source|id)'/
)

// --- 13. Messages a user can read

row('messages: an HTML page on a JSON list read is an unexpected answer, not a TypeError', async (w) => {
  w.script(({ req }) =>
    req.method === 'GET' && req.path === GROUPS
      ? { headers: { 'content-type': 'text/html; charset=utf-8' }, body: LOGIN_PAGE }
      : undefined
  )
  const step = await w.run({ operation: 'list-groups' })
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).not.toContain("Cannot use 'in' operator")
  expect(errorText(step)).toContain('unexpected answer')
  return step
})

row('messages: a 422 whose message repeats its field error shows the text once', async (w) => {
  w.sim.seed.group({ name: 'release', visibility: 'all' })
  const step = await w.run({ operation: 'create-group', 'group-name': 'release' })
  expect(sentTo(w, 'POST', /./).map((r) => r.status)).toEqual([422])
  expect(step.exitCode).toBe(1)
  // GitHub's text without its final full stop: a repeat may be punctuated differently.
  const text = "A runner group named 'release' already exists"
  expect(errorText(step).split(text).length - 1).toBe(1)
  return step
})

row('messages: a proxy URL with a bad % escape is not "URI malformed"', async (w) => {
  const proxy = 'http://%zz@127.0.0.1:1'
  // Not loopback, so the proxy applies; `.invalid` never resolves, so nothing leaves this machine.
  const step = await w.run(
    { operation: 'get-limits', retries: '0' },
    { apiUrl: 'https://ghe.example.invalid/api/v3', env: { HTTPS_PROXY: proxy, HTTP_PROXY: proxy } }
  )
  expect(step.stdout).not.toContain('URI malformed')
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toMatch(/proxy/i)
  return step
})

// --- The table

let world: HostileWorld | undefined
beforeEach(async () => {
  world = await HostileWorld.start()
})
afterEach(async () => {
  await world?.close()
  world = undefined
})

/** HOSTILE_DEBUG=1: what each row's step did, to tell a harness problem from a missing behaviour. */
function debugDump(name: string, w: HostileWorld, step: HostileStep | undefined): void {
  const lines = [
    `== ${name}`,
    step
      ? `exit ${step.exitCode}${step.signal ? ` (${step.signal})` : ''}, ${step.durationMs} ms, peak RSS ${Math.round(step.peakRssKb / 1024)} MB${step.timedOut ? ', TIMED OUT' : ''}`
      : '(no step)',
    `front saw ${w.front.requests.length}: ${described(w.front.requests).slice(0, 12).join(' | ')}`,
    ...(step
      ? [
          `errors: ${JSON.stringify(step.errors).slice(0, 600)}`,
          `outputs: ${JSON.stringify(step.outputs).slice(0, 300)}`
        ]
      : [])
  ]
  process.stderr.write(`${lines.join('\n')}\n`)
}

/** What every row must also hold. */
function everyRow(step: HostileStep, w: HostileWorld): void {
  expect(step.timedOut).toBe(false)
  // The mask command is the one line that names the token: the runner masks it from then on.
  expect(step.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN)
  expect(JSON.stringify(step.outputs)).not.toContain(TOKEN)
  expect(step.summary).not.toContain(TOKEN)
  for (const server of w.foreign) {
    expect({
      server: server.label,
      requests: described(server.requests),
      connections: server.connections
    }).toEqual({
      server: server.label,
      requests: [],
      connections: 0
    })
  }
  for (const crash of CRASHES) expect(errorText(step)).not.toContain(crash)
}

describe('hostile servers', () => {
  test('the table has at least 35 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(35)
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length)
  })

  for (const { name, run, timeoutMs } of rows) {
    test(
      name,
      async () => {
        const w = world as HostileWorld
        const step = await run(w).catch((error: unknown) => {
          if (process.env.HOSTILE_DEBUG) debugDump(name, w, w.last)
          throw error
        })
        if (process.env.HOSTILE_DEBUG) debugDump(name, w, step)
        everyRow(step, w)
      },
      timeoutMs ?? 30_000
    )
  }
})

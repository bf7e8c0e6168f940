// Issue 10, hostile servers: An answer that is not what the endpoint returns (a wrong shape, a page that never ends, an HTML page,
// a repeated message) is an error a user can read, never an empty list nor a deletion.
// Every row also passes the checks of ./support/hostile-rows.ts (token, foreign servers, crash messages).
import { expect } from '@jest/globals'
import { upstreamReply, type Reply } from './support/hostile-server.js'
import {
  daysAgo,
  described,
  errorText,
  GROUPS,
  hostileRows,
  IMAGES,
  RUNNERS,
  seedPinnedImage,
  sentTo,
  writesAt
} from './support/hostile-rows.js'

const row = hostileRows('in-process')

// --- 2. Shapes: an answer that is not what the endpoint returns is an error, never an empty list

const RUNNER_LIST_SHAPES: Array<[string, Reply]> = [
  ['""', { body: '' }],
  ['{}', { json: {} }],
  ['null', { body: 'null' }],
  ['[]', { json: [] }],
  ['{"message":"ok"}', { json: { message: 'ok' } }],
  ['{"total_count":1,"runners":"x"}', { json: { total_count: 1, runners: 'x' } }],
  ['{"runners":[null]}', { json: { runners: [null] } }],
  ['{"runners":[]} without its total_count', { json: { runners: [] } }],
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

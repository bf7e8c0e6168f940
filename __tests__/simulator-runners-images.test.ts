// The simulator's answers, pagination, hosted runners and custom images.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call, createBody, type Json } from './support/simulator-calls.js'

const ORG = '/orgs/acme/actions'
const RUNNERS = `${ORG}/hosted-runners`
const IMAGES = `${RUNNERS}/images/custom`
const GROUPS = `${ORG}/runner-groups`

describe('answers', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test("carry GitHub's headers; a 204 has no body and no content type", async () => {
    const list = await call(sim, 'GET', GROUPS)
    expect(list.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(Number(list.headers.get('x-ratelimit-limit'))).toBe(5000)
    expect(Number(list.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000)
    expect(Number(list.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    expect(list.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+)+$/)
    const group = sim.seed.group({ name: 'g' })
    const deleted = await call(sim, 'DELETE', `${GROUPS}/${group.id}`)
    expect(deleted.status).toBe(204)
    expect(deleted.body).toBeUndefined()
    expect(deleted.headers.get('content-type')).toBeNull()
  })

  test('are themselves validated: state that breaks the schema answers 500 naming the violation', async () => {
    sim.seed.runner({ name: 'broken', status: 'Exploded' as never })
    const reply = await call(sim, 'GET', RUNNERS)
    expect(reply.status).toBe(500)
    expect(reply.body.message).toContain('Simulator bug')
    expect(reply.body.message).toContain(
      'response/runners/0/status: must be equal to one of the allowed values'
    )
    sim.state.runners[0]!.status = 'Ready'
    ;(sim.state.runners[0] as Json).secret = 'x'
    const leaked = await call(sim, 'GET', `${RUNNERS}/${sim.state.runners[0]!.id}`)
    expect(leaked.status).toBe(500)
    expect(leaked.body.message).toContain('must NOT have additional properties "secret"')
  })
})

describe('pagination', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator()
    for (let index = 1; index <= 250; index++) sim.seed.runner({ name: `runner-${index}` })
  })
  afterAll(() => sim.close())

  const link = (query: string) => `<${sim.url}${RUNNERS}?${query}>`

  test('250 runners, per_page=100: three pages, total_count over all pages, Link as GitHub writes it', async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => call(sim, 'GET', `${RUNNERS}?per_page=100&page=${page}`))
    )
    expect(pages.map((page) => page.body.runners.length)).toEqual([100, 100, 50])
    expect(pages.map((page) => page.body.total_count)).toEqual([250, 250, 250])
    expect(pages[2]?.body.runners.at(-1).name).toBe('runner-250')
    expect(pages.map((page) => page.headers.get('link'))).toEqual([
      `${link('per_page=100&page=2')}; rel="next", ${link('per_page=100&page=3')}; rel="last"`,
      `${link('per_page=100&page=1')}; rel="prev", ${link('per_page=100&page=3')}; rel="next", ` +
        `${link('per_page=100&page=3')}; rel="last", ${link('per_page=100&page=1')}; rel="first"`,
      `${link('per_page=100&page=2')}; rel="prev", ${link('per_page=100&page=1')}; rel="first"`
    ])
  })

  test('without per_page, pages hold 30; a list that fits one page has no Link header', async () => {
    const first = await call(sim, 'GET', RUNNERS)
    expect(first.body.runners).toHaveLength(30)
    expect(first.headers.get('link')).toContain(`${link('page=9')}; rel="last"`)
    const groups = await call(sim, 'GET', GROUPS)
    expect(groups.body.total_count).toBe(1)
    expect(groups.headers.get('link')).toBeNull()
  })

  test('the self-hosted runner list filters on name and paginates', async () => {
    for (const name of ['a', 'b', 'c']) sim.seed.selfHostedRunner({ name })
    const byName = await call(sim, 'GET', `${ORG}/runners?name=b`)
    expect(byName.body).toMatchObject({ total_count: 1, runners: [{ name: 'b' }] })
    const paged = await call(sim, 'GET', `${ORG}/runners?per_page=2&page=2`)
    expect(paged.body.runners.map((runner: Json) => runner.name)).toEqual(['c'])
  })
})

describe('hosted runners', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator({ readyAfterPolls: 2, goneAfterPolls: 1 })
  })
  afterEach(() => sim.close())

  test('a created runner is Provisioning for readyAfterPolls GETs, then Ready', async () => {
    const created = await call(sim, 'POST', RUNNERS, createBody('fresh'))
    expect(created.body.status).toBe('Provisioning')
    const statuses = []
    for (let poll = 0; poll < 4; poll++)
      statuses.push((await call(sim, 'GET', `${RUNNERS}/${created.body.id}`)).body.status)
    expect(statuses).toEqual(['Provisioning', 'Provisioning', 'Ready', 'Ready'])
  })

  test('a deleted runner answers 202 Deleting, then Deleting goneAfterPolls times, then 404 and leaves lists', async () => {
    const runner = sim.seed.runner({ name: 'old' })
    const deleted = await call(sim, 'DELETE', `${RUNNERS}/${runner.id}`)
    expect(deleted).toMatchObject({ status: 202, body: { id: runner.id, status: 'Deleting' } })
    expect((await call(sim, 'GET', RUNNERS)).body.runners).toEqual([
      expect.objectContaining({ status: 'Deleting' })
    ])
    expect((await call(sim, 'GET', `${RUNNERS}/${runner.id}`)).body.status).toBe('Deleting')
    expect((await call(sim, 'GET', `${RUNNERS}/${runner.id}`)).status).toBe(404)
    expect((await call(sim, 'GET', RUNNERS)).body).toEqual({ total_count: 0, runners: [] })
    expect((await call(sim, 'DELETE', `${RUNNERS}/${runner.id}`)).status).toBe(404)
  })

  test('image_details come from the requested image: github, partner, and a custom version', async () => {
    const image = sim.seed.image({ name: 'golden', platform: 'linux-arm64' })
    sim.seed.imageVersion(image.id, { version: '1.0.0', size_gb: 33 })
    const custom = await call(sim, 'POST', RUNNERS, {
      ...createBody('custom'),
      image: { id: String(image.id), source: 'custom', version: '1.0.0' }
    })
    expect(custom.body.image_details).toEqual({
      id: String(image.id),
      source: 'custom',
      version: '1.0.0',
      size_gb: 33,
      display_name: 'golden'
    })
    expect(custom.body.platform).toBe('linux-arm64')
    const partner = await call(sim, 'POST', RUNNERS, {
      ...createBody('gpu'),
      image: { id: '2501', source: 'partner' }
    })
    expect(partner.body.image_details).toMatchObject({ source: 'partner', id: '2501' })
    const github = await call(sim, 'POST', RUNNERS, { ...createBody('plain'), image: { id: '2321' } })
    expect(github.body).toMatchObject({
      platform: 'win-x64',
      image_details: { source: 'github', version: 'latest' }
    })
  })

  test('a create with an unknown image, version, size or group answers 422 and stores nothing', async () => {
    const image = sim.seed.image({ name: 'golden' })
    sim.seed.imageVersion(image.id, { version: '1.0.0', state: 'Failed' })
    const cases: [Record<string, unknown>, string][] = [
      [{ image: { id: 'ubuntu-9.04' } }, 'image.id'],
      [{ image: { id: String(image.id), source: 'custom', version: '1.0.0' } }, 'image.version'],
      [{ image: { source: 'github' } }, 'image.id'],
      [{ size: '3-core' }, 'size'],
      [{ runner_group_id: 99 }, 'runner_group_id'],
      [{ name: 'has space' }, 'name'],
      [{ maximum_runners: 0 }, 'maximum_runners']
    ]
    for (const [change, field] of cases) {
      const reply = await call(sim, 'POST', RUNNERS, { ...createBody('r'), ...change })
      expect({ field, status: reply.status, errors: reply.body.errors }).toMatchObject({
        status: 422,
        errors: [{ resource: 'HostedRunner', field }]
      })
    }
    expect(sim.state.runners).toHaveLength(0)
  })

  test('a taken name answers 422 already_exists, whatever its case', async () => {
    sim.seed.runner({ name: 'Build' })
    const reply = await call(sim, 'POST', RUNNERS, createBody('build'))
    expect(reply.status).toBe(422)
    expect(reply.body.message).toContain('already exists')
    expect(reply.body.errors[0]).toMatchObject({ field: 'name', code: 'already_exists' })
  })

  test('PATCH changes only the given fields; image_* map into image_details', async () => {
    const image = sim.seed.image({ name: 'golden' })
    sim.seed.imageVersion(image.id, { version: '2.0.0' })
    sim.seed.imageVersion(image.id, { version: '2.1.0' })
    const group = sim.seed.group({ name: 'big' })
    const runner = sim.seed.runner({ name: 'r', maximum_runners: 4 })
    const before = structuredClone(runner)
    const moved = await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { runner_group_id: group.id })
    expect(moved.body).toEqual({ ...before, runner_group_id: group.id })
    const reimaged = await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, {
      image_source: 'custom',
      image_id: String(image.id),
      image_version: '2.0.0'
    })
    expect(reimaged.body.image_details).toMatchObject({
      source: 'custom',
      id: String(image.id),
      version: '2.0.0'
    })
    const bumped = await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, {
      image_version: '2.1.0',
      size: '8-core'
    })
    expect(bumped.body).toMatchObject({
      maximum_runners: 4,
      image_details: { source: 'custom', version: '2.1.0' },
      machine_size_details: { id: '8-core', cpu_cores: 8 }
    })
    const refused = await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, {
      image_version: '9.9.9',
      maximum_runners: 9
    })
    expect(refused.status).toBe(422)
    expect(sim.state.runners[0]?.maximum_runners).toBe(4)
  })

  test('static public IPs count against the limit', async () => {
    sim.state.limits.maximumPublicIps = 1
    expect((await call(sim, 'POST', RUNNERS, createBody('a', { enable_static_ip: true }))).status).toBe(201)
    const over = await call(sim, 'POST', RUNNERS, createBody('b', { enable_static_ip: true }))
    expect(over.body.errors[0]).toMatchObject({ field: 'enable_static_ip' })
    expect((await call(sim, 'GET', `${RUNNERS}/limits`)).body).toEqual({
      public_ips: { maximum: 1, current_usage: 1 }
    })
  })
})

describe('custom images', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('deleting versions updates versions_count, total_versions_size and latest_version', async () => {
    const image = sim.seed.image({ name: 'golden' })
    sim.seed.imageVersion(image.id, { version: '1.9.0', size_gb: 10 })
    sim.seed.imageVersion(image.id, { version: '1.10.0', size_gb: 20 })
    sim.seed.imageVersion(image.id, { version: '1.11.0', size_gb: 30, state: 'InProgress' })
    expect((await call(sim, 'GET', `${IMAGES}/${image.id}`)).body).toMatchObject({
      versions_count: 3,
      total_versions_size: 60,
      latest_version: '1.10.0'
    })
    expect((await call(sim, 'DELETE', `${IMAGES}/${image.id}/versions/1.10.0`)).status).toBe(204)
    expect((await call(sim, 'GET', `${IMAGES}/${image.id}`)).body).toMatchObject({
      versions_count: 2,
      total_versions_size: 40,
      latest_version: '1.9.0'
    })
    expect((await call(sim, 'GET', `${IMAGES}/${image.id}/versions/1.10.0`)).status).toBe(404)
    expect((await call(sim, 'DELETE', `${IMAGES}/${image.id}/versions/1.10.0`)).status).toBe(404)
  })

  test('deleting an image removes it and its versions; unknown images answer 404', async () => {
    const image = sim.seed.image({ name: 'golden' })
    sim.seed.imageVersion(image.id, { version: '1.0.0' })
    expect((await call(sim, 'DELETE', `${IMAGES}/${image.id}`)).status).toBe(204)
    expect((await call(sim, 'GET', IMAGES)).body).toEqual({ total_count: 0, images: [] })
    expect((await call(sim, 'GET', `${IMAGES}/${image.id}/versions`)).status).toBe(404)
  })
})

test('a custom image runner created without a version follows "latest", and PATCHes keep it valid', async () => {
  const sim = await startSimulator()
  try {
    const image = sim.seed.image({ name: 'golden' })
    sim.seed.imageVersion(image.id, { version: '1.0.0' })
    const created = await call(sim, 'POST', RUNNERS, {
      ...createBody('c'),
      image: { id: String(image.id), source: 'custom' }
    })
    expect(created.body.image_details).toMatchObject({ source: 'custom', version: 'latest' })
    const patched = await call(sim, 'PATCH', `${RUNNERS}/${created.body.id}`, { image_source: 'custom' })
    expect(patched.status).toBe(200)
    expect(patched.body.image_details.version).toBe('latest')
  } finally {
    await sim.close()
  }
})

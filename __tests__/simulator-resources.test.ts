// The organization's resources on the simulator, request by request: hosted runners and their lifecycle,
// custom images, runner groups, scripted faults, the demo seed and CLI, and the seed helpers.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call, createBody, expectTotals, HEADERS, withCli, type Json } from './support/simulator-calls.js'

const ORG = '/orgs/acme/actions'
const RUNNERS = `${ORG}/hosted-runners`
const IMAGES = `${RUNNERS}/images/custom`
const GROUPS = `${ORG}/runner-groups`
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
    const github = await call(sim, 'POST', RUNNERS, { ...createBody('plain'), image: { id: '2320' } })
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

describe('runner groups', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('POST defaults visibility to all; selected_repository_ids needs visibility selected', async () => {
    const created = await call(sim, 'POST', GROUPS, { name: 'ops' })
    expect(created).toMatchObject({ status: 201, body: { name: 'ops', visibility: 'all', default: false } })
    expect(created.body.selected_repositories_url).toBeUndefined()
    const repo = sim.seed.repository({ name: 'api' })
    const refused = await call(sim, 'POST', GROUPS, { name: 'web', selected_repository_ids: [repo.id] })
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0]).toMatchObject({ field: 'selected_repository_ids' })
    const unknown = await call(sim, 'POST', GROUPS, {
      name: 'web',
      visibility: 'selected',
      selected_repository_ids: [1]
    })
    expect(unknown.status).toBe(422)
    expect(sim.state.groups.map((group) => group.name)).toEqual(['Default', 'ops'])
  })

  test('a taken group name answers 422 already_exists, on create and on rename', async () => {
    sim.seed.group({ name: 'Ops' })
    const other = sim.seed.group({ name: 'dev' })
    const created = await call(sim, 'POST', GROUPS, { name: 'ops' })
    expect(created.status).toBe(422)
    expect(created.body.errors[0]).toMatchObject({
      resource: 'RunnerGroup',
      field: 'name',
      code: 'already_exists'
    })
    const renamed = await call(sim, 'PATCH', `${GROUPS}/${other.id}`, { name: 'OPS' })
    expect(renamed.status).toBe(422)
    expect(
      (await call(sim, 'PATCH', `${GROUPS}/${other.id}`, { name: 'dev', visibility: 'private' })).status
    ).toBe(200)
  })

  test('PATCH requires name, as the spec says', async () => {
    const group = sim.seed.group({ name: 'ops' })
    const reply = await call(sim, 'PATCH', `${GROUPS}/${group.id}`, { visibility: 'private' })
    expect(reply.status).toBe(422)
    expect(reply.body.errors[0]).toMatchObject({ field: 'name', code: 'missing_field' })
  })

  test('repository changes on a group whose visibility is not selected answer 422 naming the visibility', async () => {
    const repo = sim.seed.repository({ name: 'api' })
    const group = sim.seed.group({ name: 'ops', visibility: 'all' })
    const attempts = [
      call(sim, 'PUT', `${GROUPS}/${group.id}/repositories`, { selected_repository_ids: [repo.id] }),
      call(sim, 'PUT', `${GROUPS}/${group.id}/repositories/${repo.id}`),
      call(sim, 'DELETE', `${GROUPS}/${group.id}/repositories/${repo.id}`)
    ]
    for (const reply of await Promise.all(attempts)) {
      expect(reply.status).toBe(422)
      expect(reply.body.message).toMatch(/visibility must be 'selected'/)
    }
    expect(group.selected_repository_ids).toEqual([])
  })

  test('unknown repositories and runners are refused', async () => {
    const group = sim.seed.group({ name: 'ops', visibility: 'selected' })
    expect((await call(sim, 'PUT', `${GROUPS}/${group.id}/repositories/424242`)).status).toBe(404)
    const set = await call(sim, 'PUT', `${GROUPS}/${group.id}/repositories`, {
      selected_repository_ids: [424242]
    })
    expect(set.status).toBe(422)
    expect((await call(sim, 'PUT', `${GROUPS}/${group.id}/runners/424242`)).status).toBe(404)
    expect((await call(sim, 'PUT', `${GROUPS}/${group.id}/runners`, { runners: [424242] })).status).toBe(422)
    expect((await call(sim, 'GET', `${GROUPS}/999/runners`)).status).toBe(404)
  })

  test('setting runners moves the others back to the default group', async () => {
    const group = sim.seed.group({ name: 'ops' })
    const [a, b] = [sim.seed.selfHostedRunner({ name: 'a' }), sim.seed.selfHostedRunner({ name: 'b' })]
    await call(sim, 'PUT', `${GROUPS}/${group.id}/runners`, { runners: [a.id, b.id] })
    await call(sim, 'PUT', `${GROUPS}/${group.id}/runners`, { runners: [b.id] })
    expect([a.runner_group_id, b.runner_group_id]).toEqual([1, group.id])
    const listed = await call(sim, 'GET', `${GROUPS}/${group.id}/runners`)
    expect(listed.body).toMatchObject({ total_count: 1, runners: [{ name: 'b', runner_group_id: group.id }] })
  })

  test('the default group cannot be deleted; deleting another moves its runners to the default', async () => {
    const refused = await call(sim, 'DELETE', `${GROUPS}/1`)
    expect(refused.status).toBe(422)
    expect(refused.body.message).toBe('The default runner group cannot be deleted.')
    const group = sim.seed.group({ name: 'ops' })
    const hosted = sim.seed.runner({ name: 'hosted', runner_group_id: group.id })
    const selfHosted = sim.seed.selfHostedRunner({ name: 'self', runner_group_id: group.id })
    expect((await call(sim, 'GET', `${GROUPS}/${group.id}/hosted-runners`)).body.total_count).toBe(1)
    expect((await call(sim, 'DELETE', `${GROUPS}/${group.id}`)).status).toBe(204)
    expect([hosted.runner_group_id, selfHosted.runner_group_id]).toEqual([1, 1])
    expect((await call(sim, 'GET', `${GROUPS}/${group.id}`)).status).toBe(404)
  })

  test('visible_to_repository keeps the groups that repository may use', async () => {
    const api = sim.seed.repository({ name: 'api', private: false })
    sim.seed.group({ name: 'chosen', visibility: 'selected', selected_repository_ids: [api.id] })
    sim.seed.group({ name: 'others', visibility: 'selected' })
    const reply = await call(sim, 'GET', `${GROUPS}?visible_to_repository=api`)
    expect(reply.body.runner_groups.map((group: Json) => group.name)).toEqual(['Default', 'chosen'])
    const unknown = await call(sim, 'GET', `${GROUPS}?visible_to_repository=nope`)
    expect(unknown.body.runner_groups.map((group: Json) => group.name)).toEqual(['Default'])
  })
})

describe('faults', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('a status fault answers the next `times` matching requests, then normal handling resumes', async () => {
    const fault = sim.fault({ method: 'GET', path: /hosted-runners$/, status: 502, times: 2 })
    const statuses = []
    for (let index = 0; index < 3; index++) statuses.push((await call(sim, 'GET', RUNNERS)).status)
    expect(statuses).toEqual([502, 502, 200])
    expect(fault.hits).toBe(2)
    expect((await call(sim, 'GET', GROUPS)).status).toBe(200)
  })

  test('a 429 carries the scripted headers and body', async () => {
    sim.fault({ path: GROUPS, status: 429, headers: { 'retry-after': '2' } })
    const reply = await call(sim, 'GET', GROUPS)
    expect(reply).toMatchObject({ status: 429, body: { message: 'API rate limit exceeded' } })
    expect(reply.headers.get('retry-after')).toBe('2')
    expect(sim.requests[0]?.status).toBe(429)
  })

  test('afterHandling: the create happens, its answer is lost', async () => {
    sim.fault({ method: 'POST', path: RUNNERS, status: 502, afterHandling: true })
    expect((await call(sim, 'POST', RUNNERS, createBody('lost'))).status).toBe(502)
    expect(sim.state.runners.map((runner) => runner.name)).toEqual(['lost'])
    expect((await call(sim, 'POST', RUNNERS, createBody('lost'))).status).toBe(422)
  })

  test('reset destroys the connection; with afterHandling the state still changes', async () => {
    sim.fault({ method: 'POST', path: GROUPS, reset: true, afterHandling: true })
    await expect(call(sim, 'POST', GROUPS, { name: 'ghost' })).rejects.toThrow()
    expect(sim.state.groups.map((group) => group.name)).toEqual(['Default', 'ghost'])
    expect(sim.requests[0]?.status).toBe(0)
    sim.fault({ path: GROUPS, reset: true })
    await expect(call(sim, 'GET', GROUPS)).rejects.toThrow()
    sim.clearFaults()
    expect((await call(sim, 'GET', GROUPS)).status).toBe(200)
  })

  test('delayMs alone slows a normal answer down', async () => {
    sim.fault({ path: GROUPS, delayMs: 150 })
    const started = Date.now()
    expect((await call(sim, 'GET', GROUPS)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  test('a fault needs something to do', () => {
    expect(() => sim.fault({ path: GROUPS })).toThrow(/status, reset: true or delayMs/)
  })
})

describe('demo seed and CLI', () => {
  test('the demo data set answers every list within the spec', async () => {
    const sim = await startSimulator({ seed: 'demo' })
    try {
      await expectTotals(sim, [
        [RUNNERS, 4],
        [IMAGES, 2],
        [GROUPS, 2],
        [`${ORG}/runners`, 3],
        [`${GROUPS}/2/repositories`, 2],
        [`${GROUPS}/2/runners`, 2]
      ])
    } finally {
      await sim.close()
    }
  })

  test('node simulator/cli.js prints its URL, serves, and exits cleanly on SIGTERM', async () => {
    await withCli(['--port', '0', '--org', 'initech'], async ([line = '', ...rest], url) => {
      expect(rest.at(-1)).toMatch(
        /^enterprise octo-ent: .*organizations initech \(id 9919\), initech-labs \(id 9920\)$/
      )
      expect(line).toMatch(/^simulator listening on http:\/\/127\.0\.0\.1:\d+$/)
      const reply = await fetch(`${url}/orgs/initech/actions/runner-groups`, { headers: HEADERS })
      expect(reply.status).toBe(200)
    })
  })
})

describe('seeds', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('fill every field with GitHub-like defaults', () => {
    const runner = sim.seed.runner({ name: 'r' })
    expect(runner).toMatchObject({
      status: 'Ready',
      runner_group_id: 1,
      platform: 'linux-x64',
      image_details: { id: '2306', source: 'github' },
      machine_size_details: { id: '4-core' }
    })
    const image = sim.seed.image({ name: 'img' })
    sim.seed.imageVersion(image.id, { version: '1.0.0', size_gb: 7 })
    expect(image).toMatchObject({
      versions_count: 1,
      total_versions_size: 7,
      latest_version: '1.0.0',
      source: 'custom'
    })
    expect(sim.seed.repository({ name: 'api' })).toMatchObject({ owner: 'acme', private: true })
  })

  test('refuse states GitHub could not be in, saying which seed and why', () => {
    sim.seed.runner({ name: 'r' })
    expect(() => sim.seed.runner({ name: 'R' })).toThrow(
      "seed.runner: A hosted runner named 'R' already exists."
    )
    expect(() => sim.seed.runner({ name: 'x', runner_group_id: 42 })).toThrow(
      'seed.runner: No runner group 42.'
    )
    sim.seed.group({ name: 'ops' })
    expect(() => sim.seed.group({ name: 'ops' })).toThrow(
      "seed.group: A runner group named 'ops' already exists."
    )
    sim.seed.image({ name: 'img' })
    expect(() => sim.seed.image({ name: 'img' })).toThrow("seed.image: the name 'img' is taken")
    expect(() => sim.seed.imageVersion(1, { version: '1.0.0' })).toThrow('no custom image 1')
    sim.seed.repository({ name: 'api' })
    expect(() => sim.seed.repository({ name: 'api' })).toThrow("seed.repository: the name 'api' is taken")
    expect(sim.seed.repository({ name: 'api', owner: 'other' }).owner).toBe('other')
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

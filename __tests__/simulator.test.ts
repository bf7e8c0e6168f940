import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call, createBody, expectTotals, HEADERS, withCli, type Json } from './support/simulator-calls.js'
import { describeEveryRoute, grantRows, scopeRows } from './support/simulator-routes.js'

const ORG = '/orgs/acme/actions'
const RUNNERS = `${ORG}/hosted-runners`
const IMAGES = `${RUNNERS}/images/custom`
const GROUPS = `${ORG}/runner-groups`

describeEveryRoute(
  'every route answers its documented success, and the answer conforms to the spec',
  { operations: 33, of: 'the description' },
  (sim, ids) => {
    const group = () => `${GROUPS}/${ids.group}`
    const listing: ReturnType<typeof scopeRows>[number] = [
      'GET',
      'repositories of the organization, 100 a page',
      () => '/orgs/acme/repos?per_page=100',
      undefined,
      200,
      (b) => expect(b).toEqual(expect.arrayContaining([expect.objectContaining({ full_name: 'acme/api' })]))
    ]
    const rows = scopeRows(
      {
        actions: ORG,
        listRunners: (b) => expect(b.runners).toHaveLength(b.total_count),
        runner: {
          create: createBody('new-runner', { maximum_runners: 3, enable_static_ip: true, image_gen: true }),
          created: (b) =>
            expect(b).toMatchObject({ status: 'Provisioning', maximum_runners: 3, public_ip_enabled: true }),
          update: { name: 'renamed-runner', image_version: null },
          updated: (b) => expect(b.name).toBe('renamed-runner')
        },
        publicIpsInUse: 2,
        customImages: (b) => {
          const id = b.images.find((image: Json) => image.name === 'acme-base').id
          expect(b.total_count).toBe(2)
          return id
        },
        image: { latestVersion: '1.3.0', failedVersion: '1.2.0' },
        listGroups: (b) => expect(b.runner_groups[0]).toMatchObject({ id: 1, default: true }),
        group: {
          create: {
            name: 'deploy',
            visibility: 'selected',
            selected_repository_ids: [],
            runners: [],
            restricted_to_workflows: false
          },
          created: (b) =>
            expect(b.selected_repositories_url).toBe(`${sim().url}${GROUPS}/${b.id}/repositories`),
          update: { name: 'deploy', network_configuration_id: 'net-1' },
          updated: (b) => expect(b.network_configuration_id).toBe('net-1')
        },
        grants: [
          [
            'GET',
            'group hosted runners',
            () => `${GROUPS}/1/hosted-runners`,
            undefined,
            200,
            // the deleted runner is listed (Deleting) until a GET has seen it gone
            (b) =>
              expect(b.runners.map((r: Json) => r.name)).toEqual([
                'linux-4core',
                'linux-16core-static',
                'windows-8core',
                'renamed-runner'
              ])
          ],
          ...grantRows(group, {
            many: 'repositories',
            one: 'repository',
            set: { selected_repository_ids: [700000] },
            add: 700001,
            remove: 700000,
            listed: (b) => expect(b.repositories.map((r: Json) => r.full_name)).toEqual(['acme/web'])
          })
        ],
        groupRunners: {
          set: 5000,
          add: 5001,
          remove: () => `${group()}/runners/5000`,
          listed: ['build-agent-2']
        },
        selfHostedByName: { name: 'gpu-box', check: (b) => expect(b.total_count).toBe(1) },
        last: [
          'GET',
          'repository',
          () => '/repos/acme/api',
          undefined,
          200,
          (b) => expect(b).toMatchObject({ id: 700000, private: true })
        ]
      },
      ids
    )
    return [...rows, listing]
  }
)

describe('requests that break the spec are refused, listing each violation, before any state change', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('unknown body properties, at the top and nested, are each a violation', async () => {
    const reply = await call(sim, 'POST', RUNNERS, {
      ...createBody('r1'),
      colour: 'red',
      image: { id: 'x', tag: 1 }
    })
    expect(reply.status).toBe(422)
    expect(reply.body.message).toBe(
      'Invalid request.\n\nbody: "colour" is not a permitted key.\nbody.image: "tag" is not a permitted key.'
    )
    expect(reply.body.errors).toEqual([
      expect.objectContaining({ resource: 'HostedRunner', field: 'colour', code: 'invalid' }),
      expect.objectContaining({ resource: 'HostedRunner', field: 'image.tag', code: 'invalid' })
    ])
    expect(sim.state.runners).toHaveLength(0)
  })

  test('a wrong type and a missing required field are both listed', async () => {
    const body: Record<string, unknown> = createBody('r1', { maximum_runners: '5' })
    delete body.size
    const reply = await call(sim, 'POST', RUNNERS, body)
    expect(reply.status).toBe(422)
    expect(reply.body.message).toContain('body.maximum_runners: must be integer (got "5")')
    expect(reply.body.message).toContain(`body: "size" wasn't supplied.`)
    expect(reply.body.errors.map((error: Json) => [error.field, error.code])).toEqual(
      expect.arrayContaining([
        ['maximum_runners', 'invalid'],
        ['size', 'missing_field']
      ])
    )
    expect(sim.state.runners).toHaveLength(0)
  })

  test('path parameters are checked: the version pattern and integer ids', async () => {
    const image = sim.seed.image({ name: 'img' })
    const version = await call(sim, 'DELETE', `${IMAGES}/${image.id}/versions/1.2`)
    expect(version.status).toBe(422)
    expect(version.body.message).toContain(
      'path.version: must match pattern "^\\d+\\.\\d+\\.\\d+$" (got "1.2")'
    )
    const id = await call(sim, 'GET', `${RUNNERS}/abc`)
    expect(id.status).toBe(422)
    expect(id.body.errors[0]).toMatchObject({ field: 'hosted_runner_id', code: 'invalid' })
  })

  test('unknown query parameters and per_page above 100 are violations', async () => {
    const reply = await call(sim, 'GET', `${RUNNERS}?per_page=101&state=all`)
    expect(reply.status).toBe(422)
    expect(reply.body.message).toContain('query: "state" is not a permitted parameter.')
    expect(reply.body.message).toContain('query.per_page: must be <= 100 (got 101)')
    expect((await call(sim, 'GET', `${RUNNERS}?page=0`)).status).toBe(422)
    expect((await call(sim, 'GET', `${IMAGES}?per_page=10`)).status).toBe(422) // this list is not paginated
  })

  test('a body where none is taken, no body where one is required, and JSON that does not parse', async () => {
    const group = sim.seed.group({ name: 'g', visibility: 'selected' })
    const extra = await call(sim, 'PUT', `${GROUPS}/${group.id}/repositories/1`, {})
    expect(extra.status).toBe(422)
    expect(extra.body.message).toContain('this operation takes no request body')
    const missing = await call(sim, 'PUT', `${GROUPS}/${group.id}/repositories`)
    expect(missing.status).toBe(422)
    expect(missing.body.message).toContain('a JSON request body is required')
    const broken = await call(sim, 'POST', GROUPS, '{"name": ')
    expect(broken).toMatchObject({ status: 400, body: { message: 'Problems parsing JSON' } })
    expect(sim.state.groups.map((g) => g.name)).toEqual(['Default', 'g'])
  })

  test('the API version header must be present and supported', async () => {
    const missing = await call(sim, 'GET', RUNNERS, undefined, { authorization: 'token t' })
    expect(missing.status).toBe(400)
    expect(missing.body.message).toContain('X-GitHub-Api-Version')
    const old = await call(sim, 'GET', RUNNERS, undefined, {
      ...HEADERS,
      'x-github-api-version': '2021-01-01'
    })
    expect(old).toMatchObject({ status: 400, body: { message: 'API version 2021-01-01 is not supported.' } })
    const supported = await call(sim, 'GET', RUNNERS, undefined, {
      ...HEADERS,
      'x-github-api-version': '2022-11-28'
    })
    expect(supported.status).toBe(200)
    expect(supported.headers.get('x-github-api-version-selected')).toBe('2022-11-28')
  })

  test('authorization must be "token X" or "Bearer X"; with a token option, only that one', async () => {
    const none = await call(sim, 'GET', RUNNERS, undefined, { 'x-github-api-version': '2026-03-10' })
    expect(none).toMatchObject({ status: 401, body: { message: 'Requires authentication' } })
    const basic = await call(sim, 'GET', RUNNERS, undefined, { ...HEADERS, authorization: 'Basic abc' })
    expect(basic.status).toBe(401)
    const strict = await startSimulator({ token: 'right' })
    try {
      const wrong = await call(strict, 'GET', RUNNERS, undefined, {
        ...HEADERS,
        authorization: 'token wrong'
      })
      expect(wrong).toMatchObject({ status: 401, body: { message: 'Bad credentials' } })
      expect(
        (await call(strict, 'GET', RUNNERS, undefined, { ...HEADERS, authorization: 'token right' })).status
      ).toBe(200)
    } finally {
      await strict.close()
    }
  })

  test('other orgs, unknown paths and methods a path lacks answer 404 Not Found', async () => {
    const other = await call(sim, 'GET', '/orgs/globex/actions/hosted-runners')
    expect(other).toMatchObject({ status: 404, body: { message: 'Not Found' } })
    expect((await call(sim, 'GET', '/orgs/acme/actions/secrets')).status).toBe(404)
    expect((await call(sim, 'DELETE', `${RUNNERS}/limits`)).status).toBe(404)
    expect((await call(sim, 'POST', `${RUNNERS}/1`, {})).status).toBe(404)
    expect((await call(sim, 'GET', '/repos/acme/missing')).status).toBe(404)
  })

  test('every request is recorded with what was answered', async () => {
    await call(sim, 'POST', GROUPS, { name: 'ops' })
    await call(sim, 'GET', `${GROUPS}?per_page=5`)
    expect(sim.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: GROUPS,
        body: { name: 'ops' },
        status: 201,
        query: {}
      }),
      expect.objectContaining({
        method: 'GET',
        path: GROUPS,
        query: { per_page: '5' },
        body: undefined,
        status: 200
      })
    ])
    expect(sim.requests[0]?.headers['x-github-api-version']).toBe('2026-03-10')
    sim.clearRequests()
    expect(sim.requests).toHaveLength(0)
  })
})

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

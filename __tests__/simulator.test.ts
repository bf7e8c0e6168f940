import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call, createBody, HEADERS, type Json } from './support/simulator-calls.js'
import { describeEveryRoute, grantRows, scopeRows } from './support/simulator-routes.js'

const ORG = '/orgs/acme/actions'
const RUNNERS = `${ORG}/hosted-runners`
const IMAGES = `${RUNNERS}/images/custom`
const GROUPS = `${ORG}/runner-groups`

describeEveryRoute(
  'every route answers its documented success, and the answer conforms to the spec',
  { operations: 39, of: 'the description' },
  (sim, ids) => {
    const group = () => `${GROUPS}/${ids.group}`
    const network = (name: string) => sim().state.networkConfigurations.find((c) => c.name === name)?.id
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
          update: () => ({ name: 'deploy', network_configuration_id: network('corp-vnet') }),
          updated: (b) => expect(b.network_configuration_id).toBe(network('corp-vnet'))
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
        networks: {
          base: '/orgs/acme/settings',
          listed: ['corp-vnet', 'lab-vnet'],
          spare: () => sim().state.networkSettings.find((n) => n.name === 'spare-subnet')?.id ?? ''
        },
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

// The simulator against its OpenAPI description: every route answers its documented success, and a
// request that breaks the spec is refused, listing each violation, before any state change.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call, createBody, HEADERS, type Json } from './support/simulator-calls.js'
import { describeEveryRoute, grantRows, scopeRows } from './support/simulator-routes.js'

const ORG = '/orgs/acme/actions'
const RUNNERS = `${ORG}/hosted-runners`
const IMAGES = `${RUNNERS}/images/custom`
const GROUPS = `${ORG}/runner-groups`

describeEveryRoute(
  'every route answers its documented success, and the answer conforms to the spec',
  { operations: 32, of: 'the description' },
  (sim, ids) => {
    const group = () => `${GROUPS}/${ids.group}`
    return scopeRows(
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

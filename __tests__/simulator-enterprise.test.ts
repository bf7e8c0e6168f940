import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call, createBody, expectTotals, HEADERS, withCli, type Json } from './support/simulator-calls.js'
import { describeEveryRoute, grantRows, scopeRows } from './support/simulator-routes.js'

const ENT = '/enterprises/octo-ent/actions'
const RUNNERS = `${ENT}/hosted-runners`
const IMAGES = `${RUNNERS}/images/custom`
const GROUPS = `${ENT}/runner-groups`
const ORG_RUNNERS = '/orgs/acme/actions/hosted-runners'
const ORG_GROUPS = '/orgs/acme/actions/runner-groups'
const ACME = 9919
const LABS = 9920
const octoVnet = (sim: Simulator) =>
  sim.state.enterprise.networkConfigurations.find((c) => c.name === 'octo-vnet')?.id

// Answers are checked against the GHEC description by the simulator itself (a mismatch is a 500).
describeEveryRoute(
  'every enterprise route answers its documented success, within the GHEC description',
  { spec: 'ghec', operations: 37, of: 'the GHEC fixture' },
  (sim, ids) =>
    scopeRows(
      {
        actions: ENT,
        listRunners: (b) => expect(b.total_count).toBe(2),
        runner: {
          create: createBody('ent-new'),
          // GHEC: maximum_runners defaults to 50 at enterprise level
          created: (b) =>
            expect(b).toMatchObject({ status: 'Provisioning', maximum_runners: 50, runner_group_id: 1 }),
          update: { maximum_runners: 4 },
          updated: (b) => expect(b.maximum_runners).toBe(4)
        },
        publicIpsInUse: 0,
        customImages: (b) => {
          expect(b.images.map((image: Json) => image.name)).toEqual(['octo-golden'])
          return b.images[0].id
        },
        image: { latestVersion: '2.0.0', failedVersion: '1.3.0' },
        listGroups: (b) =>
          expect(b.runner_groups.map((g: Json) => [g.id, g.name, g.visibility])).toEqual([
            [1, 'Default', 'all'],
            [101, 'platform', 'selected']
          ]),
        group: {
          create: { name: 'deploy', visibility: 'selected', selected_organization_ids: [LABS], runners: [] },
          created: (b) => {
            expect(b.selected_organizations_url).toBe(`${sim().url}${GROUPS}/${b.id}/organizations`)
            expect(b.inherited).toBeUndefined()
          },
          update: () => ({ network_configuration_id: octoVnet(sim()) }),
          updated: (b) =>
            expect(b).toMatchObject({ name: 'deploy', network_configuration_id: octoVnet(sim()) })
        },
        grants: grantRows(() => `${GROUPS}/${ids.group}`, {
          many: 'organizations',
          one: 'organization',
          set: { selected_organization_ids: [ACME] },
          add: LABS,
          remove: ACME,
          listed: (b) =>
            expect(b).toMatchObject({ total_count: 1, organizations: [{ login: 'acme-labs', id: LABS }] })
        }),
        groupRunners: {
          set: 8000,
          add: 8000,
          remove: () => `${GROUPS}/101/runners/8000`,
          listed: ['ent-agent-1']
        },
        networks: {
          base: '/enterprises/octo-ent',
          listed: ['octo-vnet'],
          spare: () => sim().state.enterprise.networkSettings.find((n) => n.name === 'octo-spare')?.id ?? ''
        },
        selfHostedByName: {
          name: 'ent-agent-1',
          check: (b) => expect(b).toMatchObject({ total_count: 1, runners: [{ runner_group_id: 1 }] })
        },
        last: [
          'GET',
          'organization',
          () => '/orgs/acme-labs',
          undefined,
          200,
          (b) => expect(b).toMatchObject({ login: 'acme-labs', id: LABS, type: 'Organization' })
        ]
      },
      ids
    )
)

describe('enterprise requests that break the GHEC description are refused 422, as organization ones are', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('an organization-only body field, an unknown one, and visibility private', async () => {
    const reply = await call(sim, 'POST', GROUPS, {
      name: 'g',
      visibility: 'private',
      selected_repository_ids: [1],
      colour: 'red'
    })
    expect(reply.status).toBe(422)
    expect(reply.body.message).toContain('body: "selected_repository_ids" is not a permitted key.')
    expect(reply.body.message).toContain('body: "colour" is not a permitted key.')
    expect(reply.body.message).toContain('body.visibility: must be equal to one of the allowed values')
    expect(reply.body.errors[0]).toMatchObject({ resource: 'RunnerGroup', code: 'invalid' })
    const runner = await call(sim, 'POST', RUNNERS, { ...createBody('r'), tag: 1 })
    expect(runner.body.errors).toEqual([expect.objectContaining({ resource: 'HostedRunner', field: 'tag' })])
    expect(sim.state.enterprise.groups.map((group) => group.name)).toEqual(['Default'])
    expect(sim.state.enterprise.runners).toEqual([])
  })

  test('bad path and query parameters', async () => {
    const id = await call(sim, 'GET', `${GROUPS}/abc/organizations`)
    expect(id.status).toBe(422)
    expect(id.body.errors[0]).toMatchObject({ field: 'runner_group_id', code: 'invalid' })
    const orgId = await call(sim, 'PUT', `${GROUPS}/1/organizations/acme`)
    expect(orgId.body.errors[0]).toMatchObject({ field: 'org_id', code: 'invalid' })
    const query = await call(sim, 'GET', `${GROUPS}?visible_to_repository=api&per_page=101`)
    expect(query.status).toBe(422)
    expect(query.body.message).toContain('query: "visible_to_repository" is not a permitted parameter.')
    expect(query.body.message).toContain('query.per_page: must be <= 100 (got 101)')
    const version = await call(sim, 'GET', `${IMAGES}/800/versions/1.2`)
    expect(version.body.message).toContain('path.version: must match pattern')
  })

  test('an unknown enterprise answers 404, like an unknown organization; routes GHEC lacks are 404', async () => {
    expect(await call(sim, 'GET', '/enterprises/globex/actions/hosted-runners')).toMatchObject({
      status: 404,
      body: { message: 'Not Found' }
    })
    expect((await call(sim, 'GET', '/enterprises/OCTO-ENT/actions/runner-groups')).status).toBe(200)
    expect((await call(sim, 'GET', `${GROUPS}/1/hosted-runners`)).status).toBe(404)
    expect((await call(sim, 'GET', `${GROUPS}/1/repositories`)).status).toBe(404)
    expect((await call(sim, 'GET', `${ORG_GROUPS}/1/organizations`)).status).toBe(404)
    expect((await call(sim, 'PATCH', '/orgs/acme', {})).status).toBe(404)
  })

  test('an enterprise PATCH needs no name (GHEC); an organization PATCH still does', async () => {
    expect((await call(sim, 'PATCH', `${GROUPS}/1`, {})).status).toBe(200)
    expect((await call(sim, 'PATCH', `${GROUPS}/1`)).status).toBe(200)
    expect((await call(sim, 'PATCH', `${ORG_GROUPS}/1`, {})).status).toBe(422)
    const renamed = await call(sim, 'PATCH', `${GROUPS}/1`, { name: 'Renamed' })
    expect(renamed.body.message).toBe('The default runner group cannot be renamed.')
  })
})

describe('the organization and the enterprise keep separate state', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('runners, groups, images and self-hosted runners of one scope are not seen from the other', async () => {
    const created = await call(sim, 'POST', RUNNERS, createBody('same-name'))
    expect(created.body.id).toBe(1001)
    expect((await call(sim, 'POST', ORG_RUNNERS, createBody('same-name'))).body.id).toBe(1)
    expect((await call(sim, 'GET', `${ORG_RUNNERS}/1001`)).status).toBe(404)
    expect((await call(sim, 'GET', `${RUNNERS}/1`)).status).toBe(404)
    sim.seed.enterprise.group({ name: 'ent-only' })
    sim.seed.group({ name: 'org-only' })
    const names = async (path: string) =>
      (await call(sim, 'GET', path)).body.runner_groups.map((group: Json) => group.name)
    expect(await names(GROUPS)).toEqual(['Default', 'ent-only'])
    expect(await names(ORG_GROUPS)).toEqual(['Default', 'org-only'])
    const image = sim.seed.enterprise.image({ name: 'golden' })
    expect(image.id).toBe(800)
    expect((await call(sim, 'GET', `${IMAGES}/800`)).status).toBe(200)
    expect((await call(sim, 'GET', `${ORG_RUNNERS}/images/custom/800`)).status).toBe(404)
    sim.seed.enterprise.selfHostedRunner({ name: 'agent' })
    expect((await call(sim, 'GET', `${ENT}/runners`)).body.total_count).toBe(1)
    expect((await call(sim, 'GET', '/orgs/acme/actions/runners')).body.total_count).toBe(0)
    expect(sim.state.runners.map((r) => r.id)).toEqual([1])
    expect(sim.state.enterprise.runners.map((r) => r.id)).toEqual([1001])
  })

  test("a hosted runner's group and custom image come from its own scope", async () => {
    const group = sim.seed.group({ name: 'org-group' })
    const refused = await call(sim, 'POST', RUNNERS, createBody('r', { runner_group_id: group.id }))
    expect(refused.status).toBe(422)
    expect(refused.body.message).toBe(`No runner group ${group.id}.`)
    const image = sim.seed.image({ name: 'org-image' })
    sim.seed.imageVersion(image.id, { version: '1.0.0' })
    const custom = await call(sim, 'POST', RUNNERS, {
      ...createBody('c'),
      image: { id: String(image.id), source: 'custom' }
    })
    expect(custom.status).toBe(422)
  })
})

describe('enterprise runner groups and their organizations', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  const orgsOf = async (groupId: number) =>
    (await call(sim, 'GET', `${GROUPS}/${groupId}/organizations`)).body.organizations.map(
      (o: Json) => o.login
    )

  test('create with selected_organization_ids; PUT replaces, PUT and DELETE one add and remove', async () => {
    const created = await call(sim, 'POST', GROUPS, {
      name: 'platform',
      visibility: 'selected',
      selected_organization_ids: [ACME, ACME]
    })
    expect(created.status).toBe(201)
    const id = created.body.id
    expect(await orgsOf(id)).toEqual(['acme'])
    expect(
      (await call(sim, 'PUT', `${GROUPS}/${id}/organizations`, { selected_organization_ids: [LABS] })).status
    ).toBe(204)
    expect(await orgsOf(id)).toEqual(['acme-labs'])
    await call(sim, 'PUT', `${GROUPS}/${id}/organizations/${ACME}`)
    await call(sim, 'PUT', `${GROUPS}/${id}/organizations/${ACME}`)
    expect(await orgsOf(id)).toEqual(['acme', 'acme-labs'])
    await call(sim, 'DELETE', `${GROUPS}/${id}/organizations/${LABS}`)
    await call(sim, 'DELETE', `${GROUPS}/${id}/organizations/${LABS}`)
    expect(await orgsOf(id)).toEqual(['acme'])
    expect(
      (await call(sim, 'PUT', `${GROUPS}/${id}/organizations`, { selected_organization_ids: [] })).status
    ).toBe(204)
    expect(await orgsOf(id)).toEqual([])
  })

  test('the organization list pages and shows each as Organization Simple', async () => {
    for (const login of ['org-a', 'org-b']) sim.seed.enterprise.organization({ login })
    const ids = sim.state.enterprise.organizations.map((org) => org.id)
    const group = sim.seed.enterprise.group({
      name: 'g',
      visibility: 'selected',
      selected_organization_ids: ids
    })
    const page = await call(sim, 'GET', `${GROUPS}/${group.id}/organizations?per_page=3&page=2`)
    expect(page.body.total_count).toBe(4)
    expect(page.body.organizations).toEqual([
      expect.objectContaining({ login: 'org-b', id: 9922, url: `${sim.url}/orgs/org-b`, description: null })
    ])
  })

  test('organization changes on a group whose visibility is not selected answer 422 naming the visibility', async () => {
    const group = sim.seed.enterprise.group({ name: 'open' })
    const attempts = [
      call(sim, 'PUT', `${GROUPS}/${group.id}/organizations`, { selected_organization_ids: [ACME] }),
      call(sim, 'PUT', `${GROUPS}/${group.id}/organizations/${ACME}`),
      call(sim, 'DELETE', `${GROUPS}/${group.id}/organizations/${ACME}`)
    ]
    for (const reply of await Promise.all(attempts)) {
      expect(reply.status).toBe(422)
      expect(reply.body.message).toMatch(/visibility must be 'selected'/)
    }
    expect(await orgsOf(group.id)).toEqual([])
  })

  test('unknown organizations and groups are refused; selected_organization_ids needs visibility selected', async () => {
    const group = sim.seed.enterprise.group({ name: 'g', visibility: 'selected' })
    expect((await call(sim, 'PUT', `${GROUPS}/${group.id}/organizations/4242`)).status).toBe(404)
    const set = await call(sim, 'PUT', `${GROUPS}/${group.id}/organizations`, {
      selected_organization_ids: [4242]
    })
    expect(set.status).toBe(422)
    expect(set.body.message).toBe('Unknown organization ids: 4242.')
    expect((await call(sim, 'GET', `${GROUPS}/999/organizations`)).status).toBe(404)
    const all = await call(sim, 'POST', GROUPS, { name: 'h', selected_organization_ids: [ACME] })
    expect(all.status).toBe(422)
    expect(all.body.errors[0]).toMatchObject({ field: 'selected_organization_ids' })
    const taken = await call(sim, 'POST', GROUPS, { name: 'G' })
    expect(taken.body.errors[0]).toMatchObject({ field: 'name', code: 'already_exists' })
  })

  test('turning a group to visibility all forgets its organizations', async () => {
    const group = sim.seed.enterprise.group({
      name: 'g',
      visibility: 'selected',
      selected_organization_ids: [ACME]
    })
    const patched = await call(sim, 'PATCH', `${GROUPS}/${group.id}`, { visibility: 'all' })
    expect(patched.body.selected_organizations_url).toBeUndefined()
    expect(group.selected_organization_ids).toEqual([])
  })

  test('visible_to_organization keeps the groups that organization may use', async () => {
    sim.seed.enterprise.group({
      name: 'acme-only',
      visibility: 'selected',
      selected_organization_ids: [ACME]
    })
    sim.seed.enterprise.group({
      name: 'labs-only',
      visibility: 'selected',
      selected_organization_ids: [LABS]
    })
    const names = async (org: string) =>
      (await call(sim, 'GET', `${GROUPS}?visible_to_organization=${org}`)).body.runner_groups.map(
        (group: Json) => group.name
      )
    expect(await names('ACME')).toEqual(['Default', 'acme-only'])
    expect(await names('acme-labs')).toEqual(['Default', 'labs-only'])
    expect(await names('nobody')).toEqual(['Default'])
  })

  test('deleting a group moves its runners, hosted and self-hosted, to the default group', async () => {
    const group = sim.seed.enterprise.group({ name: 'g' })
    const hosted = sim.seed.enterprise.runner({ name: 'h', runner_group_id: group.id })
    const agent = sim.seed.enterprise.selfHostedRunner({ name: 's', runner_group_id: group.id })
    expect((await call(sim, 'DELETE', `${GROUPS}/${group.id}`)).status).toBe(204)
    expect([hosted.runner_group_id, agent.runner_group_id]).toEqual([1, 1])
    expect((await call(sim, 'DELETE', `${GROUPS}/1`)).status).toBe(422)
  })
})

describe('GET /orgs/{org}', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ org: 'initech', enterprise: 'big-corp' })
  })
  afterAll(() => sim.close())

  test("answers the simulator's organization and the enterprise's other one, case-insensitively", async () => {
    expect((await call(sim, 'GET', '/orgs/Initech')).body).toMatchObject({ login: 'initech', id: ACME })
    expect((await call(sim, 'GET', '/orgs/initech-labs')).body).toMatchObject({
      login: 'initech-labs',
      id: LABS
    })
    sim.seed.enterprise.organization({ login: 'initech-eu', id: 123 })
    expect((await call(sim, 'GET', '/orgs/initech-eu')).body.id).toBe(123)
  })

  test('any other organization answers 404; the enterprise option names the enterprise', async () => {
    expect(await call(sim, 'GET', '/orgs/acme')).toMatchObject({
      status: 404,
      body: { message: 'Not Found' }
    })
    expect((await call(sim, 'GET', '/enterprises/octo-ent/actions/runner-groups')).status).toBe(404)
    const groups = await call(sim, 'GET', '/enterprises/big-corp/actions/runner-groups')
    expect(groups.body.runner_groups[0].runners_url).toBe(
      `${sim.url}/enterprises/big-corp/actions/runner-groups/1/runners`
    )
  })
})

describe('enterprise seeds and the demo', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSimulator()
  })
  afterEach(() => sim.close())

  test('seed.enterprise.* fills the enterprise, refusing what GitHub would refuse', () => {
    expect(sim.seed.enterprise.runner({ name: 'r' })).toMatchObject({
      id: 1001,
      maximum_runners: 50,
      status: 'Ready'
    })
    expect(() => sim.seed.enterprise.runner({ name: 'R' })).toThrow(
      "seed.enterprise.runner: A hosted runner named 'R' already exists."
    )
    expect(() => sim.seed.enterprise.group({ name: 'g', visibility: 'private' })).toThrow(
      "seed.enterprise.group: an enterprise group's visibility is 'all' or 'selected', not 'private'"
    )
    expect(() =>
      sim.seed.enterprise.group({ name: 'g', visibility: 'selected', selected_organization_ids: [1] })
    ).toThrow('seed.enterprise.group: Unknown organization ids: 1.')
    expect(() => sim.seed.enterprise.image({ name: '' })).toThrow('seed.enterprise.image needs a name')
    expect(() => sim.seed.enterprise.organization({ login: 'ACME' })).toThrow(
      "seed.enterprise.organization: the login 'ACME' is taken"
    )
    expect(sim.seed.enterprise.organization({ login: 'acme-eu' }).id).toBe(9921)
    expect(sim.state.runners).toEqual([])
  })

  test('the demo seeds the enterprise: group platform for acme, a self-hosted runner, octo-golden, two runners', async () => {
    await sim.close()
    sim = await startSimulator({ seed: 'demo' })
    const replies = await expectTotals(sim, [
      [RUNNERS, 2],
      [IMAGES, 1],
      [GROUPS, 2],
      [`${ENT}/runners`, 1],
      [`${GROUPS}/101/organizations`, 1],
      [`${GROUPS}/101/runners`, 1]
    ])
    expect(replies[0]?.body.runners.map((r: Json) => [r.name, r.image_details.version])).toEqual([
      ['ent-linux-4core', 'latest'],
      ['ent-golden', '1.1.0']
    ])
    expect(replies[4]?.body.organizations[0].login).toBe('acme')
    const versions = await call(sim, 'GET', `${IMAGES}/800/versions`)
    expect(versions.body.image_versions.map((v: Json) => `${v.version}:${v.state}`)).toEqual([
      '1.0.0:Ready',
      '1.1.0:Ready',
      '1.2.0:Ready',
      '1.3.0:Failed',
      '2.0.0:Ready'
    ])
    expect(sim.state.enterprise.organizations.map((org) => [org.login, org.id])).toEqual([
      ['acme', ACME],
      ['acme-labs', LABS]
    ])
  })

  test('node simulator/cli.js --seed demo --enterprise prints the enterprise and serves it', async () => {
    await withCli(['--seed', 'demo', '--enterprise', 'umbrella'], async (lines, url) => {
      expect(lines[2]).toBe(
        'enterprise umbrella: 2 hosted runners, 1 custom images, 2 runner groups, 1 self-hosted runners, ' +
          '1 network configurations; ' +
          'organizations acme (id 9919), acme-labs (id 9920)'
      )
      const reply = await fetch(`${url}/enterprises/umbrella/actions/runner-groups`, { headers: HEADERS })
      expect(reply.status).toBe(200)
    })
  })
})

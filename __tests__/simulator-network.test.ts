// Hosted compute networking on the simulator (issue 19): network configurations and network settings at
// organization and enterprise scope, and what they change for runner groups and their hosted runners.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call, createBody, type Json } from './support/simulator-calls.js'

const ORG_NET = '/orgs/acme/settings'
const ENT_NET = '/enterprises/octo-ent'
const CONFIGS = `${ORG_NET}/network-configurations`
const ENT_CONFIGS = `${ENT_NET}/network-configurations`
const GROUPS = '/orgs/acme/actions/runner-groups'
const ENT_GROUPS = '/enterprises/octo-ent/actions/runner-groups'
const RUNNERS = '/orgs/acme/actions/hosted-runners'

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator()
})
afterEach(() => sim.close())

/** A create body on a fresh network settings resource of the organization. */
function createConfig(name: string, extra: Record<string, unknown> = {}) {
  const settings = sim.seed.networkSettings({ name: `${name}-subnet` })
  return { name, network_settings_ids: [settings.id], ...extra }
}

/** The field errors of a 422, as [field, message]. */
const fieldErrors = (body: Json) => body.errors.map((error: Json) => [error.field, error.message])

describe('network configurations', () => {
  test('a create answers 201 with an opaque id, compute_service none by default, and a created_on', async () => {
    const reply = await call(sim, 'POST', CONFIGS, createConfig('corp-vnet'))
    expect(reply.status).toBe(201)
    expect(reply.body).toEqual({
      id: expect.stringMatching(/^[0-9A-F]{20}$/),
      name: 'corp-vnet',
      compute_service: 'none',
      network_settings_ids: [sim.state.networkSettings[0]?.id],
      created_on: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    })
    expect((await call(sim, 'GET', `${CONFIGS}/${reply.body.id}`)).body).toEqual(reply.body)
  })

  test('the list paginates like GitHub lists, with total_count and a Link header', async () => {
    for (const name of ['a-vnet', 'b-vnet', 'c-vnet']) sim.seed.networkConfiguration({ name })
    const first = await call(sim, 'GET', `${CONFIGS}?per_page=2`)
    expect(first.body.total_count).toBe(3)
    expect(first.body.network_configurations.map((c: Json) => c.name)).toEqual(['a-vnet', 'b-vnet'])
    expect(first.headers.get('link')).toBe(
      `<${sim.url}${CONFIGS}?per_page=2&page=2>; rel="next", <${sim.url}${CONFIGS}?per_page=2&page=2>; rel="last"`
    )
    const second = await call(sim, 'GET', `${CONFIGS}?per_page=2&page=2`)
    expect(second.body.network_configurations.map((c: Json) => c.name)).toEqual(['c-vnet'])
  })

  test('a create GitHub would refuse answers 422 naming the field, and stores nothing', async () => {
    const used = sim.seed.networkConfiguration({ name: 'Corp-Vnet' })
    const cases: [Record<string, unknown>, string, string | RegExp][] = [
      [createConfig('has space'), 'name', /^Name must be between 1 and 100 characters/],
      [createConfig('x'.repeat(101)), 'name', /^Name must be between 1 and 100 characters/],
      [createConfig('corp-vnet'), 'name', "A network configuration named 'corp-vnet' already exists."],
      [
        { name: 'n1', network_settings_ids: ['NOPE'] },
        'network_settings_ids',
        "No network settings resource 'NOPE'."
      ],
      [
        { name: 'n2', network_settings_ids: used.network_settings_ids },
        'network_settings_ids',
        `The network settings resource '${used.network_settings_ids[0]}' is already used by the network configuration 'Corp-Vnet'.`
      ],
      [
        createConfig('n3', { failover_network_enabled: true }),
        'failover_network_enabled',
        'failover_network_enabled needs a failover network settings resource.'
      ]
    ]
    for (const [body, field, message] of cases) {
      const reply = await call(sim, 'POST', CONFIGS, body)
      expect(reply.status).toBe(422)
      expect(reply.body.errors).toEqual([
        {
          resource: 'NetworkConfiguration',
          field,
          code: expect.any(String),
          message: expect.stringMatching(message)
        }
      ])
    }
    const primary = sim.seed.networkSettings({ name: 'p' })
    const same = await call(sim, 'POST', CONFIGS, {
      name: 'n4',
      network_settings_ids: [primary.id],
      failover_network_settings_ids: [primary.id]
    })
    expect(fieldErrors(same.body)).toEqual([
      [
        'failover_network_settings_ids',
        'The failover network settings resource must differ from the primary one.'
      ]
    ])
    expect(sim.state.networkConfigurations.map((c) => c.name)).toEqual(['Corp-Vnet'])
  })

  test('the description is enforced: exactly one network settings id, compute_service none or actions', async () => {
    const [a, b] = [sim.seed.networkSettings({ name: 'a' }), sim.seed.networkSettings({ name: 'b' })]
    const two = await call(sim, 'POST', CONFIGS, { name: 'n', network_settings_ids: [a.id, b.id] })
    expect(two.status).toBe(422)
    expect(two.body.message).toContain('body.network_settings_ids: must NOT have more than 1 items')
    const none = await call(sim, 'POST', CONFIGS, { name: 'n' })
    expect(none.body.message).toContain(`body: "network_settings_ids" wasn't supplied.`)
    const codespaces = await call(sim, 'POST', CONFIGS, {
      ...createConfig('n'),
      compute_service: 'codespaces'
    })
    expect(codespaces.body.message).toContain(
      'body.compute_service: must be equal to one of the allowed values'
    )
  })

  test('PATCH renames, moves to other settings (freeing the old ones) and drops a failover with []', async () => {
    const failover = sim.seed.networkSettings({ name: 'west' })
    const config = sim.seed.networkConfiguration({
      name: 'corp-vnet',
      failover_network_settings_ids: [failover.id],
      failover_network_enabled: true
    })
    const [old] = config.network_settings_ids
    const next = sim.seed.networkSettings({ name: 'east-2' })
    const patched = await call(sim, 'PATCH', `${CONFIGS}/${config.id}`, {
      name: 'corp-vnet-2',
      network_settings_ids: [next.id],
      failover_network_settings_ids: [],
      failover_network_enabled: false,
      compute_service: 'actions'
    })
    expect(patched.body).toEqual({
      id: config.id,
      name: 'corp-vnet-2',
      compute_service: 'actions',
      network_settings_ids: [next.id],
      failover_network_enabled: false,
      created_on: config.created_on
    })
    const freed = await call(sim, 'GET', `${ORG_NET}/network-settings/${old}`)
    expect(freed.body.network_configuration_id).toBeUndefined()
    const taken = await call(sim, 'GET', `${ORG_NET}/network-settings/${next.id}`)
    expect(taken.body).toMatchObject({ id: next.id, name: 'east-2', network_configuration_id: config.id })
  })

  test('PATCH refusals leave the configuration as it was; an unknown id is 404', async () => {
    const config = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    sim.seed.networkConfiguration({ name: 'lab-vnet' })
    const empty = await call(sim, 'PATCH', `${CONFIGS}/${config.id}`, { network_settings_ids: [] })
    expect(fieldErrors(empty.body)).toEqual([
      [
        'network_settings_ids',
        'network_settings_ids: exactly one network settings resource identifier must be specified.'
      ]
    ])
    const renamed = await call(sim, 'PATCH', `${CONFIGS}/${config.id}`, { name: 'LAB-VNET' })
    expect(renamed.body.errors[0]).toMatchObject({ field: 'name', code: 'already_exists' })
    expect(sim.state.networkConfigurations[0]).toEqual(config)
    expect((await call(sim, 'PATCH', `${CONFIGS}/0A0A0A`, { name: 'x' })).status).toBe(404)
    expect((await call(sim, 'GET', `${CONFIGS}/0A0A0A`)).status).toBe(404)
  })

  test('DELETE answers 204, frees its network settings, then 404', async () => {
    const config = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    const deleted = await call(sim, 'DELETE', `${CONFIGS}/${config.id}`)
    expect(deleted).toMatchObject({ status: 204, body: undefined })
    expect((await call(sim, 'GET', CONFIGS)).body).toEqual({ total_count: 0, network_configurations: [] })
    const settings = await call(sim, 'GET', `${ORG_NET}/network-settings/${config.network_settings_ids[0]}`)
    expect(settings.body.network_configuration_id).toBeUndefined()
    expect((await call(sim, 'DELETE', `${CONFIGS}/${config.id}`)).status).toBe(404)
  })

  test('a configuration a runner group uses cannot be deleted until the group lets it go', async () => {
    const config = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    const group = sim.seed.group({ name: 'private', network_configuration_id: config.id })
    const refused = await call(sim, 'DELETE', `${CONFIGS}/${config.id}`)
    expect(refused.status).toBe(422)
    expect(refused.body.message).toBe(
      "The network configuration 'corp-vnet' is used by runner groups: private. Remove it from them first."
    )
    const released = await call(sim, 'PATCH', `${GROUPS}/${group.id}`, {
      name: 'private',
      network_configuration_id: null
    })
    expect(released.body.network_configuration_id).toBeUndefined()
    expect((await call(sim, 'DELETE', `${CONFIGS}/${config.id}`)).status).toBe(204)
  })
})

describe('network settings resources are made in Azure: read-only here', () => {
  test('GET answers one with the configuration using it; there is no route to list, create or delete', async () => {
    const settings = sim.seed.networkSettings({ name: 'corp-subnet', region: 'westeurope' })
    const reply = await call(sim, 'GET', `${ORG_NET}/network-settings/${settings.id}`)
    expect(reply.body).toEqual({
      id: settings.id,
      name: 'corp-subnet',
      region: 'westeurope',
      subnet_id: expect.stringMatching(
        /\/providers\/Microsoft\.Network\/virtualNetworks\/corp-subnet\/subnets\//
      )
    })
    expect((await call(sim, 'GET', `${ORG_NET}/network-settings/FFFF`)).status).toBe(404)
    for (const [method, path] of [
      ['GET', `${ORG_NET}/network-settings`],
      ['POST', `${ORG_NET}/network-settings`],
      ['DELETE', `${ORG_NET}/network-settings/${settings.id}`],
      ['PATCH', `${ORG_NET}/network-settings/${settings.id}`]
    ] as const) {
      expect(
        (await call(sim, method, path, method === 'GET' || method === 'DELETE' ? undefined : {})).status
      ).toBe(404)
    }
  })
})

describe('runner groups name an existing network configuration', () => {
  test('an unknown id is refused 422 on create and on PATCH; a known one is answered back', async () => {
    const config = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    const unknown = await call(sim, 'POST', GROUPS, { name: 'g', network_configuration_id: 'net-1' })
    expect(unknown.status).toBe(422)
    expect(unknown.body.errors).toEqual([
      {
        resource: 'RunnerGroup',
        field: 'network_configuration_id',
        code: 'invalid',
        message: "No network configuration 'net-1'."
      }
    ])
    expect(sim.state.groups.map((group) => group.name)).toEqual(['Default'])
    const created = await call(sim, 'POST', GROUPS, { name: 'g', network_configuration_id: config.id })
    expect(created.body).toMatchObject({ name: 'g', network_configuration_id: config.id })
    const patched = await call(sim, 'PATCH', `${GROUPS}/${created.body.id}`, {
      name: 'g',
      network_configuration_id: 'net-2'
    })
    expect(patched.status).toBe(422)
    expect(sim.state.groups[1]?.network_configuration_id).toBe(config.id)
  })

  test("an organization group may use its enterprise's configuration; an enterprise group only its own", async () => {
    const inherited = sim.seed.enterprise.networkConfiguration({ name: 'octo-vnet' })
    const own = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    const orgGroup = await call(sim, 'POST', GROUPS, { name: 'g', network_configuration_id: inherited.id })
    expect(orgGroup.body.network_configuration_id).toBe(inherited.id)
    const entGroup = await call(sim, 'POST', ENT_GROUPS, { name: 'e', network_configuration_id: own.id })
    expect(entGroup.status).toBe(422)
    expect(entGroup.body.message).toBe(`No network configuration '${own.id}'.`)
    // The enterprise configuration is in use by the organization's group.
    const refused = await call(sim, 'DELETE', `${ENT_CONFIGS}/${inherited.id}`)
    expect(refused.body.message).toContain('is used by runner groups: g.')
  })
})

describe('no static IP in a group that uses private networking', () => {
  test('creating or switching on a static IP there answers 422; elsewhere it works', async () => {
    const config = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    const group = sim.seed.group({ name: 'private', network_configuration_id: config.id })
    const refused = await call(
      sim,
      'POST',
      RUNNERS,
      createBody('r', { runner_group_id: group.id, enable_static_ip: true })
    )
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0]).toMatchObject({
      resource: 'HostedRunner',
      field: 'enable_static_ip',
      message:
        "Private networking does not support static IP addresses for larger runners. The runner group 'private' uses the network configuration '" +
        config.id +
        "'."
    })
    const runner = sim.seed.runner({ name: 'inside', runner_group_id: group.id })
    const turnedOn = await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { enable_static_ip: true })
    expect(turnedOn.status).toBe(422)
    expect(sim.state.runners.find((r) => r.id === runner.id)?.public_ip_enabled).toBe(false)
    const outside = await call(sim, 'POST', RUNNERS, createBody('outside', { enable_static_ip: true }))
    expect(outside.status).toBe(201)
    const moved = await call(sim, 'PATCH', `${RUNNERS}/${outside.body.id}`, { runner_group_id: group.id })
    expect(moved.body.errors[0]).toMatchObject({ field: 'enable_static_ip' })
    expect(sim.state.runners.find((r) => r.id === outside.body.id)?.runner_group_id).toBe(1)
  })

  test('a group whose runners have static IPs cannot take a network configuration', async () => {
    const config = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    const group = sim.seed.group({ name: 'static' })
    sim.seed.runner({ name: 'pinned', runner_group_id: group.id, enable_static_ip: true })
    const reply = await call(sim, 'PATCH', `${GROUPS}/${group.id}`, {
      name: 'static',
      network_configuration_id: config.id
    })
    expect(reply.status).toBe(422)
    expect(reply.body.message).toBe(
      'Private networking does not support static IP addresses for larger runners. These runners of the group have static IPs: pinned.'
    )
    expect(group.network_configuration_id).toBeUndefined()
    expect(() =>
      sim.seed.runner({
        name: 'seeded',
        runner_group_id: sim.seed.group({ name: 'p', network_configuration_id: config.id }).id,
        enable_static_ip: true
      })
    ).toThrow('seed.runner: Private networking does not support static IP addresses')
  })
})

describe('the enterprise scope and the seeds', () => {
  test('an enterprise has its own configurations and settings, with ids the organization never has', async () => {
    const spare = sim.seed.enterprise.networkSettings({ name: 'octo-subnet' })
    const created = await call(sim, 'POST', ENT_CONFIGS, {
      name: 'octo-vnet',
      network_settings_ids: [spare.id]
    })
    expect(created.status).toBe(201)
    const orgConfig = sim.seed.networkConfiguration({ name: 'octo-vnet' })
    expect(orgConfig.id).not.toBe(created.body.id)
    expect((await call(sim, 'GET', `${CONFIGS}/${created.body.id}`)).status).toBe(404)
    expect((await call(sim, 'GET', `${ENT_NET}/network-settings/${spare.id}`)).body).toMatchObject({
      name: 'octo-subnet',
      network_configuration_id: created.body.id
    })
    expect((await call(sim, 'GET', `${ORG_NET}/network-settings/${spare.id}`)).status).toBe(404)
    expect((await call(sim, 'DELETE', `${ENT_CONFIGS}/${created.body.id}`)).status).toBe(204)
  })

  test('seeds make settings for a configuration that names none, and refuse what GitHub would', () => {
    const config = sim.seed.networkConfiguration({ name: 'corp-vnet' })
    expect(config).toMatchObject({ compute_service: 'actions', network_settings_ids: [expect.any(String)] })
    expect(sim.state.networkSettings.map((s) => s.name)).toEqual(['corp-vnet-settings'])
    expect(() => sim.seed.networkConfiguration({ name: 'bad name' })).toThrow(
      'seed.networkConfiguration: Name must be between 1 and 100 characters'
    )
    expect(() => sim.seed.enterprise.networkSettings({ name: '' })).toThrow(
      'seed.enterprise.networkSettings needs a name'
    )
  })

  test('the demo seeds two organization configurations, one enterprise configuration and spare settings', async () => {
    const demo = await startSimulator({ seed: 'demo' })
    try {
      const org = await call(demo, 'GET', CONFIGS)
      expect(org.body.network_configurations.map((c: Json) => [c.name, c.compute_service])).toEqual([
        ['corp-vnet', 'actions'],
        ['lab-vnet', 'none']
      ])
      expect(org.body.network_configurations[0]).toMatchObject({ failover_network_enabled: true })
      const ent = await call(demo, 'GET', ENT_CONFIGS)
      expect(ent.body.network_configurations.map((c: Json) => c.name)).toEqual(['octo-vnet'])
      expect(demo.state.networkSettings.map((s) => s.name)).toContain('spare-subnet')
      expect(demo.state.groups.some((group) => group.network_configuration_id !== undefined)).toBe(false)
    } finally {
      await demo.close()
    }
  })
})

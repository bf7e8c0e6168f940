// One walk over every route of a scope (an organization's or an enterprise's actions API), row by row,
// shared by the organization and enterprise simulator tests: the same sequence, each scope's own data.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../../simulator/index.js'
import { loadSpec } from '../../simulator/spec.js'
import { call, noBody, type Json } from './simulator-calls.js'

type Check = (body: Json) => void
/** A body, or a function that makes it when the row runs (to name what the simulator made). */
type Body = unknown
/**
 * method, label, path (read when the row runs), body (a function is called when the row runs), status, and
 * what the answer's body must hold.
 */
export type Row = [string, string, () => string, Body, number, Check]
/** Ids the rows learn as they run (runner, image, group, network configuration), for the rows after them. */
export type Ids = Record<string, number | string>

/**
 * A describe block that starts a demo simulator, runs each row against the state the rows before it
 * left, then checks that the rows reached every operation of the scope's description.
 */
export function describeEveryRoute(
  title: string,
  coverage: { spec?: 'org' | 'ghec'; operations: number; of: string },
  table: (sim: () => Simulator, ids: Ids) => Row[]
) {
  describe(title, () => {
    let sim: Simulator
    const ids: Ids = {}
    beforeAll(async () => {
      sim = await startSimulator({ seed: 'demo' })
    })
    afterAll(() => sim.close())

    test.each(table(() => sim, ids))('%s %s', async (method, _label, path, body, status, check) => {
      const reply = await call(sim, method, path(), typeof body === 'function' ? body() : body)
      // The message rides along so that a failure shows why (a 500 names the schema violation).
      expect({ status: reply.status, message: reply.body?.message }).toEqual({
        status,
        message: reply.body?.message
      })
      check(reply.body)
    })

    test(`the rows above reach all ${coverage.operations} operations of ${coverage.of}`, () => {
      const spec = loadSpec(coverage.spec)
      const reached = new Set(
        sim.requests.map((request) => spec.match(request.method, request.path)?.operation.key)
      )
      expect(spec.operations).toHaveLength(coverage.operations)
      expect([...reached].sort()).toEqual(spec.operations.map((operation) => operation.key).sort())
    })
  })
}

/** A scope's data for the walk; paths are under `actions` (/orgs/{org}/actions, /enterprises/{e}/actions). */
export interface Scope {
  actions: string
  listRunners: Check
  runner: { create: { name: string }; created: Check; update: unknown; updated: Check }
  publicIpsInUse: number
  /** Checks the custom image list and answers the id of the image the next rows read. */
  customImages: (body: Json) => number
  image: { latestVersion: string; failedVersion: string }
  listGroups: Check
  /** The group the rows create is named 'deploy'. */
  group: { create: unknown; created: Check; update: unknown; updated: Check }
  /** The scope's own rows on the new group (what it grants), run before its self-hosted runners. */
  grants: Row[]
  groupRunners: { set: number; add: number; remove: () => string; listed: string[] }
  selfHostedByName: { name: string; check: Check }
  /** Hosted compute networking: its routes' base, the seeded configurations' names, a spare settings id. */
  networks: { base: string; listed: string[]; spare: () => string }
  /** The last row: the scope's other resource (a repository, an organization). */
  last: Row
}

/** Every route of a scope, in the order each row leaves the state the next one needs. */
export function scopeRows(scope: Scope, ids: Ids): Row[] {
  const runners = `${scope.actions}/hosted-runners`
  const images = `${runners}/images/custom`
  const groups = `${scope.actions}/runner-groups`
  const runner = () => `${runners}/${ids.runner}`
  const image = () => `${images}/${ids.image}`
  const group = () => `${groups}/${ids.group}`
  const failed = () => `${image()}/versions/${scope.image.failedVersion}`
  const get = (label: string, path: () => string, check: Check): Row => [
    'GET',
    label,
    path,
    undefined,
    200,
    check
  ]
  // a POST that creates: the rows after it read the new id under `key`
  const create = (
    label: string,
    path: string,
    key: string,
    made: { create: unknown; created: Check }
  ): Row => [
    'POST',
    label,
    () => path,
    made.create,
    201,
    (b) => {
      ids[key] = b.id
      made.created(b)
    }
  ]
  return [
    get('list runners', () => runners, scope.listRunners),
    create('create runner', runners, 'runner', scope.runner),
    get('get runner', runner, (b) => expect(b.name).toBe(scope.runner.create.name)),
    ['PATCH', 'update runner', runner, scope.runner.update, 200, scope.runner.updated],
    ['DELETE', 'delete runner', runner, undefined, 202, (b) => expect(b.status).toBe('Deleting')],
    get(
      'github images',
      () => `${runners}/images/github-owned`,
      (b) => expect(b.total_count).toBeGreaterThan(0)
    ),
    get(
      'partner images',
      () => `${runners}/images/partner`,
      (b) => expect(b.images[0].source).toBe('partner')
    ),
    get(
      'machine sizes',
      () => `${runners}/machine-sizes`,
      (b) => expect(b.machine_specs.length).toBeGreaterThan(0)
    ),
    get(
      'platforms',
      () => `${runners}/platforms`,
      (b) => expect(b.platforms).toContain('linux-x64')
    ),
    get(
      'limits',
      () => `${runners}/limits`,
      (b) => expect(b.public_ips.current_usage).toBe(scope.publicIpsInUse)
    ),
    get(
      'list custom images',
      () => images,
      (b) => (ids.image = scope.customImages(b))
    ),
    get('get custom image', image, (b) => expect(b.latest_version).toBe(scope.image.latestVersion)),
    get(
      'list versions',
      () => `${image()}/versions`,
      (b) => expect(b.total_count).toBe(5)
    ),
    get('get version', failed, (b) => expect(b.state).toBe('Failed')),
    ['DELETE', 'delete version', failed, undefined, 204, noBody],
    get('list groups', () => groups, scope.listGroups),
    create('create group', groups, 'group', scope.group),
    get('get group', group, (b) => expect(b.name).toBe('deploy')),
    ['PATCH', 'update group', group, scope.group.update, 200, scope.group.updated],
    ...scope.grants,
    [
      'PUT',
      'set group runners',
      () => `${group()}/runners`,
      { runners: [scope.groupRunners.set] },
      204,
      noBody
    ],
    ['PUT', 'add group runner', () => `${group()}/runners/${scope.groupRunners.add}`, undefined, 204, noBody],
    ['DELETE', 'remove group runner', scope.groupRunners.remove, undefined, 204, noBody],
    get(
      'group runners',
      () => `${group()}/runners`,
      (b) => expect(b.runners.map((r: Json) => r.name)).toEqual(scope.groupRunners.listed)
    ),
    ['DELETE', 'delete group', group, undefined, 204, noBody],
    ['DELETE', 'delete custom image', image, undefined, 204, noBody],
    ...networkRows(scope.networks, ids),
    get(
      'self-hosted runners by name',
      () => `${scope.actions}/runners?name=${scope.selfHostedByName.name}`,
      scope.selfHostedByName.check
    ),
    scope.last
  ]
}

/**
 * The four rows on what a group grants (repositories, organizations): set the list, add one, remove one,
 * read the list back.
 */
export function grantRows(
  group: () => string,
  grant: { many: string; one: string; set: unknown; add: number; remove: number; listed: Check }
): Row[] {
  const list = () => `${group()}/${grant.many}`
  return [
    ['PUT', `set group ${grant.many}`, list, grant.set, 204, noBody],
    ['PUT', `add group ${grant.one}`, () => `${list()}/${grant.add}`, undefined, 204, noBody],
    ['DELETE', `remove group ${grant.one}`, () => `${list()}/${grant.remove}`, undefined, 204, noBody],
    ['GET', `group ${grant.many}`, list, undefined, 200, grant.listed]
  ]
}

/**
 * The network configuration rows: list the seeded ones, create one on the spare network settings resource,
 * read, rename, see the settings name it, delete it.
 */
function networkRows(networks: Scope['networks'], ids: Ids): Row[] {
  const configs = `${networks.base}/network-configurations`
  const config = () => `${configs}/${ids.network}`
  return [
    [
      'GET',
      'list network configurations',
      () => configs,
      undefined,
      200,
      (b) => expect(b.network_configurations.map((c: Json) => c.name)).toEqual(networks.listed)
    ],
    [
      'POST',
      'create network configuration',
      () => configs,
      () => ({ name: 'edge-vnet', network_settings_ids: [networks.spare()], compute_service: 'actions' }),
      201,
      (b) => {
        ids.network = b.id
        expect(b).toMatchObject({ name: 'edge-vnet', compute_service: 'actions' })
        expect(b.id).toMatch(/^[0-9A-F]{20}$/)
      }
    ],
    ['GET', 'get network configuration', config, undefined, 200, (b) => expect(b.name).toBe('edge-vnet')],
    [
      'PATCH',
      'update network configuration',
      config,
      { name: 'edge-vnet-2' },
      200,
      (b) => expect(b).toMatchObject({ name: 'edge-vnet-2', network_settings_ids: [networks.spare()] })
    ],
    [
      'GET',
      'get network settings',
      () => `${networks.base}/network-settings/${networks.spare()}`,
      undefined,
      200,
      (b) => expect(b.network_configuration_id).toBe(ids.network)
    ],
    ['DELETE', 'delete network configuration', config, undefined, 204, noBody]
  ]
}

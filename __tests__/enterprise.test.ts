// Enterprise scope (issue 13): every operation that exists at enterprise level against the simulator,
// which checks each enterprise request against GitHub's GHEC description; a few through the committed
// bundle, the rest in process.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OPERATION_NAMES, OPERATIONS } from '../src/operations/index.js'
import { useSimulator, writesSent, type Simulator } from './support/simulator.js'
import { runBundle, runStep, type Inputs } from './support/step.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const ENTERPRISE = 'octo-ent'
const AT = `/enterprises/${ENTERPRISE}/actions`
const ACME = 9919
const LABS = 9920
const DAY = 24 * 3600 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

function fixtures(s: Simulator) {
  const seed = s.seed.enterprise
  const group = seed.group({ name: 'platform', visibility: 'selected', selected_organization_ids: [ACME] })
  const runner = seed.runner({ name: 'ent-build', runner_group_id: group.id })
  const image = seed.image({ name: 'octo-golden' })
  seed.imageVersion(image.id, { version: '1.0.0', created_on: daysAgo(90) })
  seed.imageVersion(image.id, { version: '1.1.0', created_on: daysAgo(60) })
  seed.imageVersion(image.id, { version: '1.2.0', created_on: daysAgo(30) })
  const agent = seed.selfHostedRunner({ name: 'ent-agent' })
  const network = seed.networkConfiguration({ name: 'ent-vnet' })
  const spare = seed.networkSettings({ name: 'ent-spare' })
  return { group, runner, image, agent, network, spare }
}
type Fixtures = ReturnType<typeof fixtures>
type Row = [operation: string, inputs: (f: Fixtures) => Inputs, request: RegExp]

const GROUP = `${AT}/runner-groups/\\d+`
const NETWORK = `/enterprises/${ENTERPRISE}/network-configurations`
const ID = '[0-9A-F]+'
const rows: Row[] = [
  ['list-runners', () => ({}), new RegExp(`^GET ${AT}/hosted-runners$`)],
  ['get-runner', (f) => ({ 'runner-name': f.runner.name }), new RegExp(`^GET ${AT}/hosted-runners/\\d+$`)],
  [
    'create-runner',
    (f) => ({
      'runner-name': 'ent-new',
      'image-id': '2306',
      size: '4-core',
      'runner-group': f.group.name
    }),
    new RegExp(`^POST ${AT}/hosted-runners$`)
  ],
  [
    'update-runner',
    (f) => ({ 'runner-name': f.runner.name, size: '8-core' }),
    new RegExp(`^PATCH ${AT}/hosted-runners/\\d+$`)
  ],
  [
    'delete-runner',
    (f) => ({ 'runner-id': String(f.runner.id) }),
    new RegExp(`^DELETE ${AT}/hosted-runners/\\d+$`)
  ],
  ['list-github-images', () => ({}), new RegExp(`^GET ${AT}/hosted-runners/images/github-owned$`)],
  ['list-partner-images', () => ({}), new RegExp(`^GET ${AT}/hosted-runners/images/partner$`)],
  ['list-machine-sizes', () => ({}), new RegExp(`^GET ${AT}/hosted-runners/machine-sizes$`)],
  ['list-platforms', () => ({}), new RegExp(`^GET ${AT}/hosted-runners/platforms$`)],
  ['get-limits', () => ({}), new RegExp(`^GET ${AT}/hosted-runners/limits$`)],
  ['list-images', () => ({}), new RegExp(`^GET ${AT}/hosted-runners/images/custom$`)],
  [
    'get-image',
    (f) => ({ 'custom-image': String(f.image.id) }),
    new RegExp(`^GET ${AT}/hosted-runners/images/custom/\\d+$`)
  ],
  [
    'delete-image',
    (f) => ({ 'custom-image': f.image.name }),
    new RegExp(`^DELETE ${AT}/hosted-runners/images/custom/\\d+$`)
  ],
  [
    'list-image-versions',
    (f) => ({ 'custom-image': f.image.name }),
    new RegExp(`^GET ${AT}/hosted-runners/images/custom/\\d+/versions$`)
  ],
  [
    'get-image-version',
    (f) => ({ 'custom-image': f.image.name, 'image-version': '1.0.0' }),
    new RegExp(`^GET ${AT}/hosted-runners/images/custom/\\d+/versions/1\\.0\\.0$`)
  ],
  [
    'delete-image-version',
    (f) => ({ 'custom-image': f.image.name, 'image-version': '1.0.0' }),
    new RegExp(`^DELETE ${AT}/hosted-runners/images/custom/\\d+/versions/1\\.0\\.0$`)
  ],
  ['list-groups', () => ({ 'visible-to-organization': 'acme' }), new RegExp(`^GET ${AT}/runner-groups$`)],
  ['get-group', (f) => ({ 'runner-group': f.group.name }), new RegExp(`^GET ${GROUP}$`)],
  [
    'create-group',
    () => ({ 'group-name': 'builders', visibility: 'selected', organizations: 'acme, acme-labs' }),
    new RegExp(`^POST ${AT}/runner-groups$`)
  ],
  [
    'update-group',
    (f) => ({ 'runner-group': f.group.name, 'allows-public-repositories': 'true' }),
    new RegExp(`^PATCH ${GROUP}$`)
  ],
  ['delete-group', (f) => ({ 'runner-group': f.group.name }), new RegExp(`^DELETE ${GROUP}$`)],
  ['list-group-runners', (f) => ({ 'runner-group': f.group.name }), new RegExp(`^GET ${GROUP}/runners$`)],
  [
    'set-group-runners',
    (f) => ({ 'runner-group': f.group.name, runners: f.agent.name }),
    new RegExp(`^PUT ${GROUP}/runners$`)
  ],
  [
    'add-group-runner',
    (f) => ({ 'runner-group': f.group.name, runners: f.agent.name }),
    new RegExp(`^PUT ${GROUP}/runners/\\d+$`)
  ],
  [
    'remove-group-runner',
    (f) => ({ 'runner-group': f.group.name, runners: String(f.agent.id) }),
    new RegExp(`^DELETE ${GROUP}/runners/\\d+$`)
  ],
  ['list-group-orgs', (f) => ({ 'runner-group': f.group.name }), new RegExp(`^GET ${GROUP}/organizations$`)],
  [
    'set-group-orgs',
    (f) => ({ 'runner-group': f.group.name, organizations: 'acme-labs' }),
    new RegExp(`^PUT ${GROUP}/organizations$`)
  ],
  [
    'add-group-org',
    (f) => ({ 'runner-group': f.group.name, organizations: 'acme-labs' }),
    new RegExp(`^PUT ${GROUP}/organizations/${LABS}$`)
  ],
  [
    'remove-group-org',
    (f) => ({ 'runner-group': f.group.name, organizations: String(ACME) }),
    new RegExp(`^DELETE ${GROUP}/organizations/${ACME}$`)
  ],
  [
    'wait-runner',
    (f) => ({ 'runner-name': f.runner.name, 'poll-interval': '1s' }),
    new RegExp(`^GET ${AT}/hosted-runners/\\d+$`)
  ],
  [
    'ensure-runner',
    (f) => ({ 'runner-name': f.runner.name, size: '8-core' }),
    new RegExp(`^PATCH ${AT}/hosted-runners/\\d+$`)
  ],
  [
    'ensure-group',
    (f) => ({ 'group-name': f.group.name, organizations: 'acme, acme-labs' }),
    new RegExp(`^PUT ${GROUP}/organizations$`)
  ],
  [
    'cleanup-image-versions',
    (f) => ({ 'custom-image': f.image.name, keep: '1' }),
    new RegExp(`^DELETE ${AT}/hosted-runners/images/custom/\\d+/versions/1\\.0\\.0$`)
  ],
  ['apply', () => ({ config: '__tests__/fixtures/fleet.yml' }), new RegExp(`^POST ${AT}/runner-groups$`)],
  ['list-network-configurations', () => ({}), new RegExp(`^GET ${NETWORK}$`)],
  [
    'get-network-configuration',
    () => ({ 'network-configuration-id': 'ENT-VNET' }),
    new RegExp(`^GET ${NETWORK}$`)
  ],
  [
    'create-network-configuration',
    (f) => ({ 'network-configuration-name': 'ent-new', 'network-settings-id': f.spare.id }),
    new RegExp(`^POST ${NETWORK}$`)
  ],
  [
    'update-network-configuration',
    (f) => ({ 'network-configuration-id': f.network.name, 'compute-service': 'none' }),
    new RegExp(`^PATCH ${NETWORK}/${ID}$`)
  ],
  [
    'delete-network-configuration',
    (f) => ({ 'network-configuration-id': f.network.id }),
    new RegExp(`^DELETE ${NETWORK}/${ID}$`)
  ],
  [
    'get-network-settings',
    (f) => ({ 'network-settings-id': f.spare.id }),
    new RegExp(`^GET /enterprises/${ENTERPRISE}/network-settings/${ID}$`)
  ],
  // Writes the fleet file into a workspace of its own (below), not into the repository.
  ['export', () => ({}), new RegExp(`^GET ${AT}/runner-groups$`)]
]

/** Through dist/index.js: a runner write, an organization list, a plan and a file. */
const THROUGH_BUNDLE = new Set(['create-runner', 'set-group-orgs', 'apply', 'export'])

test('the table covers every operation of enterprise scope once', () => {
  const atEnterprise = OPERATION_NAMES.filter((name) => OPERATIONS[name]?.scopes.includes('enterprise'))
  expect(rows.map(([operation]) => operation).sort()).toEqual([...atEnterprise].sort())
})

test.each(rows)('%s runs at enterprise scope', async (operation, inputsFor, request) => {
  const inputs = inputsFor(fixtures(sim()))
  const workspace = operation === 'export' ? mkdtempSync(join(tmpdir(), 'enterprise-export-')) : undefined
  const run = THROUGH_BUNDLE.has(operation) ? runBundle : runStep
  const step = await run(
    { operation, enterprise: ENTERPRISE, org: '${{ github.repository_owner }}', ...inputs },
    sim().url,
    workspace ? { GITHUB_WORKSPACE: workspace } : {}
  ).finally(() => workspace && rmSync(workspace, { recursive: true, force: true }))
  expect(step.errors).toEqual([])
  expect(step.exitCode).toBe(0)
  const sent = sim().requests.map((r) => `${r.method} ${r.path}`)
  expect(sent.filter((line) => request.test(line))).not.toEqual([])
  // Every request went to the enterprise's routes (or looked an organization up), and GitHub's GHEC description accepted it.
  expect(
    sent.filter(
      (line) =>
        !line.includes(AT) &&
        !line.includes(`/enterprises/${ENTERPRISE}/network-`) &&
        !/^GET \/orgs\/[\w-]+$/.test(line)
    )
  ).toEqual([])
  expect(
    sim()
      .requests.filter((r) => r.status >= 400)
      .map((r) => `${r.method} ${r.path} ${r.status}`)
  ).toEqual([])
  expect(step.summary).toContain(`### \`${operation}\` on \`enterprise ${ENTERPRISE}\``)
})

test('ensure-group at enterprise scope with organization logins converges: a re-run sends no write', async () => {
  fixtures(sim())
  const inputs = {
    operation: 'ensure-group',
    enterprise: ENTERPRISE,
    'group-name': 'builders',
    visibility: 'selected',
    organizations: 'acme-labs\nacme'
  }
  const first = await runStep(inputs, sim().url)
  expect(first.errors).toEqual([])
  expect(first.outputs.changed).toBe('true')
  expect(writesSent(sim())).toEqual([
    {
      method: 'POST',
      path: `${AT}/runner-groups`,
      body: { name: 'builders', visibility: 'selected', selected_organization_ids: [LABS, ACME] }
    }
  ])
  sim().clearRequests()
  const again = await runStep(inputs, sim().url)
  expect(again.errors).toEqual([])
  expect(again.outputs.changed).toBe('false')
  expect(writesSent(sim())).toEqual([])
  expect(again.summary).toContain('Nothing to change')
})

test('ensure-group at enterprise scope changes the organizations to exactly those given', async () => {
  const { group } = fixtures(sim())
  const step = await runStep(
    {
      operation: 'ensure-group',
      enterprise: ENTERPRISE,
      'group-name': group.name,
      organizations: 'acme-labs'
    },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    {
      method: 'PUT',
      path: `${AT}/runner-groups/${group.id}/organizations`,
      body: { selected_organization_ids: [LABS] }
    }
  ])
  expect(step.summary).toContain('organizations: +acme-labs, -acme')
})

test('cleanup-image-versions at enterprise scope keeps the latest, the newest and a version a runner is pinned to', async () => {
  const { image } = fixtures(sim())
  sim().seed.enterprise.runner({
    name: 'pinned',
    image: { id: String(image.id), source: 'custom', version: '1.0.0' }
  })
  const step = await runStep(
    { operation: 'cleanup-image-versions', enterprise: ENTERPRISE, keep: '1' },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    {
      method: 'DELETE',
      path: `${AT}/hosted-runners/images/custom/${image.id}/versions/1.1.0`,
      body: undefined
    }
  ])
  expect(JSON.parse(step.outputs.deleted ?? '[]')).toEqual([
    { image_id: image.id, image_name: 'octo-golden', version: '1.1.0' }
  ])
})

test('an organization login the enterprise does not have fails before any write, naming it', async () => {
  const { group } = fixtures(sim())
  const step = await runStep(
    {
      operation: 'add-group-org',
      enterprise: ENTERPRISE,
      'runner-group': group.name,
      organizations: 'acme, nobody-here'
    },
    sim().url
  )
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toContain(
    "Input 'organizations': not found, or the token cannot see it: nobody-here."
  )
  expect(writesSent(sim())).toEqual([])
})

test('an org-only operation at enterprise scope is refused before any request, naming the scope where it exists', async () => {
  const step = await runStep(
    { operation: 'list-group-repos', enterprise: ENTERPRISE, 'runner-group': 'platform' },
    sim().url
  )
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toContain('exists at organization scope only')
  expect(sim().requests).toEqual([])
})

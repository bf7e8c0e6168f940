// Every operation of organization scope against the spec-checking simulator, with INPUT_* variables and
// outputs read back from $GITHUB_OUTPUT: one of each family through the committed bundle, run as the
// runner runs it (`node dist/index.js`), the others in process.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { buildDist, CHUNK, DIST_FILES, staleFiles } from '../scripts/build-dist.mjs'
import { OPERATION_NAMES, OPERATIONS } from '../src/operations/index.js'
import { runBundle, runStep, ROOT, TOKEN, type Inputs } from './support/step.js'
import { useSimulator, type Simulator } from './support/simulator.js'
import { tempDir } from './support/temp.js'

const sim = useSimulator({ readyAfterPolls: 0 })

type Fixtures = ReturnType<typeof fixtures>
type Row = [operation: string, inputs: (f: Fixtures) => Inputs, request: string, outputs: string[]]

function fixtures(s: Simulator) {
  const group = s.seed.group({ name: 'release', visibility: 'selected' })
  const runner = s.seed.runner({ name: 'build', runner_group_id: group.id })
  const image = s.seed.image({ name: 'golden' })
  s.seed.imageVersion(image.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  s.seed.imageVersion(image.id, { version: '1.1.0', created_on: '2026-02-01T00:00:00Z' })
  const repository = s.seed.repository({ name: 'api' })
  const selfHosted = s.seed.selfHostedRunner({ name: 'metal-1' })
  const network = s.seed.networkConfiguration({ name: 'corp-vnet' })
  const spare = s.seed.networkSettings({ name: 'spare-subnet' })
  return { group, runner, image, repository, selfHosted, network, spare }
}
const RUNNER_OUTPUTS = ['result', 'runner-id', 'runner-name', 'status']
const GROUP = /\/orgs\/acme\/actions\/runner-groups\/\d+/.source
const NETWORK = '/orgs/acme/settings/network-configurations'

const rows: Row[] = [
  ['list-runners', () => ({}), 'GET /orgs/acme/actions/hosted-runners$', ['result', 'count']],
  ['get-runner', (f) => ({ 'runner-name': f.runner.name }), 'GET /hosted-runners/\\d+$', RUNNER_OUTPUTS],
  [
    'create-runner',
    () => ({ 'runner-name': 'new', 'image-id': '2306', size: '4-core' }),
    'POST /hosted-runners$',
    [...RUNNER_OUTPUTS, 'changed']
  ],
  [
    'update-runner',
    (f) => ({ 'runner-name': f.runner.name, size: '8-core' }),
    'PATCH /hosted-runners/\\d+$',
    [...RUNNER_OUTPUTS, 'changed']
  ],
  [
    'delete-runner',
    (f) => ({ 'runner-id': String(f.runner.id) }),
    'DELETE /hosted-runners/\\d+$',
    [...RUNNER_OUTPUTS, 'changed']
  ],
  ['list-github-images', () => ({}), 'GET /images/github-owned$', ['result', 'count']],
  ['list-partner-images', () => ({}), 'GET /images/partner$', ['result', 'count']],
  ['list-machine-sizes', () => ({}), 'GET /machine-sizes$', ['result', 'count']],
  ['list-platforms', () => ({}), 'GET /platforms$', ['result', 'count']],
  ['get-limits', () => ({}), 'GET /limits$', ['result']],
  ['list-images', () => ({}), 'GET /images/custom$', ['result', 'count']],
  ['get-image', (f) => ({ 'custom-image': String(f.image.id) }), 'GET /images/custom/\\d+$', ['result']],
  [
    'delete-image',
    (f) => ({ 'custom-image': f.image.name }),
    'DELETE /images/custom/\\d+$',
    ['result', 'changed']
  ],
  [
    'list-image-versions',
    (f) => ({ 'custom-image': f.image.name }),
    'GET /images/custom/\\d+/versions$',
    ['result', 'count']
  ],
  [
    'get-image-version',
    (f) => ({ 'custom-image': String(f.image.id), 'image-version': '1.0.0' }),
    'GET /versions/1.0.0$',
    ['result']
  ],
  [
    'delete-image-version',
    (f) => ({ 'custom-image': String(f.image.id), 'image-version': '1.0.0' }),
    'DELETE /versions/1.0.0$',
    ['result', 'changed']
  ],
  ['list-groups', () => ({}), 'GET /orgs/acme/actions/runner-groups$', ['result', 'count']],
  [
    'get-group',
    (f) => ({ 'runner-group': String(f.group.id) }),
    `GET ${GROUP}$`,
    ['result', 'runner-group-id']
  ],
  [
    'create-group',
    () => ({ 'group-name': 'new group', visibility: 'private' }),
    'POST /runner-groups$',
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'update-group',
    (f) => ({ 'runner-group': f.group.name, 'allows-public-repositories': 'true' }),
    `PATCH ${GROUP}$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'delete-group',
    (f) => ({ 'runner-group': f.group.name }),
    `DELETE ${GROUP}$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'list-group-hosted-runners',
    (f) => ({ 'runner-group': f.group.name }),
    `GET ${GROUP}/hosted-runners$`,
    ['result', 'count', 'runner-group-id']
  ],
  [
    'list-group-repos',
    (f) => ({ 'runner-group': f.group.name }),
    `GET ${GROUP}/repositories$`,
    ['result', 'count', 'runner-group-id']
  ],
  [
    'set-group-repos',
    (f) => ({ 'runner-group': f.group.name, repositories: 'api' }),
    `PUT ${GROUP}/repositories$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'add-group-repo',
    (f) => ({ 'runner-group': f.group.name, repositories: 'acme/api' }),
    `PUT ${GROUP}/repositories/\\d+$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'remove-group-repo',
    (f) => ({ 'runner-group': f.group.name, repositories: String(f.repository.id) }),
    `DELETE ${GROUP}/repositories/\\d+$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'list-group-runners',
    (f) => ({ 'runner-group': f.group.name }),
    `GET ${GROUP}/runners$`,
    ['result', 'count', 'runner-group-id']
  ],
  [
    'set-group-runners',
    (f) => ({ 'runner-group': f.group.name, runners: 'metal-1' }),
    `PUT ${GROUP}/runners$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'add-group-runner',
    (f) => ({ 'runner-group': f.group.name, runners: String(f.selfHosted.id) }),
    `PUT ${GROUP}/runners/\\d+$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'remove-group-runner',
    (f) => ({ 'runner-group': f.group.name, runners: 'metal-1' }),
    `DELETE ${GROUP}/runners/\\d+$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'wait-runner',
    (f) => ({ 'runner-name': f.runner.name, 'poll-interval': '1s' }),
    'GET /hosted-runners/\\d+$',
    RUNNER_OUTPUTS
  ],
  [
    'ensure-runner',
    (f) => ({ 'runner-name': f.runner.name, size: '8-core' }),
    'PATCH /hosted-runners/\\d+$',
    [...RUNNER_OUTPUTS, 'changed']
  ],
  [
    'ensure-group',
    (f) => ({ 'group-name': f.group.name, repositories: 'api' }),
    `PUT ${GROUP}/repositories$`,
    ['result', 'runner-group-id', 'changed']
  ],
  [
    'apply',
    () => ({ config: '__tests__/fixtures/fleet.yml' }),
    'POST /orgs/acme/actions/runner-groups$',
    ['result', 'plan', 'plan-digest', 'changed']
  ],
  // Writes the fleet file into a workspace of its own (below), not into the repository.
  ['export', () => ({}), 'GET /orgs/acme/actions/runner-groups$', ['result', 'count']],
  [
    'cleanup-image-versions',
    (f) => ({ 'custom-image': f.image.name, keep: '1' }),
    'DELETE /versions/1.0.0$',
    ['result', 'count', 'changed', 'deleted', 'plan-digest']
  ],
  ['list-network-configurations', () => ({}), `GET ${NETWORK}$`, ['result', 'count']],
  [
    'get-network-configuration',
    (f) => ({ 'network-configuration-id': f.network.name }),
    `GET ${NETWORK}$`,
    ['result', 'network-configuration-id']
  ],
  [
    'create-network-configuration',
    (f) => ({ 'network-configuration-name': 'new-vnet', 'network-settings-id': f.spare.id }),
    `POST ${NETWORK}$`,
    ['result', 'network-configuration-id', 'changed']
  ],
  [
    'update-network-configuration',
    (f) => ({ 'network-configuration-id': f.network.id, 'compute-service': 'none' }),
    `PATCH ${NETWORK}/\\w+$`,
    ['result', 'network-configuration-id', 'changed']
  ],
  [
    'delete-network-configuration',
    (f) => ({ 'network-configuration-id': f.network.name }),
    `DELETE ${NETWORK}/\\w+$`,
    ['result', 'network-configuration-id', 'changed']
  ],
  [
    'get-network-settings',
    (f) => ({ 'network-settings-id': f.spare.id }),
    'GET /orgs/acme/settings/network-settings/\\w+$',
    ['result']
  ]
]

/** One operation of each family runs through dist/index.js: every kind of route, wait, file and plan. */
const THROUGH_BUNDLE = new Set([
  'get-runner',
  'create-runner',
  'list-images',
  'delete-image-version',
  'update-group',
  'set-group-repos',
  'remove-group-runner',
  'wait-runner',
  'ensure-runner',
  'ensure-group',
  'apply',
  'export',
  'cleanup-image-versions',
  'create-network-configuration'
])

test('the table covers every operation of organization scope once', () => {
  const atOrgScope = OPERATION_NAMES.filter((name) => OPERATIONS[name]?.scopes.includes('org'))
  expect(rows.map(([operation]) => operation).sort()).toEqual([...atOrgScope].sort())
})

test.each(rows)('%s: its request, outputs and summary', async (operation, inputsFor, request, outputs) => {
  const inputs = inputsFor(fixtures(sim()))
  const workspace = operation === 'export' ? tempDir('bundle-export-') : undefined
  const run = THROUGH_BUNDLE.has(operation) ? runBundle : runStep
  const step = await run(
    { operation, ...inputs },
    sim().url,
    workspace ? { GITHUB_WORKSPACE: workspace } : {}
  )
  expect(step.errors).toEqual([])
  expect(step.exitCode).toBe(0)
  expect(Object.keys(step.outputs).sort()).toEqual([...outputs, 'result-file'].sort())
  expect(() => JSON.parse(step.outputs.result as string)).not.toThrow()
  const sent = sim().requests.map((r) => `${r.method} ${r.path}`)
  const [method, path] = request.split(' ') as [string, string]
  expect(sent.some((line) => line.startsWith(`${method} `) && new RegExp(path).test(line))).toBe(true)
  expect(sim().requests.every((r) => r.status < 400)).toBe(true)
  expect(step.summary).toContain(`### \`${operation}\` on \`acme\``)
  // The mask command itself is the one line that names the token: the runner masks it from then on.
  expect(step.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN)
})

test('a failure is one ::error:: line naming the operation, the status and GitHub’s message; exit code 1', async () => {
  const step = await runBundle({ operation: 'get-runner', 'runner-id': '999' }, sim().url)
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    expect.stringMatching(
      /^get-runner failed: HTTP 404 from GET http:\/\/127\.0\.0\.1:\d+\/orgs\/acme\/actions\/hosted-runners\/999: Not Found\. Not found: /
    )
  ])
  expect(step.summary).toContain('**Failed:** get-runner failed: HTTP 404')
})

test('the token is masked before anything else is printed', async () => {
  const step = await runBundle({ operation: 'get-limits' }, sim().url)
  expect(step.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`)
})

test('dist/ is what `npm run package` builds from src/: every file of it', () => {
  const out = tempDir('dist-')
  buildDist(out)
  const files = readdirSync(join(ROOT, 'dist'))
  expect(files.filter((file) => !CHUNK.test(file)).sort()).toEqual([...DIST_FILES].sort())
  // Every file, the command line's chunks too, is compared with the fresh build.
  expect(readdirSync(out).sort()).toEqual(files.sort())
  expect(staleFiles(out)).toEqual([])
}, 120_000)

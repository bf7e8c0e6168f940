// GitHub's size and platform rules (issue 26), refused before any write, each naming the input, the
// numbers and what would fit; and the simulator answering each rule itself, as GitHub would.
import { call, createBody } from './support/simulator-calls.js'
import { useSimulator, writesSent } from './support/simulator.js'
import { runStep, type Inputs } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()
const step = (inputs: Inputs) => runStep(inputs, sim().url, { GITHUB_WORKSPACE: workspace().dir })
const RUNNERS = '/orgs/acme/actions/hosted-runners'
const PRIVATE_SIZES =
  'Sizes that fit: 2-core (2 vCPU), 4-core (4 vCPU), 8-core (8 vCPU), 16-core (16 vCPU), 32-core (32 vCPU), 64-core (64 vCPU)'

test('a 96-vCPU runner in a privately networked group is refused before any write', async () => {
  const corp = sim().seed.networkConfiguration({ name: 'corp-vnet' })
  sim().seed.group({ name: 'private', network_configuration_id: corp.id })
  const refused = await step({
    operation: 'create-runner',
    'runner-name': 'huge',
    'image-id': '2306',
    size: '96-core',
    'runner-group': 'private'
  })
  expect(refused.errors).toEqual([
    `create-runner: Input 'size': the size '96-core' has 96 vCPU, and runner group 'private' uses private networking (network configuration ${corp.id}), which GitHub supports for 2 to 64 vCPU. ${PRIVATE_SIZES}, or put the runner in a group without a network configuration.`
  ])
  expect(writesSent(sim())).toEqual([])
})

test('apply: a 96-vCPU runner in a group the same file gives a new network configuration is refused before any write', async () => {
  const settings = sim().seed.networkSettings({ name: 'spare-subnet' })
  workspace().writeFleet(
    [
      'network-configurations:',
      '  - name: corp-vnet',
      `    network-settings-id: ${settings.id}`,
      'runner-groups:',
      '  - group-name: private',
      '    network-configuration-id: corp-vnet',
      'hosted-runners:',
      '  - runner-name: huge',
      '    image-id: "2306"',
      '    size: 96-core',
      '    runner-group: private',
      ''
    ].join('\n')
  )
  const refused = await step({ operation: 'apply' })
  expect(refused.errors[0]).toBe(
    `apply: .github/hosted-runners.yml line 8 (hosted runner 'huge'): the size '96-core' has 96 vCPU, and runner group 'private' uses private networking (network configuration 'corp-vnet', to be created), which GitHub supports for 2 to 64 vCPU. ${PRIVATE_SIZES}, or put the runner in a group without a network configuration.`
  )
  expect(refused.stdout).toMatch(/::error file=\.github\/hosted-runners\.yml,line=8/)
  expect(writesSent(sim())).toEqual([])
})

test('a group is refused a network configuration while it holds a runner beyond 64 vCPU', async () => {
  const corp = sim().seed.networkConfiguration({ name: 'corp-vnet' })
  const big = sim().seed.group({ name: 'big' })
  sim().seed.runner({ name: 'huge', size: '96-core', runner_group_id: big.id })
  const refused = await step({
    operation: 'update-group',
    'runner-group': 'big',
    'network-configuration-id': 'corp-vnet'
  })
  expect(refused.errors[0]).toContain(
    "Input 'network-configuration-id': runner group 'big' holds hosted runners beyond the 2 to 64 vCPU that GitHub's private networking supports ('huge' (96 vCPU))."
  )
  expect(writesSent(sim())).toEqual([])
  expect(corp.id).toBeDefined()
})

test('96 vCPU is x64 only: an arm64 image on it is refused, naming the sizes that fit', async () => {
  const refused = await step({
    operation: 'create-runner',
    'runner-name': 'arm',
    'image-id': '2310',
    size: '96-core'
  })
  expect(refused.errors[0]).toBe(
    "create-runner: Input 'size': the size '96-core' has 96 vCPU, and GitHub offers 96 vCPU on x64 only; the runner would run linux-arm64. Sizes that fit: 2-core (2 vCPU), 4-core (4 vCPU), 8-core (8 vCPU), 16-core (16 vCPU), 32-core (32 vCPU), 64-core (64 vCPU), or pick an x64 image."
  )
  expect(writesSent(sim())).toEqual([])
})

test('the 4-vCPU Windows size runs only Windows Server 2025 and Windows 11 Desktop: another image is refused, Server 2025 goes through', async () => {
  const refused = await step({
    operation: 'create-runner',
    'runner-name': 'win',
    'image-id': '2321',
    size: '4-core'
  })
  expect(refused.errors[0]).toContain(
    "create-runner: Input 'size': the 4-vCPU Windows size '4-core' runs only the Windows Server 2025 and Windows 11 Desktop images, and the runner would run 'Windows Server 2022'."
  )
  expect(refused.errors[0]).toContain('Sizes that fit: 8-core (8 vCPU)')
  expect(writesSent(sim())).toEqual([])
  const created = await step({
    operation: 'create-runner',
    'runner-name': 'win',
    'image-id': '2320',
    size: '4-core'
  })
  expect(created.errors).toEqual([])
  expect(writesSent(sim())).toHaveLength(1)
})

test("an organization's create of a network configuration refused by its enterprise's policy says so", async () => {
  sim().state.enterprise.organizationsCreateNetworkConfigurations = false
  const settings = sim().seed.networkSettings({ name: 'spare-subnet' })
  const refused = await step({
    operation: 'create-network-configuration',
    'network-configuration-name': 'corp-vnet',
    'network-settings-id': settings.id
  })
  expect(refused.errors[0]).toContain('failed: HTTP 403 from POST')
  expect(refused.errors[0]).toContain(
    "The enterprise's policy may forbid it: by default, organizations in an enterprise cannot create network configurations and only inherit the enterprise's (GitHub Docs)."
  )
})

describe('the simulator answers each rule with 422, as GitHub', () => {
  test.each([
    [
      '96 vCPU on arm64',
      { image: { id: '2310', source: 'github' }, size: '96-core' },
      "The size '96-core' (96 vCPU) is for x64 only"
    ],
    [
      '4 vCPU Windows on Server 2022',
      { image: { id: '2321', source: 'github' } },
      'The 4-vCPU Windows size works only with'
    ]
  ])('%s', async (_, extra, message) => {
    const answer = await call(sim(), 'POST', RUNNERS, createBody('refused', extra))
    expect(answer.status).toBe(422)
    expect(JSON.stringify(answer.body)).toContain(message)
  })

  test('a 96-vCPU runner in a group with a network configuration, created or moved there', async () => {
    const corp = sim().seed.networkConfiguration({ name: 'corp-vnet' })
    const group = sim().seed.group({ name: 'private', network_configuration_id: corp.id })
    const created = await call(
      sim(),
      'POST',
      RUNNERS,
      createBody('huge', { size: '96-core', runner_group_id: group.id })
    )
    expect(created.status).toBe(422)
    expect(JSON.stringify(created.body)).toContain('Private networking supports 2-64 vCPU runners')
    const outside = sim().seed.runner({ name: 'outside', size: '96-core' })
    const moved = await call(sim(), 'PATCH', `${RUNNERS}/${outside.id}`, { runner_group_id: group.id })
    expect(moved.status).toBe(422)
  })
})

describe.each([
  ['organization', {}],
  ['enterprise', { enterprise: 'octo-ent', org: '${{ github.repository_owner }}' }]
])('a write that sends no size still names the sizes that fit, at %s scope', (where, scope) => {
  const seed = () => (where === 'enterprise' ? sim().seed.enterprise : sim().seed)
  const X64_SIZES = PRIVATE_SIZES
  test.each([
    [
      'update-runner moving a 96-vCPU runner into a privately networked group',
      { operation: 'update-runner', 'runner-name': 'huge', 'runner-group': 'private' },
      `${PRIVATE_SIZES}, or put the runner in a group without a network configuration.`
    ],
    [
      'ensure-runner moving it there',
      { operation: 'ensure-runner', 'runner-name': 'huge', 'runner-group': 'private' },
      `${PRIVATE_SIZES}, or put the runner in a group without a network configuration.`
    ],
    [
      'update-runner giving a 96-vCPU runner an arm64 image',
      { operation: 'update-runner', 'runner-name': 'huge', 'image-id': '2310' },
      `${X64_SIZES}, or pick an x64 image.`
    ],
    [
      'ensure-runner giving a 4-vCPU Windows runner Windows Server 2022',
      { operation: 'ensure-runner', 'runner-name': 'win4', 'image-id': 'Windows Server 2022' },
      'Pick one of those images, or another size. Sizes that fit: 8-core (8 vCPU), 16-core (16 vCPU), 32-core (32 vCPU), 64-core (64 vCPU), 96-core (96 vCPU).'
    ]
  ])('%s', async (_, inputs, ending) => {
    const corp = seed().networkConfiguration({ name: 'corp-vnet' })
    seed().group({ name: 'private', network_configuration_id: corp.id })
    seed().runner({ name: 'huge', size: '96-core' })
    seed().runner({ name: 'win4', size: '4-core', image: { id: '2320' } })
    const refused = await step({ ...inputs, ...scope })
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]?.endsWith(ending)).toBe(true)
    expect(writesSent(sim())).toEqual([])
  })

  test('apply moving a 96-vCPU runner into a group the file gives a network configuration', async () => {
    const corp = seed().networkConfiguration({ name: 'corp-vnet' })
    seed().group({ name: 'plain' })
    seed().runner({ name: 'huge', size: '96-core' })
    workspace().writeFleet(
      'runner-groups:\n  - group-name: plain\n    network-configuration-id: corp-vnet\nhosted-runners:\n  - runner-name: huge\n    runner-group: plain\n'
    )
    const refused = await step({ operation: 'apply', ...scope })
    expect(refused.errors).toEqual([
      `apply: .github/hosted-runners.yml line 5 (hosted runner 'huge'): the size '96-core' has 96 vCPU, and runner group 'plain' uses private networking (network configuration ${corp.id}), which GitHub supports for 2 to 64 vCPU. ${PRIVATE_SIZES}, or put the runner in a group without a network configuration.`
    ])
    expect(writesSent(sim())).toEqual([])
  })
})

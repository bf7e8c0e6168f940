// In process against the simulator: `image-version: latest` for custom-image runners, and the rules GitHub
// holds a runner or group write to (the size's storage holds the custom image, the custom image's platform
// is the runner's, no static IP in a group with private networking), refused before any write, with the
// fewest reads.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runStep, type Inputs } from './support/step.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'
import { tempDir } from './support/temp.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const run = (inputs: Inputs, env = {}) => runStep(inputs, sim().url, env)
const RUNNERS = '/orgs/acme/actions/hosted-runners'

/** 'golden' (linux-x64): 1.0.0 of 40 GB, 1.1.0 (latest) of 200 GB; 'winbase' (win-x64): 1.0.0 of 40 GB. */
function images() {
  const golden = sim().seed.image({ name: 'golden' })
  sim().seed.imageVersion(golden.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z', size_gb: 40 })
  sim().seed.imageVersion(golden.id, { version: '1.1.0', created_on: '2026-02-01T00:00:00Z', size_gb: 200 })
  const winbase = sim().seed.image({ name: 'winbase', platform: 'win-x64' })
  sim().seed.imageVersion(winbase.id, { version: '1.0.0', size_gb: 40 })
  return { golden, winbase }
}
/** Runs apply on a fleet file of these lines, in a workspace of its own. */
async function apply(lines: string[], inputs: Inputs = {}) {
  const dir = tempDir('rules-apply-')
  writeFileSync(join(dir, 'fleet.yml'), [...lines, ''].join('\n'))
  return run({ operation: 'apply', config: 'fleet.yml', ...inputs }, { GITHUB_WORKSPACE: dir })
}
const pinned = (id: number, version = '1.0.0', size = '8-core') =>
  sim().seed.runner({ name: 'build', image: { id: String(id), source: 'custom', version }, size })

describe('image-version: latest', () => {
  test('update-runner moves a pinned runner to latest; ensure-runner then plans nothing', async () => {
    const { golden } = images()
    pinned(golden.id)
    const update = await run({
      operation: 'update-runner',
      'runner-name': 'build',
      'image-version': 'latest'
    })
    expect(update.errors).toEqual([])
    expect(writesSent(sim()).map((w) => w.body)).toEqual([{ image_version: 'latest' }])
    expect(JSON.parse(update.outputs.result as string).image_details.version).toBe('latest')
    sim().clearRequests()
    const again = await run({
      operation: 'ensure-runner',
      'runner-name': 'build',
      'image-id': 'golden',
      'image-source': 'custom',
      'image-version': 'latest'
    })
    expect(again.errors).toEqual([])
    expect(again.outputs.changed).toBe('false')
    expect(writesSent(sim())).toEqual([])
  })

  test('create-runner sends version latest; ensure-runner pins it back to 1.0.0', async () => {
    const { golden } = images()
    const base = { 'runner-name': 'build', 'image-id': 'golden', 'image-source': 'custom', size: '8-core' }
    const created = await run({ operation: 'create-runner', ...base, 'image-version': 'latest' })
    expect(created.errors).toEqual([])
    const pin = await run({ operation: 'ensure-runner', ...base, 'image-version': '1.0.0' })
    expect(pin.errors).toEqual([])
    expect(writesSent(sim()).map((w) => w.body)).toEqual([
      expect.objectContaining({ image: { id: String(golden.id), source: 'custom', version: 'latest' } }),
      { image_version: '1.0.0' }
    ])
  })

  test('apply: a fleet file item with latest moves the pinned runner once, then plans nothing', async () => {
    const { golden } = images()
    const group = sim().seed.group({ name: 'release' })
    sim().seed.runner({
      name: 'build',
      runner_group_id: group.id,
      image: { id: String(golden.id), source: 'custom', version: '1.0.0' },
      size: '8-core'
    })
    const file = [
      'hosted-runners:',
      '  - runner-name: build',
      '    image-id: golden',
      '    image-source: custom',
      '    image-version: latest'
    ]
    const first = await apply(file)
    expect(first.errors).toEqual([])
    const again = await apply(file)
    expect(again.errors).toEqual([])
    expect(JSON.parse(again.outputs.result as string).changes).toBe(0)
    expect(writesSent(sim()).map((w) => w.body)).toEqual([{ image_version: 'latest' }])
  })

  test.each(['get-image-version', 'delete-image-version'])(
    '%s refuses latest before any request',
    async (op) => {
      const step = await run({ operation: op, 'custom-image': 'golden', 'image-version': 'latest' })
      expect(step.errors[0]).toContain(
        `${op}: Input 'image-version' has the value 'latest', but this operation needs one version \`x.y.z\``
      )
      expect(sim().requests).toEqual([])
    }
  )

  test('a version that is not x.y.z or latest is refused naming both', async () => {
    const step = await run({ operation: 'update-runner', 'runner-name': 'build', 'image-version': 'Latest' })
    expect(step.errors[0]).toContain('a version `x.y.z`, such as `1.2.0`, or `latest`')
    expect(sim().requests).toEqual([])
  })
})

describe("the size's storage holds the custom image", () => {
  test('create-runner with latest on a size too small names both numbers and the sizes that fit', async () => {
    images()
    const step = await run({
      operation: 'create-runner',
      'runner-name': 'build',
      'image-id': 'golden',
      'image-source': 'custom',
      size: '4-core'
    })
    expect(step.errors[0]).toContain(
      "create-runner: Input 'size': the size '4-core' has 150 GB of storage, and the custom image 'golden' version 1.1.0 (latest) is 200 GB; GitHub needs a size whose storage holds the image. Sizes that hold it: 8-core (300 GB), 16-core (600 GB), 32-core (1200 GB), 64-core (2040 GB), 96-core (2040 GB), or use a smaller version of the image."
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('a smaller size for a runner on latest: no image read (the runner says its size)', async () => {
    const { golden } = images()
    pinned(golden.id, 'latest')
    const step = await run({ operation: 'update-runner', 'runner-name': 'build', size: '2-core' })
    expect(step.errors[0]).toContain(
      "Input 'size': the size '2-core' has 75 GB of storage, and the custom image 'golden' at its latest version is 200 GB"
    )
    expect(requestLines(sim())).toEqual([`GET ${RUNNERS}`, `GET ${RUNNERS}/machine-sizes`])
  })

  test('a newer version too large for the runner’s size: input image-version, sizes listed', async () => {
    const { golden } = images()
    pinned(golden.id, '1.0.0', '4-core')
    const step = await run({ operation: 'ensure-runner', 'runner-name': 'build', 'image-version': '1.1.0' })
    expect(step.errors[0]).toContain(
      "Input 'image-version': the size '4-core' has 150 GB of storage, and the custom image 'golden' version 1.1.0 is 200 GB"
    )
    expect(step.errors[0]).toContain('Sizes that hold it: 8-core (300 GB)')
    expect(writesSent(sim())).toEqual([])
  })

  test('a version the image does not have fails naming it, before any write', async () => {
    const { golden } = images()
    pinned(golden.id)
    const step = await run({ operation: 'update-runner', 'runner-name': 'build', 'image-version': '9.9.9' })
    expect(step.errors[0]).toContain("Input 'image-version': the custom image 'golden' has no version 9.9.9")
    expect(writesSent(sim())).toEqual([])
  })

  test('a change that concerns no custom image reads nothing more', async () => {
    sim().seed.runner({ name: 'plain' })
    const step = await run({ operation: 'update-runner', 'runner-name': 'plain', 'maximum-runners': '5' })
    expect(step.errors).toEqual([])
    expect(requestLines(sim())).toEqual([`GET ${RUNNERS}`, expect.stringMatching(/^PATCH /)])
  })
})

test('a custom image of another platform is refused on update, naming both platforms', async () => {
  const { golden } = images()
  pinned(golden.id)
  const step = await run({
    operation: 'update-runner',
    'runner-name': 'build',
    'image-id': 'winbase',
    'image-source': 'custom'
  })
  expect(step.errors[0]).toContain(
    "Input 'image-id': the custom image 'winbase' is built for win-x64, and runner 'build' is linux-x64; GitHub runs a custom image only on the platform it was built for. Pick a custom image built for linux-x64, or create a new runner for win-x64 (create-runner)."
  )
  expect(writesSent(sim())).toEqual([])
})

describe('no static IP in a group with private networking', () => {
  const privateGroup = () => {
    const network = sim().seed.networkConfiguration({ name: 'corp-vnet' })
    return sim().seed.group({ name: 'private', network_configuration_id: network.id })
  }

  test('enable-static-ip on a runner of such a group', async () => {
    const group = privateGroup()
    sim().seed.runner({ name: 'build', runner_group_id: group.id })
    const step = await run({ operation: 'update-runner', 'runner-name': 'build', 'enable-static-ip': 'true' })
    expect(step.errors[0]).toMatch(
      /Input 'enable-static-ip': runner group 'private' uses private networking \(network configuration \w+\), and GitHub's private networking does not support static IP addresses\. Remove 'enable-static-ip'/
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('moving a runner with a static IP into such a group', async () => {
    privateGroup()
    sim().seed.runner({ name: 'build', enable_static_ip: true })
    const step = await run({ operation: 'ensure-runner', 'runner-name': 'build', 'runner-group': 'private' })
    expect(step.errors[0]).toContain(
      "Input 'runner-group': runner 'build' has a static IP, and runner group 'private' uses private networking"
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('update-group and ensure-group: a configuration for a group holding static IPs', async () => {
    sim().seed.networkConfiguration({ name: 'corp-vnet' })
    const group = sim().seed.group({ name: 'pinned' })
    sim().seed.runner({ name: 'edge', runner_group_id: group.id, enable_static_ip: true })
    for (const operation of ['update-group', 'ensure-group']) {
      const step = await run({
        operation,
        'runner-group': 'pinned',
        'group-name': 'pinned',
        'network-configuration-id': 'corp-vnet'
      })
      expect(step.errors[0]).toContain(
        `${operation}: Input 'network-configuration-id': runner group 'pinned' holds hosted runners with static IPs ('edge'), and GitHub's private networking does not support static IP addresses. Turn their static IPs off first`
      )
    }
    expect(writesSent(sim())).toEqual([])
  })

  test('apply: a group the file gives a configuration while it holds a static IP', async () => {
    sim().seed.networkConfiguration({ name: 'corp-vnet' })
    const group = sim().seed.group({ name: 'pinned' })
    sim().seed.runner({ name: 'edge', runner_group_id: group.id, enable_static_ip: true })
    const step = await apply([
      'runner-groups:',
      '  - group-name: pinned',
      '    network-configuration-id: corp-vnet'
    ])
    expect(step.errors[0]).toContain(
      "apply: fleet.yml line 2 (runner group 'pinned'): runner group 'pinned' holds hosted runners with static IPs ('edge')"
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('apply: a runner with a static IP in a group the file gives a network configuration', async () => {
    sim().seed.networkConfiguration({ name: 'corp-vnet' })
    const step = await apply([
      'runner-groups:',
      '  - group-name: private',
      '    network-configuration-id: corp-vnet',
      'hosted-runners:',
      '  - runner-name: build',
      '    image-id: 2306',
      '    size: 4-core',
      '    runner-group: private',
      '    enable-static-ip: true'
    ])
    expect(step.errors[0]).toContain(
      "apply: fleet.yml line 5 (hosted runner 'build'): runner group 'private' uses private networking"
    )
    expect(writesSent(sim())).toEqual([])
  })
})

test('apply: a custom image too large for the size is the file’s error, and nothing is sent', async () => {
  images()
  const step = await apply([
    'runner-groups:',
    '  - group-name: release',
    'hosted-runners:',
    '  - runner-name: build',
    '    image-id: golden',
    '    image-source: custom',
    '    image-version: latest',
    '    size: 2-core',
    '    runner-group: release'
  ])
  expect(step.errors[0]).toContain(
    "apply: fleet.yml line 4 (hosted runner 'build'): the size '2-core' has 75 GB of storage, and the custom image 'golden' version 1.1.0 (latest) is 200 GB"
  )
  expect(writesSent(sim())).toEqual([])
})

describe('a GitHub App installation token refused a runner delete (the docs allow it with "Administration": write)', () => {
  const APP = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
  const EXPLAINED =
    'The token is a GitHub App installation token (ghs_…): GitHub\'s REST reference lets a GitHub App delete a hosted runner with the organization permission "Administration" (write), which this App may lack (GitHub\'s older API description did not allow Apps at all). Give the App "Administration": write, or delete runners (delete-runner, and a prune of runners in apply) with a personal access token, classic with the `manage_runners:org` scope.'
  // GitHub's answer to an App without the permission.
  const refuseApps = () =>
    sim().fault({
      method: 'DELETE',
      path: /\/hosted-runners\/\d+$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: Infinity
    })

  test('delete-runner: the 403 says why and what to give', async () => {
    sim().seed.runner({ name: 'build' })
    refuseApps()
    const step = await run({ operation: 'delete-runner', 'runner-name': 'build', token: APP })
    expect(step.errors[0]).toContain('delete-runner failed: HTTP 403 from DELETE ')
    expect(step.errors[0]).toContain(`Resource not accessible by integration. ${EXPLAINED}`)
    expect(sim().state.runners.map((r) => r.status)).toEqual(['Ready'])
  })

  test('apply: a prune of a runner stops at the delete with the same explanation', async () => {
    sim().seed.runner({ name: 'stray' })
    refuseApps()
    const step = await apply(['organization: acme', 'prune: true'], { token: APP })
    expect(step.errors[0]).toContain(EXPLAINED)
  })
})

test('at enterprise scope: the storage rule reads the enterprise’s version and sizes', async () => {
  const seed = sim().seed.enterprise
  const image = seed.image({ name: 'octo-golden' })
  seed.imageVersion(image.id, { version: '1.0.0', size_gb: 200 })
  const step = await run({
    operation: 'create-runner',
    enterprise: 'octo-ent',
    'runner-name': 'build',
    'image-id': 'octo-golden',
    'image-source': 'custom',
    'image-version': '1.0.0',
    size: '2-core'
  })
  expect(step.errors[0]).toContain(
    "Input 'size': the size '2-core' has 75 GB of storage, and the custom image 'octo-golden' version 1.0.0 is 200 GB"
  )
  expect(requestLines(sim())).toContain(
    `GET /enterprises/octo-ent/actions/hosted-runners/images/custom/${image.id}/versions/1.0.0`
  )
  expect(writesSent(sim())).toEqual([])
})

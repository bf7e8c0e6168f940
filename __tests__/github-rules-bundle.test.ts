// What a real organization would see, through the committed bundle (`node dist/index.js`): images by the
// names GitHub lists, `image-version: latest` converging, GitHub's storage, platform and private-networking
// rules refused with no write, a group taking its network configuration by name, and the App-token 403 on
// deleting a runner explained. Few steps: each write through dist costs a real second.
import { runBundle, type Inputs } from './support/step.js'
import { useSimulator, writesSent } from './support/simulator.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const run = (inputs: Inputs) => runBundle(inputs, sim().url)
const ENSURE = { operation: 'ensure-runner', 'runner-name': 'release', size: '4-core' }

test("'Ubuntu Latest (24.04)' in any case creates the runner; the near miss is refused with the suggestion", async () => {
  const miss = await run({ ...ENSURE, 'image-id': 'Ubuntu Latest 24.04' })
  expect(miss.exitCode).toBe(1)
  expect(miss.errors[0]).toContain("Did you mean 'Ubuntu Latest (24.04)'?")
  const made = await run({ ...ENSURE, 'image-id': 'UBUNTU LATEST (24.04)' })
  expect(made.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    expect.objectContaining({
      method: 'POST',
      body: expect.objectContaining({ image: { id: '2306', source: 'github' } })
    })
  ])
})

test('image-version: latest converges: one PATCH, then a re-run plans nothing', async () => {
  const image = sim().seed.image({ name: 'golden' })
  sim().seed.imageVersion(image.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  sim().seed.imageVersion(image.id, { version: '1.1.0', created_on: '2026-02-01T00:00:00Z' })
  sim().seed.runner({ name: 'release', image: { id: String(image.id), source: 'custom', version: '1.0.0' } })
  const inputs = { ...ENSURE, 'image-id': 'golden', 'image-source': 'custom', 'image-version': 'latest' }
  const first = await run(inputs)
  expect(first.errors).toEqual([])
  expect(first.outputs.changed).toBe('true')
  const again = await run(inputs)
  expect(again.errors).toEqual([])
  expect(again.outputs.changed).toBe('false')
  expect(writesSent(sim()).map((w) => w.body)).toEqual([{ image_version: 'latest' }])
})

test('the storage, platform and private-networking refusals send no write', async () => {
  const big = sim().seed.image({ name: 'big' })
  sim().seed.imageVersion(big.id, { version: '1.0.0', size_gb: 200 })
  const windows = sim().seed.image({ name: 'winbase', platform: 'win-x64' })
  sim().seed.imageVersion(windows.id, { version: '1.0.0' })
  const network = sim().seed.networkConfiguration({ name: 'corp-vnet' })
  const group = sim().seed.group({ name: 'private', network_configuration_id: network.id })
  sim().seed.runner({ name: 'linux', runner_group_id: group.id })
  const storage = await run({ ...ENSURE, 'image-id': 'big', 'image-source': 'custom' })
  expect(storage.errors[0]).toContain(
    "Input 'size': the size '4-core' has 150 GB of storage, and the custom image 'big' version 1.0.0 (latest) is 200 GB"
  )
  const platform = await run({
    operation: 'update-runner',
    'runner-name': 'linux',
    'image-id': 'winbase',
    'image-source': 'custom'
  })
  expect(platform.errors[0]).toContain(
    "Input 'image-id': the custom image 'winbase' is built for win-x64, and runner 'linux' is linux-x64"
  )
  const staticIp = await run({
    operation: 'update-runner',
    'runner-name': 'linux',
    'enable-static-ip': 'true'
  })
  expect(staticIp.errors[0]).toContain(
    "Input 'enable-static-ip': runner group 'private' uses private networking"
  )
  expect([storage, platform, staticIp].map((step) => step.exitCode)).toEqual([1, 1, 1])
  expect(writesSent(sim())).toEqual([])
})

test('a group takes its network configuration by name: the id is sent', async () => {
  const network = sim().seed.networkConfiguration({ name: 'corp-vnet' })
  const step = await run({
    operation: 'ensure-group',
    'group-name': 'private',
    'network-configuration-id': 'Corp-VNet'
  })
  expect(step.errors).toEqual([])
  expect(writesSent(sim()).map((w) => w.body)).toEqual([
    expect.objectContaining({ name: 'private', network_configuration_id: network.id })
  ])
})

test('a 403 on delete-runner with a GitHub App installation token is explained', async () => {
  const runner = sim().seed.runner({ name: 'build' })
  // The docs let an App with "Administration": write delete; this one lacks it.
  sim().fault({
    method: 'DELETE',
    path: `/orgs/acme/actions/hosted-runners/${runner.id}`,
    status: 403,
    body: { message: 'Resource not accessible by integration' }
  })
  const step = await run({
    operation: 'delete-runner',
    'runner-id': String(runner.id),
    token: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
  })
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toContain(
    'GitHub\'s REST reference lets a GitHub App delete a hosted runner with the organization permission "Administration" (write)'
  )
  expect(step.errors[0]).toContain('personal access token, classic with the `manage_runners:org` scope')
})

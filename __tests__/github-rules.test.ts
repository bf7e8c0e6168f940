// How GitHub behaves, not only its spec (issue 11), the step run in process against the simulator: image
// references a person can write, and the writes GitHub would refuse, refused before they are sent.
import { runStep, type Inputs } from './support/step.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const RUNNERS = '/orgs/acme/actions/hosted-runners'
const run = (inputs: Inputs) => runStep(inputs, sim().url)
const ENSURE = { operation: 'ensure-runner', 'runner-name': 'release', size: '4-core' }

describe('image references', () => {
  test.each([
    ['its display name', 'Ubuntu Latest (24.04)'],
    ['its display name in another case', 'ubuntu latest (24.04)'],
    ['the catalogue id', '2306']
  ])(
    'ensure-runner by %s creates the runner with the numeric id; an identical re-run sends no write',
    async (_, imageId) => {
      const first = await run({ ...ENSURE, 'image-id': imageId })
      expect(first.errors).toEqual([])
      expect(writesSent(sim())).toEqual([
        {
          method: 'POST',
          path: RUNNERS,
          body: expect.objectContaining({ name: 'release', image: { id: '2306', source: 'github' } })
        }
      ])
      expect(first.outputs.changed).toBe('true')
      sim().clearRequests()
      const again = await run({ ...ENSURE, 'image-id': imageId })
      expect(again.errors).toEqual([])
      expect(again.outputs.changed).toBe('false')
      expect(writesSent(sim())).toEqual([])
    }
  )

  test('create-runner and update-runner send the resolved id; a custom image is found by name', async () => {
    const image = sim().seed.image({ name: 'golden' })
    sim().seed.imageVersion(image.id, { version: '1.0.0' })
    const created = await run({
      operation: 'create-runner',
      'runner-name': 'build',
      'image-id': 'golden',
      'image-source': 'custom',
      'image-version': '1.0.0',
      size: '4-core'
    })
    expect(created.errors).toEqual([])
    const updated = await run({
      operation: 'update-runner',
      'runner-name': 'build',
      'image-id': 'Ubuntu 22.04'
    })
    expect(updated.errors).toEqual([])
    expect(writesSent(sim()).map((w) => w.body)).toEqual([
      expect.objectContaining({ image: { id: String(image.id), source: 'custom', version: '1.0.0' } }),
      { image_id: '2307', image_source: 'github' }
    ])
  })

  test('an unknown image fails before any write, listing what is available by id and name', async () => {
    const step = await run({ ...ENSURE, 'image-id': 'ubuntu-latest' })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      "ensure-runner: Input 'image-id': no GitHub-owned image has the id or name 'ubuntu-latest'. Available: 2306 (Ubuntu Latest (24.04)), 2307 (Ubuntu 22.04)"
    )
    expect(step.errors[0]).toContain("For a partner or custom image, set 'image-source'.")
    expect(writesSent(sim())).toEqual([])
  })

  test('a name that several images carry fails, listing them', async () => {
    const [ubuntu] = sim().state.githubImages
    if (ubuntu) sim().state.githubImages.push({ ...ubuntu, id: '2399' })
    const step = await run({ ...ENSURE, 'image-id': 'Ubuntu Latest (24.04)' })
    expect(step.errors[0]).toContain(
      "Input 'image-id': 'Ubuntu Latest (24.04)' names 2 GitHub-owned images: 2306 (Ubuntu Latest (24.04)), 2399 (Ubuntu Latest (24.04)). Give the id."
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('each catalogue is read once per run', async () => {
    await run({ ...ENSURE, 'image-id': 'Ubuntu Latest (24.04)' })
    const reads = requestLines(sim()).filter((line) => line.endsWith('/images/github-owned'))
    expect(reads).toHaveLength(1)
  })
})

describe('writes GitHub refuses, refused before they are sent', () => {
  test('changing the image of a runner on a partner image: delete and re-create', async () => {
    sim().seed.runner({ name: 'gpu', image: { id: '2501', source: 'partner' } })
    for (const operation of ['update-runner', 'ensure-runner']) {
      const step = await run({ operation, 'runner-name': 'gpu', 'image-id': '2306' })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toMatch(
        /Runner 'gpu' runs the partner image 2501 \(NVIDIA .*\), and GitHub does not change a partner image on an existing runner: delete the runner .* and create it again/
      )
    }
    expect(writesSent(sim())).toEqual([])
  })

  test('image-version with a GitHub image is an input error before any request', async () => {
    const step = await run({ ...ENSURE, 'image-id': '2306', 'image-version': '1.0.0' })
    expect(step.errors[0]).toMatch(/^ensure-runner: Input 'image-version' is only for custom images/)
    expect(sim().requests).toEqual([])
  })

  test('image-version for a runner on a GitHub image is refused after reading the runner', async () => {
    sim().seed.runner({ name: 'plain' })
    const step = await run({ operation: 'update-runner', 'runner-name': 'plain', 'image-version': '1.2.0' })
    expect(step.errors[0]).toMatch(
      /Input 'image-version' is only for custom images: the runner's image source is 'github'/
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('enable-static-ip for a macOS image', async () => {
    const step = await run({ ...ENSURE, 'image-id': 'macOS 15 (Arm64)', 'enable-static-ip': 'true' })
    expect(step.errors[0]).toMatch(
      /Input 'enable-static-ip': GitHub has no static IP addresses for macOS runners/
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('a static IP when the organization is at its limit, with the numbers', async () => {
    for (let n = 0; n < 10; n++) sim().seed.runner({ name: `static-${n}`, enable_static_ip: true })
    sim().seed.runner({ name: 'plain' })
    const step = await run({ operation: 'update-runner', 'runner-name': 'plain', 'enable-static-ip': 'true' })
    expect(step.errors[0]).toContain(
      "organization 'acme' already uses 10 of its 10 static public IP addresses (get-limits)"
    )
    expect(requestLines(sim())).toContain(`GET ${RUNNERS}/limits`)
    expect(writesSent(sim())).toEqual([])
  })

  test('a size GitHub does not offer, listing the sizes it does', async () => {
    const step = await run({ ...ENSURE, 'image-id': '2306', size: '3-core' })
    expect(step.errors[0]).toContain(
      "Input 'size': GitHub offers no machine size '3-core' to organization 'acme'. Sizes offered: 2-core, 4-core, 8-core, 16-core, 32-core, 64-core, 96-core (list-machine-sizes)."
    )
    expect(writesSent(sim())).toEqual([])
  })

  test('the same refusals hold in dry-run: the plan is the same, unsent', async () => {
    const step = await run({ ...ENSURE, 'image-id': '2306', size: '3-core', 'dry-run': 'true' })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain("GitHub offers no machine size '3-core'")
  })

  test('deleting the default runner group', async () => {
    for (const group of ['Default', '1']) {
      const step = await run({ operation: 'delete-group', 'runner-group': group })
      expect(step.errors[0]).toBe(
        "delete-group: Runner group 'Default' (id 1) is the default group, which GitHub does not delete. Nothing to do; to empty it, move its runners to another group."
      )
    }
    expect(writesSent(sim())).toEqual([])
  })

  test('extra reads only when the inputs they check are given', async () => {
    sim().seed.runner({ name: 'plain' })
    await run({ operation: 'update-runner', 'runner-name': 'plain', 'maximum-runners': '4' })
    expect(requestLines(sim())).toEqual([`GET ${RUNNERS}`, `PATCH ${RUNNERS}/1`])
  })
})

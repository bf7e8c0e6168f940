// How GitHub behaves, not only its spec (issue 11), the step run in process against the simulator: waiting
// on the states GitHub reports, fixed points where GitHub stores another value, and cleanup beside
// GitHub's own retention.
import { runStep, type Inputs } from './support/step.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'

const RUNNERS = '/orgs/acme/actions/hosted-runners'
const CREATE = { operation: 'create-runner', 'runner-name': 'release', 'image-id': '2306', size: '4-core' }
const WAIT = { 'wait-for': 'ready', 'poll-interval': '1s' }

describe('provisioning takes several looks (the simulator by default)', () => {
  const sim = useSimulator()
  test('create-runner waits through Provisioning, logging each change with the time spent', async () => {
    const step = await runStep({ ...CREATE, ...WAIT }, sim().url)
    expect(step.errors).toEqual([])
    expect(step.outputs.status).toBe('Ready')
    const looks = requestLines(sim()).filter((line) => line === `GET ${RUNNERS}/1`)
    expect(looks).toHaveLength(4)
    expect(step.stdout).toMatch(
      /^Runner release is Provisioning: waiting up to 15m for Ready, looking every 1s at first\.$/m
    )
    expect(step.stdout).toMatch(/^Runner release is Ready after \d+s \(Provisioning for \d+s\)\.$/m)
  }, 20_000)
})

describe('waiting on real states', () => {
  const sim = useSimulator({ readyAfterPolls: 1 })
  const run = (inputs: Inputs) => runStep(inputs, sim().url)

  test('a runner that provisions into Stuck fails the wait at once, saying what to check', async () => {
    sim().seed.provisioningFault({ status: 'Stuck' })
    const step = await run({ ...CREATE, ...WAIT })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /did not become Ready: its status is Stuck: GitHub could not provision it\. Check the runner in the organization's settings/
    )
    expect(step.outputs).toMatchObject({ status: 'Stuck', changed: 'true' })
  })

  test('Shutdown fails once it persisted across two looks, naming the state and what to check', async () => {
    sim().seed.provisioningFault({ status: 'Shutdown' })
    const step = await run({ ...CREATE, ...WAIT })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(/its status stayed Shutdown across two looks: GitHub stopped it\. Check/)
    expect(step.stdout).toMatch(/^Runner release is Shutdown after \d+s \(Provisioning for \d+s\)\.$/m)
    const looks = requestLines(sim()).filter((line) => line === `GET ${RUNNERS}/1`)
    expect(looks).toHaveLength(3)
  })

  test('wait-runner on a runner already in Shutdown fails at its second look', async () => {
    sim().seed.runner({ name: 'stopped', status: 'Shutdown' })
    const step = await run({ operation: 'wait-runner', 'runner-name': 'stopped', 'poll-interval': '1s' })
    expect(step.errors[0]).toMatch(/stayed Shutdown across two looks/)
    expect(requestLines(sim()).filter((line) => line.startsWith(`GET ${RUNNERS}/`))).toHaveLength(2)
  })
})

describe('fixed points', () => {
  const sim = useSimulator({ readyAfterPolls: 0 })
  const run = (inputs: Inputs) => runStep(inputs, sim().url)

  test('ensure-group with visibility private: GitHub keeps `all`; a re-run sends nothing and warns once', async () => {
    const inputs = { operation: 'ensure-group', 'group-name': 'ops', visibility: 'private' }
    const first = await run(inputs)
    expect(first.errors).toEqual([])
    expect(writesSent(sim())).toEqual([
      {
        method: 'POST',
        path: '/orgs/acme/actions/runner-groups',
        body: { name: 'ops', visibility: 'private' }
      }
    ])
    const warning =
      "Runner group 'ops': GitHub keeps visibility 'all' where 'private' was asked (for organization groups it stores 'private' as 'all'); ensure-group does not ask again."
    expect(first.warnings).toEqual([warning])
    sim().clearRequests()
    const again = await run(inputs)
    expect(again.outputs.changed).toBe('false')
    expect(writesSent(sim())).toEqual([])
    expect(again.warnings).toEqual([warning])
  })

  test('ensure-runner on a GitHub image (reported as version `latest`) sends nothing on a re-run', async () => {
    sim().seed.runner({ name: 'release', image: { id: '2306' }, size: '4-core' })
    expect(sim().state.runners[0]?.image_details?.version).toBe('latest')
    const step = await run({
      operation: 'ensure-runner',
      'runner-name': 'release',
      'image-id': '2306',
      'image-source': 'github',
      size: '4-core'
    })
    expect(step.outputs.changed).toBe('false')
    expect(requestLines(sim())).toEqual([`GET ${RUNNERS}`])
  })
})

describe('cleanup beside GitHub retention', () => {
  const sim = useSimulator()
  const DAY = 24 * 3600 * 1000
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

  test('latest is what the API says (the most recent Ready version, not the highest one)', async () => {
    const image = sim().seed.image({ name: 'golden' })
    sim().seed.imageVersion(image.id, { version: '2.0.0', created_on: daysAgo(40) })
    sim().seed.imageVersion(image.id, { version: '1.5.0', created_on: daysAgo(30) })
    sim().seed.imageVersion(image.id, { version: '1.6.0', state: 'Generating', created_on: daysAgo(0) })
    expect(image.latest_version).toBe('1.5.0')
    const step = await runStep(
      { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '0' },
      sim().url
    )
    expect(step.errors).toEqual([])
    expect(JSON.parse(step.outputs.deleted as string)).toEqual([
      { image_id: image.id, image_name: 'golden', version: '2.0.0' }
    ])
    expect(step.summary).toContain('| 1.5.0 | Ready |')
    expect(step.summary).toMatch(
      /\| 1\.6\.0 \| Generating \| .* \| keep \| state 'Generating' is not finished/
    )
  })

  test('a version GitHub already removed (404) is reported as already gone', async () => {
    const image = sim().seed.image({ name: 'golden' })
    sim().seed.imageVersion(image.id, { version: '1.0.0', created_on: daysAgo(40) })
    sim().seed.imageVersion(image.id, { version: '1.1.0', created_on: daysAgo(1) })
    sim().fault({ method: 'DELETE', path: /\/versions\/1\.0\.0$/, status: 404 })
    const step = await runStep(
      { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '0' },
      sim().url
    )
    expect(step.errors).toEqual([])
    expect(step.outputs.count).toBe('0')
    expect(step.summary).toContain('1 already gone')
    expect(step.summary).toMatch(/\| 1\.0\.0 \| Ready \| .* \| already gone \|/)
  })
})

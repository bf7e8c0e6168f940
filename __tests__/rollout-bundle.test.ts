// `rollout:` through the built dist/index.js, as a runner runs the step (rollout.test.ts holds the rest,
// in process). The simulator answers a re-provisioned runner at the first look, so the step's polls wait
// no real time: the order of the requests shows each wave read Ready before the next one is sent.
import { useSimulator, writesSent } from './support/simulator.js'
import { fleetFile, fleetOn, runnerRequests } from './support/rollout-fleet.js'
import { useWorkspace } from './support/workspace.js'
import { runBundle, type Inputs } from './support/step.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const ws = useWorkspace()
const RUNNERS = '/orgs/acme/actions/hosted-runners'
const ROLLOUT = 'rollout:\n  canary: 1\n  batch: 2\n  rollback: true\n'

const apply = (inputs: Inputs = {}) =>
  runBundle({ operation: 'apply', 'poll-interval': '1s', ...inputs }, sim().url, {
    GITHUB_WORKSPACE: ws().dir
  })

test('five runners: one canary changed and read Ready, then the rest in batches of two, each read Ready', async () => {
  fleetOn(sim(), 5)
  ws().writeFleet(fleetFile(5, '2.0.0', ROLLOUT))
  const step = await apply()
  expect(step.errors).toEqual([])
  expect(step.exitCode).toBe(0)
  expect(runnerRequests(sim())).toEqual([
    'PATCH r1',
    'GET r1',
    'PATCH r2',
    'PATCH r3',
    'GET r2',
    'GET r3',
    'PATCH r4',
    'PATCH r5',
    'GET r4',
    'GET r5'
  ])
  expect(sim().state.runners.every((r) => r.image_details?.version === '2.0.0' && r.status === 'Ready')).toBe(
    true
  )
  expect(step.summary).toContain('canary: r1; batch 1: r2, r3; batch 2: r4, r5.')
})

test('a canary that ends Stuck is set back; the other four are never sent the new version', async () => {
  const { image, runners } = fleetOn(sim(), 5)
  sim().seed.imageVersionEnds(image.id, '2.0.0', 'Stuck')
  ws().writeFleet(fleetFile(5, '2.0.0', ROLLOUT))
  const step = await apply()
  expect(step.exitCode).toBe(1)
  const r1 = `${RUNNERS}/${runners[0]?.id}`
  expect(writesSent(sim())).toEqual([
    { method: 'PATCH', path: r1, body: { image_version: '2.0.0' } },
    { method: 'PATCH', path: r1, body: { image_version: '1.0.0' } }
  ])
  expect(runnerRequests(sim())).toEqual(['PATCH r1', 'GET r1', 'PATCH r1', 'GET r1'])
  expect(step.errors).toEqual([
    expect.stringMatching(
      /^apply failed: The rollout stopped in wave 'canary': runner 'r1' is Stuck on image golden \(\d+\) 2\.0\.0/
    )
  ])
  const plan = JSON.parse(step.outputs.plan as string) as Array<{ name: string; status: string }>
  expect(plan.map((c) => [c.name, c.status])).toEqual([
    ['r1', 'failed'],
    ['r2', 'not-done'],
    ['r3', 'not-done'],
    ['r4', 'not-done'],
    ['r5', 'not-done']
  ])
  expect(sim().state.runners.map((r) => [r.image_details?.version, r.status])).toEqual(
    Array.from({ length: 5 }, () => ['1.0.0', 'Ready'])
  )
})

test('a dry run shows the waves in the summary and in `plan`, and sends nothing', async () => {
  fleetOn(sim(), 5)
  ws().writeFleet(fleetFile(5, '2.0.0', ROLLOUT))
  const step = await apply({ 'dry-run': 'true' })
  expect(step.exitCode).toBe(0)
  expect(writesSent(sim())).toEqual([])
  expect(step.summary).toContain(
    '**Rollout** of image changes in 3 waves (canary 1, batch 2, wait-timeout 15m, rollback on): canary: r1; batch 1: r2, r3; batch 2: r4, r5.'
  )
  const plan = JSON.parse(step.outputs.plan as string) as Array<{
    name: string
    wave: string
    status: string
  }>
  expect(plan.map((c) => `${c.name} ${c.wave} ${c.status}`)).toEqual([
    'r1 canary planned',
    'r2 batch 1 planned',
    'r3 batch 1 planned',
    'r4 batch 2 planned',
    'r5 batch 2 planned'
  ])
})

// `rollout:` (issue 29), run in process against the simulator: image changes go canary first, each runner
// read until Ready, then a batch at a time; a wave that fails stops the rollout (set back with rollback),
// the runners after it are never sent; the plan and the summary show the waves. rollout-bundle.test.ts
// runs the same through dist/index.js.
import { useSimulator, writesSent } from './support/simulator.js'
import { fleetFile, fleetOn, runnerRequests } from './support/rollout-fleet.js'
import { useWorkspace } from './support/workspace.js'
import { FAST_TIMING, runStep, TOKEN, type Inputs } from './support/step.js'
import { runCli } from '../src/cli/command.js'

const sim = useSimulator({ readyAfterPolls: 2 })
const ws = useWorkspace()
const RUNNERS = '/orgs/acme/actions/hosted-runners'

const apply = (inputs: Inputs = {}) =>
  runStep({ operation: 'apply', 'poll-interval': '1s', ...inputs }, sim().url, { GITHUB_WORKSPACE: ws().dir })

const ROLLOUT = 'rollout:\n  canary: 1\n  batch: 2\n  wait-timeout: 30m\n  rollback: true\n'

test('five runners: the canary is changed and read until Ready, then two batches of two, each read until Ready', async () => {
  fleetOn(sim(), 5)
  ws().writeFleet(fleetFile(5, '2.0.0', ROLLOUT))
  const step = await apply()
  expect(step.errors).toEqual([])
  // readyAfterPolls 2: each runner answers Provisioning twice, then Ready.
  const looks = (name: string) => [`GET ${name}`, `GET ${name}`, `GET ${name}`]
  expect(runnerRequests(sim())).toEqual([
    'PATCH r1',
    ...looks('r1'),
    'PATCH r2',
    'PATCH r3',
    ...looks('r2'),
    ...looks('r3'),
    'PATCH r4',
    'PATCH r5',
    ...looks('r4'),
    ...looks('r5')
  ])
  expect(writesSent(sim()).map((w) => w.body)).toEqual(
    Array.from({ length: 5 }, () => ({ image_version: '2.0.0' }))
  )
  expect(sim().state.runners.map((r) => [r.name, r.image_details?.version, r.status])).toEqual(
    ['r1', 'r2', 'r3', 'r4', 'r5'].map((name) => [name, '2.0.0', 'Ready'])
  )
  const plan = JSON.parse(step.outputs.plan as string) as Array<Record<string, unknown>>
  expect(plan.map((c) => [c.name, c.wave, c.status])).toEqual([
    ['r1', 'canary', 'done'],
    ['r2', 'batch 1', 'done'],
    ['r3', 'batch 1', 'done'],
    ['r4', 'batch 2', 'done'],
    ['r5', 'batch 2', 'done']
  ])
  expect(step.summary).toContain(
    '**Rollout** of image changes in 3 waves (canary 1, batch 2, wait-timeout 30m, rollback on): canary: r1; batch 1: r2, r3; batch 2: r4, r5.'
  )
  expect(step.summary).toMatch(
    /\| canary \| r1 \| golden \(\d+\) 1\.0\.0 → golden \(\d+\) 2\.0\.0 \| golden \(\d+\) 2\.0\.0 \| ready \|/
  )
  expect(step.stdout).toContain('Rollout batch 1 (wave 2 of 3): changing r2, r3.')
  expect(step.stdout).toMatch(
    /Rollout canary \(wave 1 of 3\): Runner r1 is Provisioning: waiting up to 30m for Ready/
  )
})

test('a canary that ends Stuck is set back and read until Ready; the other four are never sent the new version', async () => {
  const { image, runners } = fleetOn(sim(), 5)
  sim().seed.imageVersionEnds(image.id, '2.0.0', 'Stuck')
  ws().writeFleet(fleetFile(5, '2.0.0', ROLLOUT))
  const step = await apply()
  expect(step.exitCode).toBe(1)
  expect(writesSent(sim())).toEqual([
    { method: 'PATCH', path: `${RUNNERS}/${runners[0]?.id}`, body: { image_version: '2.0.0' } },
    { method: 'PATCH', path: `${RUNNERS}/${runners[0]?.id}`, body: { image_version: '1.0.0' } }
  ])
  expect(sim().state.runners.map((r) => [r.name, r.image_details?.version, r.status])).toEqual(
    ['r1', 'r2', 'r3', 'r4', 'r5'].map((name) => [name, '1.0.0', 'Ready'])
  )
  expect(step.errors).toEqual([
    expect.stringMatching(
      /^apply failed: The rollout stopped in wave 'canary': runner 'r1' is Stuck on image golden \(\d+\) 2\.0\.0; it did not become Ready: its status is Stuck.* Set back to the image each had, and Ready again: 'r1' \(golden \(\d+\) 1\.0\.0\)\. Not sent, so on their image still: 'r2' \(golden \(\d+\) 1\.0\.0\), 'r3'/
    )
  ])
  const plan = JSON.parse(step.outputs.plan as string) as Array<Record<string, unknown>>
  expect(plan.map((c) => [c.name, c.status, c.note])).toEqual([
    [
      'r1',
      'failed',
      expect.stringMatching(/^Stuck on golden \(\d+\) 2\.0\.0; set back to golden \(\d+\) 1\.0\.0$/)
    ],
    ...['r2', 'r3', 'r4', 'r5'].map((name) => [name, 'not-done', "not sent: the rollout stopped at 'r1'"])
  ])
  expect(step.summary).toContain('**Rollout stopped:**')
  expect(step.summary).toMatch(
    /\| canary \| r1 \| .* \| golden \(\d+\) 1\.0\.0 \| failed \(Stuck\), set back \|/
  )
  expect(step.summary).toMatch(/\| batch 2 \| r5 \| .* \| golden \(\d+\) 1\.0\.0 \| not sent \|/)
})

test('a dry run shows the waves in the summary and in `plan`, and sends nothing', async () => {
  fleetOn(sim(), 5)
  ws().writeFleet(fleetFile(5, '2.0.0', 'rollout:\n  batch: 50%\n'))
  const step = await apply({ 'dry-run': 'true' })
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([])
  const plan = JSON.parse(step.outputs.plan as string) as Array<Record<string, unknown>>
  expect(plan.map((c) => [c.name, c.wave, c.status])).toEqual([
    ['r1', 'canary', 'planned'],
    ['r2', 'batch 1', 'planned'],
    ['r3', 'batch 1', 'planned'],
    ['r4', 'batch 1', 'planned'],
    ['r5', 'batch 2', 'planned']
  ])
  expect(step.summary).toContain(
    'in 3 waves (canary 1, batch 50%, wait-timeout 15m, rollback off): canary: r1; batch 1: r2, r3, r4; batch 2: r5.'
  )
})

test("the command line's status line shows the wave and the runner it waits for", async () => {
  fleetOn(sim(), 3)
  ws().writeFleet(fleetFile(3, '2.0.0', 'rollout:\n  canary: 1\n  batch: 2\n'))
  let drawn = ''
  const stderr = { isTTY: true, columns: 200, write: (text: string) => (drawn += text) }
  const { status } = await runCli({
    argv: ['apply', '--org', 'acme', '--api-url', sim().url, '--poll-interval', '1s'],
    env: { GH_TOKEN: TOKEN },
    cwd: ws().dir,
    stdout: { write: () => true },
    stderr,
    timing: FAST_TIMING
  })
  expect(status).toBe(0)
  const lines = drawn.split('\r').map((line) => line.trim())
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^\[\d+s\] Rollout canary \(wave 1 of 2\): Runner r1 is Provisioning: waiting up to 15m/
    )
  )
  expect(lines).toContainEqual(
    expect.stringMatching(/^\[\d+s\] Rollout batch 1 \(wave 2 of 2\): Runner r3 is Ready after/)
  )
})

test('a write of a batch refused after another of it was sent: with rollback, the sent one is set back', async () => {
  const { runners } = fleetOn(sim(), 3)
  sim().fault({ method: 'PATCH', path: `${RUNNERS}/${runners[2]?.id}`, status: 422 })
  ws().writeFleet(fleetFile(3, '2.0.0', 'rollout:\n  canary: 1\n  batch: 2\n  rollback: true\n'))
  const step = await apply()
  expect(step.exitCode).toBe(1)
  expect(runnerRequests(sim()).filter((r) => r.startsWith('PATCH'))).toEqual([
    'PATCH r1',
    'PATCH r2',
    'PATCH r3',
    'PATCH r2'
  ])
  expect(writesSent(sim()).at(-1)?.body).toEqual({ image_version: '1.0.0' })
  expect(sim().state.runners.map((r) => [r.name, r.image_details?.version])).toEqual([
    ['r1', '2.0.0'],
    ['r2', '1.0.0'],
    ['r3', '1.0.0']
  ])
  expect(step.errors).toEqual([
    expect.stringMatching(
      /^apply failed: The rollout stopped in wave 'batch 1': the change of runner 'r3' failed: HTTP 422 from PATCH .* Set back to the image each had, and Ready again: 'r2' \(golden \(\d+\) 1\.0\.0\)\./
    )
  ])
  const plan = JSON.parse(step.outputs.plan as string) as Array<Record<string, unknown>>
  expect(plan.map((c) => [c.name, c.status])).toEqual([
    ['r1', 'done'],
    ['r2', 'not-done'],
    ['r3', 'failed']
  ])
})

test('the reviewed digest covers the rollout: other settings plan the same changes but are refused', async () => {
  fleetOn(sim(), 3)
  ws().writeFleet(fleetFile(3, '2.0.0', 'rollout:\n  canary: 1\n'))
  const reviewed = await apply({ 'dry-run': 'true' })
  ws().writeFleet(fleetFile(3, '2.0.0', 'rollout:\n  canary: 2\n'))
  const step = await apply({ 'expected-plan-digest': reviewed.outputs['plan-digest'] as string })
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([expect.stringContaining('The plan is not the reviewed one')])
  expect(writesSent(sim())).toEqual([])
})

test('a canary not Ready at the wait-timeout stops the rollout; without rollback it stays on the new image', async () => {
  fleetOn(sim(), 3)
  ws().writeFleet(fleetFile(3, '2.0.0', 'rollout:\n  wait-timeout: 1s\n'))
  const step = await apply()
  expect(step.exitCode).toBe(1)
  expect(runnerRequests(sim())).toEqual(['PATCH r1', 'GET r1', 'GET r1'])
  expect(step.errors).toEqual([
    expect.stringMatching(
      /^apply failed: The rollout stopped in wave 'canary': runner 'r1' is Provisioning on image golden \(\d+\) 2\.0\.0; it did not become Ready: timed out after 1s; last status seen: Provisioning\. Rollback is off: 'r1' stays on golden \(\d+\) 2\.0\.0, and had golden \(\d+\) 1\.0\.0\. Not sent, so on their image still: 'r2' \(golden \(\d+\) 1\.0\.0\), 'r3' \(golden \(\d+\) 1\.0\.0\)\.$/
    )
  ])
  const plan = JSON.parse(step.outputs.plan as string) as Array<Record<string, unknown>>
  expect(plan.map((c) => [c.name, c.status])).toEqual([
    ['r1', 'failed'],
    ['r2', 'not-done'],
    ['r3', 'not-done']
  ])
})

test('a read of the canary refused (403) stops the rollout with the hint, the plan and what was not sent', async () => {
  const { runners } = fleetOn(sim(), 2)
  sim().fault({
    method: 'GET',
    path: `${RUNNERS}/${runners[0]?.id}`,
    status: 403,
    body: { message: 'Must have admin rights' }
  })
  ws().writeFleet(fleetFile(2, '2.0.0', 'rollout:\n  canary: 1\n'))
  const step = await apply()
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    expect.stringMatching(
      /^apply failed: The rollout stopped in wave 'canary': reading runner 'r1' failed: HTTP 403 from GET \S+: Must have admin rights\. .*manage_runners:org.* Not sent, so on their image still: 'r2'/
    )
  ])
  const plan = JSON.parse(step.outputs.plan as string) as Array<Record<string, unknown>>
  expect(plan.map((c) => [c.name, c.status])).toEqual([
    ['r1', 'done'],
    ['r2', 'not-done']
  ])
  expect(JSON.parse(step.outputs.result as string).error.status).toBe(403)
})

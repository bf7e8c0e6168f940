// Reviewed plans (issue 20) in process against the simulator: `plan-digest` of a dry run,
// given back as `expected-plan-digest`, lets the run apply only that plan; a stale one sends nothing.
import { useSimulator, writesSent } from './support/simulator.js'
import { runStep, type Inputs } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()
const step = (inputs: Inputs) => runStep(inputs, sim().url, { GITHUB_WORKSPACE: workspace().dir })
const writeFleet = (text: string) => workspace().writeFleet(text)

const FLEET = `runner-groups:
  - group-name: build
hosted-runners:
  - runner-name: linux
    image-id: '2306'
    size: 4-core
    runner-group: build
    maximum-runners: 20
`

test('apply sends the reviewed plan only: a stale digest sends nothing and fails, a matching one applies', async () => {
  const build = sim().seed.group({ name: 'build' })
  const runner = sim().seed.runner({ name: 'linux', runner_group_id: build.id, maximum_runners: 5 })
  writeFleet(FLEET)
  const reviewed = await step({ operation: 'apply', 'dry-run': 'true' })
  const digest = reviewed.outputs['plan-digest'] as string
  expect(digest).toMatch(/^[0-9a-f]{64}$/)

  // Someone changes the runner after the review: the plan is no longer the one reviewed.
  runner.maximum_runners = 8
  const stale = await step({ operation: 'apply', 'expected-plan-digest': digest })
  expect(stale.exitCode).toBe(1)
  expect(stale.errors[0]).toContain('The plan is not the reviewed one')
  expect(stale.summary).toContain('maximum-runners: 8 → 20')
  expect(stale.outputs['plan-digest']).not.toBe(digest)
  expect(writesSent(sim())).toEqual([])

  const again = await step({ operation: 'apply', 'dry-run': 'true' })
  const applied = await step({
    operation: 'apply',
    'expected-plan-digest': again.outputs['plan-digest'] as string
  })
  expect(applied.errors).toEqual([])
  expect(applied.outputs['plan-digest']).toBe(again.outputs['plan-digest'])
  expect(writesSent(sim())).toEqual([
    { method: 'PATCH', path: `/orgs/acme/actions/hosted-runners/${runner.id}`, body: { maximum_runners: 20 } }
  ])
})

test('cleanup-image-versions deletes only the reviewed plan', async () => {
  const image = sim().seed.image({ name: 'golden' })
  for (const version of ['1.0.0', '1.1.0', '1.2.0'])
    sim().seed.imageVersion(image.id, {
      version,
      created_on: `2026-0${version[2] === '0' ? 1 : 2}-0${Number(version[2]) + 1}T00:00:00Z`
    })
  const inputs = { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' }
  const reviewed = await step({ ...inputs, 'dry-run': 'true' })
  const digest = reviewed.outputs['plan-digest'] as string
  sim().seed.imageVersion(image.id, { version: '1.3.0' })
  const stale = await step({ ...inputs, 'expected-plan-digest': digest })
  expect(stale.errors[0]).toContain('The plan is not the reviewed one')
  expect(writesSent(sim())).toEqual([])

  const again = await step({ ...inputs, 'dry-run': 'true' })
  const applied = await step({ ...inputs, 'expected-plan-digest': again.outputs['plan-digest'] as string })
  expect(applied.errors).toEqual([])
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toHaveLength(3)
})

test('an expected-plan-digest that is not 64 hex characters is refused before any request', async () => {
  writeFleet(FLEET)
  const refused = await step({ operation: 'apply', 'expected-plan-digest': 'abc' })
  expect(refused.errors[0]).toContain("Input 'expected-plan-digest'")
  expect(sim().requests).toEqual([])
})

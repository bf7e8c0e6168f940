// `fail-on-changes` (a drift check) in process against the simulator: a plan that is not empty fails the
// step before anything is sent, with or without dry-run, its plan and digest left in the outputs and the
// summary; an empty plan passes. The command line's `--fail-on-changes` exits 3 (cli-speaks-terminal).
import { useSimulator, writesSent } from './support/simulator.js'
import { runStep, type Inputs } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()
const step = (inputs: Inputs) => runStep(inputs, sim().url, { GITHUB_WORKSPACE: workspace().dir })

const FLEET = 'runner-groups:\n  - group-name: build\n    visibility: all\n'

test.each([
  ['a dry run', { 'dry-run': 'true' }],
  ['a run that would write', {}]
])('apply with fail-on-changes: %s fails on a plan that is not empty, sending nothing', async (_, extra) => {
  workspace().writeFleet(FLEET)
  const run = await step({ operation: 'apply', 'fail-on-changes': 'true', ...extra })
  expect(run.exitCode).toBe(1)
  expect(run.errors[0]).toContain(
    "The plan holds 1 change and input 'fail-on-changes' is true: nothing was sent."
  )
  expect(run.summary).toContain('**Changes found:** nothing was sent.')
  expect(run.outputs['plan-digest']).toMatch(/^[0-9a-f]{64}$/)
  expect(JSON.parse(run.outputs.plan as string)).toEqual([
    expect.objectContaining({ kind: 'create', object: 'runner-group', name: 'build', status: 'planned' })
  ])
  expect(writesSent(sim())).toEqual([])
})

test('apply with fail-on-changes passes when GitHub is as declared', async () => {
  sim().seed.group({ name: 'build', visibility: 'all' })
  workspace().writeFleet(FLEET)
  const run = await step({ operation: 'apply', 'fail-on-changes': 'true' })
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.outputs.changed).toBe('false')
})

test('cleanup-image-versions with fail-on-changes fails on versions to delete, deleting none', async () => {
  const image = sim().seed.image({ name: 'golden' })
  for (const version of ['1.0.0', '1.1.0'])
    sim().seed.imageVersion(image.id, {
      version,
      created_on: `2026-01-0${version[2] === '0' ? 1 : 2}T00:00:00Z`
    })
  const inputs = { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' }
  const drift = await step({ ...inputs, 'fail-on-changes': 'true' })
  expect(drift.exitCode).toBe(1)
  expect(drift.errors[0]).toContain("The plan holds 1 change and input 'fail-on-changes' is true")
  expect(writesSent(sim())).toEqual([])
  const none = await step({ ...inputs, keep: '5', 'fail-on-changes': 'true' })
  expect(none.errors).toEqual([])
})

test('fail-on-changes is a true/false input, refused before any request otherwise, and ignored by other operations', async () => {
  const bad = await step({ operation: 'apply', 'fail-on-changes': 'yes' })
  expect(bad.errors[0]).toContain("Input 'fail-on-changes' must be `true` or `false`; got 'yes'.")
  expect(sim().requests).toEqual([])
  const other = await step({ operation: 'list-runners', 'fail-on-changes': 'true' })
  expect(other.warnings).toContain(
    "Input 'fail-on-changes' is not read by operation 'list-runners': ignored."
  )
})

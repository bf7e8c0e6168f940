// Renames (issue 20) in process against the simulator: `previous-names` turns a missing name
// into a PATCH of the object that still has an old one, never a create and a prune; and every error of
// the fleet file is an annotation on its file and line.
import { useSimulator, writesSent } from './support/simulator.js'
import { runStep } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()

function apply(text: string) {
  workspace().writeFleet(text)
  return runStep({ operation: 'apply' }, sim().url, { GITHUB_WORKSPACE: workspace().dir })
}

test('a group renamed with previous-names is one PATCH of its name, under prune', async () => {
  const old = sim().seed.group({ name: 'gpu pool' })
  sim().seed.runner({ name: 'gpu-linux', runner_group_id: old.id })
  const step = await apply(`organization: acme
runner-groups:
  - group-name: gpu
    previous-names: [gpu pool]
hosted-runners:
  - runner-name: gpu-linux
    runner-group: gpu
prune: true
`)
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    { method: 'PATCH', path: `/orgs/acme/actions/runner-groups/${old.id}`, body: { name: 'gpu' } }
  ])
  expect(JSON.parse(step.outputs.plan as string)).toEqual([
    expect.objectContaining({
      kind: 'update',
      name: 'gpu',
      fields: { name: { from: 'gpu pool', to: 'gpu' } }
    })
  ])
})

test('a hosted runner renamed with previous-names is one PATCH of its name, with its other changes', async () => {
  const runner = sim().seed.runner({ name: 'linux-old', maximum_runners: 5 })
  const step = await apply(`organization: acme
hosted-runners:
  - runner-name: linux
    previous-names: [linux-old, linux-older]
    maximum-runners: 8
prune: true
`)
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    {
      method: 'PATCH',
      path: `/orgs/acme/actions/hosted-runners/${runner.id}`,
      body: { name: 'linux', maximum_runners: 8 }
    }
  ])
})

test("a name that is also another item's previous name is refused, as an annotation on its line", async () => {
  const step = await apply(`runner-groups:
  - group-name: gpu
  - group-name: build
    previous-names: [GPU]
`)
  expect(step.exitCode).toBe(1)
  expect(step.stdout).toMatch(
    /^::error file=\.github\/hosted-runners\.yml,line=3::apply: .*line 3, key 'runner-groups\.previous-names': 'GPU' is also the name of the item at line 2/m
  )
  expect(sim().requests).toEqual([])
})

test('each error of the file is an annotation with the file and its line', async () => {
  const step = await apply(`hosted-runners:
  - runner-name: ok
    size: 4-core
  - runner-name: bad name
    maximum-runners: 0
`)
  expect(step.exitCode).toBe(1)
  const annotations = step.stdout.split('\n').filter((line) => line.startsWith('::error'))
  expect(annotations).toEqual([
    expect.stringMatching(/^::error file=\.github\/hosted-runners\.yml,line=4::apply: .*runner-name/),
    expect.stringMatching(/^::error file=\.github\/hosted-runners\.yml,line=5::apply: .*maximum-runners/)
  ])
  expect(sim().requests).toEqual([])
})

// `image-retention` without `custom-image` (issue 20), in process against the simulator: the item covers
// every custom image that no other item names, and a named item keeps its own policy.
import { useSimulator } from './support/simulator.js'
import { runStep } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator()
const workspace = useWorkspace()
beforeEach(() => (process.env.GITHUB_WORKSPACE = workspace().dir))
afterEach(() => delete process.env.GITHUB_WORKSPACE)

test('an item without custom-image covers every image no other item names', async () => {
  for (const name of ['golden', 'silver', 'bronze']) {
    const image = sim().seed.image({ name })
    for (let v = 0; v < 4; v++)
      sim().seed.imageVersion(image.id, { version: `1.${v}.0`, created_on: `2026-01-0${v + 1}T00:00:00Z` })
  }
  workspace().writeFleet('image-retention:\n  - custom-image: golden\n    keep: 3\n  - keep: 1\n')
  const step = await runStep({ operation: 'apply', 'dry-run': 'true' }, sim().url)
  expect(step.errors).toEqual([])
  const deletes = JSON.parse(step.outputs.plan as string).map((c: { name: string }) => c.name)
  expect(deletes.sort()).toEqual(
    [
      'golden@1.0.0',
      'silver@1.0.0',
      'silver@1.1.0',
      'silver@1.2.0',
      'bronze@1.0.0',
      'bronze@1.1.0',
      'bronze@1.2.0'
    ].sort()
  )
})

test('two items without custom-image are refused, naming the line', async () => {
  workspace().writeFleet('image-retention:\n  - keep: 1\n  - keep: 2\n')
  const step = await runStep({ operation: 'apply', 'dry-run': 'true' }, sim().url)
  expect(step.errors).toEqual([expect.stringContaining('line 3')])
  expect(sim().requests).toEqual([])
})

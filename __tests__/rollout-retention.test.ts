// A rollback target is never deleted mid-rollout: while a runner of an image is being provisioned again,
// cleanup-image-versions keeps every version of that image (GitHub's answer does not say which version
// the runner came from), and apply's own image-retention deletes only after every wave is Ready, never
// the versions the runners had.
import { useSimulator, writesSent } from './support/simulator.js'
import { fleetFile, fleetOn } from './support/rollout-fleet.js'
import { useWorkspace } from './support/workspace.js'
import { runStep } from './support/step.js'

const sim = useSimulator({ readyAfterPolls: 1 })
const ws = useWorkspace()
const OLD = '2025-06-01T00:00:00Z'

const deletedVersions = () =>
  writesSent(sim())
    .filter((w) => w.method === 'DELETE')
    .map((w) => w.path.split('/').pop())

test('mid-rollout, cleanup-image-versions keeps every version of the image, saying why', async () => {
  const { image, runners } = fleetOn(sim(), 3)
  sim().seed.imageVersion(image.id, { version: '0.9.0', created_on: OLD })
  sim().seed.imageVersion(image.id, { version: '3.0.0', created_on: '2026-03-01T00:00:00Z' })
  // The canary was sent 2.0.0 and is being provisioned again; the others are still on 1.0.0.
  Object.assign(runners[0]!, { status: 'Provisioning' })
  runners[0]!.image_details!.version = '2.0.0'
  const step = await runStep(
    { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '0' },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(deletedVersions()).toEqual([])
  expect(step.summary).toContain('r1 (Provisioning) of this image is not Ready: a rollback may set it back')
})

test("apply's retention runs after the last wave is Ready, and keeps the versions the runners had (rollback targets)", async () => {
  const { image } = fleetOn(sim(), 3)
  sim().seed.imageVersion(image.id, { version: '0.9.0', created_on: OLD })
  const retention = 'image-retention:\n  - custom-image: golden\n    keep: 0\n'
  ws().writeFleet(fleetFile(3, '2.0.0', `rollout:\n  canary: 1\n  batch: 2\n${retention}`))
  const step = await runStep({ operation: 'apply', 'poll-interval': '1s' }, sim().url, {
    GITHUB_WORKSPACE: ws().dir
  })
  expect(step.errors).toEqual([])
  expect(deletedVersions()).toEqual(['0.9.0'])
  const lines = sim().requests.map((r) => `${r.method} ${r.path}`)
  const lastRead = lines.map((l) => l.startsWith('GET /orgs/acme/actions/hosted-runners/')).lastIndexOf(true)
  expect(lines.findIndex((l) => l.startsWith('DELETE'))).toBeGreaterThan(lastRead)
})

test('a rollout that stops sends none of the deletions of its plan', async () => {
  const { image } = fleetOn(sim(), 3)
  sim().seed.imageVersion(image.id, { version: '0.9.0', created_on: OLD })
  sim().seed.imageVersionEnds(image.id, '2.0.0', 'Stuck')
  const retention = 'image-retention:\n  - custom-image: golden\n    keep: 0\n'
  ws().writeFleet(fleetFile(3, '2.0.0', `rollout:\n  canary: 1\n  rollback: true\n${retention}`))
  const step = await runStep({ operation: 'apply', 'poll-interval': '1s' }, sim().url, {
    GITHUB_WORKSPACE: ws().dir
  })
  expect(step.exitCode).toBe(1)
  expect(deletedVersions()).toEqual([])
  const plan = JSON.parse(step.outputs.plan as string) as Array<{
    object: string
    name: string
    status: string
  }>
  expect(plan.filter((c) => c.object === 'image-version').map((c) => [c.name, c.status])).toEqual([
    ['golden@0.9.0', 'not-done']
  ])
})

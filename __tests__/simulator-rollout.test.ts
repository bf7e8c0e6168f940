// The simulator's part in a rollout: a runner whose image changes is provisioned again (Provisioning,
// then Ready), any other change leaves it Ready, and a version marked broken ends a runner set to it Stuck.
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { call } from './support/simulator-calls.js'

const RUNNERS = '/orgs/acme/actions/hosted-runners'
let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator({ readyAfterPolls: 2 })
})
afterEach(() => sim.close())

function onVersionOne() {
  const image = sim.seed.image({ name: 'golden' })
  sim.seed.imageVersion(image.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  sim.seed.imageVersion(image.id, { version: '2.0.0', created_on: '2026-02-01T00:00:00Z' })
  const runner = sim.seed.runner({
    name: 'r1',
    image: { id: String(image.id), source: 'custom', version: '1.0.0' }
  })
  return { image, runner }
}

async function statuses(id: number, looks: number): Promise<string[]> {
  const seen: string[] = []
  for (let i = 0; i < looks; i++)
    seen.push((await call(sim, 'GET', `${RUNNERS}/${id}`)).body.status as string)
  return seen
}

test('an image change (a version, to latest, another image) provisions the runner again; other changes do not', async () => {
  const { runner } = onVersionOne()
  const patched = await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { image_version: '2.0.0' })
  expect(patched.body).toMatchObject({ status: 'Provisioning', image_details: { version: '2.0.0' } })
  expect(await statuses(runner.id, 3)).toEqual(['Provisioning', 'Provisioning', 'Ready'])
  await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { image_version: 'latest' })
  expect(await statuses(runner.id, 3)).toEqual(['Provisioning', 'Provisioning', 'Ready'])
  await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { image_id: '2306', image_source: 'github' })
  expect(await statuses(runner.id, 3)).toEqual(['Provisioning', 'Provisioning', 'Ready'])
  const resized = await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { maximum_runners: 5 })
  expect(resized.body.status).toBe('Ready')
  expect(await statuses(runner.id, 1)).toEqual(['Ready'])
})

test('a version marked to end Stuck ends a runner changed to it Stuck; set back, it is Ready again', async () => {
  const { image, runner } = onVersionOne()
  sim.seed.imageVersionEnds(image.id, '2.0.0', 'Stuck')
  await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { image_version: '2.0.0' })
  expect(await statuses(runner.id, 3)).toEqual(['Provisioning', 'Provisioning', 'Stuck'])
  await call(sim, 'PATCH', `${RUNNERS}/${runner.id}`, { image_version: '1.0.0' })
  expect(await statuses(runner.id, 3)).toEqual(['Provisioning', 'Provisioning', 'Ready'])
  expect(() => sim.seed.imageVersionEnds(image.id, '9.9.9')).toThrow(
    `seed.imageVersionEnds: custom image ${image.id} has no version 9.9.9`
  )
})

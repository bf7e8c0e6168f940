// The custom-image operations, run as a workflow step against the loopback simulator.
import { runStep } from './support/step.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'

const sim = useSimulator()
const CUSTOM = '/orgs/acme/actions/hosted-runners/images/custom'

function seedImage() {
  const image = sim().seed.image({ name: 'ubuntu-build' })
  sim().seed.imageVersion(image.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  sim().seed.imageVersion(image.id, { version: '1.1.0', created_on: '2026-02-01T00:00:00Z' })
  return image
}

test('list-images outputs the `images` of the answer', async () => {
  seedImage()
  const step = await runStep({ operation: 'list-images' }, sim().url)
  expect(requestLines(sim())).toEqual([`GET ${CUSTOM}`])
  expect(step.outputs.count).toBe('1')
  expect(step.result).toEqual([
    expect.objectContaining({ name: 'ubuntu-build', latest_version: '1.1.0', versions_count: 2 })
  ])
})

test('get-image by id', async () => {
  const image = seedImage()
  const step = await runStep({ operation: 'get-image', 'custom-image': String(image.id) }, sim().url)
  expect(requestLines(sim())).toEqual([`GET ${CUSTOM}/${image.id}`])
  expect(step.result).toMatchObject({ id: image.id, name: 'ubuntu-build' })
})

test('get-image by name looks the image up once in the list', async () => {
  const image = seedImage()
  const step = await runStep({ operation: 'get-image', 'custom-image': 'ubuntu-build' }, sim().url)
  expect(requestLines(sim())).toEqual([`GET ${CUSTOM}`, `GET ${CUSTOM}/${image.id}`])
  expect(step.result).toMatchObject({ id: image.id })
})

test('list-image-versions outputs `image_versions`', async () => {
  const image = seedImage()
  const step = await runStep(
    { operation: 'list-image-versions', 'custom-image': String(image.id) },
    sim().url
  )
  expect(requestLines(sim())).toEqual([`GET ${CUSTOM}/${image.id}/versions`])
  expect((step.result as Array<{ version: string }>).map((v) => v.version).sort()).toEqual(['1.0.0', '1.1.0'])
  expect(step.outputs.count).toBe('2')
})

test('get-image-version', async () => {
  const image = seedImage()
  const step = await runStep(
    { operation: 'get-image-version', 'custom-image': String(image.id), 'image-version': '1.0.0' },
    sim().url
  )
  expect(requestLines(sim())).toEqual([`GET ${CUSTOM}/${image.id}/versions/1.0.0`])
  expect(step.result).toMatchObject({ version: '1.0.0', state: 'Ready' })
})

test('delete-image-version answers 204: result {} and changed', async () => {
  const image = seedImage()
  const step = await runStep(
    { operation: 'delete-image-version', 'custom-image': String(image.id), 'image-version': '1.0.0' },
    sim().url
  )
  expect(writesSent(sim())).toEqual([
    { method: 'DELETE', path: `${CUSTOM}/${image.id}/versions/1.0.0`, body: undefined }
  ])
  expect(step.outputs).toMatchObject({ result: '{}', changed: 'true' })
  expect(
    sim()
      .state.imageVersions.get(image.id)
      ?.map((v: { version: string }) => v.version)
  ).toEqual(['1.1.0'])
  expect(step.summary).toContain(`| DELETE | ${CUSTOM}/${image.id}/versions/1.0.0 | 204 |`)
})

test('delete-image answers 204 and the image is gone', async () => {
  const image = seedImage()
  const step = await runStep({ operation: 'delete-image', 'custom-image': String(image.id) }, sim().url)
  expect(writesSent(sim())).toEqual([{ method: 'DELETE', path: `${CUSTOM}/${image.id}`, body: undefined }])
  expect(step.outputs).toMatchObject({ result: '{}', changed: 'true' })
  expect(sim().state.images).toEqual([])
})

test('an unknown image name fails before any write, naming it', async () => {
  seedImage()
  const step = await runStep({ operation: 'delete-image', 'custom-image': 'nope' }, sim().url)
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    "delete-image: Input 'custom-image': no custom image named 'nope' in organization 'acme'."
  ])
  expect(writesSent(sim())).toEqual([])
})

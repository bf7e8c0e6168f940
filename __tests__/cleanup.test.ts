// `cleanup-image-versions` through the real action (run() as a workflow step) against the loopback simulator.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import type { CleanupResult } from '../src/operations/cleanup.js'
import { runStep, type StepResult } from './support/step.js'

const IMAGES = '/orgs/acme/actions/hosted-runners/images/custom'
const DAY = 24 * 3600 * 1000
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString()

let sim: Simulator
let base: { id: number }
let windows: { id: number }

/**
 * acme-base with keep 1 and older-than 7d: 1.5.1 newest Ready (and latest), 1.5.0 too young, 1.0.0 used
 * by build-linux, 1.6.0 and 0.9.0 not finished; 1.1.0-1.4.0 deleted. acme-windows has no Ready version:
 * 2.1.0 is its latest, 2.0.0 deleted.
 */
function seed(): void {
  base = sim.seed.image({ name: 'acme-base' })
  const baseVersions: [string, string, number][] = [
    ['0.9.0', 'Validating', 200],
    ['1.0.0', 'Ready', 120],
    ['1.1.0', 'Ready', 90],
    ['1.2.0', 'Failed', 60],
    ['1.3.0', 'Ready', 40],
    ['1.4.0', 'Ready', 20],
    ['1.5.0', 'Ready', 3],
    ['1.5.1', 'Ready', 1],
    ['1.6.0', 'InProgress', 0]
  ]
  for (const [version, state, age] of baseVersions)
    sim.seed.imageVersion(base.id, { version, state, created_on: daysAgo(age) })
  windows = sim.seed.image({ name: 'acme-windows', platform: 'win-x64' })
  sim.seed.imageVersion(windows.id, { version: '2.0.0', state: 'Failed', created_on: daysAgo(90) })
  sim.seed.imageVersion(windows.id, { version: '2.1.0', state: 'Failed', created_on: daysAgo(30) })

  sim.seed.runner({ name: 'build-linux', image: { id: String(base.id), source: 'custom', version: '1.0.0' } })
  // Set to version 1.1.0 of ANOTHER image: protects nothing in acme-base.
  const details = {
    id: String(windows.id),
    source: 'custom' as const,
    version: '1.1.0',
    size_gb: 40,
    display_name: 'x'
  }
  sim.seed.runner({ name: 'other-image', image_details: details })
  sim.seed.runner({ name: 'plain', image: { id: '2306' } })
}

const POLICY = { operation: 'cleanup-image-versions', keep: '1', 'older-than': '7d' }
const PLANNED = [
  { image_id: 300, image_name: 'acme-base', version: '1.1.0' },
  { image_id: 300, image_name: 'acme-base', version: '1.2.0' },
  { image_id: 300, image_name: 'acme-base', version: '1.3.0' },
  { image_id: 300, image_name: 'acme-base', version: '1.4.0' },
  { image_id: 301, image_name: 'acme-windows', version: '2.0.0' }
]
const KEPT_BASE = ['1.6.0', '1.5.1', '1.5.0', '1.0.0', '0.9.0']

const deletes = () => sim.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)
const gets = () => sim.requests.filter((r) => r.method === 'GET').map((r) => r.path)
const versionsLeft = (imageId: number) =>
  (sim.state.imageVersions.get(imageId) ?? []).map((v) => v.version).sort()
const deletePath = (d: { image_id: number; version: string }) =>
  `${IMAGES}/${d.image_id}/versions/${d.version}`
const resultOf = (step: StepResult) => step.result as CleanupResult
/** version -> the reason it is kept, or 'delete'. */
const decisions = (step: StepResult, imageName: string) => {
  const image = resultOf(step).images.find((i) => i.image_name === imageName)
  return Object.fromEntries(
    (image?.versions ?? []).map((v) => [v.version, v.decision === 'keep' ? v.reason : 'delete'])
  )
}

beforeEach(async () => {
  sim = await startSimulator()
  seed()
})
afterEach(() => sim.close())

describe('cleanup-image-versions', () => {
  test('deletes exactly the planned versions, oldest first, and nothing kept, latest, pinned or unfinished', async () => {
    const step = await runStep({ ...POLICY, 'max-deletions': '5' }, sim.url)
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(deletes()).toEqual(PLANNED.map(deletePath))
    expect(versionsLeft(base.id)).toEqual([...KEPT_BASE].sort())
    expect(versionsLeft(windows.id)).toEqual(['2.1.0'])
    expect(JSON.parse(step.outputs.deleted!)).toEqual(PLANNED)
    expect(step.outputs).toMatchObject({ count: '5', changed: 'true' })

    expect(step.result).toMatchObject({
      dry_run: false,
      keep: 1,
      older_than: '7d',
      max_deletions: 5,
      planned_deletions: 5
    })
    expect(decisions(step, 'acme-base')).toEqual({
      '1.6.0': 'not-finished',
      '1.5.1': 'keep-newest',
      '1.5.0': 'too-young',
      '1.4.0': 'delete',
      '1.3.0': 'delete',
      '1.2.0': 'delete',
      '1.1.0': 'delete',
      '1.0.0': 'pinned',
      '0.9.0': 'not-finished'
    })
    expect(decisions(step, 'acme-windows')).toEqual({ '2.1.0': 'latest', '2.0.0': 'delete' })
    expect(step.summary).toContain('2 images, 11 versions: 5 deleted, 6 kept.')
    expect(step.summary).toMatch(
      /\| 1\.0\.0 \| Ready \| [^|]+ \| keep \| used by hosted runner build-linux \|/
    )
    expect(step.summary).toMatch(/\| 1\.4\.0 \| Ready \| [^|]+ \| deleted \| Ready, not one of the 1 newest/)
  })

  test('reads the image list once, the versions once per image and the hosted runners once', async () => {
    await runStep({ ...POLICY, 'dry-run': 'true' }, sim.url)
    expect(gets().sort()).toEqual(
      [
        IMAGES,
        `${IMAGES}/${base.id}/versions`,
        `${IMAGES}/${windows.id}/versions`,
        '/orgs/acme/actions/hosted-runners'
      ].sort()
    )
  })

  test('with custom-image as a name: one list call, then only that image', async () => {
    const step = await runStep({ ...POLICY, 'custom-image': 'acme-windows' }, sim.url)
    expect(step.exitCode).toBe(0)
    // The hosted runners twice: for the plan, and again just before its one delete.
    expect(gets().sort()).toEqual(
      [
        IMAGES,
        `${IMAGES}/${windows.id}/versions`,
        '/orgs/acme/actions/hosted-runners',
        '/orgs/acme/actions/hosted-runners'
      ].sort()
    )
    expect(deletes()).toEqual([`${IMAGES}/${windows.id}/versions/2.0.0`])
    expect(versionsLeft(base.id)).toHaveLength(9)
  })

  test('with custom-image as an id: one GET of that image', async () => {
    const step = await runStep({ ...POLICY, 'custom-image': String(base.id), 'dry-run': 'true' }, sim.url)
    expect(step.exitCode).toBe(0)
    expect(gets().sort()).toEqual(
      [`${IMAGES}/${base.id}`, `${IMAGES}/${base.id}/versions`, '/orgs/acme/actions/hosted-runners'].sort()
    )
    expect(resultOf(step).images.map((i) => i.image_name)).toEqual(['acme-base'])
  })

  test('an unknown image name fails before any delete', async () => {
    const step = await runStep({ ...POLICY, 'custom-image': 'nope' }, sim.url)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain("Input 'custom-image': no custom image named 'nope'")
    expect(deletes()).toEqual([])
  })

  test('dry-run sends no DELETE and reports the plan as if deleted', async () => {
    const step = await runStep({ ...POLICY, 'dry-run': 'true' }, sim.url)
    expect(step.exitCode).toBe(0)
    expect(deletes()).toEqual([])
    expect(sim.requests.every((r) => r.method === 'GET')).toBe(true)
    expect(versionsLeft(base.id)).toHaveLength(9)
    expect(JSON.parse(step.outputs.deleted!)).toEqual(PLANNED)
    expect(step.outputs).toMatchObject({ count: '5', changed: 'true' })
    expect(step.result).toMatchObject({ dry_run: true, planned_deletions: 5 })
    expect(step.summary).toContain('(dry run)')
    expect(step.summary).toContain('5 would be deleted (dry run: nothing was sent)')
    expect(step.summary).toMatch(/\| 2\.0\.0 \| Failed \| [^|]+ \| would delete \|/)
  })

  test('above max-deletions nothing is deleted and the step fails, saying how many and how to raise it', async () => {
    const step = await runStep({ ...POLICY, 'max-deletions': '4' }, sim.url)
    expect(step.exitCode).toBe(1)
    expect(deletes()).toEqual([])
    expect(versionsLeft(base.id)).toHaveLength(9)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'would delete 5 image versions, more than max-deletions (4): nothing was sent'
    )
    expect(step.errors[0]).toContain("set 'max-deletions' to 5 or more")
    expect(step.outputs).toMatchObject({ deleted: '[]', count: '0', changed: 'false' })
    expect(step.result).toMatchObject({ planned_deletions: 5, max_deletions: 4 })
    expect(decisions(step, 'acme-windows')).toEqual({ '2.1.0': 'latest', '2.0.0': 'delete' })
    expect(step.summary).toContain('Stopped by the safety cap')
  })

  test('the cap applies in dry-run too: the PR check fails as the nightly run would', async () => {
    const step = await runStep({ ...POLICY, 'max-deletions': '0', 'dry-run': 'true' }, sim.url)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('more than max-deletions (0)')
    expect(step.outputs).toMatchObject({ deleted: '[]', count: '0' })
  })

  test('defaults: keep 5, no older-than, max-deletions 50', async () => {
    const many = sim.seed.image({ name: 'many' })
    for (let minor = 0; minor < 56; minor++)
      sim.seed.imageVersion(many.id, { version: `1.${minor}.0`, created_on: daysAgo(100 - minor) })
    const step = await runStep({ operation: 'cleanup-image-versions', 'custom-image': 'many' }, sim.url)
    expect(step.errors[0]).toContain('would delete 51 image versions, more than max-deletions (50)')
    expect(step.result).toMatchObject({ keep: 5, older_than: null, cutoff: null, max_deletions: 50 })
    const kept = Object.entries(decisions(step, 'many')).filter(([, d]) => d !== 'delete')
    expect(kept.map(([version]) => version)).toEqual(['1.55.0', '1.54.0', '1.53.0', '1.52.0', '1.51.0'])
    expect(deletes()).toEqual([])
  })

  test('a version already gone (404) is reported as already gone, apart from those deleted', async () => {
    sim.fault({ method: 'DELETE', path: /\/versions\/1\.2\.0$/, status: 404 })
    const step = await runStep(POLICY, sim.url)
    expect(step.exitCode).toBe(0)
    expect(deletes()).toEqual(PLANNED.map(deletePath))
    expect(JSON.parse(step.outputs.deleted!)).toEqual(PLANNED.filter((v) => v.version !== '1.2.0'))
    expect(step.outputs).toMatchObject({ count: '4', changed: 'true' })
    expect(step.summary).toContain('1 already gone')
    expect(step.summary).toMatch(/\| 1\.2\.0 \|.*\| already gone \|/)
  })

  test('any other failure stops the run; outputs and summary say what was deleted before it', async () => {
    sim.fault({ method: 'DELETE', path: /\/versions\/1\.3\.0$/, status: 500, times: Infinity })
    const step = await runStep({ ...POLICY, retries: '0' }, sim.url)
    expect(step.exitCode).toBe(1)
    expect(deletes()).toEqual(PLANNED.slice(0, 3).map(deletePath))
    expect(versionsLeft(base.id)).toEqual(['0.9.0', '1.0.0', '1.3.0', '1.4.0', '1.5.0', '1.5.1', '1.6.0'])
    expect(versionsLeft(windows.id)).toEqual(['2.0.0', '2.1.0'])
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('HTTP 500')
    expect(JSON.parse(step.outputs.deleted!)).toEqual(PLANNED.slice(0, 2))
    expect(step.outputs).toMatchObject({ count: '2', changed: 'true' })
    expect(step.summary).toContain(
      '**Stopped at acme-base (id 300) version 1.3.0:** 2 of 5 planned versions were deleted before it.'
    )
    expect(step.summary).toContain('2 deleted, 6 kept, 3 planned but not deleted.')
    expect(step.summary).toMatch(/\| 1\.4\.0 \| Ready \| [^|]+ \| delete: not done \|/)
    expect(step.summary).toContain('**Failed:**')
  })

  test('an org without custom images: nothing read beyond the list, nothing changed', async () => {
    sim.state.images.length = 0
    const step = await runStep({ operation: 'cleanup-image-versions' }, sim.url)
    expect(step.exitCode).toBe(0)
    expect(gets()).toEqual([IMAGES])
    expect(step.outputs).toMatchObject({ deleted: '[]', count: '0', changed: 'false' })
    expect(step.summary).toContain('No custom images in scope')
  })
})

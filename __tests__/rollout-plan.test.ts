// The rollout's pure part (src/resources/hosted-runner/rollout.ts) and its key in the fleet file: which writes roll out,
// the waves they go in, the write that sets a runner back, what the digest covers, and the key's errors.
import {
  batchSizeOf,
  changesImage,
  planRollout,
  rolloutDigest,
  setBack,
  wavesOf,
  ROLLOUT_DEFAULTS,
  type RolloutSettings
} from '../src/resources/hosted-runner/rollout.js'
import type { PlanEntry } from '../src/engine/fleet-plan.js'
import { plannedWrite } from '../src/core/planned-write.js'
import type { HostedRunner } from '../src/github/types.js'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { planDigest } from '../src/engine/plan.js'

const FILE = '.github/hosted-runners.yml'
const settings = (over: Partial<RolloutSettings> = {}): RolloutSettings => ({ ...ROLLOUT_DEFAULTS, ...over })
const names = (count: number) => Array.from({ length: count }, (_, i) => `r${i + 1}`)
const labelled = (waves: Array<{ label: string; runners: string[] }>) =>
  waves.map((w) => `${w.label}: ${w.runners.join(' ')}`)

describe('waves', () => {
  test('canary runners first in the file order, then batches of a number', () => {
    expect(labelled(wavesOf(names(5), settings({ canary: 1, batch: { count: 2 } })))).toEqual([
      'canary: r1',
      'batch 1: r2 r3',
      'batch 2: r4 r5'
    ])
  })

  test('a percentage is of every runner the rollout changes, rounded up; 40 in batches of 25% are 10 a batch', () => {
    expect(batchSizeOf({ percent: 25 }, 40)).toBe(10)
    expect(batchSizeOf({ percent: 25 }, 5)).toBe(2)
    expect(batchSizeOf({ percent: 1 }, 5)).toBe(1)
    const waves = wavesOf(names(40), settings({ canary: 0, batch: { count: 10 } }))
    expect(waves.map((w) => [w.label, w.runners.length])).toEqual([
      ['batch 1', 10],
      ['batch 2', 10],
      ['batch 3', 10],
      ['batch 4', 10]
    ])
  })

  test('canary 0 has no canary wave; a canary larger than the fleet is all of it', () => {
    expect(labelled(wavesOf(names(3), settings({ canary: 0, batch: { percent: 100 } })))).toEqual([
      'batch 1: r1 r2 r3'
    ])
    expect(labelled(wavesOf(names(2), settings({ canary: 5 })))).toEqual(['canary: r1 r2'])
  })
})

const live = (id: number, version: string): HostedRunner =>
  ({
    id,
    name: `r${id}`,
    image_details: { id: '300', source: 'custom', version, size_gb: 40, display_name: 'golden' }
  }) as HostedRunner

const patch = (
  id: number,
  body: Record<string, unknown>,
  fields: Record<string, { from: unknown; to: unknown }>
) =>
  plannedWrite(
    'PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}',
    { hosted_runner_id: id, ...body },
    'x',
    fields
  )

const entry = (name: string, writes: PlanEntry['writes']): PlanEntry => ({
  change: {
    kind: 'update',
    object: 'hosted-runner',
    id: (writes[0]?.params.hosted_runner_id as number) ?? null,
    name,
    fields: {}
  },
  writes
})

describe('which changes roll out', () => {
  const version = patch(1, { image_version: '2.0.0' }, { image_version: { from: '1.0.0', to: '2.0.0' } })
  const toLatest = patch(2, { image_version: 'latest' }, { image_version: { from: '1.0.0', to: 'latest' } })
  const newImage = patch(
    3,
    { image_id: '2306', image_source: 'github' },
    { image_id: { from: '300', to: '2306' }, image_source: { from: 'custom', to: 'github' } }
  )
  const size = patch(4, { size: '8-core' }, { size: { from: '4-core', to: '8-core' } })

  test('an update of the image id, source or version (to or from latest) rolls out; any other does not', () => {
    expect([version, toLatest, newImage, size].map(changesImage)).toEqual([true, true, true, false])
    const create = plannedWrite('POST /orgs/{org}/actions/hosted-runners', { name: 'n' } as never, 'create', {
      image_id: { from: null, to: '2306' }
    })
    expect(changesImage(create)).toBe(false)
  })

  test('without the rollout key, or with no image change, there is no rollout', () => {
    const entries = [entry('r4', [size])]
    expect(planRollout(entries, settings(), [], new Map())).toBeUndefined()
    expect(planRollout([entry('r1', [version])], undefined, [], new Map())).toBeUndefined()
  })

  test('each rolled-out runner keeps the image it had; setting it back sends the fields its write changed, each as it was', () => {
    const plan = planRollout(
      [entry('r1', [version]), entry('r4', [size]), entry('r3', [newImage])],
      settings({ canary: 1 }),
      [live(1, '1.0.0'), live(3, '1.0.0')],
      new Map([['300', 'golden (300)']])
    )
    expect(plan?.waves.map((w) => [w.label, w.runners.map((r) => r.name)])).toEqual([
      ['canary', ['r1']],
      ['batch 1', ['r3']]
    ])
    const [r1, r3] = plan?.waves.flatMap((w) => w.runners) ?? []
    expect(r1?.before).toEqual({ id: '300', source: 'custom', version: '1.0.0', label: 'golden (300)' })
    expect(setBack(r1!).params).toEqual({ hosted_runner_id: 1, image_version: '1.0.0' })
    // A custom image named without its version would start from its newest: the version it had goes back too.
    expect(setBack(r3!).params).toEqual({
      hosted_runner_id: 3,
      image_id: '300',
      image_source: 'custom',
      image_version: '1.0.0'
    })
    expect(setBack(r3!).change).toBe("set runner 'r3' back to golden (300) 1.0.0")
  })
})

test('the digest covers the rollout settings and waves; a plan without the key keeps its digest', () => {
  const changes: PlanEntry['change'][] = [
    { kind: 'update', object: 'hosted-runner', id: 1, name: 'r1', fields: {} }
  ]
  const plain = planDigest(changes)
  expect(planDigest(changes, rolloutDigest(undefined, undefined))).toBe(plain)
  const one = planDigest(changes, rolloutDigest(undefined, settings({ canary: 1 })))
  const two = planDigest(changes, rolloutDigest(undefined, settings({ canary: 2 })))
  const noRollback = planDigest(changes, rolloutDigest(undefined, settings({ canary: 1, rollback: true })))
  expect(new Set([plain, one, two, noRollback]).size).toBe(4)
})

describe('the rollout key of the fleet file', () => {
  test('is read with its defaults', () => {
    expect(parseFleet('rollout:\n  batch: 10\n', FILE, 'org').rollout).toEqual({
      canary: 1,
      batch: { count: 10 },
      waitTimeoutMs: 15 * 60_000,
      rollback: false
    })
    expect(
      parseFleet('rollout:\n  canary: 0\n  batch: 25%\n  wait-timeout: 30m\n  rollback: true\n', FILE, 'org')
        .rollout
    ).toEqual({ canary: 0, batch: { percent: 25 }, waitTimeoutMs: 30 * 60_000, rollback: true })
    expect(parseFleet('prune: false\n', FILE, 'org').rollout).toBeUndefined()
  })

  test('its errors name the line and the key, with "did you mean"', () => {
    expect(() => parseFleet('rollout:\n  canery: 1\n', FILE, 'org')).toThrow(
      `${FILE} line 2, key 'rollout.canery': unknown key. Did you mean 'canary'? Keys: canary, batch, wait-timeout, rollback.`
    )
    expect(() => parseFleet('rollout:\n  canary: 1\n  batch: 0%\n', FILE, 'org')).toThrow(
      `${FILE} line 3, key 'rollout.batch': must be a number of runners (\`10\`) or a percentage of them from 1% to 100% (\`25%\`); got '0%'.`
    )
    expect(() => parseFleet('rollout:\n  wait-timeout: soon\n', FILE, 'org')).toThrow(
      /line 2, key 'rollout\.wait-timeout': must be a duration from 1s to 1d such as/
    )
    expect(() => parseFleet('rollout: true\n', FILE, 'org')).toThrow(
      /line 1, key 'rollout': must be a mapping of keys to values/
    )
  })
})

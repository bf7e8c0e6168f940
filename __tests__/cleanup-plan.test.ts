// The retention rule clause by clause: every row has a version whose decision flips if its clause is dropped.
import { describe, expect, test } from '@jest/globals'
import { planCleanup, type RunnerLike, type VersionLike } from '../src/resources/image-retention/plan.js'

const NOW = new Date('2026-06-01T00:00:00.000Z')
const DAY = 24 * 3600 * 1000
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString()
const IMAGE = { id: 300, name: 'acme-base' }
const OTHER_IMAGE_ID = '301'

const v = (version: string, state: string, created_on: string): VersionLike => ({
  version,
  state,
  created_on,
  size_gb: 40
})
const pinned = (name: string, version: string, id = String(IMAGE.id), source = 'custom'): RunnerLike => ({
  name,
  image_details: { id, source, version }
})

interface Row {
  clause: string
  versions: VersionLike[]
  latest: string
  keep: number
  olderThanDays?: number
  runners?: RunnerLike[]
  /** version -> the reason it is kept, or 'delete'. */
  expected: Record<string, string>
}

const rows: Row[] = [
  {
    clause: 'keeps the `keep` newest Ready versions',
    versions: [
      v('1.0.0', 'Ready', daysAgo(30)),
      v('1.1.0', 'Ready', daysAgo(20)),
      v('1.2.0', 'Ready', daysAgo(10))
    ],
    latest: '1.2.0',
    keep: 2,
    expected: { '1.2.0': 'keep-newest', '1.1.0': 'keep-newest', '1.0.0': 'delete' }
  },
  {
    clause: 'ranks by created_on, not by version number',
    versions: [
      v('2.0.0', 'Ready', daysAgo(30)),
      v('1.5.0', 'Ready', daysAgo(10)),
      v('1.6.0', 'Ready', daysAgo(5))
    ],
    latest: '1.6.0',
    keep: 2,
    expected: { '1.6.0': 'keep-newest', '1.5.0': 'keep-newest', '2.0.0': 'delete' }
  },
  {
    clause: 'breaks a created_on tie by semantic version, highest first (1.10.0 over 1.9.0)',
    versions: [
      v('1.9.0', 'Ready', daysAgo(10)),
      v('1.10.0', 'Ready', daysAgo(10)),
      v('1.11.0', 'InProgress', daysAgo(1))
    ],
    latest: '1.11.0',
    keep: 1,
    expected: { '1.11.0': 'latest', '1.10.0': 'keep-newest', '1.9.0': 'delete' }
  },
  {
    clause: 'breaks a tie between x.y.z and other version texts: x.y.z first, then the text, highest first',
    versions: [
      v('nightly-a', 'Ready', daysAgo(10)),
      v('nightly-b', 'Ready', daysAgo(10)),
      v('1.0.0', 'Ready', daysAgo(10))
    ],
    latest: '',
    keep: 2,
    expected: { '1.0.0': 'keep-newest', 'nightly-b': 'keep-newest', 'nightly-a': 'delete' }
  },
  {
    clause: 'never deletes a version that is neither Ready nor Failed, however old',
    versions: [
      v('1.0.0', 'InProgress', daysAgo(400)),
      v('1.1.0', 'Validating', daysAgo(300)),
      v('1.2.0', 'ready', daysAgo(200)),
      v('1.3.0', '', daysAgo(100)),
      v('1.4.0', 'Failed', daysAgo(50)),
      v('1.5.0', 'Ready', daysAgo(1))
    ],
    latest: '1.5.0',
    keep: 0,
    olderThanDays: 30,
    expected: {
      '1.5.0': 'latest',
      '1.4.0': 'delete',
      '1.3.0': 'not-finished',
      '1.2.0': 'not-finished',
      '1.1.0': 'not-finished',
      '1.0.0': 'not-finished'
    }
  },
  {
    clause: 'deletes Failed versions and does not count them among the newest kept',
    versions: [
      v('1.0.0', 'Ready', daysAgo(20)),
      v('1.1.0', 'Ready', daysAgo(10)),
      v('1.2.0', 'Ready', daysAgo(5)),
      v('1.3.0', 'Failed', daysAgo(1))
    ],
    latest: '1.2.0',
    keep: 2,
    expected: { '1.3.0': 'delete', '1.2.0': 'keep-newest', '1.1.0': 'keep-newest', '1.0.0': 'delete' }
  },
  {
    clause: 'keeps the latest version even when it is old and Failed',
    versions: [
      v('1.0.0', 'Failed', daysAgo(400)),
      v('1.1.0', 'Ready', daysAgo(300)),
      v('1.2.0', 'Ready', daysAgo(200))
    ],
    latest: '1.0.0',
    keep: 1,
    olderThanDays: 30,
    expected: { '1.2.0': 'keep-newest', '1.1.0': 'delete', '1.0.0': 'latest' }
  },
  {
    clause: 'keeps the latest version when it is Ready but beyond the newest `keep`',
    versions: [
      v('1.0.0', 'Ready', daysAgo(30)),
      v('1.1.0', 'Ready', daysAgo(20)),
      v('1.2.0', 'Ready', daysAgo(10))
    ],
    latest: '1.0.0',
    keep: 1,
    expected: { '1.2.0': 'keep-newest', '1.1.0': 'delete', '1.0.0': 'latest' }
  },
  {
    clause: 'keeps a version a hosted runner of this image is set to use',
    versions: [
      v('1.0.0', 'Ready', daysAgo(30)),
      v('1.1.0', 'Ready', daysAgo(20)),
      v('1.2.0', 'Ready', daysAgo(10))
    ],
    latest: '1.2.0',
    keep: 0,
    runners: [pinned('build-linux', '1.0.0')],
    expected: { '1.2.0': 'latest', '1.1.0': 'delete', '1.0.0': 'pinned' }
  },
  {
    clause:
      'protects nothing for a runner on the same version of another image, a GitHub image, `latest` or no image',
    versions: [
      v('1.0.0', 'Ready', daysAgo(30)),
      v('1.1.0', 'Ready', daysAgo(20)),
      v('1.2.0', 'Ready', daysAgo(10))
    ],
    latest: '1.2.0',
    keep: 0,
    runners: [
      pinned('other-image', '1.0.0', OTHER_IMAGE_ID),
      pinned('github-image', '1.1.0', String(IMAGE.id), 'github'),
      pinned('follows-latest', 'latest'),
      { name: 'no-image', image_details: null }
    ],
    expected: { '1.2.0': 'latest', '1.1.0': 'delete', '1.0.0': 'delete' }
  },
  {
    clause: 'keeps nothing by the keep rule in an image with no Ready version',
    versions: [
      v('1.0.0', 'Failed', daysAgo(30)),
      v('1.1.0', 'Failed', daysAgo(20)),
      v('1.2.0', 'Failed', daysAgo(10))
    ],
    latest: '1.2.0',
    keep: 5,
    expected: { '1.2.0': 'latest', '1.1.0': 'delete', '1.0.0': 'delete' }
  },
  {
    clause: 'deletes only versions created before now minus older-than (1 ms either side of the cut-off)',
    versions: [
      v('1.0.0', 'Ready', new Date(NOW.getTime() - 30 * DAY - 1).toISOString()),
      v('1.1.0', 'Ready', daysAgo(30)),
      v('1.2.0', 'Ready', new Date(NOW.getTime() - 30 * DAY + 1).toISOString()),
      v('1.3.0', 'InProgress', daysAgo(0))
    ],
    latest: '1.3.0',
    keep: 0,
    olderThanDays: 30,
    expected: { '1.3.0': 'latest', '1.2.0': 'too-young', '1.1.0': 'too-young', '1.0.0': 'delete' }
  },
  {
    clause: 'without older-than, deletes regardless of age (even a version made a minute ago)',
    versions: [
      v('1.0.0', 'Ready', new Date(NOW.getTime() - 60_000).toISOString()),
      v('1.1.0', 'InProgress', daysAgo(0))
    ],
    latest: '1.1.0',
    keep: 0,
    expected: { '1.1.0': 'latest', '1.0.0': 'delete' }
  },
  {
    clause: 'keep 0 keeps no version by count',
    versions: [
      v('1.0.0', 'Ready', daysAgo(30)),
      v('1.1.0', 'Ready', daysAgo(20)),
      v('1.2.0', 'Ready', daysAgo(10))
    ],
    latest: '1.0.0',
    keep: 0,
    expected: { '1.2.0': 'delete', '1.1.0': 'delete', '1.0.0': 'latest' }
  },
  {
    clause: 'keeps a version whose created_on is not a date, and it takes no place among the newest',
    versions: [
      v('1.0.0', 'Failed', 'not-a-date'),
      v('1.1.0', 'Ready', daysAgo(10)),
      v('1.2.0', 'Ready', daysAgo(5)),
      v('1.3.0', 'Ready', ''),
      v('1.4.0', 'InProgress', daysAgo(0))
    ],
    latest: '1.4.0',
    keep: 1,
    olderThanDays: 1,
    expected: {
      '1.4.0': 'latest',
      '1.2.0': 'keep-newest',
      '1.1.0': 'delete',
      '1.3.0': 'undated',
      '1.0.0': 'undated'
    }
  }
]

describe('the retention rule', () => {
  test.each(rows)('$clause', ({ versions, latest, keep, olderThanDays, runners = [], expected }) => {
    const policy = {
      keep,
      now: NOW,
      ...(olderThanDays === undefined ? {} : { olderThanMs: olderThanDays * DAY })
    }
    const [plan] = planCleanup([{ image: { ...IMAGE, latest_version: latest }, versions }], runners, policy)
    const got = Object.fromEntries(
      plan!.versions.map((p) => [p.version, p.decision === 'delete' ? 'delete' : p.reason])
    )
    expect(got).toEqual(expected)
    for (const p of plan!.versions) expect(p.decision).toBe(p.reason === 'unprotected' ? 'delete' : 'keep')
  })
})

describe('the plan', () => {
  const versions = [
    v('1.0.0', 'Ready', daysAgo(30)),
    v('0.9.0', 'Ready', 'garbage'),
    v('1.2.0', 'Ready', daysAgo(10)),
    v('1.1.0', 'Failed', daysAgo(20))
  ]

  test('lists every version newest first, undated ones last, and names the image', () => {
    const [plan] = planCleanup([{ image: { ...IMAGE, latest_version: '1.2.0' }, versions }], [], {
      keep: 1,
      now: NOW
    })
    expect(plan).toMatchObject({ image_id: 300, image_name: 'acme-base', latest_version: '1.2.0' })
    expect(plan!.versions.map((p) => p.version)).toEqual(['1.2.0', '1.1.0', '1.0.0', '0.9.0'])
    expect(plan!.versions[0]).toMatchObject({ state: 'Ready', size_gb: 40, created_on: daysAgo(10) })
  })

  test('does not depend on the order the API lists versions in', () => {
    const policy = { keep: 1, now: NOW }
    const forward = planCleanup([{ image: { ...IMAGE, latest_version: '' }, versions }], [], policy)
    const backward = planCleanup(
      [{ image: { ...IMAGE, latest_version: '' }, versions: [...versions].reverse() }],
      [],
      policy
    )
    expect(backward).toEqual(forward)
  })

  test('records the first reason that applies, and names every one that applies in the detail', () => {
    const runners = [pinned('build-linux', '1.2.0'), pinned('build-arm', '1.2.0')]
    const [plan] = planCleanup([{ image: { ...IMAGE, latest_version: '1.2.0' }, versions }], runners, {
      keep: 1,
      now: NOW
    })
    const newest = plan!.versions[0]!
    expect(newest.reason).toBe('keep-newest')
    expect(newest.detail).toContain('one of the 1 newest Ready versions')
    expect(newest.detail).toContain("the image's latest version")
    expect(newest.detail).toContain('used by hosted runners build-linux, build-arm')
  })

  test('says why a version is deleted or kept', () => {
    const [plan] = planCleanup([{ image: { ...IMAGE, latest_version: '' }, versions }], [], {
      keep: 1,
      now: NOW,
      olderThanMs: 15 * DAY
    })
    const detail = Object.fromEntries(plan!.versions.map((p) => [p.version, p.detail]))
    expect(detail['1.1.0']).toBe(`Failed; created before the cut-off ${daysAgo(15)}`)
    expect(detail['1.0.0']).toBe(
      `Ready, not one of the 1 newest Ready versions; created before the cut-off ${daysAgo(15)}`
    )
    expect(detail['0.9.0']).toContain("created_on 'garbage' is not a date")
  })

  test('plans every image on its own', () => {
    const plans = planCleanup(
      [
        { image: { id: 1, name: 'a', latest_version: '1.0.0' }, versions: [v('1.0.0', 'Ready', daysAgo(9))] },
        { image: { id: 2, name: 'b', latest_version: '' }, versions: [] }
      ],
      [],
      { keep: 0, now: NOW }
    )
    expect(plans.map((p) => [p.image_id, p.versions.map((x) => x.reason)])).toEqual([
      [1, ['latest']],
      [2, []]
    ])
  })
})

// The pure plan of `apply`: values GitHub normalises compare equal, writes come in the safe order, and
// prune never touches the default group, an inherited group, or what the file declares.
import type { HostedRunner, RunnerGroup } from '../src/github/types.js'
import { orderedWrites, planFleet, type LiveFleet, type WantedFleet } from '../src/engine/fleet-plan.js'
import { prunable, strandings } from '../src/core/prune-rules.js'

const group = (id: number, name: string, extra: Partial<RunnerGroup> = {}): RunnerGroup =>
  ({
    id,
    name,
    visibility: 'all',
    default: false,
    inherited: false,
    allows_public_repositories: false,
    ...extra
  }) as RunnerGroup

const runner = (id: number, name: string, extra: Partial<HostedRunner> = {}): HostedRunner =>
  ({
    id,
    name,
    runner_group_id: 1,
    status: 'Ready',
    platform: 'linux-x64',
    maximum_runners: 10,
    public_ip_enabled: false,
    image_gen: false,
    image_details: {
      id: '2306',
      size_gb: 86,
      display_name: 'Ubuntu Latest (24.04)',
      source: 'github',
      version: 'latest'
    },
    machine_size_details: { id: '4-core', cpu_cores: 4, memory_gb: 16, storage_gb: 150 },
    ...extra
  }) as HostedRunner

const labels = { groups: new Map([[-1, 'new']]), members: new Map(), images: new Map() }
const empty: WantedFleet = { groups: [], runners: [], retention: [], prune: false }
const live = (extra: Partial<LiveFleet> = {}): LiveFleet => ({
  groups: [group(1, 'Default', { default: true })],
  runners: [],
  members: new Map(),
  ...extra
})

test('private stored as all, a GitHub image without version, and the same settings plan nothing', () => {
  const wanted: WantedFleet = {
    ...empty,
    groups: [{ name: 'gpu', visibility: 'private' }],
    runners: [
      {
        name: 'r',
        imageId: '2306',
        imageSource: 'github',
        imageVersion: undefined,
        size: '4-core',
        runnerGroupId: 1
      }
    ]
  }
  const now = live({
    groups: [group(1, 'Default', { default: true }), group(2, 'gpu')],
    runners: [runner(5, 'r')]
  })
  expect(planFleet(wanted, now, labels)).toEqual([])
})

test('a runner in a group the plan creates is written after the group, naming the new group, whose id the executor fills in', () => {
  const wanted: WantedFleet = {
    ...empty,
    groups: [{ name: 'new', visibility: 'all' }],
    runners: [
      {
        name: 'r',
        imageId: '2306',
        imageSource: 'github',
        size: '4-core',
        runnerGroupId: { toBeCreated: 'new' }
      }
    ],
    prune: true
  }
  const now = live({
    groups: [group(1, 'Default', { default: true }), group(3, 'old')],
    runners: [runner(7, 'stray', { runner_group_id: 3 })]
  })
  const entries = planFleet(wanted, now, labels)
  expect(entries.map((e) => `${e.change.kind} ${e.change.object} ${e.change.name}`)).toEqual([
    'create runner-group new',
    'create hosted-runner r',
    'delete hosted-runner stray',
    'delete runner-group old'
  ])
  expect(entries[1]?.writes[0]?.params).toMatchObject({ runner_group_id: { toBeCreated: 'new' } })
  expect(entries[1]?.change.fields['runner-group']).toEqual({ from: null, to: 'new' })
  expect(entries[0]?.change.fields).toEqual({ visibility: { from: null, to: 'all' } })
  const moved = planFleet(
    { ...wanted, prune: false },
    live({ groups: now.groups, runners: [runner(7, 'r')] }),
    labels
  )
  expect(moved[1]?.writes[0]?.change).toContain('→ new (to be created)')
})

test('writes go groups, memberships, runners, runner deletes, group deletes, version deletes', () => {
  const wanted: WantedFleet = {
    groups: [{ name: 'g', visibility: 'selected', repositoryIds: [10] }],
    runners: [{ name: 'r', maximumRunners: 20, runnerGroupId: 2 }],
    retention: [
      {
        image: { id: 9, name: 'golden', latest_version: '1.1.0' },
        versions: [
          { version: '1.0.0', state: 'Ready', created_on: '2025-01-01T00:00:00Z' },
          { version: '1.1.0', state: 'Ready', created_on: '2025-01-02T00:00:00Z' }
        ],
        policy: { keep: 0, now: new Date('2026-01-01T00:00:00Z') }
      }
    ],
    prune: true
  }
  const now = live({
    groups: [
      group(1, 'Default', { default: true }),
      group(2, 'g'),
      group(4, 'shared', { inherited: true }),
      group(5, 'old')
    ],
    runners: [runner(5, 'r'), runner(6, 'stray')],
    members: new Map()
  })
  const routes = orderedWrites(planFleet(wanted, now, labels)).map((w) =>
    w.route.replace('/orgs/{org}/actions', '')
  )
  expect(routes).toEqual([
    'PATCH /runner-groups/{runner_group_id}',
    'PUT /runner-groups/{runner_group_id}/repositories',
    'PATCH /hosted-runners/{hosted_runner_id}',
    'DELETE /hosted-runners/{hosted_runner_id}',
    'DELETE /runner-groups/{runner_group_id}',
    'DELETE /hosted-runners/images/custom/{image_definition_id}/versions/{version}'
  ])
})

test('a version a wanted runner is set to is kept by retention', () => {
  const wanted: WantedFleet = {
    ...empty,
    runners: [{ name: 'r', imageId: '9', imageSource: 'custom', imageVersion: '1.0.0' }],
    retention: [
      {
        image: { id: 9, name: 'golden', latest_version: '1.1.0' },
        versions: [{ version: '1.0.0', state: 'Ready', created_on: '2025-01-01T00:00:00Z' }],
        policy: { keep: 0, now: new Date('2026-01-01T00:00:00Z') }
      }
    ]
  }
  const entries = planFleet(wanted, live({ runners: [runner(5, 'r')] }), labels).filter(
    (e) => e.change.object === 'image-version'
  )
  expect(entries).toEqual([])
})

test('prune fails closed: a group whose answer does not say it is neither default nor inherited is kept', () => {
  const bare = { id: 3, name: 'old', visibility: 'all' } as RunnerGroup
  expect(prunable(group(3, 'old'))).toBe(true)
  expect(prunable(bare)).toBe(false)
  expect(prunable({ ...bare, default: false } as RunnerGroup)).toBe(false)
  expect(prunable({ ...bare, default: 'false' } as unknown as RunnerGroup)).toBe(false)
  expect(prunable({ ...bare, default: false } as RunnerGroup, 'enterprise')).toBe(true)
  const wanted: WantedFleet = { ...empty, prune: true }
  const now = live({ groups: [group(1, 'Default', { default: true }), bare] })
  expect(planFleet(wanted, now, labels)).toEqual([])
})

/** The plan of a prune, and the groups its deletes would strand. */
function pruneOf(wanted: Partial<WantedFleet>, now: LiveFleet) {
  const entries = planFleet({ ...empty, prune: true, ...wanted }, now, labels)
  return { entries, stranded: strandings(entries, now, now.groups) }
}

test('a group is stranding while it holds a self-hosted runner or a declared hosted runner left in it', () => {
  const now = live({
    groups: [group(1, 'Default', { default: true }), group(2, 'other'), group(3, 'prod-deploy')],
    runners: [runner(7, 'ci', { runner_group_id: 3 }), runner(8, 'stray', { runner_group_id: 3 })],
    selfHosted: new Map([[3, [{ id: 40, name: 'prod-sh' }]]])
  })
  expect(pruneOf({ runners: [{ name: 'CI' }], groups: [{ name: 'other' }] }, now).stranded).toEqual([
    { group: 'prod-deploy', groupId: 3, selfHosted: ['prod-sh'], hosted: ['ci'], hostedGroupUnknown: [] }
  ])
  const placed = pruneOf(
    { runners: [{ name: 'ci', runnerGroupId: 2 }], groups: [{ name: 'other', runnerIds: [40] }] },
    now.members.set(2, { runnerIds: [] }) && now
  )
  expect(placed.stranded).toEqual([])
  // The group's delete depends on the moves and deletes of all it holds, and binds what it saw.
  const deleteGroup = placed.entries.find(
    (e) => e.change.object === 'runner-group' && e.change.kind === 'delete'
  )
  expect(deleteGroup?.change).toMatchObject({
    id: 3,
    seen: { name: 'prod-deploy', hosted_runners: [7, 8], self_hosted_runners: [40] },
    depends_on: ['delete hosted-runner 8', 'update hosted-runner 7', 'update runner-group 2']
  })
})

test('a runner the file adopts under a previous name still strands the group that holds it', () => {
  const now = live({
    groups: [group(1, 'Default', { default: true }), group(3, 'prod-deploy')],
    runners: [runner(7, 'old-ci', { runner_group_id: 3 })]
  })
  expect(pruneOf({ runners: [{ name: 'ci', previousNames: ['Old-CI'] }] }, now).stranded).toEqual([
    { group: 'prod-deploy', groupId: 3, selfHosted: [], hosted: ['old-ci'], hostedGroupUnknown: [] }
  ])
})

test('issue 25 finding 1: when old and new names both exist, the old-named runner the plan does not move strands its group', () => {
  // The item moves 'ci' (id 5) to group 2; 'old-ci' (id 7) is kept as a previous name but nothing moves it.
  const now = live({
    groups: [group(1, 'Default', { default: true }), group(2, 'build'), group(3, 'prod-deploy')],
    runners: [runner(5, 'ci', { runner_group_id: 3 }), runner(7, 'old-ci', { runner_group_id: 3 })]
  })
  const wanted = {
    groups: [{ name: 'build' }],
    runners: [{ name: 'ci', previousNames: ['old-ci'], runnerGroupId: 2 }]
  }
  expect(pruneOf(wanted, now).stranded).toEqual([
    { group: 'prod-deploy', groupId: 3, selfHosted: [], hosted: ['old-ci'], hostedGroupUnknown: [] }
  ])
})

test('fail closed: a runner whose answer does not say its group may be in any pruned group', () => {
  const unknownGroup = runner(7, 'ci')
  delete (unknownGroup as { runner_group_id?: number }).runner_group_id
  const now = live({
    groups: [group(1, 'Default', { default: true }), group(3, 'prod-deploy')],
    runners: [unknownGroup, runner(8, 'stray')]
  })
  expect(pruneOf({ runners: [{ name: 'ci', runnerGroupId: 1 }] }, now).stranded).toEqual([
    { group: 'prod-deploy', groupId: 3, selfHosted: [], hosted: [], hostedGroupUnknown: ['ci'] }
  ])
})

test('prune keeps a runner that carries a declared previous name, as it keeps such a group', () => {
  const wanted: WantedFleet = { ...empty, prune: true, runners: [{ name: 'ci', previousNames: ['old-ci'] }] }
  const now = live({ runners: [runner(5, 'ci'), runner(6, 'old-ci')] })
  const deletes = planFleet(wanted, now, labels).filter((e) => e.change.kind === 'delete')
  expect(deletes).toEqual([])
})

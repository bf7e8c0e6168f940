// The pure plan of `apply`: values GitHub normalises compare equal, writes come in the safe order, and
// prune never touches the default group, an inherited group, or what the file declares.
import type { HostedRunner, RunnerGroup } from '../src/github/types.js'
import { orderedWrites, planFleet, type LiveFleet, type WantedFleet } from '../src/core/fleet-plan.js'
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

test('a group is stranding while it holds a self-hosted runner or a declared hosted runner left in it', () => {
  const deleted = [group(3, 'prod-deploy')]
  const facts = {
    deleted,
    selfHosted: new Map([[3, [{ id: 40, name: 'prod-sh' }]]]),
    liveRunners: [runner(7, 'ci', { runner_group_id: 3 }), runner(8, 'stray', { runner_group_id: 3 })],
    wantedRunners: [{ name: 'CI' }],
    wantedGroups: []
  }
  expect(strandings(facts)).toEqual([
    { group: 'prod-deploy', selfHosted: ['prod-sh'], hosted: ['ci'], hostedGroupUnknown: [] }
  ])
  const placed = {
    ...facts,
    wantedRunners: [{ name: 'ci', runnerGroupId: 2 }],
    wantedGroups: [{ name: 'other', runnerIds: [40] }]
  }
  expect(strandings(placed)).toEqual([])
})

test('a runner the file adopts under a previous name still strands the group that holds it', () => {
  const facts = {
    deleted: [group(3, 'prod-deploy')],
    selfHosted: new Map(),
    liveRunners: [runner(7, 'old-ci', { runner_group_id: 3 })],
    wantedRunners: [{ name: 'ci', previousNames: ['Old-CI'] }],
    wantedGroups: []
  }
  expect(strandings(facts)).toEqual([
    { group: 'prod-deploy', selfHosted: [], hosted: ['old-ci'], hostedGroupUnknown: [] }
  ])
})

test('fail closed: a declared runner whose answer does not say its group may be in any pruned group', () => {
  const unknownGroup = runner(7, 'ci')
  delete (unknownGroup as { runner_group_id?: number }).runner_group_id
  const facts = {
    deleted: [group(3, 'prod-deploy')],
    selfHosted: new Map(),
    liveRunners: [unknownGroup, runner(8, 'stray')],
    wantedRunners: [{ name: 'ci', runnerGroupId: 1 }],
    wantedGroups: []
  }
  expect(strandings(facts)).toEqual([
    { group: 'prod-deploy', selfHosted: [], hosted: [], hostedGroupUnknown: ['ci'] }
  ])
})

test('prune keeps a runner that carries a declared previous name, as it keeps such a group', () => {
  const wanted: WantedFleet = { ...empty, prune: true, runners: [{ name: 'ci', previousNames: ['old-ci'] }] }
  const now = live({ runners: [runner(5, 'ci'), runner(6, 'old-ci')] })
  const deletes = planFleet(wanted, now, labels).filter((e) => e.change.kind === 'delete')
  expect(deletes).toEqual([])
})

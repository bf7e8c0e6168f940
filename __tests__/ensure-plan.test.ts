import { planGroup } from '../src/resources/runner-group/plan.js'
import type { GroupNow } from '../src/resources/runner-group/fields.js'
import { planRunner } from '../src/resources/hosted-runner/plan.js'
import { pollDelayMs, verdictOf } from '../src/execute/runner-wait.js'
import type { HostedRunner, RunnerGroup } from '../src/github/types.js'

const runner: HostedRunner = {
  id: 5,
  name: 'release',
  runner_group_id: 1,
  image_details: {
    id: '2306',
    size_gb: 86,
    display_name: 'Ubuntu 24.04',
    source: 'github',
    version: 'latest'
  },
  machine_size_details: { id: '4-core', cpu_cores: 4, memory_gb: 16, storage_gb: 150 },
  status: 'Ready',
  platform: 'linux-x64',
  maximum_runners: 10,
  public_ip_enabled: false,
  image_gen: false
}

describe('wait verdict', () => {
  const look = (status: HostedRunner['status']) => ({ runner: { ...runner, status } })
  test.each([
    ['Ready is done when waiting for ready', look('Ready'), 'ready', 0, { done: true }],
    ['Provisioning polls again', look('Provisioning'), 'ready', 1000, { pollAgain: true }],
    ['Deleting polls again when waiting for deleted', look('Deleting'), 'deleted', 1000, { pollAgain: true }],
    ['gone is done when waiting for deleted', { gone: true as const }, 'deleted', 0, { done: true }]
  ] as const)('%s', (_, seen, target, elapsed, verdict) => {
    expect(verdictOf(seen, target, elapsed, 60_000)).toEqual(verdict)
  })
  test('Stuck fails at once, before any timeout', () => {
    expect(verdictOf(look('Stuck'), 'ready', 0, 60_000)).toEqual({ fail: expect.stringMatching(/Stuck/) })
  })
  test('the timeout fails saying the last status seen', () => {
    expect(verdictOf(look('Provisioning'), 'ready', 60_000, 60_000)).toEqual({
      fail: 'timed out after 1m; last status seen: Provisioning'
    })
  })
  test('a runner gone while waiting for Ready fails', () => {
    expect(verdictOf({ gone: true }, 'ready', 0, 60_000)).toEqual({ fail: expect.stringMatching(/deleted/) })
  })
  test('Shutdown seen once polls again; seen twice in a row fails, naming the state and what to check', () => {
    expect(verdictOf(look('Shutdown'), 'ready', 0, 60_000)).toEqual({ pollAgain: true })
    expect(verdictOf(look('Shutdown'), 'ready', 0, 60_000, 'Provisioning')).toEqual({ pollAgain: true })
    expect(verdictOf(look('Shutdown'), 'ready', 0, 60_000, 'Shutdown')).toEqual({
      fail: expect.stringMatching(/stayed Shutdown across two looks.*spending limit/)
    })
  })
  test('Shutdown does not fail a wait for deleted', () => {
    expect(verdictOf(look('Shutdown'), 'deleted', 0, 60_000, 'Shutdown')).toEqual({ pollAgain: true })
  })
  test('Stuck says what to check', () => {
    expect(verdictOf(look('Stuck'), 'ready', 0, 60_000)).toEqual({
      fail: expect.stringMatching(/Stuck: GitHub could not provision it\. Check the runner/)
    })
  })
})

describe('poll backoff', () => {
  test('starts at poll-interval and grows ×1.5 up to a minute', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((n) => pollDelayMs(15_000, n))
    expect(delays).toEqual([15_000, 22_500, 33_750, 50_625, 60_000, 60_000])
  })
  test('a poll-interval over a minute stays as given', () => {
    expect([1, 5].map((n) => pollDelayMs(90_000, n))).toEqual([90_000, 90_000])
  })
})

describe('ensure-runner plan', () => {
  test('a missing runner is created with the given settings', () => {
    const [write, ...rest] = planRunner(undefined, {
      name: 'release',
      imageId: '2306',
      size: '4-core',
      runnerGroupId: 1
    })
    expect(rest).toEqual([])
    expect(write).toMatchObject({
      route: 'POST /orgs/{org}/actions/hosted-runners',
      params: {
        name: 'release',
        image: { id: '2306', source: 'github' },
        size: '4-core',
        runner_group_id: 1
      }
    })
  })
  test('creating needs an image and a size', () => {
    expect(() => planRunner(undefined, { name: 'release', runnerGroupId: 1 })).toThrow(
      /give 'image-id' and 'size'/
    )
  })
  test('nothing is sent when every given setting matches', () => {
    expect(
      planRunner(runner, {
        name: 'release',
        imageId: '2306',
        imageSource: 'github',
        size: '4-core',
        maximumRunners: 10,
        enableStaticIp: false
      })
    ).toEqual([])
  })
  test('only the differing settings are sent', () => {
    const [write] = planRunner(runner, { name: 'release', size: '8-core', maximumRunners: 10 })
    expect(write?.params).toEqual({ hosted_runner_id: 5, size: '8-core' })
    expect(write?.change).toBe('size: 4-core → 8-core')
  })
  test('settings not given keep their current value', () => {
    expect(planRunner(runner, { name: 'release' })).toEqual([])
  })
  test('the static IP setting compares with public_ip_enabled', () => {
    expect(planRunner(runner, { name: 'release', enableStaticIp: true })[0]?.params).toEqual({
      hosted_runner_id: 5,
      enable_static_ip: true
    })
  })
  test('image-source alone is not compared; with a new image-id it is sent along', () => {
    expect(planRunner(runner, { name: 'release', imageSource: 'custom' })).toEqual([])
    expect(planRunner(runner, { name: 'release', imageId: '77', imageSource: 'custom' })[0]?.params).toEqual({
      hosted_runner_id: 5,
      image_id: '77',
      image_source: 'custom'
    })
  })
  test('a GitHub image reports version `latest`: a version is neither compared nor sent for it', () => {
    expect(
      planRunner(runner, { name: 'release', imageId: '2306', imageSource: 'github', imageVersion: '1.0.0' })
    ).toEqual([])
    const [create] = planRunner(undefined, {
      name: 'release',
      imageId: '2306',
      imageVersion: '1.0.0',
      size: '4-core',
      runnerGroupId: 1
    })
    expect((create?.params as { image: unknown }).image).toEqual({ id: '2306', source: 'github' })
  })
  test('a custom image compares its version', () => {
    const custom = {
      ...runner,
      image_details: { ...runner.image_details!, id: '77', source: 'custom' as const, version: '1.0.0' }
    }
    expect(planRunner(custom, { name: 'release', imageVersion: '1.1.0' })[0]?.params).toEqual({
      hosted_runner_id: 5,
      image_version: '1.1.0'
    })
  })
  test('a new name is a change (runner picked by id)', () => {
    expect(planRunner(runner, { name: 'release-2' })[0]?.params).toEqual({
      hosted_runner_id: 5,
      name: 'release-2'
    })
  })
})

describe('ensure-group plan', () => {
  const group: RunnerGroup = {
    id: 4,
    name: 'sync',
    visibility: 'selected',
    default: false,
    runners_url: '',
    hosted_runners_url: '',
    inherited: false,
    allows_public_repositories: false,
    restricted_to_workflows: false,
    selected_workflows: ['a/b/.github/workflows/x.yml@main']
  }
  const now = (over: Partial<GroupNow> = {}): GroupNow => ({
    group,
    repositoryIds: [1, 2],
    runnerIds: [7],
    ...over
  })

  test('a missing group is created with its lists', () => {
    const writes = planGroup(undefined, {
      name: 'sync',
      visibility: 'selected',
      repositoryIds: [1],
      runnerIds: [7]
    })
    expect(writes.map((w) => [w.route, w.params])).toEqual([
      [
        'POST /orgs/{org}/actions/runner-groups',
        { name: 'sync', visibility: 'selected', selected_repository_ids: [1], runners: [7] }
      ]
    ])
  })
  test('nothing is sent when settings match and lists are the same sets', () => {
    expect(
      planGroup(now(), {
        name: 'sync',
        visibility: 'selected',
        repositoryIds: [2, 1],
        runnerIds: [7],
        selectedWorkflows: ['a/b/.github/workflows/x.yml@main']
      })
    ).toEqual([])
  })
  test('visibility private is stored as all by GitHub: asking private of an `all` group sends nothing', () => {
    expect(
      planGroup(now({ group: { ...group, visibility: 'all' } }), { name: 'sync', visibility: 'private' })
    ).toEqual([])
    expect(planGroup(now(), { name: 'sync', visibility: 'private' })[0]?.params).toEqual({
      runner_group_id: 4,
      name: 'sync',
      visibility: 'private'
    })
  })
  test('one changed setting is one PATCH that keeps the name', () => {
    const writes = planGroup(now(), { name: 'sync', allowsPublicRepositories: true })
    expect(writes.map((w) => [w.route, w.params])).toEqual([
      [
        'PATCH /orgs/{org}/actions/runner-groups/{runner_group_id}',
        { runner_group_id: 4, name: 'sync', allows_public_repositories: true }
      ]
    ])
  })
  test('a changed repository set is one PUT of the whole set', () => {
    const names = new Map([
      [3, 'acme/web'],
      [2, 'acme/docs']
    ])
    const writes = planGroup(
      now(),
      { name: 'sync', repositoryIds: [1, 3] },
      (id) => names.get(id) ?? String(id)
    )
    expect(writes.map((w) => [w.route, w.params, w.change])).toEqual([
      [
        'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories',
        { runner_group_id: 4, selected_repository_ids: [1, 3] },
        'repositories: +acme/web, -acme/docs'
      ]
    ])
  })
  test('repositories need visibility selected', () => {
    expect(() =>
      planGroup(now({ group: { ...group, visibility: 'all' } }), { name: 'sync', repositoryIds: [1] })
    ).toThrow(/visibility: selected/)
    expect(() => planGroup(undefined, { name: 'sync', repositoryIds: [1] })).toThrow(/visibility 'all'/)
  })
  test('turning a group selected and giving its repositories is a PATCH then a PUT', () => {
    const writes = planGroup(now({ group: { ...group, visibility: 'all' }, repositoryIds: undefined }), {
      name: 'sync',
      visibility: 'selected',
      repositoryIds: [1]
    })
    expect(writes.map((w) => w.route)).toEqual([
      'PATCH /orgs/{org}/actions/runner-groups/{runner_group_id}',
      'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories'
    ])
  })
})

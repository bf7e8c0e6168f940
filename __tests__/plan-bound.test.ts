// Issue 25: every change of a plan is bound to its object (id), to what the plan saw and to what it
// depends on; one executor re-checks each delete just before it is sent, and one gate refuses an
// unreviewed run. In process against the simulator, with a scripted front server that changes GitHub
// between the plan and the writes. Each test is one of the findings.
import { expect, test } from '@jest/globals'
import type { Seen } from './support/hostile-server.js'
import { useHostileWorld } from './support/hostile-world.js'
import { fleetWorkspaces } from './support/workspace.js'

const GROUPS = '/orgs/acme/actions/runner-groups'
const RUNNERS = '/orgs/acme/actions/hosted-runners'
const world = useHostileWorld()
const workspace = fleetWorkspaces('plan-bound')

const apply = (dir: string, inputs: Record<string, string> = {}) =>
  world().run({ operation: 'apply', ...inputs }, { env: { GITHUB_WORKSPACE: dir } })

const writes = (): string[] =>
  world()
    .front.requests.filter((r: Seen) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path}`)

const PRUNE_ALL = 'organization: acme\nprune: true\n'

test('finding 1: with old and new names both on GitHub, the old-named runner nothing moves keeps its group from being pruned', async () => {
  const deploy = world().sim.seed.group({ name: 'prod-deploy' })
  world().sim.seed.group({ name: 'build' })
  world().sim.seed.runner({ name: 'ci', size: '4-core', runner_group_id: deploy.id })
  world().sim.seed.runner({ name: 'old-ci', size: '4-core', runner_group_id: deploy.id })
  const file = `organization: acme
runner-groups:
  - group-name: build
hosted-runners:
  - runner-name: ci
    previous-names: [old-ci]
    runner-group: build
prune: true
`
  const step = await apply(workspace(file))
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    expect.stringContaining(
      `'prod-deploy' (id ${deploy.id}) holds hosted runners 'old-ci'. Nothing was sent.`
    )
  ])
  expect(writes()).toEqual([])
})

test('finding 3: a runner delete skipped at its re-check stops the delete of the group it is in', async () => {
  const legacy = world().sim.seed.group({ name: 'legacy' })
  const tmp = world().sim.seed.runner({ name: 'tmp', size: '4-core', runner_group_id: legacy.id })
  // Renamed between the plan and its DELETE: the runner's re-read sees the new name.
  world().script(({ req }) => {
    if (req.method === 'GET' && req.path === `${RUNNERS}/${tmp.id}`) {
      const runner = world().sim.state.runners.find((r: { id: number }) => r.id === tmp.id)
      if (runner) runner.name = 'tmp-renamed'
    }
    return undefined
  })
  const step = await apply(workspace(PRUNE_ALL))
  expect(writes()).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toContain(
    `delete hosted-runner 'tmp' (id ${tmp.id}): it is now named 'tmp-renamed', not 'tmp' as the plan saw`
  )
  expect(step.errors[0]).toContain(
    `delete runner-group 'legacy' (id ${legacy.id}): it depends on delete hosted-runner 'tmp' (id ${tmp.id}), which was not done`
  )
  const plan = JSON.parse(step.outputs.plan as string) as Array<{ object: string; status: string }>
  expect(plan.map((c) => [c.object, c.status])).toEqual([
    ['hosted-runner', 'not-done'],
    ['runner-group', 'not-done']
  ])
  expect(world().sim.state.groups.map((g: { name: string }) => g.name)).toContain('legacy')
})

test.each([
  [
    'self-hosted',
    (group: number) => world().sim.seed.selfHostedRunner({ name: 'late', runner_group_id: group })
  ],
  [
    'hosted',
    (group: number) => world().sim.seed.runner({ name: 'late', size: '4-core', runner_group_id: group })
  ]
])('finding 4: a group that gains a %s runner after the plan is not deleted', async (kind, seedLate) => {
  const legacy = world().sim.seed.group({ name: 'legacy' })
  let late: { id: number } | undefined
  // The runner arrives after the listings were read: as the group's name is read again before its DELETE.
  world().script(({ req }) => {
    if (req.method === 'GET' && req.path === `${GROUPS}/${legacy.id}` && !late) late = seedLate(legacy.id)
    return undefined
  })
  const step = await apply(workspace(PRUNE_ALL))
  expect(writes()).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toContain(
    `delete runner-group 'legacy' (id ${legacy.id}): it now holds ${kind} runner 'late' (id ${late?.id}), which the plan does not move or delete`
  )
  expect(world().sim.state.groups.map((g: { name: string }) => g.name)).toContain('legacy')
})

test('finding 5: require-reviewed-plan refuses a run given an empty expected-plan-digest, naming what it would change', async () => {
  const tmp = world().sim.seed.runner({ name: 'tmp', size: '4-core' })
  const dir = workspace(`${PRUNE_ALL}require-reviewed-plan: true\n`)
  const step = await apply(dir, { 'expected-plan-digest': '' })
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    expect.stringContaining(
      "require-reviewed-plan: true, and 'expected-plan-digest' is not given: nothing was sent"
    )
  ])
  expect(step.errors[0]).toContain(`delete hosted-runner 'tmp' (id ${tmp.id})`)
  expect(writes()).toEqual([])
  // Reviewed, the same file applies: the digest of its own dry run.
  const reviewed = await apply(dir, { 'dry-run': 'true' })
  const applied = await apply(dir, { 'expected-plan-digest': reviewed.outputs['plan-digest'] as string })
  expect(applied.errors).toEqual([])
  expect(writes()).toEqual([`DELETE ${RUNNERS}/${tmp.id}`])
})

test('finding 6: the digest binds the object: a runner recreated under the reviewed name is not deleted', async () => {
  const first = world().sim.seed.runner({ name: 'tmp', size: '4-core' })
  const dir = workspace(PRUNE_ALL)
  const reviewed = await apply(dir, { 'dry-run': 'true' })
  const digest = reviewed.outputs['plan-digest'] as string
  // Deleted and created again under the same name: another runner, another id.
  world().sim.state.runners = world().sim.state.runners.filter((r: { id: number }) => r.id !== first.id)
  const second = world().sim.seed.runner({ name: 'tmp', size: '4-core' })
  expect(second.id).not.toBe(first.id)
  const step = await apply(dir, { 'expected-plan-digest': digest })
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toContain('The plan is not the reviewed one')
  expect(step.errors[0]).toContain(`delete hosted-runner 'tmp' (id ${second.id})`)
  expect(writes()).toEqual([])
  const plan = JSON.parse(step.outputs.plan as string) as Array<{ id: number; seen: unknown }>
  expect(plan).toMatchObject([{ id: second.id, seen: { name: 'tmp' } }])
})

test('finding 5: a blank expected-plan-digest is refused, not skipped, even without require-reviewed-plan', async () => {
  const tmp = world().sim.seed.runner({ name: 'tmp', size: '4-core' })
  const step = await apply(workspace(PRUNE_ALL), { 'expected-plan-digest': '   ' })
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toContain('The plan is not the reviewed one')
  expect(step.errors[0]).toContain("'expected-plan-digest' is blank")
  expect(step.errors[0]).toContain(`delete hosted-runner 'tmp' (id ${tmp.id})`)
  expect(writes()).toEqual([])
})

test('finding 4 at enterprise scope: a group that gains a hosted runner after the plan is not deleted (its groups have no hosted-runner list)', async () => {
  const seed = world().sim.seed.enterprise
  const legacy = seed.group({ name: 'legacy' }) as { id: number }
  const AT = '/enterprises/octo-ent/actions'
  let late: { id: number } | undefined
  world().script(({ req }) => {
    if (req.method === 'GET' && req.path === `${AT}/runner-groups/${legacy.id}` && !late)
      late = seed.runner({ name: 'late', runner_group_id: legacy.id }) as { id: number }
    return undefined
  })
  const step = await world().run(
    { operation: 'apply', enterprise: 'octo-ent' },
    { env: { GITHUB_WORKSPACE: workspace('enterprise: octo-ent\nprune: true\n') } }
  )
  expect(writes()).toEqual([])
  expect(step.errors[0]).toContain(
    `delete runner-group 'legacy' (id ${legacy.id}): it now holds hosted runner 'late' (id ${late?.id})`
  )
})

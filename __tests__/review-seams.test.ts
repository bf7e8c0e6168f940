// Read adversarially after issues 25 and 29 merged: the seams between the one executor's checks and the
// rollout. In process against the simulator, with a scripted front server that changes GitHub between
// the plan and the writes.
import { expect, test } from '@jest/globals'
import { upstreamReply, type Seen } from './support/hostile-server.js'
import { useHostileWorld } from './support/hostile-world.js'
import { fleetWorkspaces } from './support/workspace.js'

const ORG = '/orgs/acme/actions'
const ENT = '/enterprises/octo-ent/actions'
const world = useHostileWorld('in-process', { readyAfterPolls: 1 })
const workspace = fleetWorkspaces('review-seams')

const apply = (text: string, inputs: Record<string, string> = {}) =>
  world().run(
    { operation: 'apply', 'poll-interval': '1s', ...inputs },
    { env: { GITHUB_WORKSPACE: workspace(text) } }
  )

const writes = () =>
  world()
    .front.requests.filter((r: Seen) => r.method !== 'GET')
    .map((r) => ({ method: r.method, path: r.path, body: r.body }))

type Held = { id: number; runner_group_id?: number }

// The prune of a group whose runners the plan moves out: just before its DELETE one of them is back in it
// (moved back by someone, or a move GitHub did not make). The plan saw it there, but only as a runner to
// move: deleting the group now would put it in the default group.
test.each([
  ['organization', 'hosted'],
  ['organization', 'self-hosted'],
  ['enterprise', 'hosted']
] as const)(
  'at %s scope, a %s runner the plan moved out and that is back in the group keeps the group from its prune DELETE',
  async (scope, kind) => {
    const at = scope === 'enterprise' ? ENT : ORG
    const seed = scope === 'enterprise' ? world().sim.seed.enterprise : world().sim.seed
    const legacy = seed.group({ name: 'legacy', visibility: 'all' }) as { id: number }
    seed.group({ name: 'keep', visibility: 'all' })
    const runner = (
      kind === 'hosted'
        ? seed.runner({ name: 'ci', size: '4-core', runner_group_id: legacy.id })
        : seed.selfHostedRunner({ name: 'ci', runner_group_id: legacy.id })
    ) as Held & { id: number }
    // The seeded runner is the simulator's own record of it.
    world().script(({ req }) => {
      if (req.method === 'GET' && req.path === `${at}/runner-groups/${legacy.id}`)
        runner.runner_group_id = legacy.id
      return undefined
    })
    const owner = scope === 'enterprise' ? 'enterprise: octo-ent' : 'organization: acme'
    const placed =
      kind === 'hosted'
        ? 'runner-groups:\n  - group-name: keep\nhosted-runners:\n  - runner-name: ci\n    runner-group: keep\n'
        : 'runner-groups:\n  - group-name: keep\n    runners: [ci]\n'
    const step = await apply(
      `${owner}\n${placed}prune: true\n`,
      scope === 'enterprise' ? { enterprise: 'octo-ent' } : {}
    )
    expect(step.exitCode).toBe(1)
    expect(writes().map((w) => w.method)).not.toContain('DELETE')
    expect(step.errors[0]).toContain(
      `delete runner-group 'legacy' (id ${legacy.id}): it now holds ${kind} runner 'ci' (id ${runner.id})`
    )
    const state = scope === 'enterprise' ? world().sim.state.enterprise : world().sim.state
    expect(state.groups.map((g: { id: number }) => g.id)).toContain(legacy.id)
  }
)

// A rollback sets a runner back to the image it had. A custom image named without a version starts from
// its newest (GitHub's default, and the simulator's): the version it had must go back with it, whatever
// the runner was moved to (another custom image, a GitHub-owned one).
test.each([
  ['another custom image', 'image-id: beta\n    image-source: custom'],
  ['a GitHub-owned image', 'image-id: "2306"\n    image-source: github']
])(
  'a rollback from %s sets the runner back to the version it had, not to its image’s newest',
  async (_, image) => {
    const alpha = world().sim.seed.image({ name: 'alpha' })
    world().sim.seed.imageVersion(alpha.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
    world().sim.seed.imageVersion(alpha.id, { version: '1.5.0', created_on: '2026-02-01T00:00:00Z' })
    const beta = world().sim.seed.image({ name: 'beta' })
    world().sim.seed.imageVersion(beta.id, { version: '3.0.0', created_on: '2026-02-01T00:00:00Z' })
    world().sim.seed.imageVersionEnds(beta.id, '3.0.0', 'Stuck')
    const runner = world().sim.seed.runner({
      name: 'r1',
      image: { id: String(alpha.id), source: 'custom', version: '1.0.0' }
    })
    // The simulator ends a custom version Stuck; a GitHub-owned image here is made to end so.
    world().script(({ req }) => {
      const now = world().sim.state.runners.find((r: { id: number }) => r.id === runner.id)
      if (req.method === 'GET' && req.path.endsWith(`/${runner.id}`) && now?.image_details?.id === '2306') {
        world().sim.state.lifecycle.delete(runner.id)
        now.status = 'Stuck'
      }
      return undefined
    })
    const file = `hosted-runners:\n  - runner-name: r1\n    ${image}\nrollout:\n  canary: 1\n  rollback: true\n`
    const step = await apply(file)
    expect(step.exitCode).toBe(1)
    const setBack = writes().at(-1)
    expect(setBack?.path).toBe(`${ORG}/hosted-runners/${runner.id}`)
    expect(JSON.parse(String(setBack?.body))).toEqual({
      image_id: String(alpha.id),
      image_source: 'custom',
      image_version: '1.0.0'
    })
    expect(world().sim.state.runners[0]?.image_details).toMatchObject({
      id: String(alpha.id),
      source: 'custom',
      version: '1.0.0'
    })
    expect(step.errors[0]).toContain(
      `Set back to the image each had, and Ready again: 'r1' (alpha (${alpha.id}) 1.0.0).`
    )
  }
)

// apply's own image-retention keeps every version a declared runner is set to use once the plan is
// applied, however the file names it: a version alone (the runner keeps its custom image), or with the
// image, by name or by id.
test.each([
  ['the version alone', 'image-version: 3.0.0'],
  [
    'the image by name and the version',
    'image-id: golden\n    image-source: custom\n    image-version: 3.0.0'
  ],
  ['the image by id and the version', 'image-id: "IMAGE"\n    image-source: custom\n    image-version: 3.0.0']
])(
  "apply's retention never deletes the version it moves a runner to, when the file names %s",
  async (_, image) => {
    const golden = world().sim.seed.image({ name: 'golden' })
    for (const [i, version] of ['1.0.0', '2.0.0', '3.0.0', '4.0.0'].entries())
      world().sim.seed.imageVersion(golden.id, { version, created_on: `2025-0${i + 1}-01T00:00:00Z` })
    const runner = world().sim.seed.runner({
      name: 'r1',
      image: { id: String(golden.id), source: 'custom', version: '1.0.0' }
    })
    const item = image.replace('IMAGE', String(golden.id))
    const retention = 'image-retention:\n  - custom-image: golden\n    keep: 0\n'
    const step = await apply(`hosted-runners:\n  - runner-name: r1\n    ${item}\n${retention}`)
    expect(step.errors).toEqual([])
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH ${ORG}/hosted-runners/${runner.id}`,
      // 1.0.0 is the version it had (a rollback target), 4.0.0 the image's latest.
      `DELETE ${ORG}/hosted-runners/images/custom/${golden.id}/versions/2.0.0`
    ])
    expect(world().sim.state.runners[0]?.image_details?.version).toBe('3.0.0')
  }
)

// A group's new self-hosted runner list replaces the old one whole; a runner it drops goes to the default
// group. One registered in the group after the plan was read is not the plan's to drop.
test.each(['organization', 'enterprise'] as const)(
  'at %s scope, a self-hosted runner registered in a group after the plan keeps the group’s new runner list from being sent',
  async (scope) => {
    const at = scope === 'enterprise' ? ENT : ORG
    const seed = scope === 'enterprise' ? world().sim.seed.enterprise : world().sim.seed
    const build = seed.group({ name: 'build', visibility: 'all' }) as { id: number }
    seed.selfHostedRunner({ name: 'a', runner_group_id: build.id })
    seed.selfHostedRunner({ name: 'b', runner_group_id: build.id })
    let late: { id: number; runner_group_id?: number } | undefined
    // Registered while the plan's first write (another group's create) is sent.
    world().script(({ req }) => {
      if (req.method === 'POST' && req.path === `${at}/runner-groups` && !late)
        late = seed.selfHostedRunner({ name: 'late', runner_group_id: build.id }) as { id: number }
      return undefined
    })
    const owner = scope === 'enterprise' ? 'enterprise: octo-ent' : 'organization: acme'
    const file = `${owner}\nrunner-groups:\n  - group-name: other\n  - group-name: build\n    runners: [a]\n`
    const step = await apply(file, scope === 'enterprise' ? { enterprise: 'octo-ent' } : {})
    expect(step.exitCode).toBe(1)
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([`POST ${at}/runner-groups`])
    expect(step.errors[0]).toContain(
      `update runner-group 'build' (id ${build.id}): it now holds self-hosted runner 'late' (id ${late?.id}), which the plan did not see there`
    )
    expect(late?.runner_group_id).toBe(build.id)
    const plan = JSON.parse(step.outputs.plan as string) as Array<{ name: string; status: string }>
    expect(plan.map((c) => [c.name, c.status])).toEqual([
      ['other', 'done'],
      ['build', 'not-done']
    ])
  }
)

// Issue 29 says a rollback target is never deleted mid-rollout. In a rollout's last wave every runner
// reports the new version, and GitHub's answer does not say which version a runner being provisioned came
// from: so while a runner of an image is not Ready, its image keeps every version ('rolling-out').
test('mid-rollout in the last wave, cleanup-image-versions keeps the version the runners are set back to', async () => {
  const golden = world().sim.seed.image({ name: 'golden' })
  world().sim.seed.imageVersion(golden.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  world().sim.seed.imageVersion(golden.id, { version: '2.0.0', created_on: '2026-02-01T00:00:00Z' })
  // The last wave was sent 2.0.0 and is being provisioned again: a rollback would set it back to 1.0.0.
  const runner = world().sim.seed.runner({
    name: 'r1',
    image: { id: String(golden.id), source: 'custom', version: '2.0.0' }
  })
  Object.assign(runner, { status: 'Provisioning' })
  const step = await world().run({ operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '0' })
  expect(step.errors).toEqual([])
  expect(writes()).toEqual([])
})

// An id a create's answer gives is the new object's only when it is a new id: a group create answered with
// the id of a group the plan read (a proxy's or a cache's answer, a mix-up) would put the runners declared
// in the new group into that one. It is looked up by its name instead, as when the answer holds no id.
test.each([
  ['the id of a group the plan read', (wide: number) => wide],
  ['an id that is not a positive whole number', () => -1],
  ['a fractional id', () => 1.5]
])('a group create answered with %s: its runner still goes into the new group', async (_, idOf) => {
  const runner = world().sim.seed.runner({ name: 'ci', size: '4-core' })
  const wide = world().sim.seed.group({ name: 'wide-open', visibility: 'all' })
  world().script(async ({ req, forward }) => {
    if (req.method !== 'POST' || req.path !== `${ORG}/runner-groups`) return undefined
    const answer = await forward()
    return { status: 201, json: { ...(answer.json as object), id: idOf(wide.id) } }
  })
  const file =
    'runner-groups:\n  - group-name: secret\n    visibility: private\nhosted-runners:\n  - runner-name: ci\n    runner-group: secret\n'
  const step = await apply(file)
  expect(step.errors).toEqual([])
  const secret = world().sim.state.groups.find((g: { name: string }) => g.name === 'secret') as { id: number }
  expect(secret.id).not.toBe(wide.id)
  expect(JSON.parse(String(writes().at(-1)?.body))).toEqual({ runner_group_id: secret.id })
  expect(world().sim.state.runners.find((r: Held) => r.id === runner.id)?.runner_group_id).toBe(secret.id)
})

test('a network configuration create answered with the id of one the plan read: the group names the new one', async () => {
  const settings = world().sim.seed.networkSettings({ name: 'spare-subnet' })
  const lab = world().sim.seed.networkConfiguration({ name: 'lab-vnet' }) as { id: string }
  const NETWORK = '/orgs/acme/settings/network-configurations'
  world().script(async ({ req, forward }) => {
    if (req.method !== 'POST' || req.path !== NETWORK) return undefined
    const answer = await forward()
    return { status: 201, json: { ...(answer.json as object), id: lab.id } }
  })
  const file = `network-configurations:\n  - name: lab-vnet\n  - name: corp-vnet\n    network-settings-id: ${settings.id}\nrunner-groups:\n  - group-name: private\n    network-configuration-id: corp-vnet\n`
  const step = await apply(file)
  expect(step.errors).toEqual([])
  const corp = world().sim.state.networkConfigurations.find(
    (c: { name: string }) => c.name === 'corp-vnet'
  ) as {
    id: string
  }
  expect(corp.id).not.toBe(lab.id)
  const group = world().sim.state.groups.find((g: { name: string }) => g.name === 'private')
  expect(group?.network_configuration_id).toBe(corp.id)
})

// ensure-group sends the same runner list as apply's group item: the same check before it is sent.
test.each(['organization', 'enterprise'] as const)(
  'at %s scope, ensure-group’s new runner list is not sent over a self-hosted runner registered after its read',
  async (scope) => {
    const at = scope === 'enterprise' ? ENT : ORG
    const seed = scope === 'enterprise' ? world().sim.seed.enterprise : world().sim.seed
    const build = seed.group({ name: 'build', visibility: 'all' }) as { id: number }
    seed.selfHostedRunner({ name: 'a', runner_group_id: build.id })
    seed.selfHostedRunner({ name: 'b', runner_group_id: build.id })
    let late: { id: number; runner_group_id?: number } | undefined
    // Registered just after the plan read the group's runners.
    world().script(async ({ req, forward }) => {
      if (req.method !== 'GET' || req.path !== `${at}/runner-groups/${build.id}/runners` || late)
        return undefined
      const answer = await forward()
      late = seed.selfHostedRunner({ name: 'late', runner_group_id: build.id }) as { id: number }
      return upstreamReply(answer)
    })
    const step = await world().run({
      operation: 'ensure-group',
      'group-name': 'build',
      runners: 'a',
      ...(scope === 'enterprise' ? { enterprise: 'octo-ent' } : {})
    })
    expect(step.exitCode).toBe(1)
    expect(writes()).toEqual([])
    expect(step.errors[0]).toContain(
      `update runner-group 'build' (id ${build.id}): it now holds self-hosted runner 'late' (id ${late?.id}), which the plan did not see there`
    )
    // Warned of as apply warns of a skipped change: the executor says it, for every operation.
    expect(step.warnings).toContainEqual(
      expect.stringMatching(
        `^Skipped update runner-group 'build' \\(id ${build.id}\\): it now holds self-hosted runner 'late'`
      )
    )
    expect(late?.runner_group_id).toBe(build.id)
  }
)

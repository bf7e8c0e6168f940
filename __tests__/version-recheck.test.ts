// The retention rule reads the hosted runners once, then deletes one version a second. Just before each
// version's delete the one executor reads the runners again (src/engine/prechecks.ts): a runner moved onto
// the version, or a runner of its image no longer Ready, since the plan keeps it. Through both paths
// (cleanup-image-versions, apply's image-retention) at both scopes, in process against the simulator,
// with a scripted front server that changes GitHub between the plan and the deletes.
import { expect, test } from '@jest/globals'
import { upstreamReply, type Seen } from './support/hostile-server.js'
import { useHostileWorld } from './support/hostile-world.js'
import { fleetWorkspaces } from './support/workspace.js'

const world = useHostileWorld('in-process', { readyAfterPolls: 1 })
const workspace = fleetWorkspaces('version-recheck')

type Scope = 'organization' | 'enterprise'
type Path = 'cleanup-image-versions' | 'apply'
type Runner = {
  id: number
  name: string
  status: string
  image_details: { id: string; source: string; version?: string } | null
}

const at = (scope: Scope) => (scope === 'enterprise' ? '/enterprises/octo-ent/actions' : '/orgs/acme/actions')
const seedOf = (scope: Scope) => (scope === 'enterprise' ? world().sim.seed.enterprise : world().sim.seed)

/**
 * golden: 1.0.0 to 4.0.0, r1 on 4.0.0 (Ready); other: 1.0.0 and 2.0.0. With keep 1 the plan deletes
 * golden 1.0.0, 2.0.0, 3.0.0 and other 1.0.0, in that order.
 */
function fleet(scope: Scope) {
  const seed = seedOf(scope)
  const image = (name: string, versions: string[]) => {
    const made = seed.image({ name }) as { id: number }
    for (const [i, version] of versions.entries())
      seed.imageVersion(made.id, { version, created_on: `2025-0${i + 1}-01T00:00:00Z` })
    return made
  }
  const golden = image('golden', ['1.0.0', '2.0.0', '3.0.0', '4.0.0'])
  const other = image('other', ['1.0.0', '2.0.0'])
  const r1 = seed.runner({
    name: 'r1',
    image: { id: String(golden.id), source: 'custom', version: '4.0.0' }
  }) as Runner
  const versionPath = (image: { id: number }, version: string) =>
    `${at(scope)}/hosted-runners/images/custom/${image.id}/versions/${version}`
  return { golden, other, r1, versionPath }
}

/** Runs `path` at `scope` with keep 1 over every image. */
function run(path: Path, scope: Scope, fleetText = '') {
  const enterprise: Record<string, string> = scope === 'enterprise' ? { enterprise: 'octo-ent' } : {}
  if (path === 'cleanup-image-versions') return world().run({ operation: path, keep: '1', ...enterprise })
  const owner = scope === 'enterprise' ? 'enterprise: octo-ent' : 'organization: acme'
  const file = `${owner}\n${fleetText}image-retention:\n  - keep: 1\n`
  return world().run(
    { operation: 'apply', 'poll-interval': '1s', ...enterprise },
    { env: { GITHUB_WORKSPACE: workspace(file) } }
  )
}

const deletes = () =>
  world()
    .front.requests.filter((r: Seen) => r.method === 'DELETE')
    .map((r) => r.path)

/** Changes GitHub as the first version delete is sent: after the plan, before the deletes after it. */
function atFirstDelete(path: string, change: () => void) {
  world().script(({ req }) => {
    if (req.method === 'DELETE' && req.path === path) change()
    return undefined
  })
}

/** What the step reports for the version: the cleanup summary's decision, or apply's `plan` status. */
function reported(step: { summary: string; outputs: Record<string, string> }, path: Path, version: string) {
  if (path === 'cleanup-image-versions')
    return new RegExp(`\\| ${version.replace(/\./g, '\\.')} \\| Ready \\| [^|]+ \\| ([^|]+) \\|`)
      .exec(step.summary)?.[1]
      ?.trim()
  const plan = JSON.parse(step.outputs.plan as string) as Array<{
    name: string
    status: string
    note?: string
  }>
  const change = plan.find((c) => c.name === `golden@${version}`)
  return change && `${change.status}${change.note ? ` (${change.note})` : ''}`
}

const CASES = [
  ['cleanup-image-versions', 'organization'],
  ['cleanup-image-versions', 'enterprise'],
  ['apply', 'organization'],
  ['apply', 'enterprise']
] as const

test.each(CASES)(
  '%s at %s scope: a runner moved onto a planned version after the plan keeps that version; the others go',
  async (path, scope) => {
    const { golden, other, r1, versionPath } = fleet(scope)
    atFirstDelete(versionPath(golden, '1.0.0'), () => {
      r1.image_details = { ...(r1.image_details as Runner['image_details'] & object), version: '2.0.0' }
    })
    const step = await run(path, scope)
    expect(deletes()).toEqual([
      versionPath(golden, '1.0.0'),
      versionPath(golden, '3.0.0'),
      versionPath(other, '1.0.0')
    ])
    const why = 'the retention rule now keeps it: used by hosted runner r1'
    const label = `delete image-version 'golden@2.0.0' (id ${golden.id}/2.0.0)`
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringContaining(
        `Not done, because what they depend on changed since the plan: ${label}: ${why}.`
      )
    ])
    expect(step.warnings).toContain(`Skipped ${label}: ${why}.`)
    expect(reported(step, path, '2.0.0')).toBe(
      path === 'apply' ? `not-done (${why})` : `delete: not done (${why})`
    )
  }
)

test.each(CASES)(
  '%s at %s scope: a runner of the image no longer Ready after the plan keeps its versions; other images go',
  async (path, scope) => {
    const { golden, other, r1, versionPath } = fleet(scope)
    atFirstDelete(versionPath(golden, '1.0.0'), () => {
      r1.status = 'Provisioning'
    })
    const step = await run(path, scope)
    expect(deletes()).toEqual([versionPath(golden, '1.0.0'), versionPath(other, '1.0.0')])
    expect(step.exitCode).toBe(1)
    const why =
      'the retention rule now keeps it: hosted runner r1 (Provisioning) of this image is not Ready: a rollback may set it back to any of its versions'
    expect(step.errors[0]).toContain(
      `Not done, because what they depend on changed since the plan: delete image-version 'golden@2.0.0' (id ${golden.id}/2.0.0): ${why}`
    )
    for (const version of ['2.0.0', '3.0.0']) {
      expect(step.warnings).toContain(
        `Skipped delete image-version 'golden@${version}' (id ${golden.id}/${version}): ${why}.`
      )
      // The summary folds a long cell into <details>, whole.
      expect(reported(step, path, version)).toContain(
        path === 'apply' ? `not-done (${why})` : `delete: not done (${why})</details>`
      )
    }
  }
)

// A runner the plan itself sends to the image is Provisioning at its deletes (no rollout waits for it):
// the plan kept the version it had and the one it goes to. Once it ends Stuck it is a rollback's target.
test.each(['organization', 'enterprise'] as const)(
  'apply at %s scope: a runner it moves is no reason to keep more versions while it is provisioned',
  async (scope) => {
    const { golden, other, r1, versionPath } = fleet(scope)
    const step = await run('apply', scope, 'hosted-runners:\n  - runner-name: r1\n    image-version: 3.0.0\n')
    expect(step.errors).toEqual([])
    expect(r1.status).toBe('Provisioning')
    // 4.0.0 it had, 3.0.0 it goes to.
    expect(deletes()).toEqual([
      versionPath(golden, '1.0.0'),
      versionPath(golden, '2.0.0'),
      versionPath(other, '1.0.0')
    ])
  }
)

test.each(['organization', 'enterprise'] as const)(
  'apply at %s scope: a runner it moves that ends Stuck before the deletes keeps every version of its image',
  async (scope) => {
    const { golden, other, r1, versionPath } = fleet(scope)
    world().script(async ({ req, forward }) => {
      if (req.method !== 'PATCH') return undefined
      const answer = await forward()
      r1.status = 'Stuck'
      return upstreamReply(answer)
    })
    const step = await run('apply', scope, 'hosted-runners:\n  - runner-name: r1\n    image-version: 3.0.0\n')
    expect(deletes()).toEqual([versionPath(other, '1.0.0')])
    expect(step.exitCode).toBe(1)
    for (const version of ['1.0.0', '2.0.0'])
      expect(step.errors[0]).toContain(
        `delete image-version 'golden@${version}' (id ${golden.id}/${version}): the retention rule now keeps it: hosted runner r1 (Stuck) of this image is not Ready`
      )
  }
)

test('each version delete is preceded by one read of the runner listing; a dry run reads it once', async () => {
  const { golden, other, versionPath } = fleet('organization')
  const listing = 'GET /orgs/acme/actions/hosted-runners'
  const lines = () => world().front.requests.map((r: Seen) => `${r.method} ${r.path}`)
  const dry = await world().run({ operation: 'cleanup-image-versions', keep: '1', 'dry-run': 'true' })
  expect(dry.errors).toEqual([])
  expect(lines().filter((l) => l === listing)).toHaveLength(1)
  world().front.requests.length = 0
  const step = await run('cleanup-image-versions', 'organization')
  expect(step.errors).toEqual([])
  const planned = [
    [golden, '1.0.0'],
    [golden, '2.0.0'],
    [golden, '3.0.0'],
    [other, '1.0.0']
  ] as const
  // After the plan's reads (the images, their versions, the runners): a listing read, then its delete.
  expect(lines().slice(4)).toEqual(
    planned.flatMap(([image, version]) => [listing, `DELETE ${versionPath(image, version)}`])
  )
})

test('a runner whose listing does not say its image keeps every version from its delete', async () => {
  const { golden, other } = fleet('organization')
  // The listing read for the plan is GitHub's; those after it leave out r1's image.
  world().script(async ({ req, forward, countBefore }) => {
    if (req.method !== 'GET' || req.path !== '/orgs/acme/actions/hosted-runners') return undefined
    const answer = await forward()
    if (countBefore('GET', '/orgs/acme/actions/hosted-runners') === 0) return upstreamReply(answer)
    const { runners } = answer.json as { runners: Array<Record<string, unknown>> }
    for (const runner of runners) delete runner.image_details
    return { json: answer.json }
  })
  const step = await run('cleanup-image-versions', 'organization')
  expect(deletes()).toEqual([])
  expect(step.exitCode).toBe(1)
  for (const [image, version] of [
    [golden, '1.0.0'],
    [other, '1.0.0']
  ] as const)
    expect(step.warnings).toContain(
      `Skipped delete image-version '${image === golden ? 'golden' : 'other'}@${version}' (id ${image.id}/${version}): the answer for hosted runner r1 does not say which image and version it uses: it may use this one.`
    )
})

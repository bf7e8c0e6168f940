// Issue 10, hostile servers: Writes against a hostile server: a partial failure reports what was written before it, a server value
// is never spliced into a path, and a lost race converges.
// Every row also passes the checks of ./support/hostile-rows.ts (token, foreign servers, crash messages).
import { expect } from '@jest/globals'
import { type Reply } from './support/hostile-server.js'
import {
  deletedVersions,
  described,
  errorText,
  failWhen,
  GITHUB_DOCS,
  GROUPS,
  hostileRows,
  IMAGES,
  RUNNERS,
  seedVersions,
  sentTo,
  writesAt
} from './support/hostile-rows.js'
import { type HostileWorld, type HostileStep } from './support/hostile-world.js'

const row = hostileRows('in-process')

// --- 6. Partial failure: what was written before the failure is reported

row('partial: add-group-repo whose 2nd PUT is a 403 reports the 1st PUT and changed=true', async (w) => {
  const docs = w.sim.seed.repository({ name: 'docs' })
  w.sim.seed.repository({ name: 'api' })
  const group = w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const puts = new RegExp(`^${GROUPS}/\\d+/repositories/\\d+$`)
  failWhen(
    w,
    ({ req, countBefore }) => req.method === 'PUT' && puts.test(req.path) && countBefore('PUT', puts) === 1,
    {
      status: 403,
      message: 'Must have admin rights to Repository.'
    }
  )
  const step = await w.run({
    operation: 'add-group-repo',
    'runner-group': 'release',
    repositories: 'docs, api'
  })
  expect(sentTo(w, 'PUT', puts)).toHaveLength(2)
  expect(step.exitCode).toBe(1)
  expect(step.outputs.changed).toBe('true')
  expect(step.summary).toContain(`${GROUPS}/${group.id}/repositories/${docs.id}`)
  expect(step.summary).toContain('docs')
  expect(step.summary).toContain('403')
  return step
})

row(
  'partial: ensure-group whose PATCH succeeds and PUT fails reports the PATCH and changed=true',
  async (w) => {
    w.sim.seed.repository({ name: 'api' })
    w.sim.seed.group({ name: 'release', visibility: 'selected', allows_public_repositories: false })
    failWhen(w, ({ req }) => req.method === 'PUT' && /\/repositories$/.test(req.path), {
      status: 403,
      message: 'Resource not accessible by integration'
    })
    const step = await w.run({
      operation: 'ensure-group',
      'group-name': 'release',
      'allows-public-repositories': 'true',
      repositories: 'api'
    })
    expect(sentTo(w, 'PATCH', /./).map((r) => r.status)).toEqual([200])
    expect(step.exitCode).toBe(1)
    expect(step.outputs.changed).toBe('true')
    expect(step.summary).toContain('PATCH')
    expect(step.summary).toContain('allows_public_repositories')
    return step
  }
)

// --- 9. Server values are never spliced into a path

for (const bad of ['..', '1.0.0/../..', '%2e%2e']) {
  row(`paths: a version ${JSON.stringify(bad)} in the version list fails before any DELETE`, async (w) => {
    const image = seedVersions(w, 2)
    const versions = `${IMAGES}/${image.id}/versions`
    w.script(async ({ req, forward }) => {
      if (req.method !== 'GET' || req.path !== versions) return undefined
      const body = (await forward()).json as { total_count: number; image_versions: unknown[] }
      body.image_versions.push({
        version: bad,
        state: 'Ready',
        size_gb: 1,
        created_on: '2020-01-01T00:00:00Z',
        state_details: ''
      })
      body.total_count++
      return { json: body }
    })
    const step = await w.run({ operation: 'cleanup-image-versions', keep: '1' })
    const deletes = sentTo(w, 'DELETE', /./).map((r) => r.path)
    expect(deletes.filter((p) => p === `${IMAGES}/${image.id}` || p === `${IMAGES}/${image.id}/`)).toEqual([])
    expect(deletes.filter((p) => !/\/versions\/\d+\.\d+\.\d+$/.test(p))).toEqual([])
    expect(deletes).toEqual([])
    expect(w.sim.state.images.map((i: { id: number }) => i.id)).toEqual([image.id])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toContain(bad)
    return step
  })
}

async function runnerIdRow(
  w: HostileWorld,
  badId: string,
  inputs: Record<string, string>
): Promise<HostileStep> {
  w.sim.seed.runner({ name: 'build', size: '4-core' })
  w.script(async ({ req, forward }) => {
    if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
    const answer = await forward()
    const body = answer.json as { runners: Array<{ id: unknown; name: string }> }
    for (const runner of body.runners) if (runner.name === 'build') runner.id = badId
    return { json: body, headers: { link: answer.headers.link ?? null } }
  })
  const step = await w.run(inputs)
  expect(described(writesAt(w))).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain(badId)
  return step
}

row('paths: ensure-runner on a runner whose listed id is ".." sends no write', (w) =>
  runnerIdRow(w, '..', { operation: 'ensure-runner', 'runner-name': 'build', size: '8-core' })
)
row('paths: delete-runner on a runner whose listed id is "5/../6" sends no write', (w) =>
  runnerIdRow(w, '5/../6', { operation: 'delete-runner', 'runner-name': 'build' })
)

// --- 10. Races

const alreadyExists = (resource: string, message: string): Reply => ({
  status: 422,
  json: {
    message: 'Validation Failed',
    errors: [{ resource, field: 'name', code: 'already_exists', message }],
    documentation_url: GITHUB_DOCS
  }
})

/** An ensure-* whose create meets "already exists" (someone else created the same a moment before). */
async function lostCreateRace(
  w: HostileWorld,
  race: { path: string; resource: string; message: string; inputs: Record<string, string>; output: string },
  made: () => Array<{ name: string; id: number }>
) {
  w.script(async ({ req, forward }) => {
    if (req.method !== 'POST' || req.path !== race.path) return undefined
    await forward() // someone else created the same one a moment before
    return alreadyExists(race.resource, race.message)
  })
  const step = await w.run(race.inputs)
  const created = made().filter((item) => item.name === 'new')
  expect(created).toHaveLength(1)
  expect(sentTo(w, 'POST', /./)).toHaveLength(1)
  expect(step.exitCode).toBe(0)
  expect(step.outputs[race.output]).toBe(String((created[0] as { id: number }).id))
  expect(step.outputs.changed).toBe('false')
  return step
}

row('races: ensure-runner whose create meets "already exists" finds the runner and converges', (w) =>
  lostCreateRace(
    w,
    {
      path: RUNNERS,
      resource: 'HostedRunner',
      message: "A hosted runner named 'new' already exists.",
      inputs: { operation: 'ensure-runner', 'runner-name': 'new', 'image-id': '2306', size: '4-core' },
      output: 'runner-id'
    },
    () => w.sim.state.runners
  )
)

row('races: ensure-group whose create meets "already exists" finds the group and converges', (w) =>
  lostCreateRace(
    w,
    {
      path: GROUPS,
      resource: 'RunnerGroup',
      message: "A runner group named 'new' already exists.",
      inputs: { operation: 'ensure-group', 'group-name': 'new', visibility: 'private' },
      output: 'runner-group-id'
    },
    () => w.sim.state.groups
  )
)

row('races: a version another cleanup deleted first (404) is reported as already gone', async (w) => {
  const image = seedVersions(w, 3)
  w.script(async ({ req, forward }) => {
    if (req.method !== 'DELETE' || !req.path.endsWith('/versions/1.0.0')) return undefined
    await forward() // the other run's DELETE
    return forward() // ours: 404
  })
  const step = await w.run({ operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' })
  expect(sentTo(w, 'DELETE', /./).map((r) => r.path)).toEqual(
    ['1.0.0', '1.1.0'].map((v) => `${IMAGES}/${image.id}/versions/${v}`)
  )
  expect(step.exitCode).toBe(0)
  const deleted = deletedVersions(step)
  expect(deleted.filter((d) => d.version === '1.1.0' && !d.already_gone)).toHaveLength(1)
  expect(deleted.filter((d) => d.version === '1.0.0' && !d.already_gone)).toEqual([])
  expect(step.summary).toMatch(/already gone/i)
  return step
})

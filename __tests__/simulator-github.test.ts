// The simulator behaves like GitHub as documented, beyond its spec (issues 11 and 19): each rule here has
// its source in a comment beside it in simulator/. The action refuses most of these before sending, so they
// are checked here on the wire. Private networking's rules are in simulator-network.test.ts.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'

const RUNNERS = '/orgs/acme/actions/hosted-runners'
const GROUPS = '/orgs/acme/actions/runner-groups'
const HEADERS = { authorization: 'Bearer t', 'x-github-api-version': '2026-03-10' }

// Answers are checked against the OpenAPI schemas by the simulator itself; read loosely here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator()
})
afterEach(() => sim.close())

async function call(
  method: string,
  path: string,
  body?: unknown,
  token = 't'
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { ...HEADERS, authorization: `Bearer ${token}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(sim.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
}

const create = (name: string, image: Json, extra: Json = {}) =>
  call('POST', RUNNERS, { name, image, size: '4-core', runner_group_id: 1, ...extra })

test('GitHub-owned images have numeric-string ids and display names', async () => {
  const { body } = await call('GET', `${RUNNERS}/images/github-owned`)
  expect(body.images).toContainEqual(
    expect.objectContaining({ id: '2306', display_name: 'Ubuntu Latest (24.04)', platform: 'linux-x64' })
  )
  expect(body.images.every((image: Json) => /^\d+$/.test(image.id))).toBe(true)
})

test('a GitHub image reports version latest, whatever was asked', async () => {
  const { body } = await create('a', { id: '2306', source: 'github', version: '1.0.0' })
  expect(body.image_details).toMatchObject({ id: '2306', version: 'latest' })
})

test('the image of a runner on a partner image cannot be changed; the same values are accepted', async () => {
  const { body: runner } = await create('gpu', { id: '2501', source: 'partner' })
  const refused = await call('PATCH', `${RUNNERS}/${runner.id}`, { image_id: '2306', image_source: 'github' })
  expect(refused.status).toBe(422)
  expect(refused.body.message).toMatch(/partner image cannot be changed: delete the runner/)
  const same = await call('PATCH', `${RUNNERS}/${runner.id}`, { image_id: '2501', maximum_runners: 3 })
  expect(same.status).toBe(200)
})

test('provisioning takes several looks by default, and a seeded fault ends it in Shutdown or Stuck', async () => {
  sim.seed.provisioningFault({ status: 'Shutdown' })
  sim.seed.provisioningFault({ status: 'Stuck' })
  const statuses = async (id: number) => {
    const seen = []
    for (let look = 0; look < 5; look++) seen.push((await call('GET', `${RUNNERS}/${id}`)).body.status)
    return seen
  }
  const ids = []
  for (const name of ['a', 'b', 'c']) ids.push((await create(name, { id: '2306' })).body.id)
  const [a, b, c] = await Promise.all(ids.map(statuses))
  const provisioning = ['Provisioning', 'Provisioning', 'Provisioning']
  expect(a).toEqual([...provisioning, 'Shutdown', 'Shutdown'])
  expect(b).toEqual([...provisioning, 'Stuck', 'Stuck'])
  expect(c).toEqual([...provisioning, 'Ready', 'Ready'])
})

test('static IPs: at most 10 per organization by default, none for macOS', async () => {
  expect((await call('GET', `${RUNNERS}/limits`)).body.public_ips.maximum).toBe(10)
  const mac = await create('mac', { id: '2340' }, { enable_static_ip: true })
  expect(mac.status).toBe(422)
  expect(mac.body.errors[0]).toMatchObject({ field: 'enable_static_ip' })
  for (let n = 0; n < 10; n++)
    expect((await create(`s${n}`, { id: '2306' }, { enable_static_ip: true })).status).toBe(201)
  expect((await create('eleventh', { id: '2306' }, { enable_static_ip: true })).status).toBe(422)
})

test('an organization group asked to be private is stored as all, on create and on update', async () => {
  const created = await call('POST', GROUPS, { name: 'ops', visibility: 'private' })
  expect(created.body.visibility).toBe('all')
  const selected = sim.seed.group({ name: 'dev', visibility: 'selected' })
  const updated = await call('PATCH', `${GROUPS}/${selected.id}`, { name: 'dev', visibility: 'private' })
  expect(updated.body.visibility).toBe('all')
})

test('latest is the most recent Ready version, not the highest', async () => {
  const image = sim.seed.image({ name: 'golden' })
  sim.seed.imageVersion(image.id, { version: '2.0.0', created_on: '2026-01-01T00:00:00Z' })
  sim.seed.imageVersion(image.id, { version: '1.5.0', created_on: '2026-02-01T00:00:00Z' })
  sim.seed.imageVersion(image.id, { version: '1.6.0', created_on: '2026-03-01T00:00:00Z', state: 'Failed' })
  const { body } = await call('GET', `${RUNNERS}/images/custom/${image.id}`)
  expect(body.latest_version).toBe('1.5.0')
})

test('the default runner group cannot be deleted', async () => {
  const refused = await call('DELETE', `${GROUPS}/1`)
  expect(refused.status).toBe(422)
})

describe('a GitHub App installation token, where the description says Apps may not call', () => {
  const APP = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'

  test('DELETE of an organization hosted runner is allowed, as the current docs say ("Administration": write)', async () => {
    const runner = sim.seed.runner({ name: 'r' })
    expect((await call('GET', `${RUNNERS}/${runner.id}`, undefined, APP)).status).toBe(200)
    expect((await call('PATCH', `${RUNNERS}/${runner.id}`, { maximum_runners: 2 }, APP)).status).toBe(200)
    const deleted = await call('DELETE', `${RUNNERS}/${runner.id}`, undefined, APP)
    expect(deleted).toMatchObject({ status: 202, body: { id: runner.id, status: 'Deleting' } })
  })

  test.each([
    ['a classic PAT', 'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    ['a fine-grained PAT', 'github_pat_11AAAAAAA0aaaaaaaaaaaa_aaaaaaaaaaaaaaaa'],
    ['a user-to-server token', 'ghu_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    ['any other token', 't']
  ])('%s still deletes', async (_, token) => {
    const runner = sim.seed.runner({ name: 'r' })
    const deleted = await call('DELETE', `${RUNNERS}/${runner.id}`, undefined, token)
    expect(deleted).toMatchObject({ status: 202, body: { id: runner.id, status: 'Deleting' } })
  })

  test('every enterprise route refuses it, as the GHEC description marks them all', async () => {
    const reply = await call('GET', '/enterprises/octo-ent/actions/hosted-runners', undefined, APP)
    expect(reply).toEqual({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403'
      }
    })
    const network = await call('GET', '/enterprises/octo-ent/network-configurations', undefined, APP)
    expect(network.status).toBe(403)
    expect((await call('GET', '/orgs/acme/settings/network-configurations', undefined, APP)).status).toBe(200)
  })
})

describe('custom images: latest, platform and storage', () => {
  /** A linux-x64 image with 1.0.0 (40 GB) and, newer, 2.0.0 (`latest` size). */
  function golden(latestSize = 60, platform = 'linux-x64') {
    const image = sim.seed.image({ name: `golden-${platform}`, platform })
    sim.seed.imageVersion(image.id, { version: '1.0.0', size_gb: 40, created_on: '2026-01-01T00:00:00Z' })
    sim.seed.imageVersion(image.id, {
      version: '2.0.0',
      size_gb: latestSize,
      created_on: '2026-02-01T00:00:00Z'
    })
    return image
  }

  test('"latest" is accepted on create and on PATCH, and the runner reads latest with its size', async () => {
    const image = golden()
    const created = await create('c', { id: String(image.id), source: 'custom', version: 'latest' })
    expect(created.status).toBe(201)
    expect(created.body.image_details).toEqual({
      id: String(image.id),
      source: 'custom',
      version: 'latest',
      size_gb: 60,
      display_name: 'golden-linux-x64'
    })
    const pinned = await call('PATCH', `${RUNNERS}/${created.body.id}`, { image_version: '1.0.0' })
    expect(pinned.body.image_details).toMatchObject({ version: '1.0.0', size_gb: 40 })
    const following = await call('PATCH', `${RUNNERS}/${created.body.id}`, { image_version: 'latest' })
    expect(following.status).toBe(200)
    expect(following.body.image_details).toMatchObject({ version: 'latest', size_gb: 60 })
  })

  test("the size's storage must hold the image version: 422 on create and when a PATCH shrinks it", async () => {
    const image = golden(100)
    const tooSmall = await call('POST', RUNNERS, {
      name: 'small',
      image: { id: String(image.id), source: 'custom' },
      size: '2-core',
      runner_group_id: 1
    })
    expect(tooSmall.status).toBe(422)
    expect(tooSmall.body.errors).toEqual([
      {
        resource: 'HostedRunner',
        field: 'size',
        code: 'invalid',
        message:
          "The size '2-core' has 75 GB of storage; the custom image 'golden-linux-x64' (version latest) needs 100 GB."
      }
    ])
    const pinnedSmall = await create(
      'pinned',
      { id: String(image.id), source: 'custom', version: '1.0.0' },
      {
        size: '2-core'
      }
    )
    expect(pinnedSmall.status).toBe(201)
    const toLatest = await call('PATCH', `${RUNNERS}/${pinnedSmall.body.id}`, { image_version: 'latest' })
    expect(toLatest.body.errors[0]).toMatchObject({ field: 'size' })
    const fits = await create('fits', { id: String(image.id), source: 'custom' })
    const shrunk = await call('PATCH', `${RUNNERS}/${fits.body.id}`, { size: '2-core' })
    expect(shrunk.status).toBe(422)
    expect(sim.state.runners.find((r) => r.name === 'fits')?.machine_size_details.id).toBe('4-core')
  })

  test("a runner's platform must match its custom image's: a PATCH to another platform's image answers 422", async () => {
    const linux = golden(60)
    const windows = golden(60, 'win-x64')
    const runner = await create('r', { id: String(linux.id), source: 'custom' })
    expect(runner.body.platform).toBe('linux-x64')
    const refused = await call('PATCH', `${RUNNERS}/${runner.body.id}`, {
      image_source: 'custom',
      image_id: String(windows.id)
    })
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0]).toMatchObject({
      field: 'image_id',
      message: `The custom image 'golden-win-x64' is for win-x64; this runner is linux-x64. A runner's platform must match its custom image's.`
    })
    expect(sim.state.runners[0]?.image_details?.id).toBe(String(linux.id))
    const onGithubImage = await create('github', { id: '2306' })
    const sameLinux = await call('PATCH', `${RUNNERS}/${onGithubImage.body.id}`, {
      image_source: 'custom',
      image_id: String(linux.id)
    })
    expect(sameLinux.body.image_details).toMatchObject({ source: 'custom', version: 'latest' })
  })
})

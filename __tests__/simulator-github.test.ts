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
    expect.objectContaining({ id: '2306', display_name: 'Ubuntu Latest 24.04', platform: 'linux-x64' })
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

  test('DELETE of a hosted runner answers 403 "Resource not accessible by integration" and deletes nothing', async () => {
    const runner = sim.seed.runner({ name: 'r' })
    const refused = await call('DELETE', `${RUNNERS}/${runner.id}`, undefined, APP)
    expect(refused).toEqual({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403'
      }
    })
    expect(sim.state.runners[0]?.status).toBe('Ready')
    // The same token reads and updates it (the description allows Apps there).
    expect((await call('GET', `${RUNNERS}/${runner.id}`, undefined, APP)).status).toBe(200)
    expect((await call('PATCH', `${RUNNERS}/${runner.id}`, { maximum_runners: 2 }, APP)).status).toBe(200)
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
    expect(reply).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } })
    const network = await call('GET', '/enterprises/octo-ent/network-configurations', undefined, APP)
    expect(network.status).toBe(403)
    expect((await call('GET', '/orgs/acme/settings/network-configurations', undefined, APP)).status).toBe(200)
  })
})

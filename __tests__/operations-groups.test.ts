// The runner-group operations, run as a workflow step against the loopback simulator.
import { runStep } from './support/step.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'

const sim = useSimulator()
const GROUPS = '/orgs/acme/actions/runner-groups'

function seedGroup(visibility: 'all' | 'selected' | 'private' = 'selected') {
  return sim().seed.group({ name: 'release', visibility })
}

test('list-groups fetches every page and passes visible-to-repository', async () => {
  seedGroup()
  const step = await runStep({ operation: 'list-groups', 'visible-to-repository': 'api' }, sim().url)
  expect(sim().requests.map((r) => [r.path, r.query])).toEqual([
    [GROUPS, { per_page: '100', visible_to_repository: 'api' }]
  ])
  expect(step.exitCode).toBe(0)
  expect(step.result).toEqual(expect.any(Array))
})

test('list-groups outputs every group with count', async () => {
  seedGroup()
  const step = await runStep({ operation: 'list-groups' }, sim().url)
  expect((step.result as Array<{ name: string }>).map((g) => g.name)).toEqual(['Default', 'release'])
  expect(step.outputs.count).toBe('2')
  expect(step.summary).toContain('| 1 | Default |')
})

test('get-group by name: one list, no second request, and runner-group-id', async () => {
  const group = seedGroup()
  const step = await runStep({ operation: 'get-group', 'runner-group': 'release' }, sim().url)
  expect(requestLines(sim())).toEqual([`GET ${GROUPS}`, `GET ${GROUPS}/${group.id}`])
  expect(step.outputs['runner-group-id']).toBe(String(group.id))
  expect(step.result).toMatchObject({ name: 'release', visibility: 'selected' })
})

test('create-group with repositories by name and runners by name', async () => {
  const api = sim().seed.repository({ name: 'api' })
  const web = sim().seed.repository({ name: 'web', owner: 'other' })
  const builder = sim().seed.selfHostedRunner({ name: 'builder-1' })
  const step = await runStep(
    {
      operation: 'create-group',
      'group-name': 'deploy',
      visibility: 'selected',
      repositories: 'api\nother/web',
      runners: 'builder-1',
      'restricted-to-workflows': 'false'
    },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    {
      method: 'POST',
      path: GROUPS,
      body: {
        name: 'deploy',
        visibility: 'selected',
        selected_repository_ids: [api.id, web.id],
        runners: [builder.id],
        restricted_to_workflows: false
      }
    }
  ])
  const created = sim().state.groups.find((g: { name: string }) => g.name === 'deploy')
  expect(step.outputs).toMatchObject({ 'runner-group-id': String(created?.id), changed: 'true' })
})

test('update-group sends the current name when not renaming, and only the given fields', async () => {
  const group = seedGroup('all')
  const step = await runStep(
    { operation: 'update-group', 'runner-group': String(group.id), visibility: 'private' },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    { method: 'PATCH', path: `${GROUPS}/${group.id}`, body: { name: 'release', visibility: 'private' } }
  ])
  expect(step.outputs['runner-group-id']).toBe(String(group.id))
})

test('update-group renames with group-name, without reading the group first', async () => {
  const group = seedGroup()
  await runStep(
    { operation: 'update-group', 'runner-group': String(group.id), 'group-name': 'release-v2' },
    sim().url
  )
  expect(requestLines(sim())).toEqual([`PATCH ${GROUPS}/${group.id}`])
  expect(sim().state.groups.find((g: { id: number }) => g.id === group.id)?.name).toBe('release-v2')
})

test('delete-group answers 204', async () => {
  const group = seedGroup()
  const step = await runStep({ operation: 'delete-group', 'runner-group': String(group.id) }, sim().url)
  expect(writesSent(sim())).toEqual([{ method: 'DELETE', path: `${GROUPS}/${group.id}`, body: undefined }])
  expect(step.outputs).toMatchObject({ result: '{}', changed: 'true', 'runner-group-id': String(group.id) })
})

test('list-group-hosted-runners lists the group’s hosted runners', async () => {
  const group = seedGroup()
  sim().seed.runner({ name: 'in-group', runner_group_id: group.id })
  sim().seed.runner({ name: 'elsewhere' })
  const step = await runStep(
    { operation: 'list-group-hosted-runners', 'runner-group': String(group.id) },
    sim().url
  )
  expect(requestLines(sim())).toEqual([`GET ${GROUPS}/${group.id}/hosted-runners`])
  expect((step.result as Array<{ name: string }>).map((r) => r.name)).toEqual(['in-group'])
})

test('set-group-repos replaces the repository list, after checking visibility', async () => {
  const group = seedGroup()
  const repos = ['api', 'web', 'docs'].map((name) => sim().seed.repository({ name }))
  const step = await runStep(
    { operation: 'set-group-repos', 'runner-group': 'release', repositories: 'api, web, docs' },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    {
      method: 'PUT',
      path: `${GROUPS}/${group.id}/repositories`,
      body: { selected_repository_ids: repos.map((r) => r.id) }
    }
  ])
  const listed = await runStep({ operation: 'list-group-repos', 'runner-group': String(group.id) }, sim().url)
  expect((listed.result as Array<{ name: string }>).map((r) => r.name).sort()).toEqual(['api', 'docs', 'web'])
  expect(listed.outputs['runner-group-id']).toBe(String(group.id))
})

test('set-group-repos on a group that is not `selected` fails before sending, saying why', async () => {
  seedGroup('all')
  sim().seed.repository({ name: 'api' })
  const step = await runStep(
    { operation: 'set-group-repos', 'runner-group': 'release', repositories: 'api' },
    sim().url
  )
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toMatch(/visibility 'all': repository access needs visibility 'selected'/)
  expect(writesSent(sim())).toEqual([])
})

test('add-group-repo sends one PUT per repository and outputs each status', async () => {
  const group = seedGroup()
  const [a, b] = ['api', 'web'].map((name) => sim().seed.repository({ name }))
  const step = await runStep(
    { operation: 'add-group-repo', 'runner-group': String(group.id), repositories: `${a?.id}, ${b?.id}` },
    sim().url
  )
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toEqual([
    `PUT ${GROUPS}/${group.id}/repositories/${a?.id}`,
    `PUT ${GROUPS}/${group.id}/repositories/${b?.id}`
  ])
  expect(step.result).toEqual([
    { method: 'PUT', path: `${GROUPS}/${group.id}/repositories/${a?.id}`, status: 204 },
    { method: 'PUT', path: `${GROUPS}/${group.id}/repositories/${b?.id}`, status: 204 }
  ])
})

test('remove-group-repo sends one DELETE per repository', async () => {
  const group = seedGroup()
  const repo = sim().seed.repository({ name: 'api' })
  await runStep(
    { operation: 'add-group-repo', 'runner-group': String(group.id), repositories: 'api' },
    sim().url
  )
  sim().clearRequests()
  const step = await runStep(
    { operation: 'remove-group-repo', 'runner-group': String(group.id), repositories: 'api' },
    sim().url
  )
  expect(writesSent(sim())).toEqual([
    { method: 'DELETE', path: `${GROUPS}/${group.id}/repositories/${repo.id}`, body: undefined }
  ])
  expect(step.result).toEqual([
    { method: 'DELETE', path: `${GROUPS}/${group.id}/repositories/${repo.id}`, status: 204 }
  ])
})

test('set-group-runners, list-group-runners, add and remove a runner', async () => {
  const group = seedGroup()
  const [one, two] = ['builder-1', 'builder-2'].map((name) => sim().seed.selfHostedRunner({ name }))
  const set = await runStep(
    { operation: 'set-group-runners', 'runner-group': String(group.id), runners: 'builder-1' },
    sim().url
  )
  expect(set.errors).toEqual([])
  const added = await runStep(
    { operation: 'add-group-runner', 'runner-group': String(group.id), runners: String(two?.id) },
    sim().url
  )
  expect(added.result).toEqual([
    { method: 'PUT', path: `${GROUPS}/${group.id}/runners/${two?.id}`, status: 204 }
  ])
  const listed = await runStep(
    { operation: 'list-group-runners', 'runner-group': String(group.id) },
    sim().url
  )
  expect((listed.result as Array<{ name: string }>).map((r) => r.name).sort()).toEqual([
    'builder-1',
    'builder-2'
  ])
  const removed = await runStep(
    { operation: 'remove-group-runner', 'runner-group': String(group.id), runners: 'builder-1' },
    sim().url
  )
  expect(removed.result).toEqual([
    { method: 'DELETE', path: `${GROUPS}/${group.id}/runners/${one?.id}`, status: 204 }
  ])
  expect(writesSent(sim())).toEqual([
    { method: 'PUT', path: `${GROUPS}/${group.id}/runners`, body: { runners: [one?.id] } },
    { method: 'PUT', path: `${GROUPS}/${group.id}/runners/${two?.id}`, body: undefined },
    { method: 'DELETE', path: `${GROUPS}/${group.id}/runners/${one?.id}`, body: undefined }
  ])
})

test('names are looked up once per run: one runner list for several runner names', async () => {
  const group = seedGroup()
  ;['a', 'b', 'c'].forEach((name) => sim().seed.selfHostedRunner({ name }))
  await runStep(
    { operation: 'add-group-runner', 'runner-group': String(group.id), runners: 'a, b, c' },
    sim().url
  )
  expect(requestLines(sim()).filter((line) => line.startsWith('GET'))).toEqual([
    'GET /orgs/acme/actions/runners'
  ])
})

test('an unknown repository fails before any write, naming every one not found', async () => {
  seedGroup()
  sim().seed.repository({ name: 'api' })
  const step = await runStep(
    { operation: 'set-group-repos', 'runner-group': 'release', repositories: 'api, ghost, other/phantom' },
    sim().url
  )
  expect(step.errors).toEqual([
    "set-group-repos: Input 'repositories': not found, or the token cannot see them: acme/ghost, other/phantom."
  ])
  expect(writesSent(sim())).toEqual([])
})

// Issue 10, hostile servers: List inputs and other inputs: refused before any request naming the input, never echoing credentials,
// or sent as the user meant them.
// Every row also passes the checks of ./support/hostile-rows.ts (token, foreign servers, crash messages).
import { expect } from '@jest/globals'
import { type Seen } from './support/hostile-server.js'
import { described, errorText, GROUPS, hostileRows, sentTo, writesAt } from './support/hostile-rows.js'
import { type HostileWorld } from './support/hostile-world.js'

const row = hostileRows('in-process')

// --- 7. List inputs

for (const [operation, input, value] of [
  ['set-group-repos', 'repositories', ','],
  ['set-group-repos', 'repositories', '""'],
  ['set-group-runners', 'runners', ', ,']
] as const) {
  row(`lists: ${input}=${JSON.stringify(value)} is refused before any request`, async (w) => {
    const group = w.sim.seed.group({ name: 'release', visibility: 'selected' })
    const step = await w.run({ operation, 'runner-group': String(group.id), [input]: value })
    expect(described(w.front.requests)).toEqual([])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toContain(`'${input}'`)
    return step
  })
}

row('lists: repositories=[] on set-group-repos sends an empty list', async (w) => {
  const api = w.sim.seed.repository({ name: 'api' })
  w.sim.seed.group({ name: 'release', visibility: 'selected', selected_repository_ids: [api.id] })
  const step = await w.run({ operation: 'set-group-repos', 'runner-group': 'release', repositories: '[]' })
  const puts = sentTo(w, 'PUT', /\/repositories$/)
  expect(puts.map((r) => JSON.parse(r.body))).toEqual([{ selected_repository_ids: [] }])
  expect(step.exitCode).toBe(0)
  return step
})

row('lists: a quoted workflow ref with a comma is sent as one item, without quotes', async (w) => {
  const ref = 'octo/app/.github/workflows/a.yml@refs/heads/rel,2'
  const step = await w.run({
    operation: 'create-group',
    'group-name': 'wf',
    'restricted-to-workflows': 'true',
    'selected-workflows': JSON.stringify([ref])
  })
  const posts = sentTo(w, 'POST', new RegExp(`^${GROUPS}$`))
  expect(posts).toHaveLength(1)
  expect(JSON.parse((posts[0] as Seen).body).selected_workflows).toEqual([ref])
  return step
})

row('lists: a YAML block list with a # comment line is accepted', async (w) => {
  const api = w.sim.seed.repository({ name: 'api' })
  const docs = w.sim.seed.repository({ name: 'docs' })
  w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const step = await w.run({
    operation: 'set-group-repos',
    'runner-group': 'release',
    repositories: '- api\n# the documentation\n- docs\n'
  })
  expect(step.exitCode).toBe(0)
  const puts = sentTo(w, 'PUT', /\/repositories$/)
  expect(puts).toHaveLength(1)
  const ids = JSON.parse((puts[0] as Seen).body).selected_repository_ids as number[]
  expect([...ids].sort()).toEqual([api.id, docs.id].sort())
  return step
})

row('lists: a duplicate repository is sent once and a warning names it', async (w) => {
  const api = w.sim.seed.repository({ name: 'api' })
  w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const step = await w.run({
    operation: 'add-group-repo',
    'runner-group': 'release',
    repositories: 'api, api'
  })
  expect(sentTo(w, 'PUT', /\/repositories\/\d+$/).map((r) => r.path.split('/').pop())).toEqual([
    String(api.id)
  ])
  expect(step.exitCode).toBe(0)
  expect(step.warnings.filter((warning) => /\bapi\b/.test(warning))).not.toEqual([])
  return step
})

row('lists: YAML numbers stay text, so `1.0` or `5.002e3` never names another id', async (w) => {
  const group = w.sim.seed.group({ name: 'release', visibility: 'selected' })
  const step = await w.run({
    operation: 'remove-group-runner',
    'runner-group': String(group.id),
    runners: '5.002e3'
  })
  expect(writesAt(w)).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain("no self-hosted runner named '5.002e3'")
  return step
})

// --- 12. Inputs: refused before any request, naming the input, never echoing credentials

const refusedInput = (
  name: string,
  inputs: (w: HostileWorld) => Record<string, string>,
  input: RegExp,
  secrets: string[] = []
): void =>
  row(`inputs: ${name} is refused before any request`, async (w) => {
    const step = await w.run(inputs(w))
    expect(described(w.front.requests)).toEqual([])
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toMatch(input)
    for (const secret of secrets) expect(step.stdout + step.summary).not.toContain(secret)
    return step
  })

refusedInput(
  'an api-url ending in a bare ?',
  (w) => ({ operation: 'get-limits', 'api-url': `${w.url}?` }),
  /'api-url'/
)
refusedInput(
  'an api-url ending in a bare #',
  (w) => ({ operation: 'get-limits', 'api-url': `${w.url}#` }),
  /'api-url'/
)
refusedInput(
  'an api-url with user:password',
  (w) => ({ operation: 'get-limits', 'api-url': `http://user:s3cret@127.0.0.1:${w.front.port}` }),
  /'api-url'/,
  // The userinfo as given, in any form; a generic hint such as "(user:password@)" is not an echo.
  ['s3cret', 'user:s3cret', '//user:', "'user:"]
)
refusedInput(
  'api-version 2026-13-99',
  () => ({ operation: 'get-limits', 'api-version': '2026-13-99' }),
  /'api-version'/
)
refusedInput(
  'ensure-runner with image-source but no image-id',
  () => ({ operation: 'ensure-runner', 'runner-name': 'r', 'image-source': 'custom' }),
  /'image-(source|id)'/
)

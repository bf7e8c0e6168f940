// `apply` (issue 14), run in process against the simulator (bundle.test.ts runs it through dist/index.js): a fleet file in a temporary workspace
// applies from empty, a second apply sends no write, an edited file plans exactly its edits, prune deletes
// only what the file does not declare and stops at max-deletions, and a bad file names its line.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { useSimulator, writesSent } from './support/simulator.js'
import { tempDir } from './support/temp.js'
import { runStep, type Inputs } from './support/step.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const FILE = '.github/hosted-runners.yml'

const FLEET = `# yaml-language-server: $schema=https://example.invalid/hosted-runners.schema.json
runner-groups:
  - group-name: release
    visibility: selected
    repositories: [app, infra]
  - group-name: build
    visibility: all
  - group-name: gpu
    visibility: private
hosted-runners:
  - runner-name: release-linux
    image-id: Ubuntu Latest (24.04)
    size: 4-core
    runner-group: release
    maximum-runners: 10
  - runner-name: build-linux
    image-id: 2306
    size: 8-core
    runner-group: build
  - runner-name: build-windows
    image-id: Windows Server 2022
    size: 8-core
    runner-group: build
  - runner-name: gpu-linux
    image-id: '2306'
    size: 16-core
    runner-group: gpu
`

function workspace(text: string, path = FILE): string {
  const dir = tempDir('fleet-')
  mkdirSync(join(dir, '.github'), { recursive: true })
  writeFileSync(join(dir, path), text)
  return dir
}

const apply = (dir: string, inputs: Inputs = {}) =>
  runStep({ operation: 'apply', ...inputs }, sim().url, { GITHUB_WORKSPACE: dir })

function seedRepositories() {
  sim().seed.repository({ name: 'app' })
  sim().seed.repository({ name: 'infra' })
}

/** The simulator's id of the runner or group of that name. */
const idOf = (list: 'runners' | 'groups', name: string): number =>
  (sim().state[list] as Array<{ id: number; name: string }>).find((o) => o.name === name)?.id as number

test('a file with 3 groups and 4 runners applies from empty, groups before the runners that use them', async () => {
  seedRepositories()
  const step = await apply(workspace(FLEET))
  expect(step.errors).toEqual([])
  expect(step.outputs.changed).toBe('true')
  const writes = writesSent(sim()).map((w) => `${w.method} ${w.path}`)
  expect(writes).toEqual([
    ...Array(3).fill('POST /orgs/acme/actions/runner-groups'),
    ...Array(4).fill('POST /orgs/acme/actions/hosted-runners')
  ])
  const releaseId = sim().state.groups.find((g) => g.name === 'release')?.id
  const runner = writesSent(sim()).find((w) => (w.body as { name: string }).name === 'release-linux')
  expect(runner?.body).toMatchObject({ runner_group_id: releaseId, image: { id: '2306', source: 'github' } })
  const plan = JSON.parse(step.outputs.plan as string)
  expect(
    plan.map((c: { kind: string; object: string; name: string }) => `${c.kind} ${c.object} ${c.name}`)
  ).toEqual([
    'create runner-group release',
    'create runner-group build',
    'create runner-group gpu',
    'create hosted-runner release-linux',
    'create hosted-runner build-linux',
    'create hosted-runner build-windows',
    'create hosted-runner gpu-linux'
  ])
  expect(plan[0].fields.repositories).toEqual({ from: null, to: ['acme/app', 'acme/infra'] })
  expect(step.summary).toContain(
    '| create | hosted-runner | release-linux | image-id: Ubuntu Latest (24.04) (2306)'
  )
  expect(step.summary).toContain('runner-group: release')
})

test('a second apply of the same file plans nothing and sends no write (private stays all, names stay ids)', async () => {
  seedRepositories()
  const dir = workspace(FLEET)
  expect((await apply(dir)).errors).toEqual([])
  sim().clearRequests()
  const again = await apply(dir)
  expect(again.errors).toEqual([])
  expect(again.outputs.changed).toBe('false')
  expect(again.outputs.plan).toBe('[]')
  expect(writesSent(sim())).toEqual([])
  // One listing per kind, one member list for the group whose repositories are compared; no catalogue.
  expect(sim().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'GET /orgs/acme/actions/runner-groups',
    'GET /orgs/acme/actions/hosted-runners',
    expect.stringMatching(/^GET \/orgs\/acme\/actions\/runner-groups\/\d+\/repositories$/)
  ])
  expect(again.summary).toContain('Nothing to change')
})

test('an edited file plans exactly the edits, and dry-run sends none of them', async () => {
  seedRepositories()
  sim().seed.repository({ name: 'docs' })
  const dir = workspace(FLEET)
  await apply(dir)
  const edited = FLEET.replace('repositories: [app, infra]', 'repositories: [app, docs]')
    .replace('maximum-runners: 10', 'maximum-runners: 20')
    .replace('runner-group: gpu', 'runner-group: build')
  writeFileSync(join(dir, FILE), edited)
  sim().clearRequests()
  const plan = await apply(dir, { 'dry-run': 'true' })
  expect(plan.errors).toEqual([])
  expect(writesSent(sim())).toEqual([])
  expect(plan.outputs.changed).toBe('true')
  expect(JSON.parse(plan.outputs.plan as string)).toEqual([
    {
      kind: 'update',
      object: 'runner-group',
      id: idOf('groups', 'release'),
      name: 'release',
      seen: { name: 'release' },
      fields: { repositories: { from: ['acme/app', 'acme/infra'], to: ['acme/app', 'acme/docs'] } },
      status: 'planned'
    },
    {
      kind: 'update',
      object: 'hosted-runner',
      id: idOf('runners', 'release-linux'),
      name: 'release-linux',
      seen: { name: 'release-linux' },
      fields: { 'maximum-runners': { from: 10, to: 20 } },
      status: 'planned'
    },
    {
      kind: 'update',
      object: 'hosted-runner',
      id: idOf('runners', 'gpu-linux'),
      name: 'gpu-linux',
      seen: { name: 'gpu-linux' },
      fields: { 'runner-group': { from: 'gpu', to: 'build' } },
      status: 'planned'
    }
  ])
  expect(plan.summary).toContain(
    '| update | hosted-runner | release-linux | maximum-runners: 10 → 20 | planned |'
  )
  expect(plan.summary).toContain('Dry run: nothing was sent.')

  const applied = await apply(dir)
  expect(applied.errors).toEqual([])
  expect(writesSent(sim()).map((w) => w.method)).toEqual(['PUT', 'PATCH', 'PATCH'])
  sim().clearRequests()
  expect((await apply(dir)).outputs.plan).toBe('[]')
})

test('prune deletes only what the file does not declare: runners before their groups, never the default group', async () => {
  const legacy = sim().seed.group({ name: 'legacy', visibility: 'all' })
  const old = sim().seed.runner({ name: 'old-runner', runner_group_id: legacy.id })
  sim().seed.runner({ name: 'kept', size: '4-core' })
  const file = `organization: acme
runner-groups:
  - group-name: build
hosted-runners:
  - runner-name: kept
prune: true
`
  const step = await apply(workspace(file))
  expect(step.errors).toEqual([])
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toEqual([
    'POST /orgs/acme/actions/runner-groups',
    expect.stringMatching(/^DELETE \/orgs\/acme\/actions\/hosted-runners\/\d+$/),
    `DELETE /orgs/acme/actions/runner-groups/${legacy.id}`
  ])
  const plan = JSON.parse(step.outputs.plan as string)
  expect(plan.filter((c: { kind: string }) => c.kind === 'delete')).toEqual([
    {
      kind: 'delete',
      object: 'hosted-runner',
      id: old.id,
      name: 'old-runner',
      seen: { name: 'old-runner', runner_group_id: legacy.id },
      fields: {},
      reason: 'prune: not in the file',
      status: 'done'
    },
    {
      kind: 'delete',
      object: 'runner-group',
      id: legacy.id,
      name: 'legacy',
      // Bound to what it held, and done only after the delete of that runner.
      seen: { name: 'legacy', hosted_runners: [old.id], self_hosted_runners: [] },
      depends_on: [`delete hosted-runner ${old.id}`],
      fields: {},
      reason: 'prune: not in the file',
      status: 'done'
    }
  ])
  expect(
    sim()
      .state.groups.map((g: { name: string }) => g.name)
      .sort()
  ).toEqual(['Default', 'build'])
})

test('prune never puts a runner in an undeclared group, whether the group is named by name or by id', async () => {
  const legacy = sim().seed.group({ name: 'legacy', visibility: 'all' })
  sim().seed.runner({ name: 'kept', size: '4-core' })
  for (const ref of ['legacy', String(legacy.id)]) {
    sim().clearRequests()
    const step = await apply(
      workspace(
        `organization: acme\nhosted-runners:\n  - runner-name: kept\n    runner-group: ${ref}\nprune: true\n`
      )
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      "runner-group 'legacy' is not declared under runner-groups, so prune: true would delete it"
    )
    expect(writesSent(sim())).toEqual([])
  }
})

test('prune matches names regardless of case, as GitHub does, and never deletes a runner already being deleted', async () => {
  sim().seed.runner({ name: 'build-linux', size: '4-core' })
  sim().seed.runner({ name: 'leaving', status: 'Deleting' })
  const step = await apply(
    workspace('organization: acme\nhosted-runners:\n  - runner-name: Build-Linux\nprune: true\n')
  )
  expect(step.errors).toEqual([])
  const plan = JSON.parse(step.outputs.plan as string) as Array<{ kind: string; name: string }>
  expect(plan.filter((c) => c.kind === 'delete')).toEqual([])
  expect(writesSent(sim()).filter((w) => w.method === 'DELETE')).toEqual([])
})

test('a write GitHub would refuse is an error of the file, named by its line', async () => {
  const step = await apply(
    workspace('hosted-runners:\n  - runner-name: new\n    image-id: 2306\n    size: 3-core\n')
  )
  expect(step.exitCode).toBe(1)
  expect(step.errors[0]).toMatch(
    /\.github\/hosted-runners\.yml line 2 \(hosted runner 'new'\): .*no machine size '3-core'/
  )
  expect(writesSent(sim())).toEqual([])
})

test('prune over max-deletions deletes nothing, sends nothing, and says how many', async () => {
  for (let i = 0; i < 3; i++) sim().seed.runner({ name: `stray-${i}` })
  const step = await apply(workspace('organization: acme\nprune: true\n'), { 'max-deletions': '2' })
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    expect.stringContaining('would delete 3 objects, more than max-deletions (2)')
  ])
  expect(writesSent(sim())).toEqual([])
  expect(JSON.parse(step.outputs.plan as string)).toHaveLength(3)
  expect(step.summary).toContain('Stopped by the safety cap')
})

test('without prune, what the file does not mention is left alone', async () => {
  sim().seed.group({ name: 'legacy', visibility: 'all' })
  sim().seed.runner({ name: 'stray' })
  const step = await apply(workspace('runner-groups:\n  - group-name: legacy\n'))
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([])
})

test('image retention deletes old versions, oldest first, keeping the latest and the newest', async () => {
  const image = sim().seed.image({ name: 'golden' })
  for (const [version, day] of [
    ['1.0.0', '01'],
    ['1.1.0', '02'],
    ['1.2.0', '03']
  ] as const)
    sim().seed.imageVersion(image.id, { version, created_on: `2025-01-${day}T00:00:00Z` })
  const step = await apply(
    workspace('image-retention:\n  - custom-image: golden\n    keep: 1\n    older-than: 30d\n')
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim()).map((w) => w.path.replace(/.*versions\//, ''))).toEqual(['1.0.0', '1.1.0'])
  expect(JSON.parse(step.outputs.plan as string).map((c: { name: string }) => c.name)).toEqual([
    'golden@1.0.0',
    'golden@1.1.0'
  ])
})

test.each([
  [
    'an unknown key',
    'hosted-runners:\n  - runner-name: a\n    sise: 4-core\n',
    /line 3, key 'hosted-runners\[0\]\.sise': unknown key\. Did you mean 'size'\?/
  ],
  [
    'a wrong type',
    'runner-groups:\n  - group-name: g\n    allows-public-repositories: yes\n',
    /line 3, key 'runner-groups\[0\]\.allows-public-repositories': must be `true` or `false`; got text 'yes'/
  ],
  [
    'a value its input parser refuses',
    'image-retention:\n  - custom-image: golden\n    older-than: 30 days\n',
    /line 3, key 'image-retention\[0\]\.older-than': must be/
  ],
  [
    'a list item its parser refuses',
    'runner-groups:\n  - group-name: g\n    visibility: selected\n    repositories:\n      - app\n      - a/b/c\n',
    /line 4, key 'runner-groups\[0\]\.repositories': must be repository ids/
  ],
  [
    'a top-level key given twice (the second would replace the first)',
    'hosted-runners:\n  - runner-name: a\nprune: false\nhosted-runners:\n  - runner-name: b\n',
    /line 4: not valid YAML: duplicate key 'hosted-runners'/
  ],
  [
    'a key given twice in one item',
    'hosted-runners:\n  - runner-name: a\n    runner-name: b\n',
    /line 3: not valid YAML: duplicate key 'runner-name'/
  ],
  [
    'a YAML syntax error',
    'runner-groups:\n  - group-name: [a\n',
    /\.github\/hosted-runners\.yml line \d: not valid YAML/
  ]
])(
  '%s fails the step before any request, naming the file, the line and the key',
  async (_, text, message) => {
    const step = await apply(workspace(text))
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([expect.stringMatching(message)])
    expect(step.errors[0]).toContain('.github/hosted-runners.yml')
    expect(sim().requests).toEqual([])
  }
)

test('a config path out of the workspace is refused before any request', async () => {
  const step = await apply(workspace('prune: false\n'), { config: '../outside.yml' })
  expect(step.errors).toEqual([expect.stringContaining("Input 'config' must be a path inside the workspace")])
  expect(sim().requests).toEqual([])
})

test('at enterprise scope, groups take organizations, and a second apply sends no write', async () => {
  const file = `runner-groups:
  - group-name: platform
    visibility: selected
    organizations: [acme]
hosted-runners:
  - runner-name: ent-linux
    image-id: '2306'
    size: 4-core
    runner-group: platform
`
  const dir = workspace(file)
  const inputs = { enterprise: 'octo-ent' }
  const first = await apply(dir, inputs)
  expect(first.errors).toEqual([])
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toEqual([
    'POST /enterprises/octo-ent/actions/runner-groups',
    'POST /enterprises/octo-ent/actions/hosted-runners'
  ])
  sim().clearRequests()
  const again = await apply(dir, inputs)
  expect(again.errors).toEqual([])
  expect(writesSent(sim())).toEqual([])
  const repositories = await apply(workspace(file.replace('organizations', 'repositories')), inputs)
  expect(repositories.errors).toEqual([
    expect.stringMatching(/line 4, key 'runner-groups\[0\]\.repositories': is for organization scope only/)
  ])
})

test('the plan of a 50-runner, 20-group file reads one listing per kind and one member list per group', async () => {
  let file = 'runner-groups:\n'
  for (let g = 0; g < 20; g++) {
    const repository = sim().seed.repository({ name: `repo-${g}` })
    sim().seed.group({ name: `group-${g}`, visibility: 'selected', selected_repository_ids: [repository.id] })
    file += `  - group-name: group-${g}\n    visibility: selected\n    repositories: [repo-${g}]\n`
  }
  file += 'hosted-runners:\n'
  const groups = sim().state.groups as Array<{ id: number; name: string }>
  for (let r = 0; r < 50; r++) {
    const group = groups.find((g) => g.name === `group-${r % 20}`) as { id: number }
    sim().seed.runner({ name: `runner-${r}`, size: '4-core', runner_group_id: group.id })
    file += `  - runner-name: runner-${r}\n    image-id: Ubuntu Latest (24.04)\n    size: ${r === 0 ? '8-core' : '4-core'}\n    runner-group: group-${r % 20}\n`
  }
  sim().clearRequests()
  const step = await apply(workspace(file), { 'dry-run': 'true' })
  expect(step.errors).toEqual([])
  expect(JSON.parse(step.outputs.plan as string)).toEqual([
    {
      kind: 'update',
      object: 'hosted-runner',
      id: idOf('runners', 'runner-0'),
      name: 'runner-0',
      seen: { name: 'runner-0' },
      fields: { size: { from: '4-core', to: '8-core' } },
      status: 'planned'
    }
  ])
  // 2 listings + 20 member lists + the machine sizes the one size change is checked against.
  expect(sim().requests).toHaveLength(23)
})

test('a write that fails part way reports what was done before it in the outputs and the summary', async () => {
  sim().fault({ method: 'POST', path: '/orgs/acme/actions/hosted-runners', status: 422 })
  const file = `runner-groups:
  - group-name: build
hosted-runners:
  - runner-name: build-linux
    image-id: '2306'
    size: 4-core
    runner-group: build
`
  const step = await apply(workspace(file))
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([expect.stringContaining('apply failed: HTTP 422')])
  expect(step.outputs.changed).toBe('true')
  expect(step.summary).toContain('| create | runner-group | build |  | done |')
  expect(step.summary).toContain('| create | hosted-runner | build-linux |')
  expect(step.summary).toMatch(/build-linux \|.*\| failed \|/)
  expect(step.summary).toContain("**Stopped at:** create hosted-runner 'build-linux'")
  expect(JSON.parse(step.outputs.plan as string).map((c: { status: string }) => c.status)).toEqual([
    'done',
    'failed'
  ])
})

// Issue 18, in process against the simulator: a re-run after a partial failure converges; a plan's long
// values are shown whole; a no-op says so at info level; the INPUT_* check stays quiet on GitHub's own
// runner; the access-sync example fails on a missing key.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { useSimulator, writesSent } from './support/simulator.js'
import { tempDir } from './support/temp.js'
import { useWorkspace } from './support/workspace.js'
import { ROOT, runStep } from './support/step.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const ws = useWorkspace()

const apply = (inputs: Record<string, string> = {}) =>
  runStep({ operation: 'apply', ...inputs }, sim().url, { GITHUB_WORKSPACE: ws().dir })

const FLEET = `organization: acme
runner-groups:
  - group-name: build
  - group-name: deploy
hosted-runners:
  - runner-name: build-linux
    image-id: '2306'
    size: 4-core
    runner-group: build
  - runner-name: deploy-linux
    image-id: '2306'
    size: 4-core
    runner-group: deploy
  - runner-name: old
    maximum-runners: 5
`

test('a re-run after a failure half-way converges: the second apply finishes the plan, the third plans nothing', async () => {
  sim().seed.runner({ name: 'old', size: '4-core', maximum_runners: 2 })
  ws().writeFleet(FLEET)
  // The first runner create fails, and is not tried again: the groups were created before it.
  sim().fault({ method: 'POST', path: '/orgs/acme/actions/hosted-runners', status: 500 })
  const first = await apply({ retries: '0' })
  expect(first.exitCode).toBe(1)
  const statuses = (step: typeof first) =>
    (JSON.parse(step.outputs.plan as string) as Array<{ kind: string; name: string; status: string }>).map(
      (c) => `${c.kind} ${c.name}: ${c.status}`
    )
  expect(statuses(first)).toEqual([
    'create build: done',
    'create deploy: done',
    'create build-linux: failed',
    'create deploy-linux: not-done',
    'update old: not-done'
  ])

  const second = await apply()
  expect(second.exitCode).toBe(0)
  expect(statuses(second)).toEqual([
    'create build-linux: done',
    'create deploy-linux: done',
    'update old: done'
  ])
  const groups = sim().state.groups.map((g: { name: string }) => g.name)
  expect(groups.filter((name: string) => ['build', 'deploy'].includes(name))).toEqual(['build', 'deploy'])

  const before = writesSent(sim()).length
  const third = await apply()
  expect(third.exitCode).toBe(0)
  expect(statuses(third)).toEqual([])
  expect(writesSent(sim())).toHaveLength(before)
  expect(third.stdout).toMatch(/^Nothing to change: everything already matches\.$/m)
})

test('a prune that fails half-way converges too: the second run deletes what is left, the third plans nothing', async () => {
  const pool = sim().seed.group({ name: 'old-pool', visibility: 'all' })
  sim().seed.runner({ name: 'stray-1', size: '4-core' })
  sim().seed.runner({ name: 'stray-2', size: '4-core' })
  ws().writeFleet('organization: acme\nhosted-runners: []\nprune: true\n')
  sim().fault({ method: 'DELETE', path: `/orgs/acme/actions/runner-groups/${pool.id}`, status: 500 })
  const first = await apply({ retries: '0' })
  expect(first.exitCode).toBe(1)
  const statuses = (step: typeof first) =>
    (JSON.parse(step.outputs.plan as string) as Array<{ name: string; status: string }>).map(
      (c) => `${c.name}: ${c.status}`
    )
  expect(statuses(first)).toEqual(['stray-1: done', 'stray-2: done', 'old-pool: failed'])
  const second = await apply()
  expect(second.exitCode).toBe(0)
  expect(statuses(second)).toEqual(['old-pool: done'])
  const third = await apply()
  expect(statuses(third)).toEqual([])
  expect(sim().state.groups.map((g: { name: string }) => g.name)).not.toContain('old-pool')
})

test("a plan's long values are shown whole in the summary, folded, never cut", async () => {
  const names = Array.from({ length: 12 }, (_, i) => `service-with-a-rather-long-name-${i}`)
  for (const name of names) sim().seed.repository({ name })
  sim().seed.group({ name: 'release', visibility: 'selected', selected_repository_ids: [] })
  ws().writeFleet(
    `organization: acme\nrunner-groups:\n  - group-name: release\n    visibility: selected\n    repositories: [${names.join(', ')}]\n`
  )
  const step = await apply({ 'dry-run': 'true' })
  expect(step.errors).toEqual([])
  expect(step.summary).toContain('<details><summary>')
  for (const name of names) expect(step.summary).toContain(`acme/${name}`)
  expect(step.summary).not.toMatch(/acme\/service-with-a-rather-long-name-\d+, …/)
})

test('static IPs that fit exactly what /limits leaves free are created', async () => {
  sim().state.limits.maximumPublicIps = 3
  sim().seed.runner({ name: 'static-one', size: '4-core', enable_static_ip: true })
  const runner = (name: string) =>
    `  - runner-name: ${name}\n    image-id: '2306'\n    size: 4-core\n    enable-static-ip: true\n`
  ws().writeFleet(`organization: acme\nhosted-runners:\n${runner('ip-a')}${runner('ip-b')}`)
  const step = await apply()
  expect(step.errors).toEqual([])
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toEqual([
    'POST /orgs/acme/actions/hosted-runners',
    'POST /orgs/acme/actions/hosted-runners'
  ])
})

test('a dry-run delete-group says which runners GitHub would move; an empty group moves none', async () => {
  const held = sim().seed.group({ name: 'held', visibility: 'all' })
  sim().seed.selfHostedRunner({ name: 'box', runner_group_id: held.id })
  const emptyGroup = sim().seed.group({ name: 'empty', visibility: 'all' })
  const dry = await runStep(
    { operation: 'delete-group', 'runner-group': 'held', 'dry-run': 'true' },
    sim().url
  )
  expect(dry.warnings).toEqual([
    expect.stringContaining("GitHub would move its self-hosted runners 'box' to the default group 'Default'")
  ])
  const empty = await runStep({ operation: 'delete-group', 'runner-group': 'empty' }, sim().url)
  expect(empty.warnings).toEqual([])
  expect(empty.summary).toContain("Runner group 'empty' holds no runners: none moves to the default group.")
  // The dry run sent nothing; the real one its one DELETE.
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toEqual([
    `DELETE /orgs/acme/actions/runner-groups/${emptyGroup.id}`
  ])
})

test('delete-group names a runner whose answer does not say its group as one it may move', async () => {
  sim().seed.group({ name: 'quiet', visibility: 'all' })
  const unsure = sim().seed.runner({ name: 'unsure' }) as { runner_group_id?: number }
  delete unsure.runner_group_id
  const dry = await runStep(
    { operation: 'delete-group', 'runner-group': 'quiet', 'dry-run': 'true' },
    sim().url
  )
  expect(dry.warnings).toEqual([
    expect.stringContaining("maybe hosted runners 'unsure' (GitHub's answer did not say their group)")
  ])
})

test('a no-op ensure-group says "Nothing to change" at info level', async () => {
  sim().seed.group({ name: 'build', visibility: 'all' })
  const step = await runStep(
    { operation: 'ensure-group', 'group-name': 'build', visibility: 'all' },
    sim().url
  )
  expect(step.exitCode).toBe(0)
  expect(step.stdout).toMatch(/^Nothing to change: everything already matches\.$/m)
})

test("on GitHub's runner (GITHUB_ACTIONS=true) an unknown INPUT_* variable is left to the runner's own warning", async () => {
  const inputs = { operation: 'list-groups' }
  const local = await runStep(inputs, sim().url, { INPUT_DRYRUN: 'true', GITHUB_ACTIONS: '' })
  expect(local.warnings).toEqual([
    "Environment variable INPUT_DRYRUN is no input of this action and is ignored. Did you mean 'dry-run'?"
  ])
  const hosted = await runStep(inputs, sim().url, { INPUT_DRYRUN: 'true', GITHUB_ACTIONS: 'true' })
  expect(hosted.warnings).toEqual([])
})

describe('examples/repo-access-sync.yml', () => {
  const workflow = load(readFileSync(join(ROOT, 'examples/repo-access-sync.yml'), 'utf8')) as {
    jobs: { sync: { steps: Array<{ id?: string; run?: string }> } }
  }
  const script = workflow.jobs.sync.steps.find((s) => s.id === 'access')?.run as string

  /**
   * The step's script with a `yq` that answers the three queries it makes (`has(...)`, the list as JSON,
   * `-r '.group'`) from js-yaml: what the script does with each answer is what is tested.
   */
  function readAccessList(text: string) {
    const dir = tempDir('access-sync-')
    writeFileSync(join(dir, 'runner-access.yml'), text)
    writeFileSync(join(dir, 'output'), '')
    const yq = join(dir, 'yq')
    const jsYaml = join(ROOT, 'node_modules/js-yaml/dist/js-yaml.mjs')
    writeFileSync(
      yq,
      `#!${process.execPath}
import { readFileSync } from 'node:fs'
const { load } = await import(${JSON.stringify(jsYaml)})
const args = process.argv.slice(2)
const doc = load(readFileSync(args.at(-1), 'utf8')) ?? {}
const query = args.at(-2)
const has = /^has\\("(.+)"\\)$/.exec(query)
if (has) console.log(Object.hasOwn(doc, has[1]) ? 'true' : 'false')
else if (query === '.repositories') console.log(JSON.stringify(doc.repositories ?? null))
else if (query === '.group') console.log(doc.group ?? 'null')
else process.exit(2)
`
    )
    chmodSync(yq, 0o755)
    const run = spawnSync('bash', ['-e', '-c', script], {
      env: {
        PATH: `${dir}:${process.env.PATH}`,
        FILE: join(dir, 'runner-access.yml'),
        GITHUB_OUTPUT: join(dir, 'output')
      },
      encoding: 'utf8'
    })
    return { code: run.status, stdout: run.stdout, output: readFileSync(join(dir, 'output'), 'utf8') }
  }

  beforeAll(() => {
    execFileSync('bash', ['--version'])
  })

  test('a misspelt repositories key fails the step and sets no output: access is never revoked by a typo', () => {
    const read = readAccessList('group: release\nrepositores: [api]\n')
    expect(read.code).toBe(1)
    expect(read.stdout).toContain("'repositories' is missing: nothing was changed.")
    expect(read.output).toBe('')
  })

  test('an explicit empty list, and a list, pass through as JSON', () => {
    expect(readAccessList('group: release\nrepositories: []\n').output).toBe(
      'group=release\nrepositories=[]\n'
    )
    expect(readAccessList('group: release\nrepositories: [api, acme/web]\n').output).toBe(
      'group=release\nrepositories=["api","acme/web"]\n'
    )
    expect(readAccessList('group: release\nrepositories: api\n').code).toBe(1)
  })
})

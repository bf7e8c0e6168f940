// `export` (issue 20) in process against the simulator: the file it writes, applied with
// prune, plans nothing at both scopes, on a state with every kind of object and GitHub's odd values.
import { lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { useSimulator, writesSent } from './support/simulator.js'
import { runStep, type Inputs } from './support/step.js'
import { tempDir } from './support/temp.js'
import { FLEET_FILE, useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()
const step = (inputs: Inputs) => runStep(inputs, sim().url, { GITHUB_WORKSPACE: workspace().dir })

/** Exports, then plans the file with prune: true; returns both steps and the file's text. */
async function exportThenPlan(scope: Inputs) {
  const exported = await step({ operation: 'export', ...scope })
  const text = workspace().readFleet()
  workspace().writeFleet(text.replace('prune: false', 'prune: true'))
  const planned = await step({ operation: 'apply', 'dry-run': 'true', ...scope })
  return { exported, planned, text }
}

test('an organization with every kind of object exports to a file whose apply with prune plans nothing', async () => {
  const { seed } = sim()
  const app = seed.repository({ name: 'app' })
  const infra = seed.repository({ name: 'infra' })
  seed.repository({ name: 'unused' })
  const release = seed.group({
    name: 'release',
    visibility: 'selected',
    selected_repository_ids: [app.id, infra.id],
    restricted_to_workflows: true,
    selected_workflows: ['acme/app/.github/workflows/deploy.yml@refs/heads/main'],
    network_configuration_id: 'nc-0001'
  })
  const gpu = seed.group({ name: 'gpu pool', visibility: 'private' })
  const build = seed.group({ name: 'build', allows_public_repositories: true })
  seed.group({ name: 'from-enterprise', inherited: true })
  seed.selfHostedRunner({ name: 'agent-1', runner_group_id: build.id })
  const golden = seed.image({ name: 'golden' })
  seed.imageVersion(golden.id, { version: '1.0.0' })
  seed.imageVersion(golden.id, { version: '1.1.0' })
  seed.runner({ name: 'release-linux', runner_group_id: release.id, maximum_runners: 10 })
  seed.runner({ name: 'gpu-linux', size: '16-core', runner_group_id: gpu.id, enable_static_ip: true })
  seed.runner({
    name: 'golden-pinned',
    image: { id: String(golden.id), source: 'custom', version: '1.0.0' },
    runner_group_id: build.id
  })
  seed.runner({ name: 'golden-latest', image: { id: String(golden.id), source: 'custom' } })
  seed.runner({ name: 'windows', image: { id: '2321' }, size: '8-core' })

  const { exported, planned, text } = await exportThenPlan({})
  expect(exported.errors).toEqual([])
  expect(writesSent(sim())).toEqual([])
  expect(text.split('\n').slice(0, 3)).toEqual([
    '# yaml-language-server: $schema=hosted-runners.schema.json',
    expect.stringMatching(/^# /),
    'organization: acme'
  ])
  expect(text).toContain('  - group-name: release\n    visibility: selected\n')
  expect(text).toContain('    repositories: [app, infra]\n')
  expect(text).toContain('    runners: [agent-1]\n')
  expect(text).toContain('    network-configuration-id: nc-0001\n')
  expect(text).toContain(`    image-id: "${golden.id}" # golden\n`)
  expect(text).toContain('    image-id: "2321" # Windows Server 2022\n')
  expect(text).toContain('    image-version: 1.0.0\n')
  expect(text).not.toContain('from-enterprise')
  expect(exported.outputs.count).toBe('8')
  expect(exported.result).toMatchObject({
    organization: 'acme',
    'runner-groups': expect.arrayContaining([expect.objectContaining({ 'group-name': 'gpu pool' })])
  })
  // What the file holds: 3 of the 5 groups GitHub lists (not the default one, nor the inherited one).
  expect(exported.summary).toMatch(
    /\nExported 0 network configurations, 3 runner groups and 5 hosted runners to `\.github\/hosted-runners\.yml`\./
  )
  expect(exported.summary).toContain('**release**: app, infra; workflows:')
  expect(exported.summary).toMatch(/\| 5 \| 1 of \d+ \| \d+ GB \|/)

  expect(planned.errors).toEqual([])
  expect(planned.summary).toContain('Nothing to change')
  expect(JSON.parse(planned.outputs.plan as string)).toEqual([])
  expect(writesSent(sim())).toEqual([])
})

test('an enterprise exports its groups with organizations; apply with prune plans nothing', async () => {
  const { seed } = sim()
  const octo = seed.enterprise.organization({ login: 'octo-labs' })
  const platform = seed.enterprise.group({
    name: 'platform',
    visibility: 'selected',
    selected_organization_ids: [octo.id]
  })
  seed.enterprise.group({ name: 'everyone' })
  seed.enterprise.selfHostedRunner({ name: 'ent-agent', runner_group_id: platform.id })
  const image = seed.enterprise.image({ name: 'octo-golden' })
  seed.enterprise.imageVersion(image.id, { version: '2.0.0' })
  seed.enterprise.runner({ name: 'ent-linux', runner_group_id: platform.id })
  seed.enterprise.runner({
    name: 'ent-golden',
    image: { id: String(image.id), source: 'custom', version: '2.0.0' }
  })

  const { exported, planned, text } = await exportThenPlan({ enterprise: 'octo-ent' })
  expect(exported.errors).toEqual([])
  expect(text).toContain('enterprise: octo-ent\n')
  expect(text).toContain('    organizations: [octo-labs]\n')
  expect(planned.errors).toEqual([])
  expect(JSON.parse(planned.outputs.plan as string)).toEqual([])
  expect(writesSent(sim())).toEqual([])
})

test('a config path out of the workspace is refused before any request', async () => {
  const refused = await step({ operation: 'export', config: '../elsewhere.yml' })
  expect(refused.errors[0]).toContain("Input 'config' must be a path inside the workspace")
  expect(sim().requests).toEqual([])
})

// Issue 25, finding 8: export overwrote a hand-written file, and followed a dangling link out of the
// workspace. What is at `config` already, a file or a link of any kind, is refused before any request.
const HAND_WRITTEN = 'organization: acme\nprune: true\nimage-retention:\n  - keep: 3\n'
const AT_CONFIG: Array<[string, string, (dir: string, outside: string) => void]> = [
  [
    'a hand-written fleet file',
    'already exists',
    (dir) => writeFileSync(join(dir, FLEET_FILE), HAND_WRITTEN)
  ],
  [
    'a dangling link out of the workspace',
    'is a link',
    (dir, outside) => symlinkSync(join(outside, 'stolen.yml'), join(dir, FLEET_FILE))
  ],
  [
    'a link to a file of the workspace',
    'is a link',
    (dir) => {
      writeFileSync(join(dir, 'fleet.yml'), HAND_WRITTEN)
      symlinkSync(join(dir, 'fleet.yml'), join(dir, FLEET_FILE))
    }
  ],
  ['a link to a folder', 'is a link', (dir) => symlinkSync(join(dir, '.github'), join(dir, FLEET_FILE))]
]

/** Every entry under `dir`: a file's text, a link's target. */
function snapshot(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true }) as string[]
  return Object.fromEntries(
    entries.map((entry) => {
      const path = join(dir, entry)
      const stat = lstatSync(path)
      const seen = stat.isSymbolicLink()
        ? `-> ${readlinkSync(path)}`
        : stat.isFile()
          ? readFileSync(path, 'utf8')
          : 'folder'
      return [entry, seen]
    })
  )
}

test.each(AT_CONFIG)(
  'export refuses %s at config: nothing is sent, written or followed',
  async (_, what, make) => {
    const outside = tempDir('export-outside-')
    make(workspace().dir, outside)
    const before = snapshot(workspace().dir)
    sim().seed.group({ name: 'release' })
    const refused = await step({ operation: 'export' })
    expect(refused.errors).toEqual([
      expect.stringContaining(
        `Input 'config': '${FLEET_FILE}' ${what} in the workspace, and export writes only a new file: nothing is overwritten.`
      )
    ])
    expect(sim().requests).toEqual([])
    expect(readdirSync(outside)).toEqual([])
    expect(snapshot(workspace().dir)).toEqual(before)
  }
)

test('export writes a new file in a folder it creates', async () => {
  const exported = await step({ operation: 'export', config: 'fleet/acme.yml' })
  expect(exported.errors).toEqual([])
  expect(readFileSync(join(workspace().dir, 'fleet/acme.yml'), 'utf8')).toContain('organization: acme\n')
})

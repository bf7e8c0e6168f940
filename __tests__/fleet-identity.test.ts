// One identity rule for the fleet file (issue 25, findings 2 and 7): a YAML string is a name and a YAML
// integer an id, for every member list and reference; `export` writes names, quoted wherever YAML would
// read them as anything else, so that applying an organization's own export plans nothing. The file's
// spelling wins (a case-only difference is a rename, for groups as for runners), and a name GitHub lists
// twice is refused naming both ids, whatever the listing's order.
import { CORE_SCHEMA, load, YAML11_SCHEMA } from 'js-yaml'
import { matchLive } from '../src/core/renames.js'
import { fleetYaml, scalar, type ExportedItem } from '../src/fleet/export-writer.js'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { parseYaml } from '../src/fleet/yaml-tree.js'
import { VALUE_INPUTS } from '../src/inputs/vocabulary.js'
import { useSimulator, writesSent } from './support/simulator.js'
import { runStep, type Inputs } from './support/step.js'
import { FLEET_FILE, useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()
const step = (inputs: Inputs) => runStep(inputs, sim().url, { GITHUB_WORKSPACE: workspace().dir })
const apply = (text: string, inputs: Inputs = {}) => {
  workspace().writeFleet(text)
  return step({ operation: 'apply', ...inputs })
}
const GROUPS = '/orgs/acme/actions/runner-groups'

/** Exports, then applies the file with prune: true, as a dry run and for real. */
async function exportThenApply(scope: Inputs) {
  const exported = await step({ operation: 'export', ...scope })
  const text = workspace().readFleet()
  workspace().writeFleet(text.replace('prune: false', 'prune: true'))
  const planned = await step({ operation: 'apply', 'dry-run': 'true', ...scope })
  const applied = await step({ operation: 'apply', ...scope })
  return { exported, planned, applied, text }
}

test("an organization's export holding names of digits applies as names: nothing planned, nothing sent", async () => {
  const { seed } = sim()
  const app = seed.repository({ name: 'app' })
  const year = seed.repository({ name: '2024' })
  // Self-hosted runner id 22 exists, named otherwise: read as an id, "22" would move it into the group.
  seed.selfHostedRunner({ id: 22, name: 'elsewhere' })
  const release = seed.group({
    name: 'release',
    visibility: 'selected',
    selected_repository_ids: [app.id, year.id]
  })
  const seven = seed.group({ name: '7' })
  for (const name of ['build-01', '22', '1e3', '0x1F', 'true', 'null'])
    seed.selfHostedRunner({ name, runner_group_id: release.id })
  seed.runner({ name: '2306', runner_group_id: seven.id })

  const { exported, planned, applied, text } = await exportThenApply({})
  expect(exported.errors).toEqual([])
  expect(text).toContain('    repositories: [app, "2024"]\n')
  expect(text).toContain('    runners: [build-01, "22", "1e3", "0x1F", "true", "null"]\n')
  expect(text).toContain('  - group-name: "7"\n')
  expect(text).toContain('  - runner-name: "2306"\n')
  expect(text).toContain('    runner-group: "7"\n')
  expect(planned.errors).toEqual([])
  expect(JSON.parse(planned.outputs.plan as string)).toEqual([])
  expect(applied.errors).toEqual([])
  expect(writesSent(sim())).toEqual([])
})

test('at enterprise scope an organization whose login is digits is exported and applied as a login', async () => {
  const { seed } = sim()
  const labs = seed.enterprise.organization({ login: 'octo-labs' })
  const digits = seed.enterprise.organization({ login: '2024' })
  // An organization whose id is 2024 exists too: read as an id, "2024" would grant it the group.
  seed.enterprise.organization({ login: 'other', id: 2024 })
  seed.enterprise.group({
    name: 'platform',
    visibility: 'selected',
    selected_organization_ids: [labs.id, digits.id]
  })

  const { exported, planned, applied, text } = await exportThenApply({ enterprise: 'octo-ent' })
  expect(exported.errors).toEqual([])
  expect(text).toContain('    organizations: [octo-labs, "2024"]\n')
  expect(planned.errors).toEqual([])
  expect(JSON.parse(planned.outputs.plan as string)).toEqual([])
  expect(applied.errors).toEqual([])
  expect(writesSent(sim())).toEqual([])
})

test('every member list and reference: a string is a name, digits or not, and an integer an id', () => {
  const org = parseFleet(
    `runner-groups:
  - group-name: release
    visibility: selected
    repositories: [2024, "2024", acme/app]
    runners: [22, "22", build-01]
  - group-name: build
    runners: "22, 23"
hosted-runners:
  - runner-name: by-name
    runner-group: "22"
  - runner-name: by-id
    runner-group: 22
image-retention:
  - custom-image: "7"
  - custom-image: 8
`,
    FLEET_FILE,
    'org'
  )
  expect(org.groups[0]?.inputs.repositories).toEqual([
    { id: 2024 },
    { name: '2024' },
    { owner: 'acme', name: 'app' }
  ])
  expect(org.groups[0]?.inputs.runners).toEqual([{ id: 22 }, { name: '22' }, { name: 'build-01' }])
  // A list written as one text is a string: each of its items a name.
  expect(org.groups[1]?.inputs.runners).toEqual([{ name: '22' }, { name: '23' }])
  expect(org.runners.map((item) => item.inputs.runnerGroup)).toEqual([{ name: '22' }, { id: 22 }])
  expect(org.retention.map((item) => item.inputs.customImage)).toEqual([{ name: '7' }, { id: 8 }])

  const enterprise = parseFleet(
    'runner-groups:\n  - group-name: platform\n    visibility: selected\n    organizations: ["2024", 2024]\n',
    FLEET_FILE,
    'enterprise'
  )
  expect(enterprise.groups[0]?.inputs.organizations).toEqual([{ name: '2024' }, { id: 2024 }])

  // A step's input keeps its rule: digits are an id.
  expect(VALUE_INPUTS.runners('22, build-01', 'runners')).toEqual([{ id: 22 }, { name: 'build-01' }])
  expect(VALUE_INPUTS.runnerGroup('22', 'runner-group')).toEqual({ id: 22 })
})

test('an integer that is not written in decimal digits is refused, not taken as another id', () => {
  expect(() =>
    parseFleet('runner-groups:\n  - group-name: a\n    runners: [0x1F]\n', FLEET_FILE, 'org')
  ).toThrow(
    `${FLEET_FILE} line 3, key 'runner-groups[0].runners': must be an id in decimal digits, or a name in quotes ("0x1F"); got '0x1F'.`
  )
})

// Every string of up to three characters over an alphabet of what YAML gives a meaning to (digits,
// signs, dots, `x`/`o`/`b` prefixes, exponents, `~`, words' first letters, space, colon): the class of
// names that YAML could read as anything but themselves.
const ALPHABET = [
  '0',
  '1',
  '9',
  'x',
  'o',
  'b',
  'e',
  'E',
  'n',
  'N',
  'y',
  'Y',
  't',
  '.',
  '_',
  '-',
  '+',
  '~',
  ' ',
  ':'
]
const CANDIDATES = (() => {
  let all = ['']
  const out: string[] = []
  for (let length = 1; length <= 3; length++) {
    all = all.flatMap((prefix) => ALPHABET.map((c) => prefix + c))
    out.push(...all)
  }
  return out.filter((name) => name.trim() === name)
})()

function readsAsItself(text: string, schema: typeof CORE_SCHEMA): boolean {
  try {
    return (load(`[${text}]`, { schema }) as unknown[])[0] === text
  } catch {
    return false
  }
}

test('export quotes exactly the names YAML would read as anything else: each reads back as itself', () => {
  const misread: string[] = []
  for (const name of CANDIDATES) {
    const written = scalar(name)
    const tree = parseYaml(`key: ${written}\nlist: [${written}]\n`)
    const values = tree?.kind === 'mapping' ? tree.entries.map((entry) => entry.value) : []
    const items = values[1]?.kind === 'sequence' ? values[1].items : []
    const readBack = [values[0], items[0]].map((node) =>
      node?.kind === 'scalar' && node.type === 'string' ? node.text : undefined
    )
    // An editor still on YAML 1.1 reads it as the same text too.
    const editor = load(`[${written}]`, { schema: YAML11_SCHEMA }) as unknown[]
    if (readBack[0] !== name || readBack[1] !== name || editor[0] !== name) misread.push(name)
    // Quoted only when needed: a name of plain characters that YAML reads as itself stays plain.
    const needed =
      !/^\w[\w .-]*$/.test(name) || !readsAsItself(name, CORE_SCHEMA) || !readsAsItself(name, YAML11_SCHEMA)
    if (written !== name && !needed) misread.push(`${name} (quoted needlessly)`)
  }
  expect(misread).toEqual([])
  expect(CANDIDATES.length).toBeGreaterThan(7000)
})

test("an exported file's names and members read back as names through the fleet reader", () => {
  const runnerNames = CANDIDATES.filter((name) => /^[A-Za-z0-9._-]+$/.test(name))
  const repositoryNames = runnerNames.filter((name) => name !== '.' && name !== '..')
  const groupNames = [...new Map(CANDIDATES.map((name) => [name.toLowerCase(), name])).values()].slice(
    0,
    3000
  )
  const chunks = <T>(items: T[]) =>
    Array.from({ length: Math.ceil(items.length / 900) }, (_, i) => items.slice(i * 900, i * 900 + 900))
  const runnerChunks = chunks(runnerNames)
  const repositoryChunks = chunks(repositoryNames)
  const members: ExportedItem[] = runnerChunks.map((runners, i) => [
    { key: 'group-name', value: `members-${i}` },
    { key: 'visibility', value: 'selected' },
    { key: 'repositories', value: repositoryChunks[i] ?? [] },
    { key: 'runners', value: runners }
  ])
  const named: ExportedItem[] = groupNames.map((name) => [{ key: 'group-name', value: name }])
  const runners: ExportedItem[] = repositoryNames.slice(0, 2000).map((name, i) => [
    { key: 'runner-name', value: `r${i}` },
    { key: 'runner-group', value: name }
  ])
  const text = fleetYaml({
    scope: { kind: 'org', org: '2024' },
    kinds: [],
    groups: [...members, ...named],
    runners
  })
  const fleet = parseFleet(text, FLEET_FILE, 'org')
  expect(fleet.owner?.name).toBe('2024')
  expect(fleet.groups.slice(0, members.length).map((item) => item.inputs.runners)).toEqual(
    runnerChunks.map((chunk) => chunk.map((name) => ({ name })))
  )
  expect(fleet.groups.slice(0, members.length).map((item) => item.inputs.repositories)).toEqual(
    runnerChunks.map((_, i) => (repositoryChunks[i] ?? []).map((name) => ({ name })))
  )
  expect(fleet.groups.slice(members.length).map((item) => item.inputs.groupName)).toEqual(groupNames)
  expect(fleet.runners.map((item) => item.inputs.runnerGroup)).toEqual(
    repositoryNames.slice(0, 2000).map((name) => ({ name }))
  )
})

test('a group whose name differs from the file only in case is renamed to the file spelling', async () => {
  const group = sim().seed.group({ name: 'release-pool' })
  const step = await apply('runner-groups:\n  - group-name: Release-Pool\n')
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    { method: 'PATCH', path: `${GROUPS}/${group.id}`, body: { name: 'Release-Pool' } }
  ])
  const again = await apply('runner-groups:\n  - group-name: Release-Pool\n')
  expect(JSON.parse(again.outputs.plan as string)).toEqual([])
})

const AMBIGUOUS: Array<[string, string]> = [
  ['a runner item names it', 'hosted-runners:\n  - runner-name: linux\n    runner-group: build\n'],
  [
    'a group item declares it',
    'runner-groups:\n  - group-name: build\n    allows-public-repositories: true\n'
  ]
]

test.each(AMBIGUOUS)(
  'a name GitHub lists twice (an inherited group beside the organization’s) is refused when %s, in either listing order',
  async (_, fleet) => {
    const own = sim().seed.group({ name: 'build' })
    const inherited = sim().seed.group({ name: 'build', inherited: true })
    sim().seed.runner({ name: 'linux', runner_group_id: own.id })
    const refusal = `2 runner groups are named 'build' (ids ${own.id}, ${inherited.id}): give the id.`
    const first = await apply(fleet)
    expect(first.errors).toEqual([expect.stringContaining(refusal)])
    sim().state.groups.reverse()
    const second = await apply(fleet)
    expect(second.errors).toEqual(first.errors)
    expect(writesSent(sim())).toEqual([])
  }
)

test('where two names differ only in case the exact one wins, whatever the order', () => {
  const groups = [
    { id: 1, name: 'Build' },
    { id: 2, name: 'build' }
  ]
  for (const listed of [groups, [...groups].reverse()]) {
    expect(matchLive(listed, 'build')?.id).toBe(2)
    expect(matchLive(listed, 'Build')?.id).toBe(1)
    expect(() => matchLive(listed, 'BUILD', [], { input: 'runner-group', what: 'runner groups' })).toThrow(
      "Input 'runner-group': 2 runner groups are named 'BUILD' (ids 1, 2): give the id."
    )
  }
})

test("after GitHub's listing order changes, the same file gives the same plan and digest", async () => {
  const { seed } = sim()
  const app = seed.repository({ name: 'app' })
  const web = seed.repository({ name: 'web' })
  const docs = seed.repository({ name: 'docs' })
  const release = seed.group({
    name: 'release',
    visibility: 'selected',
    selected_repository_ids: [web.id, docs.id, app.id]
  })
  for (const name of ['old-a', 'old-b']) seed.group({ name })
  for (const name of ['tmp-1', 'tmp-2', 'tmp-3']) seed.runner({ name, runner_group_id: release.id })
  for (const name of ['agent-1', 'agent-2']) seed.selfHostedRunner({ name, runner_group_id: release.id })
  const fleet = `organization: acme
runner-groups:
  - group-name: release
    visibility: selected
    repositories: [app]
    runners: [agent-2]
prune: true
`
  const plan = async () => {
    const planned = await apply(fleet, { 'dry-run': 'true' })
    expect(planned.errors).toEqual([])
    return { plan: planned.outputs.plan, digest: planned.outputs['plan-digest'] }
  }
  const first = await plan()
  expect(JSON.parse(first.plan as string)).toHaveLength(6)
  const { state } = sim()
  for (const list of [state.groups, state.runners, state.selfHostedRunners, state.repositories])
    list.reverse()
  expect(await plan()).toEqual(first)
})

test("export writes a runner's group by id, a YAML integer, where its name would pick two groups, and warns that apply refuses that name", async () => {
  const own = sim().seed.group({ name: 'build' })
  const inherited = sim().seed.group({ name: 'build', inherited: true })
  sim().seed.runner({ name: 'linux', runner_group_id: own.id })
  const exported = await step({ operation: 'export' })
  expect(exported.errors).toEqual([])
  expect(exported.warnings).toEqual([
    `Runner group 'build' (id ${own.id}) shares its name with group id ${inherited.id}: apply refuses the name as ambiguous until one of them is renamed.`
  ])
  expect(workspace().readFleet()).toMatch(
    new RegExp(`  - runner-name: linux\n(    .*\n)*    runner-group: ${own.id}\n`)
  )
})

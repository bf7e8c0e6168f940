// Repository names at scale (issue 20) in process against the simulator: a plan resolves
// names through the organization's repository listing when that takes fewer requests than one GET each.
import { requestLines, useSimulator } from './support/simulator.js'
import { runStep } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()

function plan(text: string) {
  workspace().writeFleet(text)
  return runStep({ operation: 'apply', 'dry-run': 'true' }, sim().url, {
    GITHUB_WORKSPACE: workspace().dir
  })
}

const group = (name: string, repositories: string[]) =>
  `  - group-name: ${name}\n    visibility: selected\n    repositories: [${repositories.join(', ')}]\n`

test('2 groups naming 40 of 154 repositories read the 2 pages of the listing, not 40 repositories', async () => {
  for (let i = 0; i < 154; i++) sim().seed.repository({ name: `repo-${i}` })
  const names = Array.from({ length: 40 }, (_, i) => `repo-${i * 3 + 1}`)
  const step = await plan(`runner-groups:\n${group('a', names.slice(0, 20))}${group('b', names.slice(20))}`)
  expect(step.errors).toEqual([])
  const reads = requestLines(sim())
  expect(reads.length).toBeLessThanOrEqual(12)
  expect(reads.filter((line) => line.startsWith('GET /orgs/acme/repos'))).toHaveLength(2)
  expect(reads.filter((line) => line.startsWith('GET /repos/'))).toEqual([])
  const [create] = JSON.parse(step.outputs.plan as string)
  expect(create.fields.repositories.to).toEqual(names.slice(0, 20).map((n) => `acme/${n}`))
})

test('names spread over a long listing are read one GET each once the first page shows it does not pay', async () => {
  for (let i = 0; i < 450; i++) sim().seed.repository({ name: `repo-${i}` })
  const step = await plan(`runner-groups:\n${group('a', ['repo-440', 'repo-449'])}`)
  expect(step.errors).toEqual([])
  const reads = requestLines(sim())
  // The first page holds neither name; the 4 pages left would cost more than 2 GETs.
  expect(reads.filter((line) => line.startsWith('GET /orgs/acme/repos'))).toHaveLength(1)
  expect(reads.filter((line) => line.startsWith('GET /repos/'))).toEqual([
    'GET /repos/acme/repo-440',
    'GET /repos/acme/repo-449'
  ])
})

test('a name missing from a listing read to its end is named without a GET of its own', async () => {
  for (let i = 0; i < 250; i++) sim().seed.repository({ name: `repo-${i}` })
  const step = await plan(`runner-groups:\n${group('a', ['repo-240', 'repo-249', 'nowhere'])}`)
  expect(step.errors).toEqual([expect.stringContaining('nowhere')])
  const reads = requestLines(sim())
  expect(reads.filter((line) => line.startsWith('GET /orgs/acme/repos'))).toHaveLength(3)
  expect(reads.filter((line) => line.startsWith('GET /repos/'))).toEqual([])
})

// Issue 28: one resolution per plan. Each group's 3 names looked cheaper one by one than the listing's
// pages left; all the plan's names together make the listing the cheaper path.
test("30 groups of 3 names in a 500-repository organization: the listing's 5 pages once, no GET per name", async () => {
  sim().seed.repositories(500, 'repo')
  const groups = Array.from({ length: 30 }, (_, g) =>
    group(
      `group-${g}`,
      [0, 1, 2].map((r) => `repo-${g * 16 + r}`)
    )
  )
  const step = await plan(`runner-groups:\n${groups.join('')}`)
  expect(step.errors).toEqual([])
  const reads = requestLines(sim())
  expect(reads.filter((line) => line.startsWith('GET /orgs/acme/repos'))).toHaveLength(5)
  expect(reads.filter((line) => line.startsWith('GET /repos/'))).toEqual([])
  const creates = JSON.parse(step.outputs.plan as string)
  expect(creates).toHaveLength(30)
  expect(creates[29].fields.repositories.to).toEqual(['acme/repo-464', 'acme/repo-465', 'acme/repo-466'])
})

test('names already among a group’s members are not looked up; the rest of every group are, together', async () => {
  const repositories = sim().seed.repositories(350, 'repo')
  sim().seed.group({
    name: 'kept',
    visibility: 'selected',
    selected_repository_ids: repositories.slice(0, 3).map((r) => r.id)
  })
  const step = await plan(
    `runner-groups:\n${group('kept', ['repo-0', 'repo-1', 'repo-2'])}${group('new', ['repo-120', 'repo-349'])}`
  )
  expect(step.errors).toEqual([])
  const reads = requestLines(sim())
  // The first page holds neither missing name; 3 more pages cost more than 2 GETs: one GET each.
  expect(reads.filter((line) => line.startsWith('GET /orgs/acme/repos'))).toHaveLength(1)
  expect(reads.filter((line) => line.startsWith('GET /repos/'))).toEqual([
    'GET /repos/acme/repo-120',
    'GET /repos/acme/repo-349'
  ])
})

test('a name several groups give is read once per run', async () => {
  sim().seed.repositories(450, 'repo')
  const step = await plan(
    `runner-groups:\n${group('a', ['repo-440', 'repo-1'])}${group('b', ['Repo-440'])}${group('c', ['repo-440', 'repo-449'])}`
  )
  expect(step.errors).toEqual([])
  const reads = requestLines(sim())
  expect(reads.filter((line) => line.startsWith('GET /orgs/acme/repos'))).toHaveLength(1)
  expect(reads.filter((line) => line.startsWith('GET /repos/'))).toEqual([
    'GET /repos/acme/repo-440',
    'GET /repos/acme/repo-449'
  ])
})

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

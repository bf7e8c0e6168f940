// Issue 28: an organization of 12,000 repositories (the listing is 120 pages, past the 100 of a
// listing GitHub does not bound) can use repository names: a listing too long to pay takes one GET per
// name, through the built dist/index.js against the simulator.
import { requestLines, useSimulator, writesSent } from './support/simulator.js'
import { runBundle } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()

beforeEach(() => {
  sim().seed.repositories(12_000, 'repo')
})

test('ensure-group with 2 repository names in a 12,000-repository organization: 5 requests', async () => {
  const step = await runBundle(
    {
      operation: 'ensure-group',
      'group-name': 'release',
      visibility: 'selected',
      repositories: 'repo-5000, repo-11999'
    },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(step.exitCode).toBe(0)
  const lines = requestLines(sim())
  expect(lines.length).toBeLessThanOrEqual(5)
  expect(lines.filter((line) => line.startsWith('GET /repos/'))).toEqual([
    'GET /repos/acme/repo-5000',
    'GET /repos/acme/repo-11999'
  ])
  const ids = sim().state.repositories.filter((r) => ['repo-5000', 'repo-11999'].includes(r.name))
  expect(writesSent(sim())).toEqual([
    {
      method: 'POST',
      path: '/orgs/acme/actions/runner-groups',
      body: expect.objectContaining({ name: 'release', selected_repository_ids: ids.map((r) => r.id) })
    }
  ])
})

test('apply of a group with 3 repository names in a 12,000-repository organization: 8 requests at most', async () => {
  workspace().writeFleet(
    'runner-groups:\n  - group-name: release\n    visibility: selected\n    repositories: [repo-7, repo-6000, repo-11998]\n'
  )
  const step = await runBundle({ operation: 'apply' }, sim().url, { GITHUB_WORKSPACE: workspace().dir })
  expect(step.errors).toEqual([])
  expect(step.exitCode).toBe(0)
  const lines = requestLines(sim())
  expect(lines.length).toBeLessThanOrEqual(8)
  // The first page of the listing holds repo-7; the other two are one GET each.
  expect(lines.filter((line) => line.startsWith('GET /repos/'))).toEqual([
    'GET /repos/acme/repo-6000',
    'GET /repos/acme/repo-11998'
  ])
  const group = sim().state.groups.find((g) => g.name === 'release')
  const ids = sim().state.repositories.filter((r) => ['repo-7', 'repo-6000', 'repo-11998'].includes(r.name))
  expect(group?.selected_repository_ids).toEqual(ids.map((r) => r.id))
})

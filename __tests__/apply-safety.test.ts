// Issue 18: `apply` run unattended with an admin token, in process against the simulator:
// prune never strands a runner, the file names its owner, a lost create is looked up, failures keep
// their record, and a prune DELETE is re-checked just before it is sent.
import { useSimulator, writesSent } from './support/simulator.js'
import { runStep, type Inputs } from './support/step.js'
import { fleetWorkspaces } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = fleetWorkspaces('fleet-safety')

const apply = (dir: string, inputs: Inputs = {}, apiUrl = sim().url) =>
  runStep({ operation: 'apply', ...inputs }, apiUrl, { GITHUB_WORKSPACE: dir })

describe('prune never strands a runner', () => {
  function seedProdDeploy() {
    const deploy = sim().seed.repository({ name: 'deploy' })
    const group = sim().seed.group({
      name: 'prod-deploy',
      visibility: 'selected',
      selected_repository_ids: [deploy.id]
    })
    sim().seed.selfHostedRunner({ name: 'prod-sh', runner_group_id: group.id })
    sim().seed.runner({ name: 'ci', size: '4-core', runner_group_id: group.id })
    return group
  }

  test('a group holding a self-hosted runner, or a declared hosted runner, is not deleted: the plan is refused whole', async () => {
    const group = seedProdDeploy()
    sim().seed.runner({ name: 'stray', size: '4-core' })
    const step = await apply(
      workspace('organization: acme\nhosted-runners:\n  - runner-name: ci\nprune: true\n')
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringContaining(
        `'prod-deploy' (id ${group.id}) holds self-hosted runners 'prod-sh' and hosted runners 'ci'. Nothing was sent.`
      )
    ])
    expect(step.errors[0]).toContain("a hosted runner with 'runner-group' in its item")
    expect(writesSent(sim())).toEqual([])
    expect(step.summary).toContain('prune would strand runners; nothing was sent')
  })

  test('runners the file places elsewhere first let the group go', async () => {
    seedProdDeploy()
    const file = `organization: acme
runner-groups:
  - group-name: deploy-new
    runners: [prod-sh]
hosted-runners:
  - runner-name: ci
    runner-group: deploy-new
prune: true
`
    const step = await apply(workspace(file))
    expect(step.errors).toEqual([])
    const writes = writesSent(sim()).map((w) => `${w.method} ${w.path.replace(/\d+/g, 'N')}`)
    expect(writes).toEqual([
      'POST /orgs/acme/actions/runner-groups',
      'PATCH /orgs/acme/actions/hosted-runners/N',
      'DELETE /orgs/acme/actions/runner-groups/N'
    ])
    const selfHosted = sim().state.selfHostedRunners.find((r: { name: string }) => r.name === 'prod-sh')
    const created = sim().state.groups.find((g: { name: string }) => g.name === 'deploy-new')
    expect(selfHosted?.runner_group_id).toBe(created?.id)
  })
})

describe('the file names its owner', () => {
  test('an enterprise file run with an empty enterprise input is refused before any request', async () => {
    sim().seed.runner({ name: 'stray' })
    const step = await apply(workspace('enterprise: octo-ent\nprune: true\n'), { enterprise: '' })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringContaining(
        ".github/hosted-runners.yml line 1: the file describes enterprise 'octo-ent', but this step works on organization 'acme': nothing was sent. Is the step's 'enterprise' input empty"
      )
    ])
    expect(sim().requests).toEqual([])
  })

  test('another organization is refused; the same one in another case is the owner', async () => {
    const other = await apply(workspace('organization: globex\nhosted-runners: []\n'))
    expect(other.errors).toEqual([expect.stringContaining("describes organization 'globex'")])
    expect(sim().requests).toEqual([])
    const same = await apply(workspace('organization: ACME\nhosted-runners: []\n'))
    expect(same.errors).toEqual([])
  })

  test('prune: true without an owner is refused, naming the line', async () => {
    sim().seed.runner({ name: 'stray' })
    const step = await apply(workspace('hosted-runners: []\nprune: true\n'))
    expect(step.errors).toEqual([
      expect.stringMatching(/line 2, key 'prune': prune: true needs the owner the file describes/)
    ])
    expect(sim().requests).toEqual([])
  })
})

test('one custom image under two retention entries (by name and by id) is refused before any write', async () => {
  const image = sim().seed.image({ name: 'golden' })
  const file = `image-retention:\n  - custom-image: golden\n    keep: 1\n  - custom-image: ${image.id}\n    keep: 2\n`
  const step = await apply(workspace(file))
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    expect.stringContaining(
      `line 4 (image retention): custom image 'golden' (id ${image.id}) has another retention entry`
    )
  ])
  expect(writesSent(sim())).toEqual([])
})

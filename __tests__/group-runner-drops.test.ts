// A runner group's self-hosted runner list is replaced whole, and GitHub moves a runner the new list drops
// to the default group. set-group-runners, ensure-group and apply say so before the list is sent: the
// plan's change text, a warning in the log and the summary, naming each runner dropped and where it goes.
// What is sent is unchanged. In process against the simulator, at organization and enterprise scope.
import { useSimulator, requestLines, writesSent } from './support/simulator.js'
import { runStep } from './support/step.js'
import { fleetWorkspaces } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = fleetWorkspaces('group-runner-drops')

const SCOPES = [
  ['organization', {}, '/orgs/acme/actions', 'organization: acme'],
  ['enterprise', { enterprise: 'octo-ent' }, '/enterprises/octo-ent/actions', 'enterprise: octo-ent']
] as const

/** Group `build` holding self-hosted runners a and b, and c in no group of its own (the default one). */
function seedBuild(enterprise: boolean) {
  const seed = enterprise ? sim().seed.enterprise : sim().seed
  const build = seed.group({ name: 'build', visibility: 'all' }) as { id: number }
  const [a, b] = ['a', 'b'].map(
    (name) => seed.selfHostedRunner({ name, runner_group_id: build.id }) as { id: number }
  )
  const c = seed.selfHostedRunner({ name: 'c' }) as { id: number }
  const state = enterprise ? sim().state.enterprise : sim().state
  const groupOf = (runner: { id: number }) =>
    (state.selfHostedRunners as Array<{ id: number; runner_group_id: number }>).find(
      (r) => r.id === runner.id
    )?.runner_group_id
  return { build, a: a as { id: number }, b: b as { id: number }, c, groupOf }
}

const moved = (b: { id: number }) =>
  `GitHub moves self-hosted runner 'b' (id ${b.id}), which the new list drops, to the default group 'Default' (visibility all): whoever that group admits can then use it`

describe.each(SCOPES)('at %s scope', (scope, inputs, at, owner) => {
  const enterprise = scope === 'enterprise'

  test('set-group-runners warns, in its log and summary, of each runner its list drops; sends the list as given', async () => {
    const { build, a, b, groupOf } = seedBuild(enterprise)
    const step = await runStep(
      { operation: 'set-group-runners', 'runner-group': 'build', runners: 'a', ...inputs },
      sim().url
    )
    expect(step.errors).toEqual([])
    const warning = `Runner group 'build': ${moved(b)}.`
    expect(step.warnings).toEqual([warning])
    expect(step.summary).toContain(`**Warning:** ${warning}`)
    expect(writesSent(sim())).toEqual([
      { method: 'PUT', path: `${at}/runner-groups/${build.id}/runners`, body: { runners: [a.id] } }
    ])
    expect(groupOf(b)).toBe(1)
    // One more read than before: the group's runners (the groups were read to find 'build' by name).
    expect(
      requestLines(sim()).filter((line) => line === `GET ${at}/runner-groups/${build.id}/runners`)
    ).toHaveLength(1)
  })

  test('set-group-runners in a dry run says the same and sends nothing; a list that drops none says nothing', async () => {
    const { build, b } = seedBuild(enterprise)
    const dry = await runStep(
      {
        operation: 'set-group-runners',
        'runner-group': String(build.id),
        runners: 'a',
        'dry-run': 'true',
        ...inputs
      },
      sim().url
    )
    expect(dry.warnings).toEqual([`Runner group 'build': ${moved(b)}.`])
    expect(dry.summary).toContain(moved(b))
    expect(writesSent(sim())).toEqual([])
    const adds = await runStep(
      { operation: 'set-group-runners', 'runner-group': 'build', runners: 'a, b, c', ...inputs },
      sim().url
    )
    expect(adds.errors).toEqual([])
    expect(adds.warnings).toEqual([])
    expect(adds.summary).not.toContain('default group')
  })

  test('ensure-group: the change text, the log and the summary name the runner dropped and the default group', async () => {
    const { build, a, b, groupOf } = seedBuild(enterprise)
    const step = await runStep(
      { operation: 'ensure-group', 'group-name': 'build', runners: 'a', ...inputs },
      sim().url
    )
    expect(step.errors).toEqual([])
    const warning = `Runner group 'build': ${moved(b)}.`
    expect(step.warnings).toEqual([warning])
    expect(step.summary).toContain(`**Warning:** ${warning}`)
    expect((step.result as { changes: string[] }).changes).toEqual([`runners: -b; ${moved(b)}`])
    expect(writesSent(sim())).toEqual([
      { method: 'PUT', path: `${at}/runner-groups/${build.id}/runners`, body: { runners: [a.id] } }
    ])
    expect(groupOf(b)).toBe(1)
  })

  test.each([
    ['a dry run', { 'dry-run': 'true' }],
    ['a run', {}]
  ])(
    'apply, %s: the plan line, the plan output, the log and the summary name the runner dropped',
    async (_, more) => {
      const { build, a, b } = seedBuild(enterprise)
      const file = `${owner}\nrunner-groups:\n  - group-name: build\n    runners: [a]\n`
      const step = await runStep({ operation: 'apply', ...inputs, ...more }, sim().url, {
        GITHUB_WORKSPACE: workspace(file)
      })
      expect(step.errors).toEqual([])
      const warning = `update runner-group 'build' (id ${build.id}): ${moved(b)}.`
      expect(step.warnings).toEqual([warning])
      expect(step.summary).toContain(`**Warning:** ${warning}`)
      // The plan's line in the log, and its row in the summary.
      expect(step.stdout).toContain(
        `update runner-group 'build' (id ${build.id}): runners: a, b → a; ${moved(b)}\n`
      )
      expect(step.summary).toContain(`runners: a, b → a; ${moved(b)}`)
      const plan = JSON.parse(step.outputs.plan as string) as Array<{ warning?: string }>
      expect(plan).toEqual([expect.objectContaining({ name: 'build', warning: moved(b) })])
      expect(writesSent(sim())).toEqual(
        'dry-run' in more
          ? []
          : [{ method: 'PUT', path: `${at}/runner-groups/${build.id}/runners`, body: { runners: [a.id] } }]
      )
    }
  )

  test('apply: a runner one list drops and another takes goes there, not to the default group: no warning', async () => {
    const { b, groupOf } = seedBuild(enterprise)
    const file = `${owner}\nrunner-groups:\n  - group-name: build\n    runners: [a]\n  - group-name: deploy\n    runners: [b]\n`
    const step = await runStep({ operation: 'apply', ...inputs }, sim().url, {
      GITHUB_WORKSPACE: workspace(file)
    })
    expect(step.errors).toEqual([])
    expect(step.warnings).toEqual([])
    expect(step.summary).not.toContain('default group')
    expect(groupOf(b)).not.toBe(1)
  })
})

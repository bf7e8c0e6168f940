// What a person reads in a normal run: the log without debug lines (each write as sent and answered,
// each state change of a wait with the time spent, retries as warnings with their wait, lists folded),
// summaries in one vocabulary with names next to ids, and errors that say which token lacks what.
import { runStep, type StepResult } from './support/step.js'
import { useSimulator } from './support/simulator.js'

const sim = useSimulator({ readyAfterPolls: 2 })
const RUNNERS = '/orgs/acme/actions/hosted-runners'

/** The lines GitHub shows without step debug logging: no `::debug::`, and groups folded to their title. */
function normalLog(step: StepResult): string[] {
  const shown: string[] = []
  let folded = false
  for (const line of step.stdout.split('\n')) {
    if (line.startsWith('::group::')) shown.push(`▸ ${line.slice('::group::'.length)}`)
    folded = line.startsWith('::group::') ? true : line.startsWith('::endgroup::') ? false : folded
    if (!folded && line !== '' && !/^::(debug|endgroup|add-mask)::/.test(line)) shown.push(line)
  }
  return shown
}

describe('create-runner with wait-for: ready', () => {
  let step: StepResult
  beforeEach(async () => {
    step = await runStep(
      {
        operation: 'create-runner',
        'runner-name': 'release',
        'image-id': '2306',
        size: '4-core',
        'wait-for': 'ready',
        'poll-interval': '1s'
      },
      sim().url
    )
  })

  it('logs the write as sent and answered and each state change with the time spent', () => {
    expect(step.errors).toEqual([])
    expect(normalLog(step)).toEqual([
      `Sending POST ${RUNNERS}`,
      `POST ${RUNNERS} → 201`,
      'Runner release is Provisioning: waiting up to 15m for Ready, looking every 1s at first.',
      expect.stringMatching(/^Runner release is Ready after \d+s \(Provisioning for \d+s\)\.$/)
    ])
    // Request traces stay at debug level.
    expect(step.stdout).toMatch(new RegExp(`^::debug::GET ${RUNNERS}/\\d+ → 200$`, 'm'))
  })

  it('summarizes the write and the final state once, in snake_case, without raw JSON', () => {
    expect(step.summary).toMatch(
      new RegExp(`\\| POST \\| ${RUNNERS} \\| 201 \\| name: release; image: .+ \\(github\\); size: 4-core`)
    )
    expect(step.summary).toMatch(/Waited \d+s \(3 looks\) for runner `release` to be Ready\./)
    expect(step.summary).toContain('| status | Ready |')
    expect(step.summary).not.toContain('Provisioning')
    expect(step.summary).toMatch(/\| image_details \| [^|{]+ \(github\) \|/)
    expect(step.summary).toContain('| machine_size_details | 4-core (4 CPU, 16 GB RAM, 150 GB disk) |')
    expect(step.summary).toMatch(/\| runner_group_id \| Default \(\d+\) \|/)
    expect(step.summary).not.toMatch(/[{}]|runnerId|runnerName/)
  })
})

test('a wait that finds the runner Ready at once says nothing of waiting', async () => {
  sim().seed.runner({ name: 'steady' })
  const step = await runStep({ operation: 'wait-runner', 'runner-name': 'steady' }, sim().url)
  expect(normalLog(step)).toEqual(['Runner steady is Ready.'])
  expect(step.summary).not.toMatch(/waited|looks?\b/i)
  expect(step.summary).toContain('| status | Ready |')
})

test('a list is logged folded in a group, and its table reads like the log', async () => {
  sim().seed.runner({ name: 'one' })
  sim().seed.runner({ name: 'two' })
  const step = await runStep({ operation: 'list-runners' }, sim().url)
  expect(normalLog(step)).toEqual(['▸ list-runners: 2 found'])
  expect(step.stdout).toMatch(/^::group::list-runners: \d+ found\nid: \d+; name: [^\n]+\n/m)
  expect(step.summary).not.toMatch(/[{}]/)
})

describe('names next to ids', () => {
  const group = () => sim().seed.group({ name: 'build', visibility: 'selected' })

  test('set-group-repos names the group and each repository it sent', async () => {
    const { id } = group()
    const web = sim().seed.repository({ name: 'web' })
    const step = await runStep(
      { operation: 'set-group-repos', 'runner-group': 'build', repositories: 'web' },
      sim().url
    )
    expect(step.summary).toContain(`Runner group \`build\` (id ${id}).`)
    expect(step.summary).toContain(`| 204 | selected_repository_ids: acme/web (${web.id}) |`)
  })

  test('its dry run plans with names, not a JSON body', async () => {
    group()
    const web = sim().seed.repository({ name: 'web' })
    const step = await runStep(
      { operation: 'set-group-repos', 'runner-group': 'build', repositories: 'web', 'dry-run': 'true' },
      sim().url
    )
    expect(step.summary).toContain('Dry run: nothing was sent.')
    expect(step.summary).toContain(`| selected_repository_ids: acme/web (${web.id}) |`)
    expect(step.summary).not.toContain('{')
  })
})

test('an ensure-group with nothing to change says so', async () => {
  sim().seed.group({ name: 'build', visibility: 'all' })
  const step = await runStep(
    { operation: 'ensure-group', 'group-name': 'build', visibility: 'all' },
    sim().url
  )
  expect(step.outputs.changed).toBe('false')
  expect(step.summary).toContain('Nothing to change')
})

test('a retry is a warning that says how long it waits', async () => {
  sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status: 502 })
  const step = await runStep({ operation: 'get-limits' }, sim().url)
  expect(step.errors).toEqual([])
  expect(step.warnings).toEqual([
    expect.stringMatching(/^GET .*\/limits: HTTP 502; trying again in \d+m?s \(retry 1 of 3\)\.$/)
  ])
})

describe('a 403 says which kind of token lacks which permission', () => {
  const refuse = (body: object, headers: Record<string, string> = {}) =>
    sim().fault({ method: 'GET', path: RUNNERS, status: 403, body, headers })

  test('"Resource not accessible by integration": a GITHUB_TOKEN or an App without the permission', async () => {
    refuse({ message: 'Resource not accessible by integration' })
    const step = await runStep({ operation: 'list-runners' }, sim().url)
    expect(step.errors[0]).toMatch(
      /Resource not accessible by integration\. The token is a GitHub App token or the workflow's GITHUB_TOKEN/
    )
    expect(step.errors[0]).toContain("organization permission 'Administration'")
  })

  test('a classic token: its scopes, and the one it needs', async () => {
    refuse({ message: 'Must have admin rights to Repository.' }, { 'x-oauth-scopes': 'repo, workflow' })
    const refused = await runStep({ operation: 'list-runners' }, sim().url)
    expect(refused.errors[0]).toContain("classic personal access token with the scopes 'repo, workflow'")
    expect(refused.errors[0]).toContain('`manage_runners:org`')
  })

  test('no scope header: not a classic token', async () => {
    refuse({ message: 'Forbidden' })
    const step = await runStep({ operation: 'list-runners' }, sim().url)
    expect(step.errors[0]).toMatch(/no scope header, so it is not a classic personal access token/)
  })
})

test('a cleanup with nothing to delete says so', async () => {
  const image = sim().seed.image({ name: 'golden' })
  sim().seed.imageVersion(image.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  const step = await runStep({ operation: 'cleanup-image-versions', keep: '5' }, sim().url)
  expect(step.errors).toEqual([])
  expect(step.outputs).toMatchObject({ count: '0', changed: 'false' })
  expect(step.summary).toContain('Nothing to change: no version matches the policy.')
  expect(normalLog(step)).toEqual(['▸ Retention plan: 0 of 1 versions to delete'])
})

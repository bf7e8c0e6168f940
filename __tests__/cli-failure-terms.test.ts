// Every way the command line tells a failure speaks of flags, never of the action's inputs: stderr in text
// and in --json, and with --json the `error` of the result it prints. In process against the simulator:
// an input error (exit 2), a lookup's error once running, a fleet file's error, a request GitHub refused,
// and a refusal after the plan (PartialFailure, its outputs printed with the error), at both scopes.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli/command.js'
import type { Output } from '../src/cli/status-line.js'
import { useSimulator, writesSent } from './support/simulator.js'
import { FAST_TIMING, TOKEN } from './support/step.js'
import { tempDir } from './support/temp.js'

const sim = useSimulator({ readyAfterPolls: 0, goneAfterPolls: 0 })

const screen = (): Output & { text: string } => ({
  text: '',
  write(chunk: string) {
    this.text += chunk
    return true
  }
})

async function cli(words: string[], cwd = process.cwd()) {
  const stdout = screen()
  const stderr = screen()
  const argv = [...words, '--api-url', sim().url]
  const env = { GH_TOKEN: TOKEN }
  const { status } = await runCli({ argv, env, cwd, stdout, stderr, timing: FAST_TIMING })
  return { status, stdout: stdout.text, stderr: stderr.text }
}

/** The same words in text and with --json: both runs' stderr, the JSON's error, and what the action would say. */
async function bothWays(words: string[], cwd?: string) {
  const text = await cli(words, cwd)
  const json = await cli([...words, '--json'], cwd)
  const result = JSON.parse(json.stdout) as { error: { message: string; status?: number } }
  return { text, json, result }
}

/** No trace of the action's wording: `Input 'x'`, `the 'x' input`, `` the `x` input ``. */
const ACTION_WORDING = /\b[Ii]nputs? '|'[a-z-]+' input\b|`[a-z-]+` input\b/

function expectFlagTerms(run: Awaited<ReturnType<typeof bothWays>>, message: string, status: number) {
  expect(run.text.status).toBe(status)
  expect(run.json.status).toBe(status)
  expect(run.result.error.message).toBe(message)
  // stderr says the very message the JSON holds, in text and with --json alike.
  for (const { stderr } of [run.text, run.json]) expect(stderr).toContain(message)
  for (const shown of [run.text.stdout, run.text.stderr, run.json.stdout, run.json.stderr])
    expect(shown).not.toMatch(ACTION_WORDING)
}

const SCOPES = [
  ['organization', ['--org', 'acme'], "organization 'acme'"],
  ['enterprise', ['--enterprise', 'octo-ent'], "enterprise 'octo-ent'"]
] as const

test('an input error: exit 2 before any request, and with --json the result’s error, in flag terms', async () => {
  const run = await bothWays(['delete-runner', '--org', 'acme', '--runner-name', 'no spaces'])
  const message =
    "delete-runner: --runner-name must be 1–64 characters of a-z A-Z 0-9 . - _; got 'no spaces'."
  expectFlagTerms(run, message, 2)
  expect(run.text.stdout).toBe('')
  expect(run.text.stderr).toBe(`hosted-runners: ${message}\nRun 'hosted-runners --help' for usage.\n`)
  expect(run.result).toEqual({ error: { message } })
  expect(sim().requests).toEqual([])
})

test.each(SCOPES)(
  'at %s scope, a name not found once running: exit 1, in flag terms',
  async (_, at, where) => {
    const seed = at[0] === '--enterprise' ? sim().seed.enterprise : sim().seed
    seed.group({ name: 'build', visibility: 'all' })
    seed.selfHostedRunner({ name: 'metal-1' })
    const run = await bothWays([
      'set-group-runners',
      ...at,
      '--runner-group',
      'build',
      '--runners',
      'metal-9'
    ])
    expectFlagTerms(
      run,
      `set-group-runners: --runners: no self-hosted runner named 'metal-9' in ${where}. Did you mean 'metal-1'?`,
      1
    )
    expect(writesSent(sim())).toEqual([])
  }
)

test('a fleet file’s error: the file not found, named by its flag', async () => {
  const cwd = tempDir('cli-failure-terms-')
  const run = await bothWays(['apply', '--org', 'acme', '--config', 'missing.yml', '--dry-run'], cwd)
  expectFlagTerms(
    run,
    `apply: --config: no file 'missing.yml' in the workspace (${cwd}). Check out the repository first (actions/checkout), or set --config.`,
    1
  )
})

test.each(SCOPES)(
  'at %s scope, a request GitHub refuses (401): the hint names the token’s flag',
  async (_, at) => {
    const path =
      at[0] === '--enterprise'
        ? '/enterprises/octo-ent/actions/hosted-runners'
        : '/orgs/acme/actions/hosted-runners'
    sim().fault({ path, status: 401, body: { message: 'Bad credentials' }, times: 2 })
    const run = await bothWays(['list-runners', ...at])
    expectFlagTerms(
      run,
      `list-runners failed: HTTP 401 from GET ${sim().url}${path}: Bad credentials. The token is invalid or expired: check --token (or GH_TOKEN).`,
      1
    )
    expect(run.result.error.status).toBe(401)
  }
)

describe('a refusal after the plan (its outputs printed with the error)', () => {
  function fleet(text: string): string {
    const dir = tempDir('cli-failure-terms-')
    writeFileSync(join(dir, 'fleet.yml'), text)
    return dir
  }

  test.each(SCOPES)('at %s scope, the safety cap: the plan and the error, in flag terms', async (_, at) => {
    const seed = at[0] === '--enterprise' ? sim().seed.enterprise : sim().seed
    for (const name of ['a', 'b', 'c']) seed.group({ name, visibility: 'all' })
    const owner = at[0] === '--enterprise' ? 'enterprise: octo-ent' : 'organization: acme'
    const cwd = fleet(`${owner}\nprune: true\n`)
    const run = await bothWays(['apply', ...at, '--config', 'fleet.yml', '--max-deletions', '1'], cwd)
    expectFlagTerms(
      run,
      'apply failed: The plan would delete 3 objects, more than max-deletions (1): nothing was sent. Check the plan in the step summary, then set --max-deletions to 3 or more, or declare what should stay.',
      1
    )
    const result = run.result as unknown as { plan: unknown[]; plan_digest: string }
    expect(result.plan).toHaveLength(3)
    expect(result.plan_digest).toMatch(/^[0-9a-f]{64}$/)
    expect(Object.keys(result)[0]).toBe('error')
    expect(run.text.stdout).toContain('Stopped by the safety cap')
    expect(writesSent(sim())).toEqual([])
  })

  test('--fail-on-changes: exit 3, and the JSON’s error names the flag', async () => {
    const cwd = fleet('runner-groups:\n  - group-name: build\n')
    const run = await bothWays(['apply', '--org', 'acme', '--config', 'fleet.yml', '--fail-on-changes'], cwd)
    expectFlagTerms(
      run,
      'apply failed: The plan holds 1 change and --fail-on-changes is true: nothing was sent. GitHub differs from what is declared: review the plan in the summary, then apply it or change the declaration.',
      3
    )
    expect(writesSent(sim())).toEqual([])
  })
})

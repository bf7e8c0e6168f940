// The command line in process (src/cli/command.ts) against the simulator: the action's pipeline with
// terminal sinks. What a person sees on stdout and stderr, the exit statuses, the token kept out of both,
// and the status line on a terminal. dist/cli.js itself is run in cli-bundle.test.ts.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli/command.js'
import type { Output } from '../src/cli/status-line.js'
import { useSimulator, writesSent } from './support/simulator.js'
import { FAST_TIMING, TOKEN } from './support/step.js'
import { tempDir } from './support/temp.js'

const sim = useSimulator({ readyAfterPolls: 0, goneAfterPolls: 0 })
const ESCAPE = '\u001b'

interface Screen extends Output {
  text: string
}
const screen = (tty = false, columns = 100): Screen => ({
  text: '',
  isTTY: tty,
  columns,
  write(chunk: string) {
    this.text += chunk
    return true
  }
})

async function cli(words: string[], options: { env?: NodeJS.ProcessEnv; tty?: boolean; cwd?: string } = {}) {
  const stdout = screen(options.tty)
  const stderr = screen(options.tty)
  const env = { GH_TOKEN: TOKEN, ...options.env }
  const argv = [...words, '--api-url', sim().url]
  const { status } = await runCli({
    argv,
    env,
    cwd: options.cwd ?? process.cwd(),
    stdout,
    stderr,
    timing: FAST_TIMING
  })
  expect(stdout.text + stderr.text).not.toContain(TOKEN)
  return { status, stdout: stdout.text, stderr: stderr.text }
}

test('list-runners prints the summary as aligned text; --json prints `result` alone', async () => {
  sim().seed.runner({ name: 'build' })
  sim().seed.runner({ name: 'release-linux' })
  const text = await cli(['list-runners', '--org', 'acme'])
  expect(text.status).toBe(0)
  expect(text.stderr).toBe('')
  const lines = text.stdout.split('\n')
  expect(lines.slice(0, 3)).toEqual(['list-runners on acme', '', '2 found.'])
  expect(lines[4]).toMatch(/^id {2}name {11}status {2}platform/)
  expect(lines.find((line) => line.includes('release-linux'))).toMatch(/^\d+ +release-linux +Ready /)

  const json = await cli(['list-runners', '--org', 'acme', '--json'])
  expect(json.status).toBe(0)
  const result = JSON.parse(json.stdout) as Array<{ name: string }>
  expect(result.map((runner) => runner.name)).toEqual(['build', 'release-linux'])
})

test('a failure prints the summary, and the error once, on stderr: exit status 1', async () => {
  const run = await cli(['get-runner', '--org', 'acme', '--runner-id', '999'])
  expect(run.status).toBe(1)
  expect(run.stdout).toBe('get-runner on acme\n')
  expect(run.stderr).toMatch(/^error: get-runner failed: HTTP 404 from GET http:\/\/127\.0\.0\.1:\d+\//)
  expect(run.stderr.match(/HTTP 404/g)).toHaveLength(1)
})

test('a value that does not fit is the action’s input error, exit status 2, before any request', async () => {
  const run = await cli(['delete-runner', '--org', 'acme', '--runner-name', 'no spaces'])
  expect(run).toEqual({
    status: 2,
    stdout: '',
    stderr:
      "hosted-runners: delete-runner: --runner-name must be 1–64 characters of a-z A-Z 0-9 . - _; got 'no spaces'.\nRun 'hosted-runners --help' for usage.\n"
  })
  const missing = await cli(['list-runners'])
  expect(missing.status).toBe(2)
  expect(missing.stderr).toContain('--org is required outside a workflow')
  expect(sim().requests).toEqual([])
})

test('no operation, and --help after an unknown operation, are usage errors', async () => {
  const none = await cli([])
  expect(none.status).toBe(2)
  expect(none.stderr).toContain('hosted-runners: give an operation')
  const unknown = await cli(['delete-runer', '--help'])
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toContain("unknown operation 'delete-runer'. Did you mean `delete-runner`?")
  expect(sim().requests).toEqual([])
})

test('warnings go to stderr; --verbose adds the log', async () => {
  const quiet = await cli(['list-runners', '--org', 'acme', '--size', '4-core'])
  expect(quiet.stderr).toBe("warning: --size is not read by operation 'list-runners': ignored.\n")
  sim().seed.runner({ name: 'build' })
  const planned = await cli([
    'delete-runner',
    '--org',
    'acme',
    '--runner-name',
    'build',
    '--verbose',
    '--dry-run'
  ])
  expect(planned.status).toBe(0)
  expect(planned.stderr).toMatch(/^\[dry-run\] DELETE \/orgs\/acme\/actions\/hosted-runners\/\d+$/m)
  expect(planned.stdout).toContain('Dry run: nothing was sent. Planned requests:')
  expect(writesSent(sim())).toEqual([])
})

test('the token is never printed, even when the server says it back', async () => {
  sim().fault({
    path: '/orgs/acme/actions/hosted-runners',
    status: 401,
    body: { message: `Bad credentials ${TOKEN}` }
  })
  const run = await cli(['list-runners', '--org', 'acme'], { env: { GH_TOKEN: '', GITHUB_TOKEN: TOKEN } })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('Bad credentials ***. The token is invalid or expired')
  expect(sim().requests[0]?.headers.authorization).toBe(`token ${TOKEN}`)
  const named = await cli(['get-group', '--org', 'acme', '--runner-group', TOKEN, '--token', TOKEN], {
    env: {}
  })
  expect(named.stderr).toContain("no runner group named '***'")
})

test('apply --dry-run reads --config relative to the current directory and sends no write', async () => {
  const workspace = tempDir('cli-fleet-')
  writeFileSync(
    join(workspace, 'fleet.yml'),
    'runner-groups:\n  - group-name: release\n    visibility: all\n'
  )
  const run = await cli(['apply', '--org', 'acme', '--config', 'fleet.yml', '--dry-run'], { cwd: workspace })
  expect(run.status).toBe(0)
  expect(run.stdout).toContain(
    'apply on acme (dry run)\n\nPlan of fleet.yml: 1 to create, 0 to update, 0 to delete.'
  )
  expect(run.stdout).toMatch(/^create {2}runner-group {2}release {2}visibility: all {2}planned$/m)
  expect(writesSent(sim())).toEqual([])
})

test('at enterprise scope, no org is needed', async () => {
  const run = await cli(['list-runners', '--enterprise', 'octo-ent', '--json'])
  expect(run.status).toBe(0)
  expect(sim().requests.map((r) => r.path)).toEqual(['/enterprises/octo-ent/actions/hosted-runners'])
})

test('on a terminal: colour, and the status line erased before the summary; NO_COLOR: no escape codes', async () => {
  sim().seed.runner({ name: 'build' })
  const words = ['delete-runner', '--org', 'acme', '--runner-name', 'build', '--wait-for', 'deleted']
  const coloured = await cli(words, { tty: true })
  expect(coloured.status).toBe(0)
  expect(coloured.stdout).toContain(`${ESCAPE}[1mdelete-runner on acme`)
  expect(coloured.stderr).toMatch(/^\r\[0s\] Sending DELETE /)
  expect(coloured.stderr).toContain('\r[0s] Runner build is deleted.')
  expect(coloured.stderr).toMatch(/\r {10,}\r$/)

  sim().seed.runner({ name: 'other' })
  const plain = await cli(['get-runner', '--org', 'acme', '--runner-name', 'other'], {
    tty: true,
    env: { NO_COLOR: '1' }
  })
  expect(plain.status).toBe(0)
  expect(plain.stdout + plain.stderr).not.toContain(ESCAPE)
})

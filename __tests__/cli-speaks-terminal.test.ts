// The command line in terms of a terminal, in process against the simulator: the plan's digest in text
// and in --json, --fail-on-changes (exit 3), empty flag values refused (exit 2), a reader that goes away
// (EPIPE) ends the output but not the writes, --version, each error once in flag and environment terms,
// GH_HOST as gh reads it, and table columns measured in screen columns.
import { EventEmitter } from 'node:events'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import stringWidth from 'string-width'
import { apiUrlOfHost, inputReader, parseCommandLine } from '../src/cli/arguments.js'
import { runCli } from '../src/cli/command.js'
import { CATALOGUE } from '../src/generated/catalogue.js'
import { generalHelp, helpFor, ownWordsWidth } from '../src/cli/help.js'
import { inFlagTerms } from '../src/cli/flag-terms.js'
import type { Stream } from '../src/cli/terminal-io.js'
import { renderMarkdown } from '../src/cli/terminal.js'
import { itemsTable } from '../src/report/run-tables.js'
import { useSimulator, writesSent } from './support/simulator.js'
import { FAST_TIMING, ROOT, TOKEN } from './support/step.js'
import { tempDir } from './support/temp.js'

const sim = useSimulator({ readyAfterPolls: 0, goneAfterPolls: 0 })

/** A stream that keeps what is written; `closeAfter` writes, it fails as a closed pipe does. */
class Screen extends EventEmitter implements Stream {
  text = ''
  writes = 0
  constructor(private readonly closeAfter = Infinity) {
    super()
  }
  write(chunk: string): boolean {
    if (++this.writes > this.closeAfter) {
      // As a socket reports it: the error comes after the write call has returned.
      const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })
      process.nextTick(() => this.emit('error', error))
      return false
    }
    this.text += chunk
    return true
  }
}

async function cli(
  words: string[],
  { env = {}, cwd = process.cwd(), stdout = new Screen(), stderr = new Screen(), apiUrl = true } = {}
) {
  const argv = apiUrl ? [...words, '--api-url', sim().url] : words
  const { status } = await runCli({ argv, env, cwd, stdout, stderr, timing: FAST_TIMING })
  expect(stdout.text + stderr.text).not.toContain(TOKEN)
  return { status, stdout: stdout.text, stderr: stderr.text }
}
const withToken = { GH_TOKEN: TOKEN }

function fleetDir(text: string): string {
  const dir = tempDir('cli-terminal-')
  writeFileSync(join(dir, 'fleet.yml'), text)
  return dir
}
const FLEET = 'runner-groups:\n  - group-name: build\n    visibility: all\n'

describe('a plan', () => {
  it('shows its plan-digest after the summary, and in --json beside the result', async () => {
    const cwd = fleetDir(FLEET)
    const words = ['apply', '--org', 'acme', '--config', 'fleet.yml', '--dry-run']
    const text = await cli(words, { env: withToken, cwd })
    expect(text.status).toBe(0)
    const digest = /\nplan-digest: ([0-9a-f]{64})\n$/.exec(text.stdout)?.[1]
    expect(digest).toBeDefined()
    const json = await cli([...words, '--json'], { env: withToken, cwd })
    expect(JSON.parse(json.stdout)).toEqual(expect.objectContaining({ changes: 1, plan_digest: digest }))
  })

  it('with --fail-on-changes exits 3 when it is not empty, sending nothing; 0 when it is', async () => {
    const cwd = fleetDir(FLEET)
    const words = ['apply', '--org', 'acme', '--config', 'fleet.yml', '--fail-on-changes']
    const drift = await cli(words, { env: withToken, cwd })
    expect(drift.status).toBe(3)
    expect(drift.stdout).toContain('Changes found: nothing was sent.')
    expect(drift.stdout).toMatch(/\nplan-digest: [0-9a-f]{64}\n$/)
    expect(drift.stderr).toBe(
      'error: apply failed: The plan holds 1 change and --fail-on-changes is true: nothing was sent. GitHub differs from what is declared: review the plan in the summary, then apply it or change the declaration.\n'
    )
    expect(writesSent(sim())).toEqual([])
    sim().seed.group({ name: 'build', visibility: 'all' })
    const none = await cli(words, { env: withToken, cwd })
    expect(none.status).toBe(0)
    expect(none.stderr).toBe('')
  })
})

describe('usage errors, exit status 2 before any request', () => {
  it.each([
    [['list-runners', '--org='], '--org'],
    [['list-runners', '--org', ''], '--org'],
    [['delete-runner', '--org', 'acme', '--runner-name', 'build', '--dry-run='], '--dry-run'],
    [['list-runners', '--org', 'acme', '--api-url', ' '], '--api-url']
  ])('an empty flag value: %j', async (words, flag) => {
    sim().seed.runner({ name: 'build' })
    const run = await cli(words, { env: withToken, apiUrl: false })
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: `hosted-runners: Flag '${flag}' is given an empty value: give it a value (${flag} <value>), or leave the flag out.\nRun 'hosted-runners --help' for usage.\n`
    })
    expect(sim().requests).toEqual([])
  })

  it('no token: said once, in terms of the flag and the environment', async () => {
    const run = await cli(['list-runners', '--org', 'acme'])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      "hosted-runners: list-runners: --token (or GH_TOKEN) is required: a token that may manage the organization's runners.\nRun 'hosted-runners --help' for usage.\n"
    )
    expect(sim().requests).toEqual([])
  })
})

test('inFlagTerms says every phrase that names an input as its flag, and leaves other quotes alone', () => {
  expect(inFlagTerms("Operation 'get-image-version' needs input 'custom-image' or 'image-version'.")).toBe(
    "Operation 'get-image-version' needs input --custom-image or --image-version.".replace('input ', '')
  )
  expect(inFlagTerms("Input 'runner-id' must be a positive whole number; got 'x'.")).toBe(
    "--runner-id must be a positive whole number; got 'x'."
  )
  expect(
    inFlagTerms("Operation 'get-limits' exists at organization scope only: remove the 'enterprise' input.")
  ).toBe("Operation 'get-limits' exists at organization scope only: remove --enterprise.")
  expect(inFlagTerms(" Is the step's 'enterprise' input empty (an unset variable)?")).toBe(
    ' Is --enterprise empty (an unset variable)?'
  )
  expect(inFlagTerms("fleet.yml line 3: hosted-runners[0].image-version: remove 'image-version'")).toBe(
    "fleet.yml line 3: hosted-runners[0].image-version: remove 'image-version'"
  )
})

test('a hint naming an input no fleet file holds speaks of its flag: the gate and the config file', async () => {
  expect(inFlagTerms("Check the plan in the step summary, then set 'max-deletions' to 3 or more.")).toBe(
    'Check the plan in the step summary, then set --max-deletions to 3 or more.'
  )
  expect(
    inFlagTerms("require-reviewed-plan: true, and 'expected-plan-digest' is not given: nothing was sent.")
  ).toBe('require-reviewed-plan: true, and --expected-plan-digest is not given: nothing was sent.')
  // A fleet key keeps the file's spelling, and so do the rollout's keys (`wait-timeout`).
  expect(inFlagTerms("to create it, give 'image-id' and 'size'; 'wait-timeout' of the rollout")).toBe(
    "to create it, give 'image-id' and 'size'; 'wait-timeout' of the rollout"
  )
  const dir = tempDir('cli-config-')
  const run = await cli(['apply', '--org', 'acme', '--config', 'missing.yml', '--dry-run'], {
    env: withToken,
    cwd: dir
  })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('or set --config.')
  expect(run.stderr).not.toMatch(/'config'/)
})

test('--version prints the package’s version, loading nothing else', async () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  expect(await cli(['--version'], { apiUrl: false })).toEqual({
    status: 0,
    stdout: `hosted-runners ${version}\n`,
    stderr: ''
  })
  expect(parseCommandLine(['list-runners', '--version']).version).toBe(true)
})

describe('a reader that closes the pipe', () => {
  it('ends the output, never the writes: the run goes on and its status says how it ended', async () => {
    for (const name of ['a', 'b', 'c']) sim().seed.group({ name, visibility: 'all' })
    const cwd = fleetDir('organization: acme\nprune: true\n')
    // --verbose writes the log to stderr as the run goes: both streams close at their first write.
    const stdout = new Screen(0)
    const stderr = new Screen(0)
    const words = ['apply', '--org', 'acme', '--config', 'fleet.yml', '--verbose', '--max-deletions', '3']
    const run = await cli(words, { env: withToken, cwd, stdout, stderr })
    expect(run.status).toBe(0)
    expect(writesSent(sim()).map((w) => w.method)).toEqual(['DELETE', 'DELETE', 'DELETE'])
    // The log and the summary are many lines: after the error is told, none is written.
    expect(stderr.writes).toBeLessThanOrEqual(2)
    expect(stdout.writes).toBeLessThanOrEqual(2)
    expect(stderr.text + stdout.text).toBe('')
  })

  it('still says a failure in the exit status', async () => {
    const stdout = new Screen(0)
    const stderr = new Screen(0)
    const run = await cli(['get-runner', '--org', 'acme', '--runner-id', '999'], {
      env: withToken,
      stdout,
      stderr
    })
    expect(run.status).toBe(1)
  })
})

describe('GH_HOST', () => {
  it('is read as gh reads it', () => {
    expect(apiUrlOfHost('github.com')).toBe('https://api.github.com')
    expect(apiUrlOfHost('GitHub.example.com')).toBe('https://github.example.com/api/v3')
    expect(apiUrlOfHost('octo.ghe.com')).toBe('https://api.octo.ghe.com')
    expect(() => apiUrlOfHost('https://github.com/x')).toThrow('GH_HOST must be a host name')
  })

  it('names a host as gh does: a subdomain of github.com is github.com, of a GHE.com tenant that tenant', () => {
    // go-gh's NormalizeHostname: GH_HOST=api.github.com is github.com, never a GitHub Enterprise Server.
    expect(apiUrlOfHost('api.github.com')).toBe('https://api.github.com')
    expect(apiUrlOfHost('www.GitHub.com')).toBe('https://api.github.com')
    expect(apiUrlOfHost('api.octo.ghe.com')).toBe('https://api.octo.ghe.com')
    expect(apiUrlOfHost('OCTO.ghe.com')).toBe('https://api.octo.ghe.com')
    expect(apiUrlOfHost('notgithub.com')).toBe('https://notgithub.com/api/v3')
  })

  it('comes before GITHUB_API_URL, as the help and docs/command-line.md say', () => {
    const env = { GH_HOST: 'github.example.com', GITHUB_API_URL: 'https://elsewhere.test/api' }
    expect(inputReader(parseCommandLine(['list-runners']), env)('api-url')).toBe(
      'https://github.example.com/api/v3'
    )
    const order = /--api-url[^.]*GH_HOST[^.]*GITHUB_API_URL[^.]*https:\/\/api\.github\.com/
    expect(generalHelp({ width: 1000, colour: false }).replace(/\s+/g, ' ')).toMatch(order)
    const docs = readFileSync(join(ROOT, 'docs/command-line.md'), 'utf8').replace(/\s+/g, ' ')
    expect(docs).toMatch(order)
    expect(docs).toContain('3 when `--fail-on-changes` finds a plan that is not empty')
    expect(docs).toContain('else `GH_ENTERPRISE_TOKEN`, else `GITHUB_ENTERPRISE_TOKEN`')
  })

  it("on a GitHub Enterprise Server host takes gh's enterprise token, never the github.com one", () => {
    const env = {
      GH_TOKEN: 'for-github-com',
      GH_ENTERPRISE_TOKEN: 'for-ghes',
      GITHUB_ENTERPRISE_TOKEN: 'other'
    }
    const token = (words: string[], more: NodeJS.ProcessEnv) =>
      inputReader(parseCommandLine(words), { ...env, ...more })('token')
    expect(token(['list-runners'], { GH_HOST: 'github.example.com' })).toBe('for-ghes')
    expect(token(['list-runners'], { GH_HOST: 'github.example.com', GH_ENTERPRISE_TOKEN: '' })).toBe('other')
    expect(
      token(['list-runners'], {
        GH_HOST: 'github.example.com',
        GH_ENTERPRISE_TOKEN: '',
        GITHUB_ENTERPRISE_TOKEN: ''
      })
    ).toBe('')
    expect(token(['list-runners', '--token', 'given'], { GH_HOST: 'github.example.com' })).toBe('given')
    // github.com and a GHE.com tenant keep GH_TOKEN, and so does an API given by --api-url.
    expect(token(['list-runners'], { GH_HOST: 'api.github.com' })).toBe('for-github-com')
    expect(token(['list-runners'], { GH_HOST: 'octo.ghe.com' })).toBe('for-github-com')
    expect(
      token(['list-runners', '--api-url', 'https://x.test/api'], { GH_HOST: 'github.example.com' })
    ).toBe('for-github-com')
  })

  it('gives the API when --api-url is not given; --api-url wins', async () => {
    const read = (words: string[]) => inputReader(parseCommandLine(words), { GH_HOST: 'github.example.com' })
    expect(read(['list-runners'])('api-url')).toBe('https://github.example.com/api/v3')
    expect(read(['list-runners', '--api-url', 'https://x.test/api'])('api-url')).toBe('https://x.test/api')
    const run = await cli(['list-runners', '--org', 'acme', '--json'], {
      env: { ...withToken, GH_HOST: 'github.example.com' }
    })
    expect(run.status).toBe(0)
    expect(sim().requests.map((r) => r.path)).toEqual(['/orgs/acme/actions/hosted-runners'])
  })
})

test('tables are measured in screen columns: names in CJK or with emoji keep the columns aligned', () => {
  const rows = [
    { id: 1, name: 'build', status: 'Ready' },
    { id: 2, name: 'ビルド用ランナー', status: 'Ready' },
    { id: 3, name: 'deploy 🚀👩🏽‍💻', status: 'Provisioning' }
  ]
  const lines = renderMarkdown(itemsTable(rows), { width: 80, colour: false }).trimEnd().split('\n')
  // Where `status` starts, in screen columns, on every row.
  const statusColumn = (line: string, status: string) => stringWidth(line.slice(0, line.lastIndexOf(status)))
  expect(statusColumn(lines[0] as string, 'status')).toBe(stringWidth('id  ビルド用ランナー  '))
  for (const [index, row] of rows.entries())
    expect(statusColumn(lines[index + 2] as string, row.status)).toBe(
      statusColumn(lines[0] as string, 'status')
    )
  // A narrow terminal wraps a wide name at a character, never past the width.
  const narrow = renderMarkdown(itemsTable(rows), { width: 24, colour: false })
  expect(Math.max(...narrow.split('\n').map((line) => stringWidth(line)))).toBeLessThanOrEqual(24)
})

test('help is measured by characters because every character of it takes one column, on every page', () => {
  const pages = [undefined, ...Object.keys(CATALOGUE)].map((operation) =>
    helpFor(operation, { width: 80, colour: false })
  )
  const wide = pages.flatMap((page) =>
    page.split('\n').filter((line) => ownWordsWidth(line) !== stringWidth(line))
  )
  expect(wide).toEqual([])
  expect(pages.length).toBe(Object.keys(CATALOGUE).length + 1)
})

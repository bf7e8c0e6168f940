// The built command line, `node dist/cli.js …` on Node 24 against the simulator, as a person runs it from
// a clone: output for a person and for scripts, a plan that sends no write, usage errors before any
// request, the help, and the token kept out of every output. Pipes, not a terminal: no escape codes.
import { spawn } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHUNK } from '../scripts/build-dist.mjs'
import { ORG_REQUIRED } from '../src/cli/arguments.js'
import { OPERATION_NAMES } from '../src/operations/index.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'
import { ACTION_NODE, ROOT, runOnNode24, TOKEN } from './support/step.js'
import { tempDir } from './support/temp.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const CLI = join(ROOT, 'dist/cli.js')

/** `node dist/cli.js …words` with only PATH, the token in GH_TOKEN, and `env`. */
async function hostedRunners(
  words: string[],
  { env = {}, cwd = ROOT }: { env?: NodeJS.ProcessEnv; cwd?: string } = {}
) {
  const { code, stdout, stderr } = await runOnNode24(
    [CLI, ...words],
    { PATH: process.env.PATH, GH_TOKEN: TOKEN, ...env },
    cwd
  )
  // Never the token, and never an escape code through a pipe.
  expect(stdout + stderr).not.toContain(TOKEN)
  expect(stdout + stderr).not.toContain('\u001b')
  return { status: code, stdout, stderr }
}

const at = () => ['--org', 'acme', '--api-url', sim().url]

test('list-runners prints the runners as text, and with --json the JSON list', async () => {
  sim().seed.runner({ name: 'build-linux' })
  sim().seed.runner({ name: 'release-linux' })
  const text = await hostedRunners(['list-runners', ...at()])
  expect(text).toMatchObject({ status: 0, stderr: '' })
  expect(text.stdout.split('\n').slice(0, 3)).toEqual(['list-runners on acme', '', '2 found.'])
  expect(text.stdout).toMatch(/^\d+ +build-linux +Ready +linux-x64 /m)
  expect(text.stdout).toMatch(/^\d+ +release-linux +Ready +linux-x64 /m)
  expect(Math.max(...text.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80)

  const json = await hostedRunners(['list-runners', ...at(), '--json'], { env: { NO_COLOR: '1' } })
  expect(json).toMatchObject({ status: 0, stderr: '' })
  const runners = JSON.parse(json.stdout) as Array<{ id: number; name: string; status: string }>
  expect(runners.map(({ name, status }) => ({ name, status }))).toEqual([
    { name: 'build-linux', status: 'Ready' },
    { name: 'release-linux', status: 'Ready' }
  ])
})

test('apply --config F --dry-run reads F from the current directory, prints the plan and sends no write', async () => {
  sim().seed.group({ name: 'build', visibility: 'all' })
  const workspace = tempDir('cli-apply-')
  writeFileSync(join(workspace, 'fleet.yml'), readFileSync(join(ROOT, '__tests__/fixtures/fleet.yml')))
  const run = await hostedRunners(['apply', ...at(), '--config', 'fleet.yml', '--dry-run'], {
    cwd: workspace
  })
  expect(run).toMatchObject({ status: 0, stderr: '' })
  expect(run.stdout).toContain(
    'apply on acme (dry run)\n\nPlan of fleet.yml: 2 to create, 0 to update, 0 to delete.'
  )
  expect(run.stdout).toMatch(/^create +runner-group +fleet-group +visibility: all +planned$/m)
  expect(run.stdout).toMatch(/^create +hosted-runner +fleet-runner +image-id: Ubuntu Latest \(24\.04\)/m)
  expect(writesSent(sim())).toEqual([])
  expect(requestLines(sim()).every((line) => line.startsWith('GET '))).toBe(true)
})

test('a misspelt flag exits 2, naming it and the right one, before any request', async () => {
  const run = await hostedRunners(['delete-runner', ...at(), '--runer-name', 'build-7'])
  expect(run).toEqual({
    status: 2,
    stdout: '',
    stderr:
      "hosted-runners: Unknown flag '--runer-name'. Did you mean `--runner-name`?\nRun 'hosted-runners --help' for usage.\n"
  })
  expect(sim().requests).toEqual([])
})

test('an unknown operation exits 2, naming it and the right one, before any request', async () => {
  const run = await hostedRunners(['delete-runer', ...at(), '--runner-name', 'build-7', '--token', TOKEN], {
    env: { GH_TOKEN: '' }
  })
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr).toContain("unknown operation 'delete-runer'. Did you mean `delete-runner`?")
  expect(sim().requests).toEqual([])
})

test('--help lists the operations by family; <operation> --help lists its inputs and their formats', async () => {
  const help = await hostedRunners(['--help'], { env: { GITHUB_TOKEN: TOKEN } })
  expect(help).toMatchObject({ status: 0, stderr: '' })
  expect(help.stdout).toContain(
    '\nOperations\n  Hosted runners (organization and enterprise)\n    list-runners, get-runner,'
  )
  for (const name of OPERATION_NAMES) expect(help.stdout).toContain(name)
  expect(help.stdout).toContain('From --token, else the GH_TOKEN environment variable, else GITHUB_TOKEN')

  const one = await hostedRunners(['delete-runner', '--help', '--token', TOKEN])
  expect(one).toMatchObject({ status: 0, stderr: '' })
  expect(one.stdout).toContain(
    '  --runner-name  (one of --runner-id, --runner-name is required)\n      Format: 1–64 characters of a-z A-Z 0-9 . - _.\n      Hosted runner name:'
  )
  expect(one.stdout).toContain('  --wait-for\n      Format: one of ready, deleted.')
  expect(sim().requests).toEqual([])
})

test('a proxy variable the toolkit cannot use stops the run as it stops the action, never echoing its value', async () => {
  const run = await hostedRunners(['list-runners', ...at()], {
    env: { HTTPS_PROXY: 'socks5://me:hunter2@proxy:1080' }
  })
  expect(run.status).toBe(1)
  expect(run.stdout + run.stderr).toContain('The proxy variable HTTPS_PROXY uses socks5://')
  expect(run.stdout + run.stderr).not.toContain('hunter2')
  expect(sim().requests).toEqual([])
})

test('dist/index.js holds nothing of the command line: the action loads none of it', () => {
  const action = readFileSync(join(ROOT, 'dist/index.js'), 'utf8')
  const cli = readFileSync(CLI, 'utf8')
  for (const text of [ORG_REQUIRED, 'Unknown flag', 'NO_COLOR']) {
    expect({ text, inCli: cli.includes(text) }).toEqual({ text, inCli: true })
    expect({ text, inAction: action.includes(text) }).toEqual({ text, inAction: false })
  }
  expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true)
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }
  expect(pkg.bin).toEqual({ 'hosted-runners': 'dist/cli.js' })
})

test('--help, --version and usage errors answer from dist/cli.js alone: no chunk is loaded, no client is in it', async () => {
  const alone = tempDir('cli-alone-')
  for (const file of ['cli.js', 'package.json']) copyFileSync(join(ROOT, 'dist', file), join(alone, file))
  const run = (words: string[]) =>
    runOnNode24([join(alone, 'cli.js'), ...words], { PATH: process.env.PATH }, alone)
  expect((await run(['--help'])).stdout).toContain('Usage\n  hosted-runners <operation>')
  const apply = await run(['apply', '--help'])
  expect(apply.code).toBe(0)
  // The fleet file's sections, from the registry as generated into dist/cli.js, with no kind loaded.
  expect(apply.stdout).toContain('Sections of the fleet file\n  network-configurations:')
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `hosted-runners ${version}\n` })
  expect(await run(['list-runers', '--org', 'acme'])).toMatchObject({ code: 2 })
  expect(await run(['list-runners', '--org='])).toMatchObject({ code: 2 })
  // An operation needs the chunks: the run is in them, not in cli.js.
  const operation = await run(['list-runners', '--org', 'acme', '--token', 'x', '--api-url', sim().url])
  expect(operation.code).not.toBe(0)
  expect(operation.stderr).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/)
  const cli = readFileSync(join(ROOT, 'dist/cli.js'), 'utf8')
  for (const client of ['Octokit', 'undici', 'api.github.com/graphql'])
    expect({ client, inCli: cli.includes(client) }).toEqual({ client, inCli: false })
  expect(readdirSync(join(ROOT, 'dist')).filter((file) => CHUNK.test(file)).length).toBeGreaterThan(0)
})

test('a reader that closes the pipe ends the output, never the writes: the run goes on and exits 0', async () => {
  for (const name of ['a', 'b', 'c']) sim().seed.group({ name, visibility: 'all' })
  const cwd = tempDir('cli-pipe-')
  writeFileSync(join(cwd, 'fleet.yml'), 'organization: acme\nprune: true\n')
  const words = ['apply', '--config', 'fleet.yml', '--verbose', ...at()]
  const child = spawn(ACTION_NODE, [CLI, ...words], {
    cwd,
    env: { PATH: process.env.PATH, GH_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // As `hosted-runners … 2>&1 | head -1`: the reader takes the first chunk of each stream, then goes away.
  for (const stream of [child.stdout, child.stderr]) stream.once('data', () => stream.destroy())
  const code = await new Promise((resolve) => child.on('close', resolve))
  expect(code).toBe(0)
  expect(writesSent(sim()).map((write) => write.method)).toEqual(['DELETE', 'DELETE', 'DELETE'])
})

// `npm run local` works: @github/local-action runs src/main.ts (not dist/) with @actions/core and
// @actions/github stubbed, inputs from a .env file, against the simulator, and its panel shows the
// outputs, or the failure. It is spawned as `npm run local` spawns it: its bin on the project's Node 24,
// node_modules/.bin first on PATH (its `npm exec tsx` and tsx itself then run on Node 24 too).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { startSimulator } from '../simulator/index.js'
import { ACTION_NODE, ROOT, TOKEN } from './support/step.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const LOCAL_ACTION = join(ROOT, 'node_modules/@github/local-action/bin/local-action.js')
const RUN_LIMIT_MS = 60_000

interface Panel {
  code: number | null
  /** stdout and stderr, in the order they came. */
  text: string
  /** The `::set-output name=…::value` lines, by name. */
  outputs: Record<string, string>
  /** The `::error::` lines' messages. */
  errors: string[]
  /** The job summary file. */
  summary: string
}

const dir = mkdtempSync(join(tmpdir(), 'local-action-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A .env as a developer writes it from .env.example: INPUT_<NAME> with hyphens kept. */
function writeDotenv(name: string, inputs: Record<string, string>): { file: string; summary: string } {
  const file = join(dir, `${name}.env`)
  const summary = join(dir, `${name}-summary.md`)
  const lines = Object.entries(inputs).map(([input, value]) => `INPUT_${input.toUpperCase()}=${value}`)
  // RUNNER_TEMP: where `result-file` goes (else the machine's temp directory, never cleaned).
  writeFileSync(file, [...lines, `GITHUB_STEP_SUMMARY=${summary}`, `RUNNER_TEMP=${dir}`, ''].join('\n'))
  return { file, summary }
}

function localAction(name: string, sim: Simulator, inputs: Record<string, string>): Promise<Panel> {
  const { file, summary } = writeDotenv(name, { token: TOKEN, org: 'acme', 'api-url': sim.url, ...inputs })
  return new Promise((resolve, reject) => {
    const child = spawn(ACTION_NODE, [LOCAL_ACTION, '.', 'src/main.ts', file], {
      cwd: ROOT,
      // A clean environment: nothing of the runner this test may itself run on (INPUT_*, GITHUB_*).
      env: {
        PATH: [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter),
        HOME: process.env.HOME,
        TMPDIR: tmpdir(),
        NO_COLOR: '1',
        FORCE_COLOR: '0'
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: on time-out the whole tree goes (it runs npm exec, then tsx).
      detached: true
    })
    let text = ''
    child.stdout.on('data', (chunk) => (text += chunk))
    child.stderr.on('data', (chunk) => (text += chunk))
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, RUN_LIMIT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const lines = text.split('\n')
      const outputs: Record<string, string> = {}
      for (const line of lines) {
        const match = /^::set-output name=([^:]+)::(.*)$/.exec(line)
        if (match) outputs[match[1] as string] = match[2] as string
      }
      const errors = lines.filter((l) => l.startsWith('::error::')).map((l) => l.slice('::error::'.length))
      let written = ''
      try {
        written = readFileSync(summary, 'utf8')
      } catch {
        // no summary written
      }
      resolve({ code, text, outputs, errors, summary: written })
    })
  })
}

/** The rows of the panel's "Action Outputs" table: `│ 0 │ 'count' │ '4' │`. */
function panelOutputs(text: string): Record<string, string> {
  const at = text.indexOf('Action Outputs')
  if (at < 0) return {}
  const rows: Record<string, string> = {}
  for (const match of text.slice(at).matchAll(/^│ *\d+ *│ *'([^']+)' *│ *(['"])(.*)\2 *│$/gm))
    rows[match[1] as string] = match[3] as string
  return rows
}

describe('npm run local (@github/local-action on src/main.ts)', () => {
  const sims: Simulator[] = []
  let limits: Panel
  let runners: Panel
  let missing: Panel
  let runnerCount: number

  // The three runs go side by side: each is a few seconds of npm, tsx and module loading.
  beforeAll(async () => {
    const start = () => startSimulator({ org: 'acme', seed: 'demo' }).then((sim) => (sims.push(sim), sim))
    const [a, b, c] = await Promise.all([start(), start(), start()])
    runnerCount = b.state.runners.length
    ;[limits, runners, missing] = await Promise.all([
      localAction('limits', a, { operation: 'get-limits' }),
      localAction('runners', b, { operation: 'list-runners' }),
      localAction('missing', c, { operation: 'get-runner', 'runner-name': 'no-such-runner' })
    ])
  }, RUN_LIMIT_MS + 10_000)
  afterAll(() => Promise.all(sims.map((sim) => sim.close())))

  it('runs src/main.ts and prints no colour codes', () => {
    for (const panel of [limits, runners, missing]) {
      expect(panel.text).toContain('src/main.ts')
      expect(panel.text).toContain('Running Action')
      expect(panel.text).toContain('Action Outputs')
      expect(panel.text).not.toContain('\x1b[')
      expect(panel.code).toBe(0)
    }
  })

  it('get-limits: the panel shows result, the limits the simulator holds', () => {
    expect(limits.errors).toEqual([])
    expect(JSON.parse(limits.outputs.result ?? 'null')).toEqual({
      public_ips: { maximum: 10, current_usage: expect.any(Number) }
    })
    expect(panelOutputs(limits.text).result).toBe(limits.outputs.result)
    const file = limits.outputs['result-file'] ?? ''
    expect(file.startsWith(dir)).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(limits.outputs.result)
    expect(limits.summary).toContain('### `get-limits` on `acme`')
  })

  it('list-runners: the panel shows result and count', () => {
    expect(runners.errors).toEqual([])
    expect(runners.outputs.count).toBe(String(runnerCount))
    const names = (JSON.parse(runners.outputs.result ?? '[]') as Array<{ name: string }>).map((r) => r.name)
    expect(names).toContain('linux-4core')
    expect(names).toHaveLength(runnerCount)
    const table = panelOutputs(runners.text)
    expect(table.count).toBe(String(runnerCount))
    expect(table.result).toBe(runners.outputs.result)
  })

  it('a failing run: the panel shows the error and the summary says Failed', () => {
    expect(missing.errors).toHaveLength(1)
    expect(missing.errors[0]).toContain('no-such-runner')
    expect(missing.summary).toContain('**Failed:**')
    // local-action records setFailed but leaves the exit code 0: the error line is the signal.
    expect(missing.code).toBe(0)
  })

  it('never prints the token', () => {
    for (const panel of [limits, runners, missing]) expect(panel.text).not.toContain(TOKEN)
  })
})

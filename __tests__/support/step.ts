// Runs the action as a workflow step would: inputs as INPUT_* variables, outputs read back from the
// $GITHUB_OUTPUT file, the summary from $GITHUB_STEP_SUMMARY. In-process through run(), or as a
// child process through the committed bundle dist/index.js.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempDir } from './temp.js'
import type { Timing } from '../../src/github/client.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const TOKEN = 'ghp_simulatorTokenThatMustNeverBePrinted0001'

export interface StepResult {
  outputs: Record<string, string>
  /** `result` parsed from JSON. */
  result: unknown
  summary: string
  stdout: string
  exitCode: number
  /** The `::error::` lines' messages. */
  errors: string[]
  warnings: string[]
}

export type Inputs = Record<string, string>

/**
 * The runner wait loop's clock in tests: a sleep moves it on by its length at once, so polls (at least
 * 1 s apart in production) and `wait-timeout` cost no real time; it never runs behind the real clock.
 */
function movedOnBySleeps() {
  let slept = 0
  return {
    now: () => Date.now() + slept,
    sleep: async (ms: number) => {
      slept += ms
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}

/** The production timing scaled down: the same retries, waits and spacing, quickly. */
export const FAST_TIMING = {
  backoffUnitMs: 10,
  writeSpacingMs: 10,
  requestTimeoutMs: 2000,
  waitClock: movedOnBySleeps()
}

/** A run's files: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP (where `result-file` goes), in one temp dir. */
interface StepFiles {
  dir: string
  output: string
  summary: string
}

function stepFiles(): StepFiles {
  const dir = mkdtempSync(join(tmpdir(), 'step-'))
  const files = { dir, output: join(dir, 'output'), summary: join(dir, 'summary') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  return files
}

/** The step's environment: INPUT_* variables, the output and summary files, RUNNER_TEMP. */
export function stepEnv(inputs: Inputs, apiUrl: string | undefined, files: StepFiles): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.dir
  }
  const all: Inputs = { token: TOKEN, org: 'acme', ...(apiUrl ? { 'api-url': apiUrl } : {}), ...inputs }
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/** Reads the run's outputs and summary (unless given), then removes its files. */
function collect(stdout: string, exitCode: number, files: StepFiles, summary?: string): StepResult {
  try {
    const outputs = parseOutputFile(readFileSync(files.output, 'utf8'))
    const lines = stdout.split('\n')
    const messages = (command: string) =>
      lines.filter((l) => l.startsWith(`::${command}`)).map((l) => decode(l.replace(/^::[^:]*::/, '')))
    return {
      outputs,
      result: outputs.result === undefined ? undefined : JSON.parse(outputs.result),
      summary: summary ?? readFileSync(files.summary, 'utf8'),
      stdout,
      exitCode,
      errors: messages('error'),
      warnings: messages('warning')
    }
  } finally {
    rmSync(files.dir, { recursive: true, force: true })
  }
}

function decode(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string
  return outputs
}

let running = Promise.resolve()
let summaryFile: string | undefined

/**
 * @actions/core reads GITHUB_STEP_SUMMARY once and keeps that path for the life of the process: in
 * process, every run writes this one file (emptied before each run), removed after the test file.
 */
function inProcessSummaryFile(): string {
  summaryFile ??= join(tempDir('step-summary-'), 'summary')
  writeFileSync(summaryFile, '')
  return summaryFile
}

export interface InProcessRun {
  stdout: string
  exitCode: number
  /** What the run wrote to the step summary (GITHUB_STEP_SUMMARY in `env` is not used, see above). */
  summary: string
}

/**
 * Runs src/main.ts's run(FAST_TIMING) in this process with `env` added to process.env; resolves to what
 * it printed and its exit code. Runs are serialized: they share process.env and process.stdout.
 */
export function runInProcess(
  env: NodeJS.ProcessEnv,
  bounds: Pick<Timing, 'listingBytes'> = {}
): Promise<InProcessRun> {
  const next = running.then(() => runWithEnv(env, bounds))
  running = next.then(
    () => undefined,
    () => undefined
  )
  return next
}

/** Loads src/main.ts (and so the action's modules) in this process: a beforeAll can take the time. */
export const loadStep = () => import('../../src/main.js')

async function runWithEnv(
  env: NodeJS.ProcessEnv,
  bounds: Pick<Timing, 'listingBytes'>
): Promise<InProcessRun> {
  const { run } = await loadStep()
  const saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  const summary = inProcessSummaryFile()
  Object.assign(process.env, env, { GITHUB_STEP_SUMMARY: summary })
  let stdout = ''
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    await run({ ...FAST_TIMING, ...bounds })
  } finally {
    process.stdout.write = write
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
  const exitCode = Number(process.exitCode ?? 0)
  process.exitCode = 0
  return { stdout, exitCode, summary: readFileSync(summary, 'utf8') }
}

/** Runs src/main.ts's run() in this process, as a step would (see runInProcess). */
export async function runStep(
  inputs: Inputs,
  apiUrl?: string,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<StepResult> {
  const files = stepFiles()
  const { stdout, exitCode, summary } = await runInProcess({ ...stepEnv(inputs, apiUrl, files), ...extraEnv })
  return collect(stdout, exitCode, files, summary)
}

/**
 * The Node that runs dist/index.js: the project's `node` devDependency, Node 24 as action.yml's
 * `runs.using: node24`, not process.execPath (whatever Node runs jest). Checked once, on first import.
 * scripts/action-node.mjs resolves the same binary for the scripts.
 */
function resolveActionNode(): { bin: string; version: string } {
  const candidates = ['node_modules/node/bin/node', 'node_modules/.bin/node']
  const bin = candidates.map((path) => join(ROOT, path)).find((path) => existsSync(path))
  if (bin === undefined)
    throw new Error(
      `Node 24 not found: none of ${candidates.join(', ')} exists under ${ROOT}. ` +
        'It is the `node` devDependency: run npm ci.'
    )
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()
  if (!version.startsWith('v24.'))
    throw new Error(`${bin} is Node ${version}, not Node 24 as action.yml's runs.using`)
  return { bin, version }
}
const actionNode = resolveActionNode()
/** Absolute path of the Node 24 binary that runs dist/index.js. */
export const ACTION_NODE = actionNode.bin
/** Its `node --version`, e.g. 'v24.21.0'. */
export const ACTION_NODE_VERSION = actionNode.version

export interface ChildRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs a script on Node 24 (ACTION_NODE) with exactly this environment; stdout and stderr apart. */
export function runOnNode24(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(ACTION_NODE, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }))
  })
}

/** Runs the committed bundle as the runner does: `node dist/index.js` (Node 24) with a clean environment. */
export async function runBundle(
  inputs: Inputs,
  apiUrl?: string,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<StepResult> {
  const files = stepFiles()
  const env = { PATH: process.env.PATH, TMPDIR: tmpdir(), ...stepEnv(inputs, apiUrl, files), ...extraEnv }
  try {
    const { code, stdout, stderr } = await runOnNode24([join(ROOT, 'dist/index.js')], env)
    return collect(stderr.trim() !== '' ? `${stdout}\n[stderr]\n${stderr}` : stdout, code, files)
  } catch (error) {
    rmSync(files.dir, { recursive: true, force: true })
    throw error
  }
}

// Runs the action as a workflow step would: inputs as INPUT_* variables, outputs read back from the
// $GITHUB_OUTPUT file, the summary from $GITHUB_STEP_SUMMARY. In-process through run(), or as a
// child process through the committed bundle dist/index.js.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

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

/** The production timing scaled down: the same retries, waits and spacing, quickly. */
export const FAST_TIMING = { backoffUnitMs: 10, writeSpacingMs: 10, requestTimeoutMs: 2000 }

const files = mkdtempSync(join(tmpdir(), 'step-'))
const OUTPUT_FILE = join(files, 'output')
const SUMMARY_FILE = join(files, 'summary')

function stepEnv(inputs: Inputs, apiUrl: string | undefined): NodeJS.ProcessEnv {
  writeFileSync(OUTPUT_FILE, '')
  writeFileSync(SUMMARY_FILE, '')
  const env: NodeJS.ProcessEnv = { GITHUB_OUTPUT: OUTPUT_FILE, GITHUB_STEP_SUMMARY: SUMMARY_FILE }
  const all: Inputs = { token: TOKEN, org: 'acme', ...(apiUrl ? { 'api-url': apiUrl } : {}), ...inputs }
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

function collect(stdout: string, exitCode: number): StepResult {
  const outputs = parseOutputFile(readFileSync(OUTPUT_FILE, 'utf8'))
  const lines = stdout.split('\n')
  const messages = (command: string) =>
    lines.filter((l) => l.startsWith(`::${command}`)).map((l) => decode(l.replace(/^::[^:]*::/, '')))
  return {
    outputs,
    result: outputs.result === undefined ? undefined : JSON.parse(outputs.result),
    summary: readFileSync(SUMMARY_FILE, 'utf8'),
    stdout,
    exitCode,
    errors: messages('error'),
    warnings: messages('warning')
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

/** Runs src/main.ts's run() in this process. Runs are serialized: they share process.env. */
export function runStep(inputs: Inputs, apiUrl?: string): Promise<StepResult> {
  const next = running.then(() => runInProcess(inputs, apiUrl))
  running = next.then(
    () => undefined,
    () => undefined
  )
  return next
}

async function runInProcess(inputs: Inputs, apiUrl: string | undefined): Promise<StepResult> {
  const { run } = await import('../../src/main.js')
  const saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  Object.assign(process.env, stepEnv(inputs, apiUrl))
  let stdout = ''
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    await run(FAST_TIMING)
  } finally {
    process.stdout.write = write
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
  const exitCode = Number(process.exitCode ?? 0)
  process.exitCode = 0
  return collect(stdout, exitCode)
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
  const env = { PATH: process.env.PATH, ...stepEnv(inputs, apiUrl), ...extraEnv }
  const { code, stdout, stderr } = await runOnNode24([join(ROOT, 'dist/index.js')], env)
  return collect(stderr.trim() !== '' ? `${stdout}\n[stderr]\n${stderr}` : stdout, code)
}

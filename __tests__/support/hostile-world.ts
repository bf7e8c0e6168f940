// The step against the hostile servers (./hostile-server.ts): a world per test holds the simulator,
// the front server in front of it, foreign servers, and runs the step either in this process (run() with
// FAST_TIMING, the default) or as the runner does, `node dist/index.js` on Node 24, which can be
// cancelled (SIGTERM/SIGINT) at a chosen point and whose peak memory is watched.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { constants, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator } from '../../simulator/index.js'
import {
  startForeign,
  startFront,
  type ForeignServer,
  type FrontServer,
  type Script,
  type Simulator
} from './hostile-server.js'
import { ACTION_NODE, parseOutputFile, ROOT, runInProcess, TOKEN, type Inputs } from './step.js'

export { TOKEN }

/** The bundle under test; HOSTILE_BUNDLE points elsewhere (e.g. a copy of the committed one). */
export const BUNDLE = process.env.HOSTILE_BUNDLE || join(ROOT, 'dist/index.js')

/** Where a world's step runs: run() in this process, or `node dist/index.js` in a child. */
export type Via = 'in-process' | 'bundle'

// --- The bundle, run as a step, cancellable

export interface HostileStep {
  outputs: Record<string, string>
  /** `result` parsed from JSON; the raw text when it is not JSON. */
  result: unknown
  summary: string
  stdout: string
  stderr: string
  /** The exit code; 128 + the signal's number when a signal ended the process. */
  exitCode: number
  signal: NodeJS.Signals | null
  /** The `::error::` lines' messages, decoded. */
  errors: string[]
  warnings: string[]
  durationMs: number
  /** The test's deadline ended it (SIGKILL): the run did not end by itself. */
  timedOut: boolean
  /** Peak resident memory (VmHWM) seen while it ran, in kB; 0 when not watched or not readable. */
  peakRssKb: number
  /** RUNNER_TEMP of this run. */
  runnerTemp: string
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  /** SIGKILL after this long (default 20 s). */
  deadlineMs?: number
  /** Poll /proc/<pid>/status for VmHWM. */
  watchMemory?: boolean
  /** In process only: the most one listing may keep, in place of production's bound. */
  listingBytes?: number
}

export interface RunningBundle {
  child: ChildProcess
  /** The run's files: output, summary, RUNNER_TEMP. */
  dir: string
  kill(signal?: NodeJS.Signals): void
  done: Promise<HostileStep>
}

interface StepFiles {
  dir: string
  outputFile: string
  summaryFile: string
  runnerTemp: string
}

/** A run's files (output, summary, RUNNER_TEMP) and its environment: INPUT_* variables and those files. */
function prepareStep(
  inputs: Inputs,
  apiUrl: string | undefined,
  options: RunOptions
): { files: StepFiles; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-step-'))
  const files = {
    dir,
    outputFile: join(dir, 'output'),
    summaryFile: join(dir, 'summary'),
    runnerTemp: join(dir, 'runner-temp')
  }
  mkdirSync(files.runnerTemp)
  writeFileSync(files.outputFile, '')
  writeFileSync(files.summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    GITHUB_OUTPUT: files.outputFile,
    GITHUB_STEP_SUMMARY: files.summaryFile,
    RUNNER_TEMP: files.runnerTemp
  }
  const all: Inputs = {
    token: TOKEN,
    org: 'acme',
    ...(apiUrl === undefined ? {} : { 'api-url': apiUrl }),
    ...inputs
  }
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(env, options.env)
  return { files, env }
}

/**
 * The step run in this process: run(FAST_TIMING), so every wait is a hundredth of production's (a
 * second of `retry-after` is 10 ms). `deadlineMs` marks the step timed out; it cannot be killed.
 */
export function runInThisProcess(
  inputs: Inputs,
  apiUrl: string | undefined,
  options: RunOptions = {}
): { dir: string; done: Promise<HostileStep> } {
  const { files, env } = prepareStep(inputs, apiUrl, options)
  const started = Date.now()
  let deadline: NodeJS.Timeout | undefined
  const overdue = new Promise<'overdue'>((resolve) => {
    deadline = setTimeout(() => resolve('overdue'), options.deadlineMs ?? 20_000)
  })
  const done = Promise.race([runInProcess(env, { listingBytes: options.listingBytes }), overdue]).then(
    (ended) => {
      clearTimeout(deadline)
      const { stdout, exitCode, summary } =
        ended === 'overdue' ? { stdout: '', exitCode: 1, summary: '' } : ended
      return collect({
        stdout,
        stderr: '',
        exitCode,
        signal: null,
        outputText: readFileSync(files.outputFile, 'utf8'),
        summary,
        durationMs: Date.now() - started,
        timedOut: ended === 'overdue',
        peakRssKb: 0,
        runnerTemp: files.runnerTemp
      })
    }
  )
  return { dir: files.dir, done }
}

/** `node dist/index.js` as the runner starts a step: INPUT_* variables, a clean environment, RUNNER_TEMP. */
export function startBundle(
  inputs: Inputs,
  apiUrl: string | undefined,
  options: RunOptions = {}
): RunningBundle {
  const { files, env: stepEnv } = prepareStep(inputs, apiUrl, options)
  const { dir, outputFile, summaryFile, runnerTemp } = files
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, TMPDIR: tmpdir(), ...stepEnv }
  const started = Date.now()
  const child = spawn(ACTION_NODE, [BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let timedOut = false
  let peakRssKb = 0
  child.stdout?.on('data', (chunk) => (stdout += chunk))
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  const readPeak = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0)
      peakRssKb = Math.max(peakRssKb, kb)
    } catch {
      // gone already, or no /proc: best effort
    }
  }
  const watcher = options.watchMemory ? setInterval(readPeak, 25) : undefined
  const deadline = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, options.deadlineMs ?? 20_000)

  const done = new Promise<HostileStep>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', () => {
      if (watcher) clearInterval(watcher)
    })
    child.on('close', (code, signal) => {
      clearTimeout(deadline)
      if (watcher) clearInterval(watcher)
      const exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)
      resolve(
        collect({
          stdout,
          stderr,
          exitCode,
          signal,
          outputText: readFileSync(outputFile, 'utf8'),
          summary: readFileSync(summaryFile, 'utf8'),
          durationMs: Date.now() - started,
          timedOut,
          peakRssKb,
          runnerTemp
        })
      )
    })
  })
  if (watcher) readPeak()
  return { child, dir, kill: (signal = 'SIGTERM') => child.kill(signal), done }
}

function collect(raw: {
  stdout: string
  stderr: string
  exitCode: number
  signal: NodeJS.Signals | null
  outputText: string
  summary: string
  durationMs: number
  timedOut: boolean
  peakRssKb: number
  runnerTemp: string
}): HostileStep {
  const outputs = parseOutputFile(raw.outputText)
  const lines = raw.stdout.split('\n').map((line) => line.replace(/\r$/, ''))
  const messages = (command: string) =>
    lines.filter((l) => l.startsWith(`::${command}`)).map((l) => decode(l.replace(/^::[^:]*::/, '')))
  let result: unknown
  if (outputs.result !== undefined) {
    try {
      result = JSON.parse(outputs.result)
    } catch {
      result = outputs.result
    }
  }
  const { stdout, stderr, exitCode, signal, summary, durationMs, timedOut, peakRssKb, runnerTemp } = raw
  return {
    ...{ stdout, stderr, exitCode, signal, summary, durationMs, timedOut, peakRssKb, runnerTemp },
    outputs,
    result,
    errors: messages('error'),
    warnings: messages('warning')
  }
}

function decode(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

// --- A world per test: the simulator, the front server, foreign servers, the running step

export class HostileWorld {
  readonly foreign: ForeignServer[] = []
  /** The step of the latest run(), once it ended. */
  last: HostileStep | undefined
  #running: RunningBundle | undefined
  readonly #dirs: string[] = []

  private constructor(
    readonly sim: Simulator,
    readonly front: FrontServer,
    readonly via: Via
  ) {
    front.onCancel = (signal) => this.#running?.kill(signal)
  }

  static async start(
    via: Via = 'in-process',
    options: Parameters<typeof startSimulator>[0] = {}
  ): Promise<HostileWorld> {
    const sim = await startSimulator({ org: 'acme', readyAfterPolls: 0, ...options })
    const front = await startFront(sim)
    return new HostileWorld(sim, front, via)
  }

  /** The front server's URL: the api-url a row's step uses. */
  get url(): string {
    return this.front.url
  }

  script(script: Script): void {
    this.front.script = script
  }

  async foreignServer(host = '127.0.0.2'): Promise<ForeignServer> {
    const server = await startForeign(host)
    this.foreign.push(server)
    return server
  }

  /** Runs the step (in this process or the bundle) against the front server (or `apiUrl`), with a fresh RUNNER_TEMP. */
  run(inputs: Inputs, options: RunOptions & { apiUrl?: string } = {}): Promise<HostileStep> {
    const apiUrl = options.apiUrl ?? this.url
    if (this.via === 'in-process') {
      const { dir, done } = runInThisProcess(inputs, apiUrl, options)
      this.#dirs.push(dir)
      return done.then((step) => (this.last = step))
    }
    const running = startBundle(inputs, apiUrl, options)
    this.#running = running
    this.#dirs.push(running.dir)
    return running.done
      .then((step) => (this.last = step))
      .finally(() => {
        if (this.#running === running) this.#running = undefined
      })
  }

  cancel(signal: NodeJS.Signals = 'SIGTERM'): void {
    this.#running?.kill(signal)
  }

  async close(): Promise<void> {
    this.#running?.kill('SIGKILL')
    await Promise.allSettled([this.front.close(), ...this.foreign.map((server) => server.close())])
    await this.sim.close().catch(() => undefined)
    for (const dir of this.#dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  }
}

/** A fresh world for each test of the file, closed after it: `world()` is the running test's. */
export function useHostileWorld(...args: Parameters<typeof HostileWorld.start>): () => HostileWorld {
  let world: HostileWorld | undefined
  beforeEach(async () => {
    world = await HostileWorld.start(...args)
  })
  afterEach(async () => {
    await world?.close()
  })
  return () => world as HostileWorld
}

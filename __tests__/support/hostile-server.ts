// Hostile servers for the bundle: a scripted HTTP server on 127.0.0.1 in front of the simulator, "foreign"
// servers that must never be reached, and a bundle runner that can be cancelled (SIGTERM/SIGINT) at a
// chosen point and whose peak memory is watched.
//
// The front server decides, per request, through a script: forward it to the simulator (and rewrite the
// answer: status, headers, body, gzip, delay, hang) or answer on its own. Every server records every
// request it sees, `authorization` header included, and counts raw connections (a TLS hello sent to a
// plain-HTTP recorder is a connection, never a request), so a test can prove no token reached it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { constants, tmpdir } from 'node:os'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { startSimulator } from '../../simulator/index.js'
import { parseOutputFile, ROOT, TOKEN, type Inputs } from './step.js'

export { TOKEN }
export type Simulator = Awaited<ReturnType<typeof startSimulator>>

/** The Node the runner uses for `node24` actions: the `node` package's binary, not the test runner's. */
export const NODE_24 = join(ROOT, 'node_modules/node/bin/node')
/** The bundle under test; HOSTILE_BUNDLE points elsewhere (e.g. a copy of the committed one). */
export const BUNDLE = process.env.HOSTILE_BUNDLE || join(ROOT, 'dist/index.js')

// --- Recording servers

export interface Seen {
  /** Which server saw it: 'front', or a foreign server's label. */
  server: string
  method: string
  /** The pathname, without the query. */
  path: string
  /** The request target as sent: path and query. */
  target: string
  query: Record<string, string>
  /** Lower-case names; repeated values joined by `, `. */
  headers: Record<string, string>
  body: string
  /** Date.now() when the request's head arrived. */
  at: number
  /** The status answered; 0 while pending, hung, or reset. */
  status: number
}

/** The answer a script gives: anything left out takes a default (200, JSON, no body). */
export interface Reply {
  status?: number
  /** Merged over the defaults; a header set to `null` is removed (e.g. `'content-type': null`). */
  headers?: Record<string, string | string[] | null>
  /** Sent as JSON (content-type application/json). */
  json?: unknown
  /** Sent as is. */
  body?: string | Buffer
  /** Gzip the body and say so (content-encoding: gzip). */
  gzip?: boolean
  /** Wait this long before answering. */
  delayMs?: number
  /** Never answer: the request stays open until the test (or close()) ends it. */
  hang?: boolean
  /** Destroy the connection without an answer. */
  reset?: boolean
  /** Send the body in chunks of this size, yielding between them (a big body a client may abandon). */
  chunkBytes?: number
}

/** A forwarded answer, as the simulator gave it (its URLs rewritten to the front server's). */
export interface Upstream {
  status: number
  headers: Record<string, string>
  body: Buffer
  text: string
  /** The body parsed; undefined when it is empty or not JSON. */
  json: unknown
}

export interface ScriptContext {
  req: Seen
  /** 0-based index of this request among all the front server saw. */
  index: number
  /** How many requests before this one matched (method, pathname pattern). */
  countBefore(method: string, path: RegExp | string): number
  /** Sends the request to the simulator and returns its answer; may be called more than once. */
  forward(): Promise<Upstream>
  /** Sends a signal to the bundle that is running (the step being cancelled). */
  cancel(signal?: NodeJS.Signals): void
  front: FrontServer
}

/** undefined: forward unchanged (or, when forward() was called, send that answer unchanged). */
export type Script = (
  context: ScriptContext
) => Reply | Upstream | undefined | Promise<Reply | Upstream | undefined>

abstract class RecordingServer {
  readonly requests: Seen[] = []
  connections = 0
  url = ''
  host = ''
  port = 0
  protected server: http.Server
  readonly #sockets = new Set<Socket>()
  readonly #pending = new Set<http.ServerResponse>()

  constructor(readonly label: string) {
    this.server = http.createServer((request, response) => {
      this.#pending.add(response)
      response.on('close', () => this.#pending.delete(response))
      this.#record(request)
        .then((seen) => this.handle(seen, request, response))
        .catch((error: unknown) => {
          if (!response.headersSent) {
            response.writeHead(599, { 'content-type': 'text/plain' })
            response.end(
              `hostile-server harness error: ${error instanceof Error ? error.stack : String(error)}`
            )
          } else response.destroy()
        })
    })
    this.server.on('connection', (socket: Socket) => {
      this.connections++
      this.#sockets.add(socket)
      socket.on('close', () => this.#sockets.delete(socket))
    })
    // A TLS hello or other junk: answer nothing, close; the connection was counted.
    this.server.on('clientError', (_error, socket: Socket) => socket.destroy())
  }

  async listen(host: string, port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, host, () => resolve())
    })
    const address = this.server.address() as AddressInfo
    this.host = host
    this.port = address.port
    this.url = `http://${host}:${address.port}`
    return this
  }

  protected abstract handle(
    seen: Seen,
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void>

  async #record(request: http.IncomingMessage): Promise<Seen> {
    const at = Date.now()
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const url = new URL(request.url ?? '/', 'http://x')
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(', ') : String(value)
      ])
    )
    const seen: Seen = {
      server: this.label,
      method: (request.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      target: request.url ?? '/',
      query: Object.fromEntries(url.searchParams),
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at,
      status: 0
    }
    this.requests.push(seen)
    return seen
  }

  /** Writes a reply; hangs and resets included. */
  protected async reply(seen: Seen, response: http.ServerResponse, reply: Reply): Promise<void> {
    if (reply.delayMs) await sleep(reply.delayMs)
    if (reply.hang) return // ended by close()
    if (reply.reset) {
      response.socket?.destroy()
      return
    }
    const status = reply.status ?? 200
    let body: Buffer =
      reply.json !== undefined
        ? Buffer.from(JSON.stringify(reply.json))
        : Buffer.isBuffer(reply.body)
          ? reply.body
          : Buffer.from(reply.body ?? '')
    const headers: Record<string, string | string[]> = {}
    if (reply.json !== undefined || typeof reply.body === 'string')
      headers['content-type'] = 'application/json; charset=utf-8'
    if (reply.gzip) {
      body = zlib.gzipSync(body)
      headers['content-encoding'] = 'gzip'
    }
    for (const [name, value] of Object.entries(reply.headers ?? {})) {
      const lower = name.toLowerCase()
      if (value === null) delete headers[lower]
      else headers[lower] = value
    }
    for (const name of ['content-length', 'transfer-encoding', 'connection', 'keep-alive'])
      delete headers[name]
    seen.status = status
    if (!reply.chunkBytes) {
      headers['content-length'] = String(body.length)
      response.writeHead(status, headers)
      response.end(body)
      return
    }
    response.writeHead(status, headers)
    for (let offset = 0; offset < body.length && !response.destroyed; offset += reply.chunkBytes) {
      const ok = response.write(body.subarray(offset, offset + reply.chunkBytes))
      if (!ok) {
        await new Promise<void>((resolve) => {
          const done = () => {
            response.off('drain', done)
            response.off('close', done)
            resolve()
          }
          response.on('drain', done)
          response.on('close', done)
        })
      }
    }
    if (!response.destroyed) response.end()
  }

  async close(): Promise<void> {
    for (const response of this.#pending) response.destroy()
    for (const socket of this.#sockets) socket.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/** A server that must never be reached: it records, then answers what a list page would look like. */
export class ForeignServer extends RecordingServer {
  protected async handle(
    seen: Seen,
    _request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> {
    await this.reply(seen, response, { json: { total_count: 0, runners: [], runner_groups: [], images: [] } })
  }
}

/** The scripted server the bundle talks to: the api-url. */
export class FrontServer extends RecordingServer {
  script: Script | undefined
  onCancel: (signal: NodeJS.Signals) => void = () => undefined

  constructor(readonly sim: Simulator) {
    super('front')
  }

  protected async handle(
    seen: Seen,
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> {
    let forwarded: Upstream | undefined
    const context: ScriptContext = {
      req: seen,
      index: this.requests.indexOf(seen),
      countBefore: (method, path) =>
        this.requests
          .slice(0, this.requests.indexOf(seen))
          .filter(
            (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path))
          ).length,
      forward: async () => (forwarded = await this.forward(seen, request)),
      cancel: (signal = 'SIGTERM') => this.onCancel(signal),
      front: this
    }
    const scripted = this.script ? await this.script(context) : undefined
    const answer = scripted ?? forwarded ?? (await this.forward(seen, request))
    await this.reply(seen, response, isUpstream(answer) ? upstreamReply(answer) : answer)
  }

  /** The request, as received, to the simulator; the simulator's URLs in the answer become the front's. */
  async forward(seen: Seen, request: http.IncomingMessage): Promise<Upstream> {
    const target = new URL(this.sim.url)
    const headers = { ...request.headers, host: target.host }
    delete headers.connection
    delete headers['accept-encoding']
    const { status, rawHeaders, body } = await new Promise<{
      status: number
      rawHeaders: http.IncomingHttpHeaders
      body: Buffer
    }>((resolve, reject) => {
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: seen.method,
          path: seen.target,
          headers,
          agent: false
        },
        (answer) => {
          const chunks: Buffer[] = []
          answer.on('data', (chunk: Buffer) => chunks.push(chunk))
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 0,
              rawHeaders: answer.headers,
              body: Buffer.concat(chunks)
            })
          )
          answer.on('error', reject)
        }
      )
      upstream.on('error', reject)
      upstream.end(seen.body === '' ? undefined : seen.body)
    })
    const rewrite = (text: string) => text.split(this.sim.url).join(this.url)
    const outHeaders: Record<string, string> = {}
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (
        value === undefined ||
        ['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(name)
      )
        continue
      outHeaders[name] = rewrite(Array.isArray(value) ? value.join(', ') : value)
    }
    const text = rewrite(body.toString('utf8'))
    let json: unknown
    try {
      json = text === '' ? undefined : JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status, headers: outHeaders, body: Buffer.from(text), text, json }
  }
}

function isUpstream(value: Reply | Upstream): value is Upstream {
  return (
    'text' in value &&
    Buffer.isBuffer((value as Upstream).body) &&
    typeof (value as Upstream).status === 'number'
  )
}

/** A forwarded answer as a Reply, to send as is or to change a part of: `{ ...upstreamReply(a), status: 422 }`. */
export function upstreamReply(answer: Upstream): Reply {
  return { status: answer.status, headers: { ...answer.headers }, body: answer.body }
}

export async function startFront(sim: Simulator, script?: Script): Promise<FrontServer> {
  const front = await new FrontServer(sim).listen('127.0.0.1')
  front.script = script
  return front
}

export async function startForeign(host = '127.0.0.2', label = `foreign ${host}`): Promise<ForeignServer> {
  return new ForeignServer(label).listen(host)
}

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
}

export interface RunningBundle {
  child: ChildProcess
  /** The run's files: output, summary, RUNNER_TEMP. */
  dir: string
  kill(signal?: NodeJS.Signals): void
  done: Promise<HostileStep>
}

/** `node dist/index.js` as the runner starts a step: INPUT_* variables, a clean environment, RUNNER_TEMP. */
export function startBundle(
  inputs: Inputs,
  apiUrl: string | undefined,
  options: RunOptions = {}
): RunningBundle {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-step-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  const runnerTemp = join(dir, 'runner-temp')
  mkdirSync(runnerTemp)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp
  }
  const all: Inputs = {
    token: TOKEN,
    org: 'acme',
    ...(apiUrl === undefined ? {} : { 'api-url': apiUrl }),
    ...inputs
  }
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(env, options.env)

  const started = Date.now()
  const child = spawn(NODE_24, [BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] })
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

// --- A world per test: the simulator, the front server, foreign servers, the running bundle

export class HostileWorld {
  readonly foreign: ForeignServer[] = []
  /** The step of the latest run(), once it ended. */
  last: HostileStep | undefined
  #running: RunningBundle | undefined
  readonly #dirs: string[] = []

  private constructor(
    readonly sim: Simulator,
    readonly front: FrontServer
  ) {
    front.onCancel = (signal) => this.#running?.kill(signal)
  }

  static async start(options: Parameters<typeof startSimulator>[0] = {}): Promise<HostileWorld> {
    const sim = await startSimulator({ org: 'acme', readyAfterPolls: 0, ...options })
    const front = await startFront(sim)
    return new HostileWorld(sim, front)
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

  /** Runs the bundle against the front server (or `apiUrl`), with a fresh RUNNER_TEMP. */
  run(inputs: Inputs, options: RunOptions & { apiUrl?: string } = {}): Promise<HostileStep> {
    const running = startBundle(inputs, options.apiUrl ?? this.url, options)
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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A gzip stream of `bytes` zeros at level 9, built in 1 MiB chunks (1 GiB: about 1 MB compressed). */
export async function gzipOfZeros(bytes: number): Promise<Buffer> {
  const gzip = zlib.createGzip({ level: 9 })
  const chunks: Buffer[] = []
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve)
    gzip.on('error', reject)
  })
  const zero = Buffer.alloc(1 << 20)
  for (let written = 0; written < bytes; written += zero.length) {
    const piece = bytes - written >= zero.length ? zero : zero.subarray(0, bytes - written)
    if (!gzip.write(piece)) await new Promise((resolve) => gzip.once('drain', resolve))
  }
  gzip.end()
  await ended
  return Buffer.concat(chunks)
}

// Hostile servers for the step: a scripted HTTP server on 127.0.0.1 in front of the simulator, and
// "foreign" servers that must never be reached. The step that talks to them: ./hostile-world.ts.
//
// The front server decides, per request, through a script: forward it to the simulator (and rewrite the
// answer: status, headers, body, gzip, delay, hang) or answer on its own. Every server records every
// request it sees, `authorization` header included, and counts raw connections (a TLS hello sent to a
// plain-HTTP recorder is a connection, never a request), so a test can prove no token reached it.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import zlib from 'node:zlib'
import type { startSimulator } from '../../simulator/index.js'

export type Simulator = Awaited<ReturnType<typeof startSimulator>>

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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * A gzip body of `bytes` zeros (a multiple of 1 MiB): the gzip of 1 MiB of zeros, repeated. RFC 1952 lets
 * a gzip file hold several members, decoded one after the other (Node's gunzip, so undici's, reads them
 * all): 1 GiB of zeros is about 1 MB, built in milliseconds rather than by compressing 1 GiB.
 */
export function gzipOfZeros(bytes: number): Buffer {
  const member = zlib.gzipSync(Buffer.alloc(1 << 20), { level: 9 })
  return Buffer.concat(Array.from({ length: Math.ceil(bytes / (1 << 20)) }, () => member))
}

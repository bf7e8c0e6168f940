// The action's HTTP transport: the part of `fetch` that Octokit uses, over node:http and node:https.
// Node's own fetch (undici) costs a step more than the whole rest of the action on its first request;
// this costs nothing to load. It keeps what runners rely on: the proxy variables (https_proxy,
// http_proxy, no_proxy, upper-case too, with @actions/http-client's rules), TLS verification (Node's
// defaults, never relaxed; NODE_EXTRA_CA_CERTS works), keep-alive connections, a timeout per request.
import http from 'node:http'
import https from 'node:https'
import type { Duplex } from 'node:stream'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

export const DEFAULT_TIMEOUT_MS = 30_000
const MAX_REDIRECTS = 20
/** Connections are kept for the next request; an idle one is closed after 4 s, as undici does, before
 * a server (5 s for Node's) closes it as it is being reused. */
const KEEP_ALIVE: http.AgentOptions = { keepAlive: true, timeout: 4_000 }

export interface TransportOptions {
  /** Per request: from sending it to the last byte of the answer. */
  timeoutMs?: number
  /** Where the proxy variables are read, at each request. */
  env?: NodeJS.ProcessEnv
}

/** What Octokit passes to fetch. */
export interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Uint8Array | null
  redirect?: 'follow' | 'manual' | 'error'
  signal?: AbortSignal | null
}

/** A fetch that Octokit can use: `new Octokit({ request: { fetch: createFetch() } })`. */
export function createFetch({ timeoutMs = DEFAULT_TIMEOUT_MS, env = process.env }: TransportOptions = {}) {
  const agents = new Agents(timeoutMs)
  return async function fetch(input: string | URL, init: FetchInit = {}): Promise<TransportResponse> {
    let url = new URL(input)
    let method = (init.method ?? 'GET').toUpperCase()
    let headers = { ...init.headers }
    let body = init.body ?? undefined
    for (let redirects = 0; ; redirects++) {
      const response = await send(
        url,
        { method, headers, body },
        agents.for(url, env),
        timeoutMs,
        init.signal
      )
      const location = response.headers.get('location')
      if (!REDIRECTS.has(response.status) || !location || init.redirect === 'manual') return response
      if (init.redirect === 'error') throw new Error(`redirected to ${location}`)
      if (redirects === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`)
      const next = new URL(location, url)
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        method = 'GET'
        body = undefined
        headers = withoutHeaders(headers, ['content-type', 'content-length'])
      }
      // Credentials stay with the origin they were meant for.
      if (next.origin !== url.origin) headers = withoutHeaders(headers, ['authorization', 'cookie'])
      url = next
    }
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

function withoutHeaders(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())))
}

interface Route {
  agent: http.Agent
  /** Where the request is sent: the target itself, or an HTTP proxy (absolute-form request). */
  endpoint: URL
  path: string
  headers: Record<string, string>
}

/** Sends one request and reads the whole answer, within the timeout. */
function send(
  url: URL,
  { method, headers, body }: { method: string; headers: Record<string, string>; body?: string | Uint8Array },
  route: Route,
  timeoutMs: number,
  signal?: AbortSignal | null
): Promise<TransportResponse> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  const client = route.endpoint.protocol === 'https:' ? https : http
  const request = client.request(route.endpoint, {
    method,
    path: route.path,
    headers: { 'accept-encoding': 'gzip, deflate, br', ...headers, ...route.headers },
    agent: route.agent
  })
  return new Promise<TransportResponse>((resolve, reject) => {
    // The first outcome wins: the whole answer, an error, the timeout or the caller's abort.
    const timeout = `no answer within the ${timeoutMs / 1000} s request timeout`
    const timer = setTimeout(() => fail(new Error(timeout)), timeoutMs)
    const onAbort = () => fail(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    const settle = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    const fail = (error: unknown) => {
      settle()
      reject(error)
      request.destroy()
    }
    request.on('error', fail)
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', fail)
      response.on('end', () => {
        settle()
        const encoding = String(response.headers['content-encoding'] ?? '')
        decode(Buffer.concat(chunks), encoding.trim().toLowerCase()).then((data) => {
          const { statusCode = 0, statusMessage = '' } = response
          resolve(new TransportResponse(statusCode, statusMessage, url.href, response.headers, data))
        }, reject)
      })
    })
    request.end(body)
  })
}

const DECODERS: Record<string, (data: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress)
}

function decode(data: Buffer, encoding: string): Promise<Buffer> {
  if (encoding === '' || encoding === 'identity' || data.length === 0) return Promise.resolve(data)
  const decoder = DECODERS[encoding]
  return decoder ? decoder(data) : Promise.reject(new Error(`unsupported content-encoding '${encoding}'`))
}

/** The `Response` members Octokit reads. */
export class TransportResponse {
  readonly headers: TransportHeaders
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    headers: http.IncomingHttpHeaders,
    private readonly data: Buffer
  ) {
    this.headers = new TransportHeaders(headers)
  }
  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }
  async text(): Promise<string> {
    return this.data.toString('utf8')
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.data.toString('utf8'))
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Uint8Array(this.data).buffer
  }
}

/** The `Headers` members Octokit reads: lower-case names, repeated values joined by `, `. */
export class TransportHeaders implements Iterable<[string, string]> {
  readonly #values = new Map<string, string>()
  constructor(headers: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) this.#values.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
  }
  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null
  }
  has(name: string): boolean {
    return this.#values.has(name.toLowerCase())
  }
  forEach(callback: (value: string, name: string) => void): void {
    this.#values.forEach(callback)
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#values.entries()
  }
}

// --- Proxies

/** The proxy for a URL, by @actions/http-client's rules; undefined for a direct connection. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  if (bypassesProxy(url, env)) return undefined
  const raw =
    url.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY
  if (!raw) return undefined
  return new URL(/^https?:\/\//i.test(raw) ? raw : `http://${raw}`)
}

/** Loopback hosts always; then no_proxy: `*`, a host, a host:port, or a domain and its subdomains. */
function bypassesProxy(url: URL, env: NodeJS.ProcessEnv): boolean {
  const host = url.hostname.toUpperCase()
  if (host === 'LOCALHOST' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]')
    return true
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  const candidates = [host, `${host}:${port}`]
  const entries = (env.no_proxy || env.NO_PROXY || '').split(',').map((e) => e.trim().toUpperCase())
  return entries.some(
    (entry) =>
      entry === '*' ||
      (entry !== '' &&
        candidates.some(
          (c) => c === entry || c.endsWith(`.${entry}`) || (entry.startsWith('.') && c.endsWith(entry))
        ))
  )
}

function proxyHeaders(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {}
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
}

/** Keep-alive agents, one per way out: direct http, direct https, and per proxy. */
class Agents {
  readonly #agents = new Map<string, http.Agent>()
  constructor(private readonly timeoutMs: number) {}

  for(url: URL, env: NodeJS.ProcessEnv): Route {
    const path = `${url.pathname}${url.search}`
    const proxy = proxyFor(url, env)
    if (!proxy) {
      const agent = this.#once(url.protocol, () =>
        url.protocol === 'https:' ? new https.Agent(KEEP_ALIVE) : new http.Agent(KEEP_ALIVE)
      )
      return { agent, endpoint: url, path, headers: {} }
    }
    // The proxy's own address, without its credentials: they go in Proxy-Authorization only.
    const endpoint = new URL(proxy.origin)
    if (url.protocol === 'https:') {
      const agent = this.#once(`tunnel ${proxy.href}`, () => new TunnelAgent(proxy, this.timeoutMs))
      return { agent, endpoint: url, path, headers: {} }
    }
    const agent = this.#once(`proxy ${proxy.href}`, () =>
      endpoint.protocol === 'https:' ? new https.Agent(KEEP_ALIVE) : new http.Agent(KEEP_ALIVE)
    )
    return { agent, endpoint, path: url.href, headers: { host: url.host, ...proxyHeaders(proxy) } }
  }

  #once(key: string, make: () => http.Agent): http.Agent {
    let agent = this.#agents.get(key)
    if (!agent) this.#agents.set(key, (agent = make()))
    return agent
  }
}

/** HTTPS through an HTTP CONNECT tunnel; TLS is then end to end, verified as on a direct connection. */
class TunnelAgent extends https.Agent {
  constructor(
    private readonly proxy: URL,
    private readonly timeoutMs: number
  ) {
    super(KEEP_ALIVE)
  }

  /** Node's Agent calls this with a callback, and takes the socket when the tunnel is up. */
  override createConnection(
    options: https.RequestOptions,
    callback: (error: Error | null, socket: Duplex) => void
  ): undefined {
    const host = String(options.host)
    const target = `${host.includes(':') ? `[${host}]` : host}:${options.port}`
    const endpoint = new URL(this.proxy.origin)
    const connect = (endpoint.protocol === 'https:' ? https : http).request(endpoint, {
      method: 'CONNECT',
      path: target,
      headers: { host: target, ...proxyHeaders(this.proxy) },
      agent: false,
      timeout: this.timeoutMs
    })
    const failed = (error: Error) => callback(error, undefined as unknown as Duplex)
    connect.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy()
        failed(new Error(`proxy ${endpoint.host} answered HTTP ${response.statusCode} to CONNECT ${target}`))
        return
      }
      // https.Agent's own connection, over the tunnel: TLS with the target's name, verified.
      callback(null, super.createConnection({ ...options, socket } as https.RequestOptions) as Duplex)
    })
    connect.once('timeout', () =>
      connect.destroy(
        new Error(`proxy ${endpoint.host}: no answer to CONNECT ${target} within ${this.timeoutMs / 1000} s`)
      )
    )
    connect.once('error', failed)
    connect.end()
    return undefined
  }
}

/** The fetch the action uses. */
export const transportFetch = createFetch()

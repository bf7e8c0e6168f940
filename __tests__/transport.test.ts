// The node:http transport against real servers on 127.0.0.1: answers, proxies (a forward proxy and a
// CONNECT tunnel written here), no_proxy, TLS verification, the timeout, and no token in any error.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { startSimulator } from '../simulator/index.js'
import { createFetch, proxyFor } from '../src/transport.js'
import { runBundle, TOKEN } from './support/step.js'

const AUTH = { authorization: `token ${TOKEN}` }
const PROXY_PASSWORD = 'proxyS3cret'

const closers: Array<() => void> = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

/** A server on 127.0.0.1 on a free port; closed after the test. */
async function listen<S extends net.Server>(server: S): Promise<{ server: S; port: number }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => {
    server.close()
    ;(server as unknown as http.Server).closeAllConnections?.()
  })
  return { server, port: (server.address() as net.AddressInfo).port }
}

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** An origin server that records what it receives; `answer` writes the response. */
async function origin(
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = json({ ok: true })
) {
  const seen: Seen[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      answer(req, res)
    })
  })
  server.on('connection', (socket) => sockets.add(socket))
  const { port } = await listen(server)
  return { seen, sockets, port, url: `http://127.0.0.1:${port}` }
}

function json(body: unknown, status = 200, headers: http.OutgoingHttpHeaders = {}) {
  return (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }
}

/**
 * A proxy as corporate networks run them: absolute-form requests for http targets are forwarded (here,
 * to `forwardTo`, whatever the host), CONNECT for https targets is tunnelled (here, to `tunnelTo`).
 */
async function proxy({
  forwardTo,
  tunnelTo,
  refuse
}: {
  forwardTo?: number
  tunnelTo?: number
  refuse?: number
}) {
  const seen: Array<{
    method: string
    url: string
    auth: string | undefined
    headers: http.IncomingHttpHeaders
  }> = []
  const server = http.createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      auth: req.headers['proxy-authorization'],
      headers: req.headers
    })
    const target = new URL(req.url ?? '/')
    const forward = http.request(
      {
        host: '127.0.0.1',
        port: forwardTo,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    req.pipe(forward)
  })
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
    seen.push({
      method: 'CONNECT',
      url: req.url ?? '',
      auth: req.headers['proxy-authorization'],
      headers: req.headers
    })
    if (refuse) {
      socket.end(`HTTP/1.1 ${refuse} Proxy Authentication Required\r\n\r\n`)
      return
    }
    const upstream = net.connect(tunnelTo ?? 0, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(socket).pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  const { port } = await listen(server)
  return { seen, url: `http://bench:${PROXY_PASSWORD}@127.0.0.1:${port}` }
}

const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`

// A self-signed certificate for api.example.test, made with openssl when the machine has it.
const certificate = (() => {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'tls-'))
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
    const subject = ['-subj', '/CN=api.example.test', '-addext', 'subjectAltName=DNS:api.example.test']
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        cert,
        ...subject
      ],
      { stdio: 'ignore' }
    )
    return { key: readFileSync(key), cert: readFileSync(cert), certFile: cert }
  } catch {
    return undefined
  }
})()
// Without openssl there is no certificate to offer: the TLS tests are skipped, and say why.
const withTls = certificate ? test : test.skip
if (!certificate) console.warn('openssl is not available: the TLS tests of transport.test.ts are skipped')

/** A TLS server with the self-signed certificate; `handle` gets each decrypted connection. */
async function tlsServer(handle: (socket: net.Socket) => void = (s) => s.end()) {
  const server = https.createServer({ key: certificate?.key, cert: certificate?.cert })
  server.on('secureConnection', handle)
  return listen(server)
}

test('an answer: status, headers and body; the request as given', async () => {
  const server = await origin(json({ hello: 'world' }, 201, { 'x-one': '1', 'set-cookie': ['a=1', 'b=2'] }))
  const fetch = createFetch()
  const response = await fetch(`${server.url}/orgs/acme?per_page=100`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: '{"name":"x"}'
  })
  expect(response.status).toBe(201)
  expect(response.ok).toBe(true)
  expect(response.url).toBe(`${server.url}/orgs/acme?per_page=100`)
  expect(response.headers.get('X-One')).toBe('1')
  expect(response.headers.get('set-cookie')).toBe('a=1, b=2')
  expect(Object.fromEntries(response.headers)).toMatchObject({
    'x-one': '1',
    'content-type': 'application/json; charset=utf-8'
  })
  const names: string[] = []
  response.headers.forEach((_value, name) => names.push(name))
  expect(names).toContain('x-one')
  expect(await response.json()).toEqual({ hello: 'world' })
  expect(await response.text()).toBe('{"hello":"world"}')
  expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"hello":"world"}')
  expect(server.seen).toEqual([
    expect.objectContaining({ method: 'POST', url: '/orgs/acme?per_page=100', body: '{"name":"x"}' })
  ])
  expect(server.seen[0]?.headers).toMatchObject({
    authorization: AUTH.authorization,
    'content-type': 'application/json'
  })
})

test('an error status is an answer, not an exception', async () => {
  const server = await origin(json({ message: 'Not Found' }, 404))
  const response = await createFetch()(`${server.url}/x`)
  expect(response.status).toBe(404)
  expect(response.ok).toBe(false)
  expect(await response.json()).toEqual({ message: 'Not Found' })
})

test('requests reuse one kept-alive connection', async () => {
  const server = await origin()
  const fetch = createFetch()
  for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/${i}`)).status).toBe(200)
  expect(server.seen.map((s) => s.url)).toEqual(['/0', '/1', '/2'])
  expect(server.sockets.size).toBe(1)
})

test('compressed answers are decoded', async () => {
  const server = await origin((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
    res.end(zlib.gzipSync(JSON.stringify({ accepted: req.headers['accept-encoding'] })))
  })
  const response = await createFetch()(`${server.url}/`)
  expect(await response.json()).toEqual({ accepted: 'gzip, deflate, br' })
})

test('redirects are followed; the authorization stays with its origin', async () => {
  const other = await origin()
  const server = await origin((req, res) => {
    const location =
      req.url === '/renamed' ? '/current' : req.url === '/current' ? `${other.url}/elsewhere` : ''
    if (location) res.writeHead(301, { location }).end()
    else json({})(req, res)
  })
  const response = await createFetch()(`${server.url}/renamed`, { headers: AUTH })
  expect(response.url).toBe(`${other.url}/elsewhere`)
  expect(server.seen.map((s) => [s.url, s.headers.authorization])).toEqual([
    ['/renamed', AUTH.authorization],
    ['/current', AUTH.authorization]
  ])
  expect(other.seen.map((s) => [s.url, s.headers.authorization])).toEqual([['/elsewhere', undefined]])
})

test.each([
  // [url, env, proxy or undefined]
  ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:8080' }, 'http://p:8080/'],
  ['https://api.github.com/x', { https_proxy: 'p:3128', HTTPS_PROXY: 'http://other:1' }, 'http://p:3128/'],
  ['http://ghe.example.com/x', { http_proxy: 'http://p:8080' }, 'http://p:8080/'],
  ['http://ghe.example.com/x', { https_proxy: 'http://p:8080' }, undefined],
  ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:8080', no_proxy: '*' }, undefined],
  ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:8080', NO_PROXY: 'github.com' }, undefined],
  ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:8080', no_proxy: 'x.org, .GitHub.com' }, undefined],
  ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:8080', no_proxy: 'api.github.com:443' }, undefined],
  [
    'https://api.github.com/x',
    { HTTPS_PROXY: 'http://p:8080', no_proxy: 'api.github.com:8443' },
    'http://p:8080/'
  ],
  ['https://api.github.com/x', { HTTPS_PROXY: 'http://p:8080', no_proxy: 'hub.com' }, 'http://p:8080/'],
  ['https://ghe.corp:8443/api/v3', { HTTPS_PROXY: 'http://p:8080', no_proxy: 'ghe.corp:8443' }, undefined],
  ['http://localhost:3000/x', { http_proxy: 'http://p:8080' }, undefined],
  ['http://127.0.0.1:3000/x', { http_proxy: 'http://p:8080' }, undefined],
  ['http://[::1]:3000/x', { http_proxy: 'http://p:8080' }, undefined]
])('proxy for %s with %j: %s', (url, env, expected) => {
  expect(proxyFor(new URL(url), env)?.href).toBe(expected)
})

test('http through a proxy: an absolute-form request; the proxy credentials only in Proxy-Authorization', async () => {
  const server = await origin(json({ via: 'proxy' }))
  const { seen, url } = await proxy({ forwardTo: server.port })
  const fetch = createFetch({ env: { http_proxy: url } })
  const response = await fetch('http://api.example.test/orgs/acme', { headers: AUTH })
  expect(await response.json()).toEqual({ via: 'proxy' })
  expect(seen).toEqual([
    expect.objectContaining({
      method: 'GET',
      url: 'http://api.example.test/orgs/acme',
      auth: basic(`bench:${PROXY_PASSWORD}`)
    })
  ])
  expect(seen[0]?.headers).toMatchObject({ host: 'api.example.test', authorization: AUTH.authorization })
  expect(server.seen.map((s) => s.url)).toEqual(['/orgs/acme'])
})

// 0.0.0.0 reaches this machine on Linux without being a loopback name that always bypasses the proxy.
const onLinux = process.platform === 'linux' ? test : test.skip
onLinux('no_proxy sends a matching host straight to it; others still go through the proxy', async () => {
  const server = await origin()
  const { seen, url } = await proxy({ forwardTo: server.port })
  const target = `http://0.0.0.0:${server.port}/direct`
  await createFetch({ env: { HTTP_PROXY: url, NO_PROXY: `ghe.example.com, 0.0.0.0:${server.port}` } })(target)
  expect(seen).toEqual([])
  await createFetch({ env: { HTTP_PROXY: url, NO_PROXY: '0.0.0.0:1' } })(target)
  expect(seen.map((s) => s.url)).toEqual([target])
  expect(server.seen.map((s) => s.url)).toEqual(['/direct', '/direct'])
})

test('loopback targets never go through the proxy', async () => {
  const server = await origin()
  const { seen, url } = await proxy({ forwardTo: server.port })
  await createFetch({ env: { http_proxy: url } })(`${server.url}/x`)
  expect(seen).toEqual([])
  expect(server.seen).toHaveLength(1)
})

withTls('TLS: a self-signed certificate is rejected', async () => {
  const { port } = await tlsServer()
  await expect(createFetch()(`https://127.0.0.1:${port}/`, { headers: AUTH })).rejects.toThrow(/certificate/i)
})

withTls('https through a proxy: a CONNECT tunnel, and TLS still verified end to end', async () => {
  const { port } = await tlsServer()
  const { seen, url } = await proxy({ tunnelTo: port })
  const fetch = createFetch({ env: { HTTPS_PROXY: url } })
  await expect(fetch('https://api.example.test/orgs/acme', { headers: AUTH })).rejects.toThrow(/certificate/i)
  expect(seen).toEqual([
    expect.objectContaining({
      method: 'CONNECT',
      url: 'api.example.test:443',
      auth: basic(`bench:${PROXY_PASSWORD}`)
    })
  ])
  // The tunnel carries the request; the proxy never sees its headers.
  expect(seen[0]?.headers.authorization).toBeUndefined()
})

withTls(
  'the bundled action reaches the API through a CONNECT proxy, trusting NODE_EXTRA_CA_CERTS',
  async () => {
    const sim = await startSimulator({ org: 'acme' })
    closers.push(() => void sim.close())
    const simPort = Number(new URL(sim.url).port)
    // api.example.test: TLS ends here, the simulator answers behind it.
    const { port } = await tlsServer((socket) => {
      const upstream = net.connect(simPort, '127.0.0.1')
      socket.pipe(upstream).pipe(socket)
      upstream.on('error', () => socket.destroy())
    })
    const { seen, url } = await proxy({ tunnelTo: port })
    const step = await runBundle(
      { operation: 'get-limits', 'api-url': 'https://api.example.test' },
      undefined,
      {
        https_proxy: url,
        NODE_EXTRA_CA_CERTS: certificate?.certFile
      }
    )
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['CONNECT api.example.test:443'])
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /orgs/acme/actions/hosted-runners/limits'
    ])
  }
)

test('a proxy that refuses the tunnel fails naming the proxy and its answer', async () => {
  const { url } = await proxy({ refuse: 407 })
  const fetch = createFetch({ env: { https_proxy: url } })
  await expect(fetch('https://api.example.test/', { headers: AUTH })).rejects.toThrow(
    /^proxy 127\.0\.0\.1:\d+ answered HTTP 407 to CONNECT api\.example\.test:443$/
  )
})

test('a server slower than the timeout fails, naming the timeout', async () => {
  const server = await origin(() => undefined) // never answers
  const fetch = createFetch({ timeoutMs: 200 })
  await expect(fetch(`${server.url}/slow`, { headers: AUTH })).rejects.toThrow(
    'no answer within the 0.2 s request timeout'
  )
})

test('an aborted signal cancels the request', async () => {
  const server = await origin(() => undefined)
  const controller = new AbortController()
  const pending = createFetch()(`${server.url}/`, { signal: controller.signal })
  setTimeout(() => controller.abort(), 20)
  await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
})

test('no error carries the token or the proxy password', async () => {
  const silent = await origin(() => undefined)
  const refusing = await proxy({ refuse: 407 })
  const closed = await listen(net.createServer((socket) => socket.destroy()))
  // Each request's error, caught as it comes.
  const errorOf = (pending: Promise<unknown>) =>
    pending.then(
      () => new Error('no failure'),
      (error: unknown) => error as Error
    )
  const failures = [
    createFetch({ timeoutMs: 100 })(`${silent.url}/`, { headers: AUTH }),
    createFetch({ env: { HTTPS_PROXY: refusing.url } })('https://api.example.test/', { headers: AUTH }),
    createFetch()(`http://127.0.0.1:${closed.port}/`, { headers: AUTH }),
    createFetch({ env: { HTTP_PROXY: `http://u:${PROXY_PASSWORD}@127.0.0.1:${closed.port}` } })(
      'http://api.example.test/',
      { headers: AUTH }
    )
  ].map(errorOf)
  if (certificate) {
    const { port } = await tlsServer()
    failures.push(errorOf(createFetch()(`https://127.0.0.1:${port}/`, { headers: AUTH })))
  }
  for (const error of await Promise.all(failures)) {
    expect(error.message).not.toBe('no failure')
    const everything = `${error.message}\n${error.stack}\n${JSON.stringify(error)}\n${String(error.cause ?? '')}`
    expect(everything).not.toContain(TOKEN)
    expect(everything).not.toContain(PROXY_PASSWORD)
  }
})

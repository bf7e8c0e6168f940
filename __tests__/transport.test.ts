// The client's transport (src/guarded-fetch.ts) in process: undici's request() read into memory, with
// the content codings fetch decodes, against a server on 127.0.0.1. Hostile answers through the
// bundle (a gzip bomb, redirects, foreign origins) are __tests__/hostile-servers.test.ts's rows.
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient, PRODUCTION_TIMING, type Client } from '../src/github/client.js'

const BODY = { total_count: 1, runners: [{ id: 1, name: 'linux-ünïcode' }] }
const JSON_BODY = Buffer.from(JSON.stringify(BODY))

let server: Server
let answer: { headers: Record<string, string | string[]>; body: Buffer; status?: number }
let seen: Array<Record<string, string | string[] | undefined>>

beforeEach(async () => {
  seen = []
  answer = { headers: {}, body: JSON_BODY }
  server = createServer((request, response) => {
    seen.push(request.headers)
    request.resume()
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers })
    response.end(answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function client(host = '127.0.0.1'): Client {
  const { port } = server.address() as AddressInfo
  const settings = { token: 't', apiUrl: `http://${host}:${port}`, apiVersion: '2026-03-10', retries: 0 }
  const quiet = { debug: () => {}, warning: () => {} }
  return createClient(settings, quiet, { ...PRODUCTION_TIMING, sleep: async () => {}, now: () => 0 })
}

describe('content codings: asked for as fetch asks, decoded as fetch decodes', () => {
  test('the request asks for gzip, deflate and br', async () => {
    await client().request('GET /runners')
    expect(seen[0]?.['accept-encoding']).toBe('gzip, deflate, br')
  })

  test.each([
    ['gzip', zlib.gzipSync(JSON_BODY)],
    ['x-gzip', zlib.gzipSync(JSON_BODY)],
    ['deflate', zlib.deflateSync(JSON_BODY)],
    ['br', zlib.brotliCompressSync(JSON_BODY)],
    ['deflate, br', zlib.brotliCompressSync(zlib.deflateSync(JSON_BODY))],
    ['GZip ', zlib.gzipSync(JSON_BODY)]
  ])('an answer in %j is decoded', async (coding, body) => {
    answer = { headers: { 'content-encoding': coding }, body }
    expect((await client().request('GET /runners')).data).toEqual(BODY)
  })

  test('an unknown coding is left as it is: the body is not JSON, and Octokit gives its text', async () => {
    answer = { headers: { 'content-encoding': 'zstd' }, body: Buffer.from('not json') }
    expect((await client().request('GET /runners')).data).toBe('not json')
  })

  test('more than 5 codings are refused, naming the request', async () => {
    answer = { headers: { 'content-encoding': 'gzip, gzip, gzip, gzip, gzip, gzip' }, body: JSON_BODY }
    await expect(client().request('GET /runners')).rejects.toThrow(
      'unexpected answer from GET /runners: 6 content codings (at most 5)'
    )
  })

  test('a corrupt gzip body is no answer (a network error), not a crash', async () => {
    answer = { headers: { 'content-encoding': 'gzip' }, body: Buffer.from('not gzip at all') }
    const error = (await client()
      .request('GET /runners')
      .catch((e: unknown) => e)) as { status?: number; response?: unknown; message: string }
    expect(error.response).toBeUndefined()
    expect(error.message).toMatch(/header/i)
  })
})

describe('answers', () => {
  test('headers reach Octokit lower-cased, a repeated one joined', async () => {
    answer = { headers: { 'X-Custom': ['a', 'b'], link: '<http://x/?page=2>; rel="next"' }, body: JSON_BODY }
    const { headers } = await client().request('GET /runners')
    expect(headers['x-custom']).toBe('a, b')
    expect(headers.link).toBe('<http://x/?page=2>; rel="next"')
  })

  test('a 204 has no body', async () => {
    answer = { status: 204, headers: {}, body: Buffer.alloc(0) }
    const { status, data } = await client().request('DELETE /runners/1')
    expect([status, data]).toEqual([204, ''])
  })

  test('an error answer carries GitHub’s message', async () => {
    answer = { status: 422, headers: {}, body: Buffer.from(JSON.stringify({ message: 'Validation Failed' })) }
    await expect(client().request('POST /runners', { name: 'x' })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Validation Failed')
    })
  })
})

describe('proxies', () => {
  test('a request goes through the proxy that http_proxy names, tunnelled, for a host it applies to', async () => {
    // A CONNECT proxy that sends every tunnel to the test server, whatever host was asked for.
    const tunnels: string[] = []
    const proxy = createServer()
    proxy.on('connect', (request, socket) => {
      tunnels.push(request.url ?? '')
      const upstream = connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(socket).pipe(upstream)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('error', () => upstream.destroy())
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const saved = process.env.http_proxy
    process.env.http_proxy = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    try {
      // `.invalid` never resolves: only the proxy can answer for it.
      const { data } = await client('api.example.invalid').request('GET /runners')
      expect(data).toEqual(BODY)
      expect(tunnels).toEqual([`api.example.invalid:${(server.address() as AddressInfo).port}`])
    } finally {
      if (saved === undefined) delete process.env.http_proxy
      else process.env.http_proxy = saved
      proxy.closeAllConnections()
      await new Promise((resolve) => proxy.close(resolve))
    }
  })
})

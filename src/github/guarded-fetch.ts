// The client's transport, as Octokit's `request.fetch`: one HTTP exchange through undici's request()
// (the toolkit's proxy dispatcher, TLS and GHES stay the toolkit's), read into memory. It sends nothing
// outside `api-url`'s origin, follows redirects only within it, ends a try that takes too long, decodes
// gzip, deflate and br as fetch would, and refuses an answer larger than MAX_ANSWER_BYTES after
// decoding. undici's fetch did the same exchange with a few milliseconds more work per request.
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream'
import zlib from 'node:zlib'
import { Headers, type Dispatcher } from 'undici'
import { MAX_ANSWER_BYTES, MAX_REDIRECTS } from '../common/bounds.js'
import { pathOf, UnexpectedAnswer } from '../common/errors.js'

type Fetch = typeof globalThis.fetch

/** One exchange: undici's request(), with the dispatcher for `api-url` when a proxy applies. */
export type Exchange = (
  url: string,
  options: {
    method: Dispatcher.HttpMethod
    headers: Record<string, string>
    body?: string
    signal: AbortSignal
  }
) => Promise<Pick<Dispatcher.ResponseData, 'statusCode' | 'headers' | 'body'>>

type Answer = Awaited<ReturnType<Exchange>>

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const NO_BODY = new Set([101, 204, 205, 304])
/** What fetch asks for, and decodes; more codings than this in one answer are refused, as fetch does. */
const ACCEPT_ENCODING = 'gzip, deflate, br'
const MAX_CODINGS = 5

export function guardedFetch(exchange: Exchange, apiUrl: string, timeoutMs: number): Fetch {
  const origin = new URL(apiUrl).origin
  return async (input, init = {}) => {
    // Not `instanceof Request`: touching the global fetch classes loads Node's own undici (~10 ms).
    let url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    let method = (init.method ?? 'GET').toUpperCase()
    let body = typeof init.body === 'string' ? init.body : undefined
    const headers = { 'accept-encoding': ACCEPT_ENCODING, ...(init.headers as Record<string, string>) }
    for (let redirects = 0; ; redirects++) {
      refuseOtherOrigins(url, origin)
      const timeout = AbortSignal.timeout(timeoutMs)
      const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
      const failed = (error: unknown): never => {
        if (error instanceof UnexpectedAnswer) throw error
        throw networkError(error, timeout.aborted ? timeoutMs : undefined)
      }
      const response = await exchange(url, {
        method: method as Dispatcher.HttpMethod,
        headers,
        body,
        signal
      }).catch(failed)
      if (!REDIRECTS.has(response.statusCode)) return bounded(response, url, method).catch(failed)

      await response.body.dump().catch(() => undefined)
      const location = first(response.headers.location)
      const from = `${method} ${pathOf(url)}`
      if (!location)
        throw new UnexpectedAnswer(
          `unexpected answer from ${from}: HTTP ${response.statusCode} without a Location`
        )
      if (redirects >= MAX_REDIRECTS)
        throw new UnexpectedAnswer(`unexpected answer from ${from}: more than ${MAX_REDIRECTS} redirects`)
      url = new URL(location, url).href
      if (response.statusCode === 303) {
        method = 'GET'
        body = undefined
      }
    }
  }
}

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/** A failed try in words a person can act on: the timeout, or the system's reason (ECONNREFUSED…). */
function networkError(error: unknown, timedOutAfterMs: number | undefined): Error {
  if (timedOutAfterMs !== undefined)
    return new Error(`no answer within the ${timedOutAfterMs / 1000} s request timeout`)
  const failure = error as { message?: unknown; code?: unknown }
  const message = typeof failure.message === 'string' ? failure.message : String(error)
  const code = failure.code
  // The system's reason (ECONNREFUSED, UND_ERR_SOCKET…), unless the message already names it.
  return new Error(typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message)
}

function refuseOtherOrigins(url: string, origin: string): void {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    throw new UnexpectedAnswer(
      `refused to follow a URL that does not parse: ${JSON.stringify(url.slice(0, 80))}`
    )
  }
  if (target.origin !== origin || target.username || target.password) {
    throw new UnexpectedAnswer(
      `refused to follow a URL to another origin, ${target.protocol}//${target.host}: the token is sent only to ${origin} (api-url)`
    )
  }
}

/** The whole body, decoded and read here so that its size is bounded whatever the server sends. */
async function bounded(response: Answer, url: string, method: string): Promise<Response> {
  if (NO_BODY.has(response.statusCode) || method === 'HEAD') {
    await response.body.dump().catch(() => undefined)
    return bufferedAnswer(response, Buffer.alloc(0), url)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  const from = `${method} ${pathOf(url)}`
  const decoded = decoding(response.body, first(response.headers['content-encoding']), from)
  for await (const chunk of decoded as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    // Leaving the loop by throwing destroys the streams: nothing more is read or decompressed.
    if (size > MAX_ANSWER_BYTES) {
      throw new UnexpectedAnswer(
        `unexpected answer from ${from}: larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`
      )
    }
    chunks.push(chunk)
  }
  return bufferedAnswer(response, Buffer.concat(chunks), url)
}

/** The body with its `content-encoding` undone, as fetch does it; an unknown coding is left as it is. */
function decoding(body: Answer['body'], encoding: string | undefined, from: string): Readable {
  const codings = encoding
    ? encoding
        .toLowerCase()
        .split(',')
        .map((c) => c.trim())
    : []
  if (codings.length > MAX_CODINGS) {
    void body.dump().catch(() => undefined)
    throw new UnexpectedAnswer(
      `unexpected answer from ${from}: ${codings.length} content codings (at most ${MAX_CODINGS})`
    )
  }
  if (codings.length === 0 || !codings.every((c) => Object.hasOwn(DECODERS, c))) return body
  const decoders = codings.reverse().map((coding) => (DECODERS[coding] as () => zlib.Gunzip)())
  // pipeline destroys every stream when one fails or the reader stops; the request's signal ends the body.
  pipeline([body, ...decoders], () => undefined)
  return decoders[decoders.length - 1] as unknown as Readable
}

// Lenient at the end of the stream, as fetch (and curl) are.
const ZLIB = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }
const BROTLI = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH
}
const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(ZLIB),
  'x-gzip': () => zlib.createGunzip(ZLIB),
  deflate: () => zlib.createInflate(ZLIB),
  br: () => zlib.createBrotliDecompress(BROTLI)
}

/**
 * The answer with its body in memory: what Octokit reads of a Response (status, url, headers, text,
 * json, arrayBuffer), without constructing a global Response, which would load Node's own undici.
 */
function bufferedAnswer(response: Answer, body: Buffer, url: string): Response {
  const headers = new Headers()
  for (const [name, value] of Object.entries(response.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    else if (value !== undefined) headers.append(name, value)
  }
  const status = response.statusCode
  const answer = {
    status,
    statusText: '',
    url,
    headers,
    ok: status >= 200 && status < 300,
    redirected: false,
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)
  }
  return answer as unknown as Response
}

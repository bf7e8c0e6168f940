// A thin wrapper around the toolkit's fetch (proxies, TLS and GHES stay the toolkit's): it sends
// nothing outside `api-url`'s origin, follows redirects only within it, ends a try that takes too
// long, and refuses an answer larger than MAX_ANSWER_BYTES after decompression.
import { MAX_ANSWER_BYTES, MAX_REDIRECTS } from '../common/bounds.js'
import { pathOf, UnexpectedAnswer } from '../common/errors.js'

type Fetch = typeof globalThis.fetch

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const NO_BODY = new Set([101, 204, 205, 304])

export function guardedFetch(toolkitFetch: Fetch, apiUrl: string, timeoutMs: number): Fetch {
  const origin = new URL(apiUrl).origin
  return async (input, init = {}) => {
    // Not `instanceof Request`: touching the global fetch classes loads Node's own undici (~10 ms).
    let url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    let method = (init.method ?? 'GET').toUpperCase()
    let body = init.body
    for (let redirects = 0; ; redirects++) {
      refuseOtherOrigins(url, origin)
      const timeout = AbortSignal.timeout(timeoutMs)
      const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
      const failed = (error: unknown): never => {
        if (error instanceof UnexpectedAnswer) throw error
        throw networkError(error, timeout.aborted ? timeoutMs : undefined)
      }
      const response = await toolkitFetch(url, { ...init, method, body, redirect: 'manual', signal }).catch(
        failed
      )
      if (!REDIRECTS.has(response.status)) return bounded(response, url, method).catch(failed)

      await response.body?.cancel()
      const location = response.headers.get('location')
      const from = `${method} ${pathOf(url)}`
      if (!location)
        throw new UnexpectedAnswer(
          `unexpected answer from ${from}: HTTP ${response.status} without a Location`
        )
      if (redirects >= MAX_REDIRECTS)
        throw new UnexpectedAnswer(`unexpected answer from ${from}: more than ${MAX_REDIRECTS} redirects`)
      url = new URL(location, url).href
      if (response.status === 303) {
        method = 'GET'
        body = undefined
      }
    }
  }
}

/** A failed try in words a person can act on: the timeout, or the system's reason (ECONNREFUSED…). */
function networkError(error: unknown, timedOutAfterMs: number | undefined): Error {
  if (timedOutAfterMs !== undefined)
    return new Error(`no answer within the ${timedOutAfterMs / 1000} s request timeout`)
  const failure = error as { message?: string; cause?: { code?: unknown; message?: unknown } }
  const reason = failure.cause?.code ?? failure.cause?.message
  return new Error(
    typeof reason === 'string'
      ? `${failure.message ?? 'fetch failed'} (${reason})`
      : String(failure.message ?? error)
  )
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

/** The whole body, read here so that its size is bounded whatever the server sends. */
async function bounded(response: Response, url: string, method: string): Promise<Response> {
  if (NO_BODY.has(response.status) || !response.body) return response
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    // Leaving the loop by throwing cancels the stream: nothing more is read or decompressed.
    if (size > MAX_ANSWER_BYTES) {
      throw new UnexpectedAnswer(
        `unexpected answer from ${method} ${pathOf(url)}: larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`
      )
    }
    chunks.push(chunk)
  }
  return bufferedAnswer(response, Buffer.concat(chunks), url)
}

/**
 * The answer with its body in memory: what Octokit reads of a Response (status, url, headers, text,
 * json, arrayBuffer), without constructing a global Response, which would load Node's own undici.
 */
function bufferedAnswer(response: Response, body: Buffer, url: string): Response {
  const answer = {
    status: response.status,
    statusText: response.statusText,
    url: response.url || url,
    headers: response.headers,
    ok: response.ok,
    redirected: response.redirected,
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)
  }
  return answer as unknown as Response
}

// @ts-check
/* global URLSearchParams */
// What handlers receive and return, and the HTTP plumbing shared by every route.

/**
 * @typedef {object} SimulatorOptions
 * @property {string} org
 * @property {string} enterprise the enterprise's slug
 * @property {number} readyAfterPolls
 * @property {number} goneAfterPolls
 * @property {number} perPageDefault
 * @property {number} rateLimit requests per hour announced in x-ratelimit-* headers (never enforced)
 * @property {string | undefined} token when set, any other token answers 401 Bad credentials
 */
/**
 * @typedef {object} Context what a handler gets: validated, coerced parameters and the parsed body
 * @property {import('./state.js').State} state the state of the request's scope (organization or enterprise)
 * @property {import('./state.js').RootState} root both scopes
 * @property {SimulatorOptions} options
 * @property {string} baseUrl 'http://127.0.0.1:PORT'
 * @property {string} pathname
 * @property {Record<string, any>} params path parameters (integers already numbers)
 * @property {Record<string, any>} query query parameters (integers already numbers)
 * @property {Record<string, string>} rawQuery query parameters as sent
 * @property {any} body
 */
/** @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} Answer */
/** @typedef {(context: Context) => Answer} Handler */
/**
 * @typedef {{ resource: string, handle: Handler, anyOrg?: boolean }} Route resource names the 422 field
 *   errors; anyOrg: the handler answers for every organization it knows (GET /orgs/{org}), not only `org`
 */

/**
 * @param {number} status
 * @param {unknown} [body]
 * @returns {Answer}
 */
export function answer(status, body) {
  return { status, body }
}

/** @returns {Answer} */
export function noContent() {
  return { status: 204 }
}

/**
 * One page of a list, with `total_count` over all pages and GitHub's Link header
 * (`rel="prev"`, `rel="next"`, `rel="last"`, `rel="first"`, in that order, only those that apply).
 * @template T
 * @param {Context} context
 * @param {T[]} items
 * @param {string} key the array's name in the body ('runners', 'runner_groups', ...)
 * @param {(item: T) => unknown} [toJson]
 * @returns {Answer}
 */
export function paginate(context, items, key, toJson = (item) => item) {
  const perPage = context.query.per_page ?? context.options.perPageDefault
  const page = context.query.page ?? 1
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const body = { total_count: items.length, [key]: slice.map(toJson) }
  const link = linkHeader(context, page, lastPage)
  return link ? { status: 200, body, headers: { link } } : { status: 200, body }
}

/**
 * @param {Context} context
 * @param {number} page
 * @param {number} lastPage
 */
function linkHeader(context, page, lastPage) {
  /** @type {[string, number][]} */
  const relations = []
  if (page > 1) relations.push(['prev', Math.min(page - 1, lastPage)])
  if (page < lastPage) relations.push(['next', page + 1], ['last', lastPage])
  if (page > 1) relations.push(['first', 1])
  const urlOf = (/** @type {number} */ target) => {
    const search = new URLSearchParams(context.rawQuery)
    search.set('page', String(target))
    return `${context.baseUrl}${context.pathname}?${search}`
  }
  return relations.map(([rel, target]) => `<${urlOf(target)}>; rel="${rel}"`).join(', ')
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @returns {Promise<string>}
 */
export async function readBody(request) {
  const chunks = []
  for await (const chunk of request) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/** Counts requests per hour, for the x-ratelimit-* headers GitHub sends on every answer. */
export class RateLimit {
  /** @param {number} limit */
  constructor(limit) {
    this.limit = limit
    this.windowStart = 0
    this.used = 0
  }

  /** @returns {Record<string, string>} */
  count() {
    const now = Math.floor(Date.now() / 1000)
    if (now - this.windowStart >= 3600) [this.windowStart, this.used] = [now, 0]
    this.used++
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - this.used)),
      'x-ratelimit-reset': String(this.windowStart + 3600),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core'
    }
  }
}

let requestCounter = 0

/** A request id in GitHub's style (hex groups separated by colons). */
export function requestId() {
  requestCounter++
  const hex = (/** @type {number} */ value, /** @type {number} */ width) =>
    value.toString(16).toUpperCase().padStart(width, '0')
  return `${hex(process.pid & 0xffff, 4)}:${hex(requestCounter, 6)}:${hex(Date.now() & 0xffffff, 6)}`
}

/**
 * Writes an answer: JSON with GitHub's headers, or no body at all for 204.
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} headers
 */
export function send(response, status, body, headers) {
  const text = body === undefined ? '' : JSON.stringify(body)
  const all = { ...headers }
  if (body !== undefined) all['content-type'] = 'application/json; charset=utf-8'
  response.writeHead(status, all)
  response.end(text)
}

// @ts-check
// A stateful GitHub REST API simulator for the hosted-runner, custom-image, runner-group and hosted compute
// networking endpoints, at organization and enterprise scope. Every request is checked against GitHub's OpenAPI description
// (simulator/openapi.json for organization routes, simulator/openapi-ghec.json for enterprise routes and
// GET /orgs/{org}) before any state changes, and every answer is checked against it before it is sent
// (a mismatch answers 500).
import { createServer } from 'node:http'
import { API_VERSIONS, checkHeaders, checkTokenKind } from './auth.js'
import { catalogueRoutes } from './catalogues.js'
import { enterpriseRoutes } from './enterprise.js'
import { createSeeders, seedEnterpriseDemo } from './enterprise-seed.js'
import { DOCS_URL, HttpError, invalidRequest, notFound } from './errors.js'
import { Faults, faultAnswer, sleep } from './faults.js'
import { groupRoutes } from './groups.js'
import { RateLimit, readBody, requestId, send } from './http.js'
import { imageRoutes } from './images.js'
import { networkRoutes } from './networks.js'
import { lookupRoutes } from './repositories.js'
import { runnerRoutes } from './runners.js'
import { seedDemo } from './seed.js'
import { loadSpec } from './spec.js'
import { createState } from './state.js'

export { API_VERSIONS }
const DEFAULTS = {
  org: 'acme',
  enterprise: 'octo-ent',
  readyAfterPolls: 3,
  goneAfterPolls: 1,
  perPageDefault: 30,
  rateLimit: 5000
}

/**
 * @typedef {object} StartOptions
 * @property {string} [org] the one organization that exists (default 'acme'); any other answers 404
 * @property {string} [enterprise] the one enterprise that exists (default 'octo-ent'); any other answers 404.
 *   Its organizations are `org` (id 9919) and `<org>-labs` (id 9920); GET /orgs/{org} answers both
 * @property {number} [port] default 0: a free port
 * @property {'demo'} [seed] start with the demo data set
 * @property {number} [readyAfterPolls] GETs that still answer Provisioning after a create (default 3:
 *   provisioning takes several looks)
 * @property {number} [goneAfterPolls] GETs that still answer Deleting after a delete (default 1)
 * @property {number} [perPageDefault] default 30
 * @property {number} [rateLimit] the x-ratelimit-limit announced (default 5000; never enforced)
 * @property {string} [token] when set, only this token is accepted (others: 401 Bad credentials)
 */
/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path the pathname, without the query
 * @property {Record<string, string>} query
 * @property {Record<string, string>} headers lower-case names
 * @property {any} body parsed JSON; the raw text when it did not parse; undefined when empty
 * @property {number} status the status answered; 0 while pending or when a fault reset the connection
 */
/**
 * @typedef {object} Simulator
 * @property {string} url 'http://127.0.0.1:PORT', the REST base URL
 * @property {RecordedRequest[]} requests every request, in order
 * @property {import('./state.js').RootState} state the organization's; `state.enterprise` the enterprise's
 * @property {import('./enterprise-seed.js').Seeders} seed the organization's; `seed.enterprise` the enterprise's
 * @property {(spec: import('./faults.js').FaultSpec) => import('./faults.js').Fault} fault
 * @property {() => void} clearFaults
 * @property {() => void} clearRequests
 * @property {() => Promise<void>} close
 */

/**
 * Every operation of a description has exactly one handler, and no handler is left over.
 * @param {import('./spec.js').SpecName} name
 * @param {Record<string, import('./http.js').Route>} handlers
 */
function routeTable(name, handlers) {
  const routes = new Map(Object.entries(handlers))
  const keys = loadSpec(name).operations.map((operation) => operation.key)
  const missing = keys.filter((key) => !routes.has(key))
  const extra = [...routes.keys()].filter((key) => !keys.includes(key))
  if (missing.length + extra.length > 0) {
    throw new Error(
      `simulator routes out of step with the ${name} description: missing ${missing}; extra ${extra}`
    )
  }
  return routes
}

/** Both descriptions, each with its handlers: organization routes, then the GHEC ones. */
function scopedSpecs() {
  return [
    {
      spec: loadSpec('org'),
      routes: routeTable('org', {
        ...runnerRoutes,
        ...catalogueRoutes,
        ...imageRoutes,
        ...groupRoutes,
        ...lookupRoutes,
        ...networkRoutes('/orgs/{org}/settings')
      })
    },
    { spec: loadSpec('ghec'), routes: routeTable('ghec', enterpriseRoutes) }
  ]
}

/**
 * @param {string} a
 * @param {string} b
 */
function sameLogin(a, b) {
  return a.toLowerCase() === b.toLowerCase()
}

/** @param {string} text */
function parseBody(text) {
  if (text.trim() === '') return { body: undefined, parsed: true }
  try {
    return { body: JSON.parse(text), parsed: true }
  } catch {
    return { body: text, parsed: false }
  }
}

/** @param {unknown} error */
function errorAnswer(error) {
  if (error instanceof HttpError)
    return { status: error.status, body: error.toBody(), headers: error.headers }
  const message = `Simulator bug: ${error instanceof Error ? error.stack : String(error)}`
  return { status: 500, body: { message, documentation_url: DOCS_URL } }
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {string} baseUrl
 * @returns {Promise<{ record: RecordedRequest, parsed: boolean }>}
 */
async function readRequest(request, baseUrl) {
  const url = new URL(request.url ?? '/', baseUrl)
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : String(value)
    ])
  )
  const { body, parsed } = parseBody(await readBody(request))
  const method = (request.method ?? 'GET').toUpperCase()
  const query = Object.fromEntries(url.searchParams)
  return { record: { method, path: url.pathname, query, headers, body, status: 0 }, parsed }
}

/**
 * Starts a simulator on 127.0.0.1.
 * @param {StartOptions} [startOptions]
 * @returns {Promise<Simulator>}
 */
export async function startSimulator(startOptions = {}) {
  const { port = 0, seed: seedName, ...rest } = startOptions
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined))
  /** @type {import('./http.js').SimulatorOptions} */
  const options = { ...DEFAULTS, token: undefined, ...given }
  const specs = scopedSpecs()
  const state = createState(options.org, options.enterprise)
  const seed = createSeeders(state)
  if (seedName === 'demo') {
    seedDemo(seed, state)
    seedEnterpriseDemo(seed.enterprise, state.enterprise)
  }
  /** @type {RecordedRequest[]} */
  const requests = []
  const faults = new Faults()
  const rateLimit = new RateLimit(options.rateLimit)
  let baseUrl = ''

  /**
   * The normal answer to a request: route, headers, spec check, org, handler, then the answer's own check.
   * @param {RecordedRequest} record
   * @param {boolean} parsed
   * @returns {import('./http.js').Answer}
   */
  function answerFor(record, parsed) {
    let scoped = specs[0]
    let matched
    for (const candidate of specs) {
      matched = candidate.spec.match(record.method, record.path)
      scoped = candidate
      if (matched) break
    }
    const { spec, routes } = /** @type {(typeof specs)[number]} */ (scoped)
    let result
    try {
      if (!matched) throw notFound()
      const route = /** @type {import('./http.js').Route} */ (routes.get(matched.operation.key))
      result = handleMatched(spec, route, matched, record, parsed)
    } catch (error) {
      result = errorAnswer(error)
    }
    const problems = spec.checkResponse(matched?.operation, result.status, result.body)
    if (problems.length === 0) return result
    const message = `Simulator bug: the ${result.status} answer to ${record.method} ${record.path} breaks the OpenAPI description:\n${problems.join('\n')}`
    return { status: 500, body: { message, documentation_url: DOCS_URL } }
  }

  /**
   * Headers, the kind of token, JSON, spec check, org or enterprise, then the handler; throws HttpError for
   * any refusal.
   * @param {ReturnType<typeof loadSpec>} spec
   * @param {import('./http.js').Route} route
   * @param {NonNullable<ReturnType<ReturnType<typeof loadSpec>['match']>>} matched
   * @param {RecordedRequest} record
   * @param {boolean} parsed
   */
  function handleMatched(spec, route, { operation, params: rawParams }, record, parsed) {
    const token = checkHeaders(record.headers, options.token)
    checkTokenKind(token, operation)
    if (!parsed) throw new HttpError(400, 'Problems parsing JSON')
    const request = { params: rawParams, query: record.query, body: record.body }
    const { violations, params, query } = spec.checkRequest(operation, route.resource, request)
    if (violations.length > 0) throw invalidRequest(violations)
    // An unknown enterprise answers 404 as an unknown organization does (GitHub's answer for both).
    if (params.enterprise !== undefined && !sameLogin(String(params.enterprise), options.enterprise)) {
      throw notFound()
    }
    if (params.org !== undefined && !route.anyOrg && !sameLogin(String(params.org), options.org)) {
      throw notFound()
    }
    const scope = params.enterprise === undefined ? state : state.enterprise
    const { path: pathname, query: rawQuery, body } = record
    const context = { state: scope, root: state, options, baseUrl, pathname, params, query, rawQuery, body }
    return route.handle(context)
  }

  /**
   * Records a request, applies any scripted fault, and answers.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function handle(request, response) {
    const { record, parsed } = await readRequest(request, baseUrl)
    requests.push(record)
    const fault = faults.take(record.method, record.path)
    if (fault?.delayMs) await sleep(fault.delayMs)
    const replaced = fault && (fault.reset || fault.status !== undefined)
    const normal = replaced && !fault.afterHandling ? undefined : answerFor(record, parsed)
    if (replaced && fault.reset) {
      request.socket.destroy()
      return
    }
    const result = (replaced && faultAnswer(fault)) || /** @type {import('./http.js').Answer} */ (normal)
    record.status = result.status
    const version = record.headers['x-github-api-version'] ?? ''
    send(response, result.status, result.body, {
      ...rateLimit.count(),
      'x-github-request-id': requestId(),
      ...(API_VERSIONS.includes(version) ? { 'x-github-api-version-selected': version } : {}),
      ...result.headers
    })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) send(response, 500, errorAnswer(error).body, {})
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(undefined))
  })
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  baseUrl = `http://127.0.0.1:${address.port}`

  return {
    url: baseUrl,
    requests,
    state,
    seed,
    fault: (faultSpec) => faults.add(faultSpec),
    clearFaults: () => faults.clear(),
    clearRequests: () => {
      requests.length = 0
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}

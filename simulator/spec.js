// @ts-check
// The OpenAPI descriptions as route tables with compiled validators: simulator/openapi.json (api.github.com:
// organization routes) and simulator/openapi-ghec.json (GitHub Enterprise Cloud: enterprise routes and
// GET /orgs/{org}). Requests are checked before any handler runs, responses before they are sent.
import { readFileSync } from 'node:fs'
import { fieldError, fromAjv } from './errors.js'
import { BASIC_ERROR, closed, matchSegments, newAjv, parameterSchema } from './spec-schemas.js'

/** @typedef {import('./errors.js').FieldError} FieldError */
/** @typedef {(data: unknown) => boolean} Check */
/**
 * @typedef {object} Operation
 * @property {string} key 'GET /orgs/{org}/actions/hosted-runners'
 * @property {string} method upper case
 * @property {string} template
 * @property {string[]} segments the template split on '/'
 * @property {string} operationId
 * @property {boolean} paginated the operation takes per_page and page
 * @property {boolean} takesBody
 * @property {boolean} bodyRequired
 * @property {boolean} enabledForGitHubApps false when the description's `x-github` says a GitHub App cannot
 *   call it (simulator/auth.js)
 * @property {Record<string, any>} responses status -> JSON schema (null when the status has no body)
 */

/** @typedef {'org' | 'ghec'} SpecName */
const SPEC_URLS = {
  org: new URL('./openapi.json', import.meta.url),
  ghec: new URL('./openapi-ghec.json', import.meta.url)
}
/**
 * @param {import('ajv').ValidateFunction} validate
 * @param {unknown} data
 * @param {string} location
 * @param {string} resource
 */
function check(validate, data, location, resource) {
  return validate(data) ? [] : fromAjv(validate.errors ?? [], location, resource)
}

/** Loads and compiles a description once per process; every simulator shares it. */
class Spec {
  /** @param {URL} url */
  constructor(url) {
    const document = JSON.parse(readFileSync(url, 'utf8'))
    this.paramsAjv = newAjv(true)
    this.bodyAjv = newAjv(false)
    /** @type {Operation[]} */
    this.operations = []
    /** @type {Map<string, { path: import('ajv').ValidateFunction, query: import('ajv').ValidateFunction, body?: import('ajv').ValidateFunction, responses: Map<number, import('ajv').ValidateFunction | null> }>} */
    this.validators = new Map()
    this.basicError = this.bodyAjv.compile(closed(BASIC_ERROR))
    for (const [template, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(/** @type {Record<string, any>} */ (item))) {
        this.add(template, method.toUpperCase(), op)
      }
    }
  }

  /**
   * @param {string} template
   * @param {string} method
   * @param {any} op
   */
  add(template, method, op) {
    const parameters = op.parameters ?? []
    const bodySchema = op.requestBody?.content?.['application/json']?.schema
    const query = parameters
      .filter((/** @type {any} */ p) => p.in === 'query')
      .map((/** @type {any} */ p) => p.name)
    /** @type {Record<string, any>} */
    const responses = {}
    for (const [status, response] of Object.entries(/** @type {Record<string, any>} */ (op.responses))) {
      responses[status] = response.content?.['application/json']?.schema ?? null
    }
    /** @type {Operation} */
    const operation = {
      key: `${method} ${template}`,
      method,
      template,
      segments: template.split('/'),
      operationId: op.operationId,
      paginated: query.includes('per_page') && query.includes('page'),
      takesBody: Boolean(bodySchema),
      bodyRequired: Boolean(op.requestBody?.required),
      enabledForGitHubApps: op['x-github']?.enabledForGitHubApps !== false,
      responses
    }
    this.operations.push(operation)
    this.validators.set(operation.key, {
      path: this.paramsAjv.compile(parameterSchema(parameters, 'path')),
      query: this.paramsAjv.compile(parameterSchema(parameters, 'query')),
      body: bodySchema ? this.bodyAjv.compile(closed(bodySchema)) : undefined,
      responses: new Map(
        Object.entries(responses).map(([status, schema]) => [
          Number(status),
          schema ? this.bodyAjv.compile(closed(schema)) : null
        ])
      )
    })
  }

  /**
   * The operation for a request, preferring literal segments over parameters
   * (`/hosted-runners/limits` is not runner "limits"). A path that exists with another method is
   * still "Not Found", as on GitHub.
   * @param {string} method
   * @param {string} pathname
   * @returns {{ operation: Operation, params: Record<string, string> } | undefined}
   */
  match(method, pathname) {
    const segments = pathname.split('/')
    let best
    let bestScore = -1
    for (const operation of this.operations) {
      const params = matchSegments(operation.segments, segments)
      if (!params) continue
      const score = operation.segments.filter((segment) => !segment.startsWith('{')).length
      if (score > bestScore) [best, bestScore] = [{ template: operation.template, params }, score]
    }
    if (!best) return undefined
    const operation = this.operations.find((op) => op.template === best.template && op.method === method)
    return operation ? { operation, params: best.params } : undefined
  }

  /**
   * Checks path and query parameters and the JSON body. Path and query values are coerced
   * (`"12"` -> 12) into the returned objects.
   * @param {Operation} operation
   * @param {string} resource
   * @param {{ params: Record<string, string>, query: Record<string, string>, body: unknown }} request
   */
  checkRequest(operation, resource, request) {
    const validators = /** @type {NonNullable<ReturnType<Spec['validators']['get']>>} */ (
      this.validators.get(operation.key)
    )
    /** @type {Record<string, any>} */
    const params = { ...request.params }
    /** @type {Record<string, any>} */
    const query = { ...request.query }
    const violations = [
      ...check(validators.path, params, 'path', resource),
      ...check(validators.query, query, 'query', resource)
    ]
    if (!validators.body && request.body !== undefined) {
      violations.push(fieldError(resource, 'body', 'invalid', 'body: this operation takes no request body.'))
    } else if (validators.body && request.body === undefined && operation.bodyRequired) {
      violations.push(fieldError(resource, 'body', 'missing_field', 'body: a JSON request body is required.'))
    } else if (validators.body && request.body !== undefined) {
      violations.push(...check(validators.body, request.body, 'body', resource))
    }
    return { violations, params, query }
  }

  /**
   * Checks an answer against the operation's response schema for that status.
   * @param {Operation | undefined} operation
   * @param {number} status
   * @param {unknown} body
   * @returns {string[]} what is wrong; empty when the answer conforms
   */
  checkResponse(operation, status, body) {
    const responses = operation ? this.validators.get(operation.key)?.responses : undefined
    const documented = responses?.get(status)
    if (documented === undefined && status < 400) {
      return [`status ${status} is not documented for ${operation?.operationId}`]
    }
    if (documented === null) {
      return body === undefined ? [] : [`status ${status} is documented without a body, but one was sent`]
    }
    const validate = documented ?? this.basicError
    if (validate(body)) return []
    return (validate.errors ?? []).map((error) => {
      const extra = error.keyword === 'additionalProperties' ? ` "${error.params.additionalProperty}"` : ''
      return `response${error.instancePath}: ${error.message}${extra}`
    })
  }
}

/** @type {Partial<Record<SpecName, Spec>>} */
const shared = {}

/**
 * A compiled description, loaded on first use: 'org' (api.github.com, the default) or 'ghec'.
 * @param {SpecName} [name]
 */
export function loadSpec(name = 'org') {
  return (shared[name] ??= new Spec(SPEC_URLS[name]))
}

/**
 * The JSON schema of a documented answer (for handlers that shape objects from it), from either description.
 * @param {string} key 'GET /orgs/{org}/...' or 'GET /enterprises/{enterprise}/...'
 * @param {number} status
 */
export function responseSchema(key, status) {
  const find = (/** @type {SpecName} */ name) => loadSpec(name).operations.find((op) => op.key === key)
  const operation = find('org') ?? find('ghec')
  return operation?.responses[String(status)]
}

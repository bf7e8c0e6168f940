// @ts-check
// Errors the simulator answers, in GitHub's shape: { message, errors?, documentation_url, status }.

export const DOCS_URL = 'https://docs.github.com/rest'

/**
 * One field error, as GitHub lists them in a 422 answer.
 * @typedef {{ resource: string, field: string, code: string, message: string }} FieldError
 */

/** An HTTP error answer; thrown by handlers, turned into a response by the server. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {FieldError[]} [errors]
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, errors, headers) {
    super(message)
    this.status = status
    this.errors = errors
    this.headers = headers ?? {}
  }

  /** The JSON body GitHub would send. */
  toBody() {
    /** @type {{ message: string, errors?: FieldError[], documentation_url: string, status: string }} */
    const body = { message: this.message, documentation_url: DOCS_URL, status: String(this.status) }
    if (this.errors) body.errors = this.errors
    return body
  }
}

/** @returns {HttpError} GitHub's 404, which it also answers for resources the token cannot see. */
export function notFound() {
  return new HttpError(404, 'Not Found')
}

/**
 * A 422 about one field (taken name, unknown id in the body, wrong visibility...).
 * @param {string} resource e.g. 'HostedRunner'
 * @param {string} field
 * @param {string} code GitHub's codes: missing_field, invalid, already_exists, unprocessable, custom
 * @param {string} message
 */
export function unprocessable(resource, field, code, message) {
  return new HttpError(422, message, [{ resource, field, code, message }])
}

/**
 * The 422 for requests that break the OpenAPI description: every violation listed.
 * @param {FieldError[]} violations
 */
export function invalidRequest(violations) {
  const lines = violations.map((violation) => violation.message).join('\n')
  return new HttpError(422, `Invalid request.\n\n${lines}`, violations)
}

/**
 * Turns ajv's errors into GitHub-style field errors.
 * @param {import('ajv').ErrorObject[]} errors
 * @param {string} location 'body', 'query' or 'path'
 * @param {string} resource
 * @returns {FieldError[]}
 */
export function fromAjv(errors, location, resource) {
  return errors.map((error) => {
    const base = error.instancePath.split('/').slice(1).join('.')
    const where = base ? `${location}.${base}` : location
    const join = (/** @type {string} */ name) => (base ? `${base}.${name}` : name)
    if (error.keyword === 'additionalProperties') {
      const name = String(error.params.additionalProperty)
      const noun = location === 'body' ? 'key' : 'parameter'
      return fieldError(resource, join(name), 'invalid', `${where}: "${name}" is not a permitted ${noun}.`)
    }
    if (error.keyword === 'required') {
      const name = String(error.params.missingProperty)
      return fieldError(resource, join(name), 'missing_field', `${where}: "${name}" wasn't supplied.`)
    }
    const got = error.data === undefined ? '' : ` (got ${JSON.stringify(error.data)})`
    return fieldError(resource, base || location, 'invalid', `${where}: ${error.message}${got}`)
  })
}

/**
 * @param {string} resource
 * @param {string} field
 * @param {string} code
 * @param {string} message
 * @returns {FieldError}
 */
export function fieldError(resource, field, code, message) {
  return { resource, field, code, message }
}

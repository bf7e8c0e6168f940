// @ts-check
// The schema side of the OpenAPI descriptions (spec.js): validators, the closed copies of schemas the
// simulator checks requests and answers against, parameter schemas and path matching.
import { Ajv } from 'ajv'
import formatsModule from 'ajv-formats'

const addFormats = /** @type {any} */ (formatsModule).default ?? formatsModule
const PAGE_LIMITS = { per_page: { minimum: 1, maximum: 100 }, page: { minimum: 1 } }

/** Any error answer the description does not spell out is checked against GitHub's basic error shape. */
export const BASIC_ERROR = {
  type: 'object',
  required: ['message'],
  properties: {
    message: { type: 'string' },
    documentation_url: { type: 'string' },
    status: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['resource', 'field', 'code'],
        properties: {
          resource: { type: 'string' },
          field: { type: 'string' },
          code: { type: 'string' },
          message: { type: 'string' }
        }
      }
    }
  }
}

/** @param {boolean} coerceTypes */
export function newAjv(coerceTypes) {
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, coerceTypes })
  addFormats(ajv)
  return ajv
}

/**
 * A copy of a schema in which every object that lists its properties accepts no others: GitHub ignores
 * unknown body fields silently (which hides bugs), and the simulator must never answer undocumented ones.
 * @param {any} schema
 * @returns {any}
 */
export function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed)
  if (schema === null || typeof schema !== 'object') return schema
  /** @type {Record<string, any>} */
  const copy = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-')) continue
    copy[key] = key === 'properties' ? mapValues(value, closed) : closed(value)
  }
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false
  return copy
}

/**
 * @param {Record<string, any>} object
 * @param {(value: any) => any} fn
 */
function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]))
}

/**
 * An object schema for the parameters of one location ('path' or 'query').
 * @param {any[]} parameters
 * @param {string} location
 */
export function parameterSchema(parameters, location) {
  const own = parameters.filter((parameter) => parameter.in === location)
  /** @type {Record<string, any>} */
  const properties = {}
  for (const parameter of own) {
    const limits = location === 'query' ? PAGE_LIMITS[/** @type {'page'} */ (parameter.name)] : undefined
    properties[parameter.name] = { ...parameter.schema, ...limits }
  }
  const required = own.filter((parameter) => parameter.required).map((parameter) => parameter.name)
  return { type: 'object', properties, required, additionalProperties: false }
}

/**
 * @param {string[]} template
 * @param {string[]} actual
 * @returns {Record<string, string> | undefined}
 */
export function matchSegments(template, actual) {
  if (template.length !== actual.length) return undefined
  /** @type {Record<string, string>} */
  const params = {}
  for (let index = 0; index < template.length; index++) {
    const expected = /** @type {string} */ (template[index])
    const segment = /** @type {string} */ (actual[index])
    if (!expected.startsWith('{')) {
      if (expected !== segment) return undefined
      continue
    }
    if (segment === '') return undefined
    try {
      params[expected.slice(1, -1)] = decodeURIComponent(segment)
    } catch {
      return undefined
    }
  }
  return params
}

// @ts-check
// Scripted faults: the next `times` requests matching a method and path get an error, a reset
// connection or a delay instead of (or, with afterHandling, after) the normal handling.

/**
 * @typedef {object} FaultSpec
 * @property {string} [method] any method when absent
 * @property {string | RegExp} path an exact pathname, or a pattern tested against the pathname
 * @property {number} [status] answer this status (with `body`, default `{ message }` for the status)
 * @property {Record<string, string>} [headers] extra response headers, e.g. { 'retry-after': '1' }
 * @property {unknown} [body]
 * @property {boolean} [reset] destroy the connection without answering
 * @property {number} [delayMs] wait this long first (alone: a slow but otherwise normal answer)
 * @property {number} [times] how many matching requests get the fault; default 1, Infinity for all
 * @property {boolean} [afterHandling] run the real handler (state changes) and then answer the fault:
 *   a create whose answer was lost
 */
/** @typedef {FaultSpec & { remaining: number, hits: number }} Fault */

/** GitHub's messages for the statuses faults usually script. */
const MESSAGES = /** @type {Record<number, string>} */ ({
  403: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  429: 'API rate limit exceeded',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request.'
})

export class Faults {
  constructor() {
    /** @type {Fault[]} */
    this.pending = []
  }

  /**
   * @param {FaultSpec} spec
   * @returns {Fault} live: `remaining` counts down, `hits` up
   */
  add(spec) {
    if (spec.status === undefined && !spec.reset && spec.delayMs === undefined) {
      throw new TypeError('sim.fault needs a status, reset: true or delayMs')
    }
    const fault = { ...spec, remaining: spec.times ?? 1, hits: 0 }
    this.pending.push(fault)
    return fault
  }

  clear() {
    this.pending = []
  }

  /**
   * Takes the first pending fault matching a request (counting it as used), if any.
   * @param {string} method
   * @param {string} pathname
   */
  take(method, pathname) {
    const fault = this.pending.find((candidate) => matches(candidate, method, pathname))
    if (!fault) return undefined
    fault.remaining--
    fault.hits++
    if (fault.remaining <= 0) this.pending.splice(this.pending.indexOf(fault), 1)
    return fault
  }
}

/**
 * @param {Fault} fault
 * @param {string} method
 * @param {string} pathname
 */
function matches(fault, method, pathname) {
  if (fault.method && fault.method.toUpperCase() !== method) return false
  if (typeof fault.path === 'string') return fault.path === pathname
  fault.path.lastIndex = 0 // a /g pattern would otherwise match every other time
  return fault.path.test(pathname)
}

/**
 * The answer a fault gives instead of the real one, or undefined when it only delays.
 * @param {Fault} fault
 * @returns {{ status: number, body: unknown, headers: Record<string, string> } | undefined}
 */
export function faultAnswer(fault) {
  if (fault.status === undefined) return undefined
  const message = MESSAGES[fault.status] ?? `Simulated error ${fault.status}`
  const body =
    fault.body !== undefined ? fault.body : { message, documentation_url: 'https://docs.github.com/rest' }
  return { status: fault.status, body, headers: fault.headers ?? {} }
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

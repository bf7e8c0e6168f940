// What one listing keeps of its items, counted page by page: each answer may hold 16 MiB, and a server
// that pads every page cannot make one listing keep more than MAX_LISTING_BYTES.
import { LISTING_BYTES_SOURCE, MAX_LISTING_BYTES } from '../common/bounds.js'
import { pathOf, UnexpectedAnswer } from '../common/errors.js'

const MIB = 1024 * 1024

export class KeptBytes {
  #bytes = 0

  /** `bound`: MAX_LISTING_BYTES, unless the run was given another (tests: a smaller one, see Timing). */
  constructor(private readonly bound: number = MAX_LISTING_BYTES) {}

  /** Counts what a page keeps; past the bound the listing fails, naming it and the bound, before it is kept. */
  count(kept: readonly unknown[], url: string, page: number): void {
    this.#bytes += memoryOf(kept)
    if (this.#bytes > this.bound)
      throw new UnexpectedAnswer(
        `unexpected answer from GET ${pathOf(url)}: the items it keeps take about ${Math.ceil(this.#bytes / MIB)} MiB by page ${page}, more than the bound of ${this.bound / MIB} MiB one listing may keep, ${LISTING_BYTES_SOURCE}`
      )
  }
}

/**
 * About what V8 takes for parsed JSON: 16 bytes a value, 64 more an object or list, a string's
 * characters (Latin-1; others take twice). Not JSON's length: 16 MiB of `{},` is 350 MB of objects.
 * Walked without recursion, so that no nesting overflows the stack, and without serializing, so that
 * a long string costs nothing to measure.
 */
function memoryOf(list: readonly unknown[]): number {
  let bytes = 0
  const pending: object[] = [list]
  for (let container = pending.pop(); container !== undefined; container = pending.pop()) {
    bytes += 64
    for (const value of Array.isArray(container) ? container : Object.values(container)) {
      bytes += 16
      if (typeof value === 'string') bytes += value.length
      else if (typeof value === 'object' && value !== null) pending.push(value)
    }
  }
  return bytes
}

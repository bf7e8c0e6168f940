// A plan's digest: the canonical serialisation of its changes (src/core/change.ts), ids, seen values
// and dependencies included. A reviewed dry run's `plan-digest`, given back as `expected-plan-digest`,
// lets a later run send its writes only when its own plan is that very plan, on the very same objects.
import { createHash, type Hash } from 'node:crypto'
import type { Change } from '../core/change.js'

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Writes `value` as JSON with every object's keys in sorted order, so that equal plans give equal text,
 * piece by piece: a plan of thousands of changes is hashed without its text ever being held whole.
 */
function writeCanonical(value: unknown, write: (text: string) => void): void {
  if (Array.isArray(value)) {
    write('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) write(',')
      // As the first release's `join`: a hole, a function or a symbol is written as nothing.
      const item: unknown = value[i]
      if (i in value && typeof item !== 'function' && typeof item !== 'symbol') writeCanonical(item, write)
    }
    write(']')
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    write('{')
    entries.sort(byKey).forEach(([key, item], i) => {
      write(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`)
      writeCanonical(item, write)
    })
    write('}')
  } else {
    // A function or a symbol as a value is `undefined`, as the first release's template wrote it.
    write(String(JSON.stringify(value ?? null)))
  }
}

/** The canonical JSON text of `value` (see writeCanonical). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = []
  writeCanonical(value, (text) => parts.push(text))
  return parts.join('')
}

/** The pieces are gathered into chunks of about this many characters before each goes to the hash. */
const CHUNK = 16_384

function hashCanonical(value: unknown): string {
  const hash: Hash = createHash('sha256')
  let pending = ''
  writeCanonical(value, (text) => {
    pending += text
    if (pending.length >= CHUNK) {
      hash.update(pending)
      pending = ''
    }
  })
  return hash.update(pending).digest('hex')
}

/**
 * The digest of a plan: every change with its object's id, the values it saw and wants, and what it
 * depends on; and how its image changes roll out (settings and waves) when the file says. A change's
 * reason is left out: a retention reason names a cut-off that moves with the clock, and the same deletes
 * are the same plan.
 */
export function planDigest(changes: readonly Change[], rollout?: unknown): string {
  const plan = changes.map(({ kind, object, id, name, seen, fields, depends_on }) => ({
    kind,
    object,
    id,
    name,
    seen: seen ?? {},
    fields,
    depends_on: [...(depends_on ?? [])].sort()
  }))
  // A plan without a rollout keeps the digest it has without one.
  return hashCanonical(rollout === undefined ? plan : { changes: plan, rollout })
}

// The one name rule of every lookup, in inputs and in the fleet file: names match ignoring case, as
// GitHub's own lookups do; where GitHub holds two names that differ only in case, the exact one wins.
// A miss offers the closest names ("did you mean").
import { UserError } from '../common/errors.js'

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** The items `name` picks: the exact matches when there are any, else the matches ignoring case. */
export function pickNamed<T>(
  items: readonly T[],
  name: string,
  nameOf: (item: T) => string = defaultName
): T[] {
  const exact = items.filter((item) => nameOf(item) === name)
  return exact.length > 0 ? exact : items.filter((item) => sameName(nameOf(item), name))
}

/** The item `name` picks (the first, where GitHub holds two that differ only in case and neither is exact). */
export const findNamed = <T>(
  items: readonly T[],
  name: string,
  nameOf?: (item: T) => string
): T | undefined => pickNamed(items, name, nameOf)[0]

const defaultName = (item: unknown): string => String((item as { name: unknown }).name)

/**
 * The items by name under the one rule, for many lookups in one list: each costs a map read, not a scan
 * (a plan of 40k groups looks each of them up). `pick` answers as `pickNamed` does.
 */
export class NameIndex<T> {
  readonly #byName = new Map<string, T[]>()

  constructor(
    items: readonly T[],
    private readonly nameOf: (item: T) => string = defaultName
  ) {
    for (const item of items) {
      const key = nameOf(item).toLowerCase()
      const same = this.#byName.get(key)
      if (same) same.push(item)
      else this.#byName.set(key, [item])
    }
  }

  pick(name: string): T[] {
    const matches = this.#byName.get(name.toLowerCase()) ?? []
    const exact = matches.filter((item) => this.nameOf(item) === name)
    return exact.length > 0 ? exact : matches
  }

  find(name: string): T | undefined {
    return this.pick(name)[0]
  }

  /** Every name indexed, for a miss's "did you mean". */
  names(): string[] {
    return [...this.#byName.values()].flat().map(this.nameOf)
  }
}

const indexes = new WeakMap<readonly object[], { size: number; index: NameIndex<object> }>()

/**
 * The index of a list that is read once and not changed (a listing's answer), made on first use and
 * kept while the list lives; made again should the list's length change.
 */
export function indexOf<T extends { name: string }>(items: readonly T[]): NameIndex<T> {
  let kept = indexes.get(items)
  if (kept?.size !== items.length) {
    kept = { size: items.length, index: new NameIndex<object>(items) }
    indexes.set(items, kept)
  }
  return kept.index as unknown as NameIndex<T>
}

interface Named {
  id: number | string
  name: string
}

/** The one item `name` picks, or undefined; two it picks alike are ambiguous: the user gives the id. */
export function pickByName<T extends Named>(
  items: readonly T[],
  name: string,
  input: string,
  what: string
): T | undefined {
  const matches = pickNamed(items, name)
  if (matches.length > 1) throw ambiguousName(matches, name, input, what)
  return matches[0]
}

/** Two or more items a name picks alike (none exact, or two exact): the user gives the id. */
export function ambiguousName(
  matches: readonly Named[],
  name: string,
  input: string,
  what: string
): UserError {
  const ids = matches
    .map((m) => m.id)
    .sort((a, b) => Number(a) - Number(b) || String(a).localeCompare(String(b)))
  return new UserError(
    'lookup',
    input,
    `Input '${input}': ${matches.length} ${what} are named '${name}' (ids ${ids.join(', ')}): give the id.`
  )
}

const MAX_SUGGESTED = 3

/**
 * ` Did you mean 'x'?` when names close to `given` exist, else empty: the one wording of every miss (a
 * name on GitHub, an operation, an input, a flag, a key of the fleet file); `shown` writes each name.
 */
export function didYouMean(
  given: string,
  names: readonly string[],
  shown: (name: string) => string = (name) => `'${name}'`
): string {
  const close = closestNames(given, names).slice(0, MAX_SUGGESTED)
  return close.length > 0 ? ` Did you mean ${close.map(shown).join(' or ')}?` : ''
}

/** The names at the smallest edit distance from `given`, when it is small enough to be a typo. */
function closestNames(given: string, names: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(given.length / 4))
  // The distance is at least the difference in length: a name far longer or shorter (a server's padded
  // name, say) is not measured, so no answer can make a miss slow to tell.
  const scored = names.map((name) => ({
    name,
    distance:
      Math.abs(name.length - given.length) > limit
        ? Infinity
        : editDistance(given.toLowerCase(), name.toLowerCase())
  }))
  let best = Infinity
  for (const s of scored) best = Math.min(best, s.distance)
  if (best > limit) return []
  return scored.filter((s) => s.distance === best).map((s) => s.name)
}

function editDistance(a: string, b: string): number {
  if (a.length > 100 || b.length > 200) return Infinity
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution)
    }
    previous = current
  }
  return previous[b.length] as number
}

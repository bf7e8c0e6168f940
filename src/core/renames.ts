// Which object on GitHub a wanted item is: the one with its name (under the one name rule: the exact
// name, else ignoring case, as GitHub does), else the one that still has one of its `previous-names`,
// which the plan renames. A name that picks two objects is refused, whatever the listing's order.
import { UserError } from '../common/errors.js'
import { ambiguousName, indexOf } from '../inputs/name-rule.js'

/** What a name is looked up as, for the message that refuses an ambiguous one. */
export interface NameKind {
  input: string
  what: string
}

/** The live object an item names; a rename only when its name is missing and exactly one previous name exists. */
export function matchLive<T extends { id: number | string; name: string }>(
  live: readonly T[],
  name: string,
  previousNames: readonly string[] = [],
  kind: NameKind = { input: 'name', what: 'objects' }
): T | undefined {
  const index = indexOf(live)
  const named = index.pick(name)
  if (named.length > 1) throw ambiguousName(named, name, kind.input, kind.what)
  if (named.length === 1) return named[0]
  const previous = [...new Set(previousNames.flatMap((p) => index.pick(p)))]
  if (previous.length > 1)
    throw new UserError(
      'input',
      'previous-names',
      `'${name}' is missing and several of its previous names exist (${[...previous]
        .sort((a, b) => String(a.id).localeCompare(String(b.id), 'en', { numeric: true }))
        .map((o) => `'${o.name}' (id ${o.id})`)
        .join(', ')}): keep one in previous-names, or rename by hand.`
    )
  return previous[0]
}

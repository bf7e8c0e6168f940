// Which object on GitHub a wanted item is: the one with its name (ignoring case, as GitHub does), else
// the one that still has one of its `previous-names`, which the plan renames.
import { UserError } from '../common/errors.js'
import { findNamed, sameName } from '../inputs/name-rule.js'

/** The live object an item names; a rename only when its name is missing and exactly one previous name exists. */
export function matchLive<T extends { name: string }>(
  live: readonly T[],
  name: string,
  previousNames: readonly string[] = []
): T | undefined {
  const named = findNamed(live, name)
  if (named) return named
  const previous = live.filter((object) => previousNames.some((p) => sameName(p, object.name)))
  if (previous.length > 1)
    throw new UserError(
      'input',
      'previous-names',
      `'${name}' is missing and several of its previous names exist (${previous.map((o) => `'${o.name}'`).join(', ')}): keep one in previous-names, or rename by hand.`
    )
  return previous[0]
}

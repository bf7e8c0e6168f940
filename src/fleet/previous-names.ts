// `previous-names` of runner-groups and hosted-runners items: the names an object may still have on
// GitHub. A previous name that is also an item's name, or another item's previous name, would make a
// rename ambiguous: the file is refused at that line.
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { Problem } from './fleet-problems.js'

interface Item {
  line: number
  inputs: OperationInputs
}

/** Each section's items, with how an item is named. */
export function checkPreviousNames(
  sections: Array<[section: string, items: Item[], nameOf: (item: Item) => string]>,
  problems: Problem[]
): void {
  for (const [section, items, nameOf] of sections) {
    const owners = new Map<string, { line: number; name: string }>()
    for (const item of items) owners.set(nameOf(item).toLowerCase(), { line: item.line, name: nameOf(item) })
    const previousSeen = new Map<string, { line: number; name: string }>()
    for (const item of items) {
      for (const previous of item.inputs.previousNames ?? []) {
        const key = previous.toLowerCase()
        const named = owners.get(key)
        const claimed = previousSeen.get(key)
        const at = { line: item.line, path: `${section}.previous-names` }
        if (named)
          problems.push({
            ...at,
            message: `'${previous}' is also the name of the item at line ${named.line}: a name cannot be both`
          })
        else if (claimed && claimed.name !== nameOf(item))
          problems.push({
            ...at,
            message: `'${previous}' is also a previous name of '${claimed.name}' (line ${claimed.line}): which one it became is ambiguous`
          })
        else previousSeen.set(key, { line: item.line, name: nameOf(item) })
      }
    }
  }
}

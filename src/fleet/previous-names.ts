// `previous-names` of runner-groups and hosted-runners items: the names an object may still have on
// GitHub. A previous name that is also an item's name, or another item's previous name, would make a
// rename ambiguous: the file is refused at that line.
import type { Fleet, FleetItem } from './config.js'
import type { Problem } from './schema-check.js'

export function checkPreviousNames(fleet: Fleet, problems: Problem[]): void {
  const lists: Array<[string, FleetItem[], (item: FleetItem) => string]> = [
    ['runner-groups', fleet.groups, (item) => item.inputs.groupName as string],
    ['hosted-runners', fleet.runners, (item) => item.inputs.runnerName as string]
  ]
  for (const [section, items, nameOf] of lists) {
    const owners = new Map<string, { line: number; name: string }>()
    for (const item of items) owners.set(nameOf(item).toLowerCase(), { line: item.line, name: nameOf(item) })
    const previousSeen = new Map<string, { line: number; name: string }>()
    for (const item of items) {
      for (const previous of item.inputs.previousNames ?? []) {
        const key = previous.toLowerCase()
        const named = owners.get(key)
        const claimed = previousSeen.get(key)
        if (named)
          problems.push({
            line: item.line,
            path: `${section}.previous-names`,
            message: `'${previous}' is also the name of the item at line ${named.line}: a name cannot be both`
          })
        else if (claimed && claimed.name !== nameOf(item))
          problems.push({
            line: item.line,
            path: `${section}.previous-names`,
            message: `'${previous}' is also a previous name of '${claimed.name}' (line ${claimed.line}): which one it became is ambiguous`
          })
        else previousSeen.set(key, { line: item.line, name: nameOf(item) })
      }
    }
  }
}

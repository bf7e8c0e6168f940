// The fleet file's item bounds, checked on its tree before anything else reads it: a file of 200,000
// items is refused naming the bound, not planned for minutes or ended by a deep stack.
import { MAX_FLEET_ITEMS, MAX_FLEET_LIST_ITEMS } from '../common/bounds.js'
import { isListSection } from './fleet-keys.js'
import type { YamlNode } from './yaml-tree.js'

/** The first bound the tree passes, at the line of the list that passes it. */
export function overSizeBound(root: YamlNode): { line: number; message: string } | undefined {
  let sectionItems = 0
  // The tree is at most 20 levels deep (yaml-tree.ts), but its lists are long: walked without recursion.
  const pending: Array<{ node: YamlNode; path: string }> = [{ node: root, path: '' }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, path } = next
    if (node.kind === 'sequence') {
      if (node.items.length > MAX_FLEET_LIST_ITEMS)
        return {
          line: node.line,
          message: `'${path}' has ${node.items.length} items, over the bound of ${MAX_FLEET_LIST_ITEMS} items in one list: nothing was sent`
        }
      if (isListSection(path)) sectionItems += node.items.length
      node.items.forEach((item, i) => pending.push({ node: item, path: `${path}[${i}]` }))
    } else if (node.kind === 'mapping')
      for (const entry of node.entries)
        pending.push({ node: entry.value, path: path ? `${path}.${entry.key}` : entry.key })
  }
  if (sectionItems > MAX_FLEET_ITEMS)
    return {
      line: 1,
      message: `its lists hold ${sectionItems} items together, over the bound of ${MAX_FLEET_ITEMS} items in one fleet file: nothing was sent. Split the fleet over several files and steps`
    }
  return undefined
}

// The registered kinds' sections of a fleet file (src/resources/index.ts) against the scope: each kind
// with items is listed once, and planned item by item, so that a problem names the item's line.
import type { PlanEntry } from '../core/change.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { plansItself, type SelfPlannedKind } from '../resources/fleet-kind.js'
import { KINDS } from '../resources/index.js'
import type { Fleet } from './fleet.js'
import { atItem } from './fleet-problems.js'

export interface ResolvedKind {
  entry: SelfPlannedKind<unknown>
  live: unknown[]
}

/** The kinds the file has items of, with the scope's objects of each. */
export async function resolveKinds(fleet: Fleet, names: NameResolver): Promise<ResolvedKind[]> {
  const declared = KINDS.filter(plansItself).filter(
    (entry) => (fleet.sections[entry.kind.section] ?? []).length > 0
  )
  return Promise.all(declared.map(async (entry) => ({ entry, live: await entry.list(names) })))
}

/** The names of the objects of a section that the plan creates (a group may name them). */
export function toCreate(fleet: Fleet, kinds: ResolvedKind[], section: string): string[] {
  const found = kinds.find(({ entry }) => entry.kind.section === section)
  if (!found) return []
  const items = (fleet.sections[section] ?? []).map((item) => item.inputs)
  return found.entry.toCreate(items, found.live)
}

/** The changes of every kind's section, in the registry's order; an item's error names its line. */
export function planKinds(fleet: Fleet, kinds: ResolvedKind[]): PlanEntry[] {
  return kinds.flatMap(({ entry, live }) =>
    (fleet.sections[entry.kind.section] ?? []).flatMap((item) => {
      try {
        return entry.plan([item.inputs], live)
      } catch (error) {
        const name = String(item.inputs[entry.kind.name.input])
        throw atItem(fleet, item, `${entry.kind.object.replace('-', ' ')} '${name}'`, error)
      }
    })
  )
}

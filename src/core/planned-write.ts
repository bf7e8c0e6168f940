// A write of a change (src/core/change.ts), planned before any is sent: what it sends and what it changes.
import type { Params, ParamsOf, Route } from '../github/request-gateway.js'
import { fieldText, type Labels } from '../common/field-text.js'
import { isGroupToCreate } from '../common/group-to-create.js'

export interface PlannedWrite {
  route: Route
  params: Params
  /** What the write changes, for the summary. */
  change: string
  /** A create: finds by name what a create whose answer was lost may have made. */
  findCreated?: () => Promise<unknown | undefined>
  /** Each field the write sets, by its API name, with its value now (null on a create) and after. */
  fields?: Record<string, { from: unknown; to: unknown }>
  /** A delete that finds the object already gone (404) has nothing left to do. */
  goneIsDone?: boolean
  /** Its place in a plan's write order, given by its kind (src/resources/); else by its route. */
  order?: number
  /**
   * What GitHub does beyond the write that a person must hear of before it is sent (a runner list that
   * drops runners: GitHub moves them to the default group). Also in `change`; warned of on its own.
   */
  warning?: string
}

export function plannedWrite<R extends Route>(
  route: R,
  params: ParamsOf<R>,
  change: string,
  fields?: PlannedWrite['fields']
): PlannedWrite {
  return { route, params: params as Params, change, ...(fields ? { fields } : {}) }
}

/** `from → to` for a summary line, with names next to the ids the run knows. */
export function change(field: string, from: unknown, to: unknown, labels?: Labels): string {
  const text = (value: unknown) =>
    isGroupToCreate(value) ? `${value.toBeCreated} (to be created)` : fieldText(field, value, labels)
  return `${field}: ${from === undefined || from === null ? '(none)' : text(from)} → ${text(to)}`
}

export function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((item) => right.has(item))
}

/** The `result` of an ensure operation: what it did, and what it changed. */
export function ensureResult(existed: boolean, writes: PlannedWrite[], dryRun: boolean) {
  return {
    action: !existed ? 'create' : writes.length > 0 ? 'update' : 'none',
    changes: writes.map((w) => w.change),
    dry_run: dryRun
  }
}

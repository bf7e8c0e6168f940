// A composite operation's writes, planned before any is sent; dry-run is the same plan, unsent.
import type { Api, Params, ParamsOf, Route } from '../api.js'
import { cell, table } from '../summary.js'

export interface PlannedWrite {
  route: Route
  params: Params
  /** What the write changes, for the summary. */
  change: string
  /** A create: finds by name what a create whose answer was lost may have made. */
  findCreated?: () => Promise<unknown | undefined>
}

export function plannedWrite<R extends Route>(route: R, params: ParamsOf<R>, change: string): PlannedWrite {
  return { route, params: params as Params, change }
}

/** Sends the writes in order (or plans them in dry-run) and returns the last answer's body. */
export async function sendPlan(api: Api, writes: PlannedWrite[]): Promise<unknown> {
  let body: unknown
  for (const write of writes) {
    const sent = write.findCreated
      ? await api.create(write.route, write.params, write.findCreated)
      : await api.write(write.route, write.params)
    body = sent?.data
  }
  return body
}

export function planTable(api: Api, writes: PlannedWrite[]): string {
  if (writes.length === 0) return 'Nothing to change: everything already matches.'
  const rows = writes.map((w) => {
    const request = api.describe(w.route, w.params)
    return [w.change, `${request.method} ${request.path}`]
  })
  const verb = api.dryRun ? 'Dry run: nothing was sent. Would change' : 'Changed'
  return `${verb}:\n\n${table(['change', 'request'], rows)}`
}

/** `from → to` for a summary line. */
export function change(field: string, from: unknown, to: unknown): string {
  return `${field}: ${cell(from ?? '(none)')} → ${cell(to)}`
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

// A composite operation's writes, planned before any is sent, and the one executor that sends them;
// dry-run is the same plan, unsent.
import { createOnce } from '../create-once.js'
import { PartialFailure } from '../errors.js'
import type { Params, ParamsOf, RequestGateway, Route } from '../request-gateway.js'
import { cell, fieldText, table, type Labels } from '../summary.js'
import type { OperationContext } from './types.js'

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
}

export interface ExecuteHooks {
  /** The write as it is sent: ids that only earlier writes' answers give are filled in. */
  prepare?(write: PlannedWrite): PlannedWrite
  /** After each write (as planned) is sent, or planned in dry-run, with its answer's body. */
  sent?(write: PlannedWrite, body: unknown): void
  /** What a failure after `done` were sent reports; by default their change lines. */
  partial?(error: unknown, done: PlannedWrite[], rest: PlannedWrite[]): PartialFailure
}

export function plannedWrite<R extends Route>(
  route: R,
  params: ParamsOf<R>,
  change: string,
  fields?: PlannedWrite['fields']
): PlannedWrite {
  return { route, params: params as Params, change, ...(fields ? { fields } : {}) }
}

/**
 * Sends the writes in order (or plans them in dry-run) and returns their answers' bodies. When one
 * fails after others were sent, the failure reports those that were (`changed`, their rows).
 */
export async function executePlan(
  { gateway, retries }: Pick<OperationContext, 'gateway' | 'retries'>,
  writes: PlannedWrite[],
  hooks: ExecuteHooks = {}
): Promise<unknown[]> {
  const bodies: unknown[] = []
  for (const [index, planned] of writes.entries()) {
    const write = hooks.prepare?.(planned) ?? planned
    try {
      const sent = write.findCreated
        ? await createOnce(gateway, write.route, write.params, write.findCreated, retries)
        : await gateway.write(write.route, write.params).catch((error: unknown) => {
            if (write.goneIsDone && (error as { status?: number }).status === 404)
              return { status: 404, data: {} }
            throw error
          })
      bodies.push(sent?.data)
      hooks.sent?.(planned, sent?.data)
    } catch (error) {
      if (hooks.partial) throw hooks.partial(error, writes.slice(0, index), writes.slice(index))
      if (index === 0) throw error
      const done = writes.slice(0, index)
      const summary = `${planTable(gateway, done)}

Not done: ${writes
        .slice(index)
        .map((w) => w.change)
        .join('; ')}.`
      throw new PartialFailure(
        error,
        { result: { changes: done.map((w) => w.change) }, changed: true },
        summary
      )
    }
  }
  return bodies
}

/**
 * Two runs at once: the other one created the object first, and GitHub answered this run's create
 * with 422. What the other run made is found by name, so this run converges on it.
 */
export async function createdMeanwhile<T>(
  error: unknown,
  findFresh: () => Promise<T | undefined>
): Promise<T | undefined> {
  return (error as { status?: number }).status === 422 ? findFresh() : undefined
}

export function planTable(gateway: RequestGateway, writes: PlannedWrite[]): string {
  if (writes.length === 0) return 'Nothing to change: everything already matches.'
  const rows = writes.map((w) => {
    const request = gateway.describe(w.route, w.params)
    return [w.change, `${request.method} ${request.path}`]
  })
  const verb = gateway.dryRun ? 'Dry run: nothing was sent. Would change' : 'Changed'
  return `${verb}:\n\n${table(['change', 'request'], rows)}`
}

/** `from → to` for a summary line, with names next to the ids the run knows. */
export function change(field: string, from: unknown, to: unknown, labels?: Labels): string {
  const text = (value: unknown) => cell(fieldText(field, value, labels))
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

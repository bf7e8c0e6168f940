// The one executor of a composite operation's planned writes; dry-run is the same plan, unsent.
import { createOnce } from './create-once.js'
import { PartialFailure } from '../common/errors.js'
import type { RequestGateway } from '../github/request-gateway.js'
import { table } from '../report/markdown-table.js'
import type { PlannedWrite } from '../core/planned-write.js'
import type { OperationContext } from './context.js'

export interface ExecuteHooks {
  /** The write as it is sent: ids that only earlier writes' answers give are filled in. */
  prepare?(write: PlannedWrite): PlannedWrite | Promise<PlannedWrite>
  /** After each write (as planned) is sent, or planned in dry-run, with its answer's body. */
  sent?(write: PlannedWrite, body: unknown): void
  /** A write not sent because its re-read found the object changed since the plan. */
  skipped?(write: PlannedWrite, why: string): void
  /** What a failure after `done` were sent reports; by default their change lines. */
  partial?(error: unknown, done: PlannedWrite[], rest: PlannedWrite[]): PartialFailure
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
  // Said at info level: a run that changes nothing is not a silent one.
  if (writes.length === 0) gateway.log.info('Nothing to change: everything already matches.')
  for (const [index, planned] of writes.entries()) {
    try {
      const write = (await hooks.prepare?.(planned)) ?? planned
      const why = gateway.dryRun ? undefined : await write.recheck?.()
      if (why !== undefined) {
        gateway.log.info(`Not sent: ${write.change}: ${why}.`)
        hooks.skipped?.(planned, why)
        bodies.push(undefined)
        continue
      }
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

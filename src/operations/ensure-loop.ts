// The one create-or-update loop of ensure-runner and ensure-group: plan the object (a plan of one
// change), run it through the executor; when its create lost a race (422: another run created it
// first), find what the other run made and ensure its settings instead.
import type { ResourceKind } from '../core/change.js'
import type { PlannedWrite } from '../core/planned-write.js'
import { executePlan } from '../engine/execute.js'
import { precheck } from '../engine/prechecks.js'
import { planTable } from '../report/plan-table.js'
import type { OperationContext } from './types.js'

export interface EnsureSpec<T extends { id: number; name: string }> {
  object: ResourceKind
  name: string
  /** The object by its name; `fresh` reads the listing again. */
  find(fresh: boolean): Promise<T | undefined>
  /** The writes that make `now` (or nothing yet) what is wanted. */
  plan(now: T | undefined): Promise<PlannedWrite[]>
}

export interface Ensured<T> {
  /** The object before the writes; undefined when it was created. */
  before: T | undefined
  writes: PlannedWrite[]
  /** The answers' bodies, in order. */
  bodies: unknown[]
}

export async function createOrUpdate<T extends { id: number; name: string }>(
  context: OperationContext,
  spec: EnsureSpec<T>,
  current: T | undefined
): Promise<Ensured<T>> {
  const run = async (now: T | undefined): Promise<Ensured<T>> => {
    const writes = await spec.plan(now)
    if (writes[0] && !now) writes[0].findCreated = () => spec.find(true)
    const entry = {
      change: {
        kind: now ? ('update' as const) : ('create' as const),
        object: spec.object,
        id: now?.id ?? null,
        name: spec.name,
        ...(now ? { seen: { name: now.name } } : {}),
        fields: Object.assign({}, ...writes.map((w) => w.fields ?? {}))
      },
      writes
    }
    const record = await executePlan(context, writes.length > 0 ? [entry] : [], writes, {
      // The same checks as apply's: a group's new runner list drops no runner registered since the read.
      check: precheck(context.gateway),
      report: (_note, done) => {
        const sent = writes.filter((w) => done.writes.get(w)?.state === 'done')
        if (sent.length === 0) return undefined
        return {
          outputs: { result: { changes: sent.map((w) => w.change) }, changed: sent.length > 0 },
          summary: `${planTable(context.gateway, sent)}\n\nNot done: ${writes
            .filter((w) => !sent.includes(w))
            .map((w) => w.change)
            .join('; ')}.`
        }
      }
    })
    return { before: now, writes, bodies: record.bodies }
  }
  try {
    return await run(current)
  } catch (error) {
    // Two runs at once: the other one created the object first, and GitHub answered this run's create 422.
    const lostRace = !current && (error as { status?: number }).status === 422
    const made = lostRace ? await spec.find(true) : undefined
    if (!made) throw error
    context.log.info(
      `${spec.object === 'hosted-runner' ? 'Runner' : 'Runner group'} '${spec.name}' was created meanwhile by another run: ensuring its settings instead.`
    )
    return run(made)
  }
}

// The one executor: every write the action sends goes through here, as a write of a change of a plan
// (endpoint operations, ensure-*, cleanup-image-versions, apply). Dry-run is the same plan, unsent.
// Just before a change's first write it checks again what the change depends on (the changes before
// it were done; the kind's own precondition, read with the fewest requests): a change that fails its
// check is skipped, and so is every change that depends on it. It owns lost-answer safety for creates,
// stops at the first failed write, and keeps the record: each write's and each change's status.
import { WITHOUT_RETRIES, type Sleep } from '../github/client.js'
import { PartialFailure } from '../common/errors.js'
import type { Outcome } from '../common/outcome.js'
import type { ParamsOf, RequestGateway, Route } from '../github/request-gateway.js'
import { changeKey, changeLabel, type PlanEntry } from '../core/change.js'
import type { PlannedWrite } from '../core/planned-write.js'

export interface CreateRetries {
  count: number
  backoffUnitMs: number
  /** The client's sleep (Timing.sleep): a test passes a fast one. */
  sleep: Sleep
}

export type ChangeStatus = 'planned' | 'done' | 'failed' | 'not-done'
export type WriteState =
  { state: 'done'; status: number } | { state: 'failed' } | { state: 'skipped'; why: string }

/** What the run did: each write's state, and why a change was skipped. */
export class ExecutionRecord {
  readonly writes = new Map<PlannedWrite, WriteState>()
  /** Skipped changes, by key: why. */
  readonly skipped = new Map<string, string>()
  readonly bodies: unknown[] = []
  constructor(readonly dryRun: boolean) {}

  statusOf(entry: PlanEntry): ChangeStatus {
    if (this.dryRun) return 'planned'
    const states = entry.writes.map((w) => this.writes.get(w)?.state)
    if (states.includes('failed')) return 'failed'
    return states.length > 0 && states.every((s) => s === 'done') ? 'done' : 'not-done'
  }
}

export interface ExecutionHooks {
  /** The write as it is sent: ids that only earlier writes' answers give are filled in. */
  prepare?(write: PlannedWrite, entry: PlanEntry): PlannedWrite | Promise<PlannedWrite>
  /** The kind's precondition, read just before the change's first write (never in dry-run). */
  check?(entry: PlanEntry): Promise<string | undefined>
  /** Before a change's first write (a rollout reserves its slot here). */
  beforeChange?(entry: PlanEntry): void | Promise<void>
  /**
   * After each write is sent (or planned in dry-run), with its answer's body and status; `gone`: a
   * delete that found its object already gone (404), done but not by this run.
   */
  afterWrite?(
    write: PlannedWrite,
    body: unknown,
    entry: PlanEntry,
    answer: { status?: number; gone?: boolean }
  ): void
  /** After a change's last write (a rollout waits for its runner here). */
  afterChange?(entry: PlanEntry, record: ExecutionRecord): void | Promise<void>
  /** Between two waves of writes (`waveOf` changes): a rollout waits for the wave before. */
  boundary?(wave: number, record: ExecutionRecord): void | Promise<void>
  /** The wave a write belongs to; writes come in wave order. */
  waveOf?(write: PlannedWrite): number
  /** A change not sent (the executor warns of it): its check failed, or a change it depends on was not done. */
  skipped?(entry: PlanEntry, why: string): void
  /**
   * What a failed write, or skipped changes, leave: outputs and summary (`note` says what happened).
   * Without it, or when it gives nothing, a failed write's error is thrown as it is.
   */
  report?(note: string, record: ExecutionRecord): Outcome | undefined
  /** Where the run is recorded, when the caller reports from it while it runs (a cancel). */
  record?: ExecutionRecord
}

/**
 * Sends `writes` (every write of `entries`, in the order they are safe to send) and returns the record.
 * A write that fails stops the run: the writes before it stay recorded, none after it is sent. When
 * changes were skipped, the step fails naming them after the rest was sent.
 */
export async function executePlan(
  { gateway, retries }: { gateway: RequestGateway; retries: CreateRetries },
  entries: PlanEntry[],
  writes: PlannedWrite[] = entries.flatMap((e) => e.writes),
  hooks: ExecutionHooks = {}
): Promise<ExecutionRecord> {
  const record = hooks.record ?? new ExecutionRecord(gateway.dryRun)
  const entryOf = new Map<PlannedWrite, PlanEntry>()
  for (const entry of entries) for (const write of entry.writes) entryOf.set(write, entry)
  const byKey = new Map(entries.map((entry) => [changeKey(entry.change), entry]))
  const started = new Set<PlanEntry>()
  let wave: number | undefined
  // Said at info level: a run that changes nothing is not a silent one.
  if (writes.length === 0) gateway.log.info('Nothing to change: everything already matches.')
  for (const planned of writes) {
    const entry = entryOf.get(planned) as PlanEntry
    const waveNow = hooks.waveOf?.(planned)
    if (waveNow !== undefined && wave !== undefined && waveNow !== wave)
      await hooks.boundary?.(waveNow, record)
    wave = waveNow ?? wave
    const key = changeKey(entry.change)
    if (record.skipped.has(key)) continue
    try {
      if (!started.has(entry)) {
        started.add(entry)
        const why = gateway.dryRun ? undefined : await whyNot(entry, byKey, record, hooks, gateway)
        if (why !== undefined) {
          record.skipped.set(key, why)
          for (const write of entry.writes) record.writes.set(write, { state: 'skipped', why })
          gateway.log.warning(`Skipped ${changeLabel(entry.change)}: ${why}.`)
          hooks.skipped?.(entry, why)
          continue
        }
        await hooks.beforeChange?.(entry)
      }
      const write = (await hooks.prepare?.(planned, entry)) ?? planned
      const sent = await send(gateway, write, retries)
      record.writes.set(planned, { state: 'done', status: sent?.status ?? 0 })
      record.bodies.push(sent?.data)
      hooks.afterWrite?.(planned, sent?.data, entry, { status: sent?.status, gone: sent?.gone })
      if (entry.writes.at(-1) === planned) await hooks.afterChange?.(entry, record)
    } catch (error) {
      if (!(record.writes.get(planned)?.state === 'done')) record.writes.set(planned, { state: 'failed' })
      const left = hooks.report?.(
        `**Stopped at:** ${changeLabel(entry.change)}${entry.writes.length > 1 ? ` (${planned.change})` : ''}; the writes before it were sent, none after it.`,
        record
      )
      if (!left) throw error
      throw new PartialFailure(error, left.outputs, left.summary)
    }
  }
  if (record.skipped.size > 0) {
    const skipped = [...record.skipped].map(([key, why]) => {
      const entry = byKey.get(key) as PlanEntry
      return `${changeLabel(entry.change)}: ${why}`
    })
    const message = `Not done, because what they depend on changed since the plan: ${skipped.join('; ')}. Nothing else was left out; re-run to plan again.`
    const report = hooks.report?.(`**Not done:** ${record.skipped.size} change(s) skipped.`, record)
    throw new PartialFailure(
      new Error(message),
      report?.outputs ?? { result: {}, changed: true },
      report?.summary ?? ''
    )
  }
  return record
}

/** Why a change may not be sent now: a change it depends on was not done, or its own check. */
async function whyNot(
  entry: PlanEntry,
  byKey: ReadonlyMap<string, PlanEntry>,
  record: ExecutionRecord,
  hooks: ExecutionHooks,
  gateway: RequestGateway
): Promise<string | undefined> {
  for (const key of entry.change.depends_on ?? []) {
    const before = byKey.get(key)
    if (!before || record.statusOf(before) !== 'done')
      return `it depends on ${before ? changeLabel(before.change) : key}, which was not done`
  }
  if (!hooks.check) return undefined
  // Read as late as can be: after the wait for the write's slot, so that the write follows at once.
  await gateway.untilWriteSlot()
  return hooks.check(entry)
}

/** One write: a create so that a lost answer never makes two; a delete that finds the object gone is done. */
async function send(
  gateway: RequestGateway,
  write: PlannedWrite,
  retries: CreateRetries
): Promise<{ status: number; data: unknown; gone?: boolean } | undefined> {
  if (write.findCreated) return createOnce(gateway, write.route, write.params, write.findCreated, retries)
  return gateway.write(write.route, write.params).catch((error: unknown) => {
    if (write.goneIsDone && (error as { status?: number }).status === 404)
      return { status: 404, data: {}, gone: true }
    throw error
  })
}

/**
 * A create of something that has a name, sent so that a run never creates it twice: when the answer is
 * lost (network error, or a 5xx after which GitHub may have acted), the name is looked up before the
 * create is sent again.
 */
async function createOnce<R extends Route>(
  gateway: RequestGateway,
  route: R,
  params: ParamsOf<R>,
  findCreated: () => Promise<unknown | undefined>,
  retries: CreateRetries
): Promise<{ status: number; data: unknown } | undefined> {
  if (gateway.dryRun) return gateway.write(route, params)
  for (let attempt = 0; ; attempt++) {
    try {
      // The client's own retries are off here: they would send the create again unchecked.
      return await gateway.write(route, params, WITHOUT_RETRIES)
    } catch (error) {
      const failure = error as { status?: number; response?: unknown }
      const status = failure.response ? (failure.status ?? 0) : 0
      if (!(status === 0 || status >= 500)) throw error
      const created = await findCreated()
      if (created !== undefined) {
        const planned = gateway.describe(route, params)
        gateway.record(planned, 201)
        gateway.log.info(
          `${planned.method} ${planned.path}: the answer was lost, but it was created; not sending it again.`
        )
        return { status: 201, data: created }
      }
      if (attempt >= retries.count) throw error
      await retries.sleep(retries.backoffUnitMs * (attempt + 1) ** 2)
    }
  }
}

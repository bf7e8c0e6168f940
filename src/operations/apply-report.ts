// What `apply` leaves for a person and for the next step: each change of the plan with its status
// (`planned`, `done`, `failed`, `not-done`), which part of a change was applied when only part was, and
// the step summary's table, with names wherever a person reads.
import type { Change, PlanEntry } from '../core/fleet-plan.js'
import type { PlannedWrite } from '../core/planned-write.js'
import { cell, table } from '../report/markdown-table.js'

export type WriteState = { state: 'done' } | { state: 'failed' } | { state: 'skipped'; why: string }
export type ChangeStatus = 'planned' | 'done' | 'failed' | 'not-done'

export interface ChangeRecord extends Change {
  status: ChangeStatus
  /** A change of several writes that was applied only in part: each part and its status. */
  parts?: Array<{ change: string; status: ChangeStatus }>
  /** Why a change was not done (a prune skipped after its re-read). */
  note?: string
}

const writeStatus = (state: WriteState | undefined): ChangeStatus =>
  state === undefined || state.state === 'skipped' ? 'not-done' : state.state

export function changeRecord(
  entry: PlanEntry,
  states: ReadonlyMap<PlannedWrite, WriteState>,
  dryRun: boolean
): ChangeRecord {
  if (dryRun) return { ...entry.change, status: 'planned' }
  const parts = entry.writes.map((write) => ({
    change: write.change,
    status: writeStatus(states.get(write))
  }))
  const status: ChangeStatus = parts.some((p) => p.status === 'failed')
    ? 'failed'
    : parts.every((p) => p.status === 'done')
      ? 'done'
      : 'not-done'
  const mixed = new Set(parts.map((p) => p.status)).size > 1
  const skipped = entry.writes.map((w) => states.get(w)).find((s) => s?.state === 'skipped')
  return {
    ...entry.change,
    status,
    ...(mixed ? { parts } : {}),
    ...(skipped?.state === 'skipped' ? { note: skipped.why } : {})
  }
}

/** The entry a write belongs to, told as a person reads it: `update runner-group 'release'`. */
export function describeWrite(entries: PlanEntry[], write: PlannedWrite | undefined): string {
  const entry = entries.find((e) => write && e.writes.includes(write))
  if (!entry || !write) return 'a write'
  const { kind, object, name } = entry.change
  return `${kind} ${object} '${name}'${entry.writes.length > 1 ? ` (${write.change})` : ''}`
}

const shown = (value: unknown): string =>
  value === null || value === undefined
    ? '(none)'
    : Array.isArray(value)
      ? value.join(', ') || '(none)'
      : String(value)

export function changesText(change: Change): string {
  const fields = Object.entries(change.fields).map(([key, { from, to }]) =>
    change.kind === 'create' ? `${key}: ${shown(to)}` : `${key}: ${shown(from)} → ${shown(to)}`
  )
  return [...fields, ...(change.reason ? [change.reason] : [])].join('; ')
}

function statusText(record: ChangeRecord): string {
  const parts = record.parts
    ?.map((p) => `${p.status}: ${p.change}`)
    .join('; ')
    .replace(/^/, ' (')
    .concat(')')
  return `${record.status}${parts ?? ''}${record.note ? ` (${record.note})` : ''}`
}

export function summarize(file: string, records: ChangeRecord[], note: string): string {
  if (records.length === 0) return `Nothing to change: GitHub already matches \`${cell(file)}\`.`
  const count = (kind: Change['kind']) => records.filter((r) => r.kind === kind).length
  const totals = `Plan of \`${cell(file)}\`: ${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete.`
  const rows = records.map((r) => [r.kind, r.object, r.name, changesText(r), statusText(r)])
  const columns = ['kind', 'object', 'name', 'changes', 'status']
  return [totals, note, table(columns, rows, { maxRows: Infinity })].filter(Boolean).join('\n\n')
}

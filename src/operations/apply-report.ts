// What `apply` leaves for a person and for the next step: each change of the plan with its status
// (`planned`, `done`, `failed`, `not-done`), which part of a change was applied when only part was, and
// the step summary's table, with names wherever a person reads.
import { changeLabel, type Change, type PlanEntry } from '../core/change.js'
import type { ChangeStatus, ExecutionRecord, WriteState } from '../engine/execute.js'
import { cell, table } from '../report/markdown-table.js'

export interface ChangeRecord extends Change {
  status: ChangeStatus
  /** A change of several writes that was applied only in part: each part and its status. */
  parts?: Array<{ change: string; status: ChangeStatus }>
  /** Why a change was not done (a prune skipped after its re-read). */
  note?: string
}

const writeStatus = (state: WriteState | undefined): ChangeStatus =>
  state === undefined || state.state === 'skipped' ? 'not-done' : state.state

/** A change as the `plan` output shows it: `planned` (a dry run, or a plan refused before any write), else as run. */
export function changeRecord(entry: PlanEntry, record: ExecutionRecord, planned: boolean): ChangeRecord {
  if (planned) return { ...entry.change, status: 'planned' }
  const parts = entry.writes.map((write) => ({
    change: write.change,
    status: writeStatus(record.writes.get(write))
  }))
  const status = record.statusOf(entry)
  const mixed = new Set(parts.map((p) => p.status)).size > 1
  const skipped = entry.writes.map((w) => record.writes.get(w)).find((s) => s?.state === 'skipped')
  return {
    ...entry.change,
    status,
    ...(mixed ? { parts } : {}),
    ...(skipped?.state === 'skipped' ? { note: skipped.why } : {})
  }
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
  return [
    ...fields,
    ...(change.reason ? [change.reason] : []),
    ...(change.warning ? [change.warning] : [])
  ].join('; ')
}

/** What GitHub does beyond a change, each told apart from the plan's table: `update runner-group 'x' (id 3): …`. */
export const planWarnings = (changes: readonly Change[]): string[] =>
  changes.flatMap((c) => (c.warning ? [`${changeLabel(c)}: ${c.warning}.`] : []))

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
  const warnings = planWarnings(records).map((warning) => `**Warning:** ${warning}`)
  return [totals, note, ...warnings, table(columns, rows, { maxRows: Infinity })].filter(Boolean).join('\n\n')
}

// The tables a run's summary shows: list items with the columns that say most about them, one object's
// fields, the writes sent, the requests a dry run planned; and the log lines that go with them.
import type { PlannedRequest, SentWrite } from '../github/request-gateway.js'
import { bodyText, fieldText, isObject, plainText, type Labels } from '../common/field-text.js'
import { table } from './markdown-table.js'

const PREFERRED_COLUMNS = [
  'id',
  'name',
  'full_name',
  'display_name',
  'version',
  'status',
  'state',
  'visibility',
  'platform',
  'source',
  'image_details',
  'machine_size_details',
  'runner_group_id',
  'cpu_cores',
  'memory_gb',
  'storage_gb',
  'size_gb',
  'created_on',
  'default'
]

/** The columns that say most about list items; none for a list of plain values. */
function columnsOf(items: unknown[]): string[] {
  const keys = new Set(items.flatMap((item) => (isObject(item) ? Object.keys(item) : [])))
  const columns = PREFERRED_COLUMNS.filter((key) => keys.has(key))
  return columns.length > 0 ? columns : [...keys].slice(0, 6)
}

/** A table of list items, with the columns that say most about them. */
export function itemsTable(items: unknown[], labels?: Labels): string {
  if (items.length === 0) return '_No items._'
  const columns = columnsOf(items)
  if (columns.length === 0 || !items.every(isObject))
    return table(
      ['value'],
      items.map((item) => [item])
    )
  return table(
    columns,
    items.map((item) => columns.map((key) => fieldText(key, item[key], labels)))
  )
}

/** One log line per list item, with the same columns as its table. */
export function itemLines(items: unknown[], labels?: Labels): string[] {
  const columns = columnsOf(items)
  return items.map((item) =>
    isObject(item)
      ? bodyText(Object.fromEntries(columns.map((key) => [key, item[key]])), labels)
      : plainText(item)
  )
}

/** A field/value table of one object. */
export function fieldsTable(value: unknown, labels?: Labels): string {
  if (!isObject(value) || Object.keys(value).length === 0) return ''
  return table(
    ['field', 'value'],
    Object.entries(value).map(([key, v]) => [key, fieldText(key, v, labels)])
  )
}

/** The writes sent, each with what it concerned (a name, or its body) when `details` says. */
export function sentTable(sent: SentWrite[], details: (write: SentWrite) => string = () => ''): string {
  const rows = sent.map((w) => [w.method, w.path, w.status, details(w)])
  const shown = rows.some((row) => row[3] !== '') ? rows : rows.map((row) => row.slice(0, 3))
  return table(['method', 'path', 'status', 'details'].slice(0, shown[0]?.length ?? 3), shown)
}

export function plannedTable(planned: PlannedRequest[], labels?: Labels): string {
  const rows = planned.map((r) => [r.method, r.path, bodyText(r.body, labels)])
  return `Dry run: nothing was sent. Planned requests:\n\n${table(['method', 'path', 'details'], rows)}`
}

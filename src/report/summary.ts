// Markdown for the step summary: small tables of what a run read or changed, and the summary's writer.
import * as core from '@actions/core'
import { MAX_SUMMARY_BYTES } from '../common/bounds.js'
import type { PlannedRequest, SentWrite } from '../github/request-gateway.js'

/** How many rows a table shows, and characters a cell: the step summary cuts; a terminal shows all. */
export const TABLE_LIMITS = { maxRows: 50, maxCell: 120 }
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

/** Names the run learned for ids, so that tables show `name (id)` where they can. */
export interface Labels {
  groups: ReadonlyMap<number, string>
  /** Repositories and self-hosted runners. */
  members: ReadonlyMap<number, string>
}

export function table(headers: string[], rows: unknown[][], { maxRows = TABLE_LIMITS.maxRows } = {}): string {
  const line = (cells: unknown[]) => `| ${cells.map(cell).join(' | ')} |`
  const shown = rows.slice(0, maxRows).map(line)
  const more = rows.length > maxRows ? [`\n…and ${rows.length - maxRows} more.`] : []
  return [line(headers), line(headers.map(() => '---')), ...shown].join('\n') + more.join('')
}

export function cell(value: unknown): string {
  const raw = plainText(value)
  const short = raw.length > TABLE_LIMITS.maxCell ? `${raw.slice(0, TABLE_LIMITS.maxCell)}…` : raw
  return short.replace(/\|/g, '\\|').replace(/[\r\n\u2028\u2029]+/g, ' ')
}

/** A value as a person reads it: lists joined with commas, objects as `key: value` pairs, never JSON. */
function plainText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(plainText).join(', ')
  if (typeof value === 'object')
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([key, v]) => `${key}: ${plainText(v)}`)
      .join(', ')
  return String(value)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** `name (id)` when the run learned the name, else the id. */
function named(value: unknown, names: ReadonlyMap<number, string> | undefined): string {
  const name = typeof value === 'number' ? names?.get(value) : undefined
  return name === undefined ? plainText(value) : `${name} (${value})`
}

/** An image as GitHub's answers and create-runner's body describe it: `Ubuntu 24.04 (github)`. */
function imageText(image: Record<string, unknown>): string {
  const title = String(image.display_name ?? image.name ?? image.id ?? '')
  const version = image.version && image.version !== 'latest' ? ` ${plainText(image.version)}` : ''
  return `${title}${version}${image.source ? ` (${plainText(image.source)})` : ''}`
}

/** A field of an answer or a request body, with the fields GitHub nests made readable. */
export function fieldText(key: string, value: unknown, labels?: Labels): string {
  if ((key === 'image_details' || key === 'image') && isObject(value)) return imageText(value)
  if (key === 'machine_size_details' && isObject(value))
    return `${plainText(value.id)} (${plainText(value.cpu_cores)} CPU, ${plainText(value.memory_gb)} GB RAM, ${plainText(value.storage_gb)} GB disk)`
  if (key === 'public_ips' && Array.isArray(value))
    return value.length === 0
      ? 'none'
      : value
          .map((ip) => (isObject(ip) ? `${plainText(ip.prefix)}/${plainText(ip.length)}` : plainText(ip)))
          .join(', ')
  if (key === 'runner_group_id') return named(value, labels?.groups)
  if ((key === 'selected_repository_ids' || key === 'runners') && Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((id) => named(id, labels?.members)).join(', ')
  return plainText(value)
}

/** A request body or an object in one cell: `key: value; key: value`. */
export function bodyText(body: unknown, labels?: Labels): string {
  if (!isObject(body)) return plainText(body)
  return Object.entries(body)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${fieldText(key, value, labels)}`)
    .join('; ')
}

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

/** Appends to the step summary, cut at a line to stay under GitHub's 1 MiB limit. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(fitted(markdown), true).write()
}

function fitted(markdown: string): string {
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown
  const lines = markdown.split('\n')
  const kept: string[] = []
  let size = 0
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1
    if (size > MAX_SUMMARY_BYTES) break
    kept.push(line)
  }
  return `${kept.join('\n')}\n\n… and ${lines.length - kept.length} more lines: the summary is cut at GitHub's size limit; the whole result is in the \`result-file\` output.\n`
}

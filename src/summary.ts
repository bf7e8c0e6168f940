// Markdown for the step summary: small tables of what a run read or changed, and the summary's writer.
import * as core from '@actions/core'
import { MAX_SUMMARY_BYTES } from './bounds.js'
import type { PlannedRequest, SentWrite } from './request-gateway.js'

const MAX_ROWS = 50
const MAX_CELL = 120
const PREFERRED_COLUMNS = [
  'id',
  'name',
  'full_name',
  'version',
  'status',
  'state',
  'visibility',
  'platform',
  'size_gb',
  'created_on',
  'default'
]

export function table(headers: string[], rows: unknown[][], { maxRows = MAX_ROWS } = {}): string {
  const line = (cells: unknown[]) => `| ${cells.map(cell).join(' | ')} |`
  const shown = rows.slice(0, maxRows).map(line)
  const more = rows.length > maxRows ? [`\n…and ${rows.length - maxRows} more.`] : []
  return [line(headers), line(headers.map(() => '---')), ...shown].join('\n') + more.join('')
}

export function cell(value: unknown): string {
  const raw =
    value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value)
  const short = raw.length > MAX_CELL ? `${raw.slice(0, MAX_CELL)}…` : raw
  return short.replace(/\|/g, '\\|').replace(/[\r\n\u2028\u2029]+/g, ' ')
}

/** A table of list items, with the columns that say most about them. */
export function itemsTable(items: unknown[]): string {
  if (items.length === 0) return '_No items._'
  if (items.every((item) => item === null || typeof item !== 'object'))
    return table(
      ['value'],
      items.map((item) => [item])
    )
  const keys = new Set(items.flatMap((item) => Object.keys(item as object)))
  const columns = PREFERRED_COLUMNS.filter((key) => keys.has(key))
  const chosen = columns.length > 0 ? columns : [...keys].slice(0, 6)
  return table(
    chosen,
    items.map((item) => chosen.map((key) => (item as Record<string, unknown>)[key]))
  )
}

/** A field/value table of one object. */
export function fieldsTable(value: unknown): string {
  if (value === null || typeof value !== 'object' || Object.keys(value).length === 0) return ''
  return table(['field', 'value'], Object.entries(value))
}

/** The writes sent; with `nameOf`, the name of what each one's last path segment names. */
export function sentTable(sent: SentWrite[], nameOf?: (id: number) => string | undefined): string {
  if (!nameOf)
    return table(
      ['method', 'path', 'status'],
      sent.map((w) => [w.method, w.path, w.status])
    )
  return table(
    ['method', 'path', 'name', 'status'],
    sent.map((w) => [w.method, w.path, nameOf(Number(w.path.split('/').pop())) ?? '', w.status])
  )
}

export function plannedTable(planned: PlannedRequest[]): string {
  const rows = planned.map((r) => [r.method, r.path, r.body])
  return `Dry run: nothing was sent. Planned requests:\n\n${table(['method', 'path', 'body'], rows)}`
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

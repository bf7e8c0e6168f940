// Markdown tables for the step summary. A cell never cuts its value: one longer than `maxCell` shows its
// start and folds the whole into a `<details>` a reader opens. Rows past `maxRows` are left out with a
// line that says how many and where the whole list is.
import { plainText } from '../common/field-text.js'

/** Rows a table shows, and characters a cell shows before it folds: a terminal shows everything. */
export const TABLE_LIMITS = { maxRows: 50, maxCell: 120 }

export function table(headers: string[], rows: unknown[][], { maxRows = TABLE_LIMITS.maxRows } = {}): string {
  const line = (cells: unknown[]) => `| ${cells.map(cell).join(' | ')} |`
  const shown = rows.slice(0, maxRows).map(line)
  const more =
    rows.length > maxRows
      ? [
          `\n…and ${rows.length - maxRows} more rows, left out here: the \`result\` output (and the file in \`result-file\`) has them all.`
        ]
      : []
  return [line(headers), line(headers.map(() => '---')), ...shown].join('\n') + more.join('')
}

/** A value in one table cell: whole, on one line, its pipes escaped; folded when it is long. */
export function cell(value: unknown): string {
  const raw = plainText(value).replace(/[\r\n\u2028\u2029]+/g, ' ')
  if (raw.length <= TABLE_LIMITS.maxCell) return raw.replace(/\|/g, '\\|')
  const start = raw.slice(0, TABLE_LIMITS.maxCell)
  return `<details><summary>${inHtml(start)}… (${raw.length} characters)</summary>${inHtml(raw)}</details>`
}

/** Text inside an HTML element: markup characters (and the table's pipe) as entities, so a value cannot open or close one. */
const inHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')

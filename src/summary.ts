// Markdown for the step summary: small tables of what a run read or changed.
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
  return short.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
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

// The step summary's Markdown as a terminal shows it: headings, paragraphs wrapped to the width, tables
// aligned to it (a cell too long for its column is wrapped, never cut), colour only when asked for.
// The summary holds text from the server: control characters are removed before anything is drawn.
// Widths are screen columns (string-width): a CJK character or an emoji takes two.
import stringWidth from 'string-width'
import * as layout from './text-layout.js'
import { paint, pieces, plainInline, withoutControls, type Style, type TerminalStyle } from './text-layout.js'

export { paint, plainInline, withoutControls, type Style, type TerminalStyle }

/** Columns a text takes on a terminal. */
export const widthOf: layout.Measure = (text) => stringWidth(text)

/** The text padded with spaces to `width` columns. */
export const padTo = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - widthOf(text)))

export const headFitting = (text: string, room: number): string => layout.headFitting(text, room, widthOf)
export const wrap = (text: string, width: number): string[] => layout.wrap(text, width, widthOf)
export const paragraph = (markdown: string, style: TerminalStyle, indent = ''): string[] =>
  layout.paragraph(markdown, style, indent, widthOf)

const GAP = 2
/** A column narrower than this breaks words too often to read: such a table is shown as records. */
const NARROWEST_WORD = 16

/** The cells of one Markdown table line (`| a | b \\| c |`). */
const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => plainInline(cell.trim()))

/** The widest piece of a column that should not be broken: its longest word, or piece of a header. */
function narrowest(cells: string[], header: string): number {
  const longest = (parts: string[]) => Math.max(0, ...parts.map(widthOf))
  const words = cells.flatMap((cell) => cell.split(' '))
  return Math.max(longest(pieces(header)), Math.min(NARROWEST_WORD, longest(words)))
}

/**
 * Column widths that fit `available`, each at least its narrowest; what is left goes first to the
 * columns that need least to be whole. Undefined when even the narrowest do not fit.
 */
function fitColumns(natural: number[], least: number[], available: number): number[] | undefined {
  const widths = natural.map((width, column) => Math.min(width, least[column] as number))
  let left = available - widths.reduce((sum, width) => sum + width, 0)
  if (left < 0) return undefined
  const order = natural.map((width, column) => ({ need: width - (widths[column] as number), column }))
  order.sort((a, b) => a.need - b.need)
  for (const [position, { need, column }] of order.entries()) {
    // Whole when it fits; else the columns left share what remains.
    const share = need <= left ? need : Math.floor(left / (order.length - position))
    widths[column] = (widths[column] as number) + share
    left -= share
  }
  return widths
}

export function table(lines: string[], style: TerminalStyle): string[] {
  const [header = [], , ...rows] = lines.map(cellsOf)
  const all = [header, ...rows]
  const natural = header.map((_, column) => Math.max(...all.map((row) => widthOf(row[column] ?? ''))))
  const least = header.map((name, column) =>
    narrowest(
      rows.map((row) => row[column] ?? ''),
      name
    )
  )
  const widths = fitColumns(natural, least, style.width - GAP * (header.length - 1))
  if (!widths) return records(header, rows, style)
  const gap = ' '.repeat(GAP)
  const draw = (cells: string[], cellStyle?: Style): string[] => {
    const wrapped = widths.map((width, column) => wrap(cells[column] ?? '', width))
    const height = Math.max(...wrapped.map((cell) => cell.length))
    return Array.from({ length: height }, (_, lineIndex) =>
      wrapped
        .map((cell, column) => {
          const text = cell[lineIndex] ?? ''
          const padded = column === widths.length - 1 ? text : padTo(text, widths[column] as number)
          return paint(padded, cellStyle, style.colour)
        })
        .join(gap)
        .trimEnd()
    )
  }
  const rule = paint(widths.map((width) => '─'.repeat(width)).join(gap), 'dim', style.colour)
  return [...draw(header, 'bold'), rule, ...rows.flatMap((row) => draw(row))]
}

/** A table too wide for the terminal: one block of `field  value` lines per row. */
function records(header: string[], rows: string[][], style: TerminalStyle): string[] {
  const labelWidth = Math.max(...header.map(widthOf))
  const valueWidth = Math.max(10, style.width - labelWidth - GAP)
  return rows.flatMap((row, index) => [
    ...(index > 0 ? [''] : []),
    ...header.flatMap((label, column) =>
      wrap(row[column] ?? '', valueWidth).map((line, i) =>
        `${paint(padTo(i === 0 ? label : '', labelWidth), 'bold', style.colour)}${' '.repeat(GAP)}${line}`.trimEnd()
      )
    )
  ])
}

const isTableLine = (line: string): boolean => /^\s*\|.*\|\s*$/.test(line)

/** The whole summary as terminal lines. */
export function renderMarkdown(markdown: string, style: TerminalStyle): string {
  const out: string[] = []
  const lines = withoutControls(markdown).split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (isTableLine(line)) {
      const block: string[] = []
      while (i < lines.length && isTableLine(lines[i] as string)) block.push(lines[i++] as string)
      i--
      out.push(...table(block, style))
      continue
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line)
    if (heading) out.push(...paragraph(`**${plainInline(heading[1] as string)}**`, style))
    else if (line.trim() === '') out.push('')
    else out.push(...paragraph(line, style))
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}

// The step summary's Markdown as a terminal shows it: headings, paragraphs wrapped to the width, tables
// aligned to it (a cell too long for its column is wrapped, never cut), colour only when asked for.
// The summary holds text from the server: control characters are removed before anything is drawn.
// Widths are screen columns (string-width): a CJK character or an emoji takes two.
import stringWidth from 'string-width'

export interface TerminalStyle {
  width: number
  colour: boolean
}

const STYLES = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  code: ['\u001b[36m', '\u001b[39m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m']
} as const
export type Style = keyof typeof STYLES

export const paint = (text: string, style: Style | undefined, colour: boolean): string =>
  colour && style && text !== '' ? `${STYLES[style][0]}${text}${STYLES[style][1]}` : text

/** Control characters (ESC among them) and direction overrides become spaces; line breaks stay. */
export const withoutControls = (text: string): string =>
  text.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => (c === '\n' ? c : ' '))

/** Columns a text takes on a terminal. */
export const widthOf = (text: string): number => stringWidth(text)

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' })
/** What the eye takes for one character: a base with its marks, an emoji with its modifiers. */
const graphemes = (text: string): string[] => [...GRAPHEMES.segment(text)].map((g) => g.segment)

/** The text padded with spaces to `width` columns. */
export const padTo = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - widthOf(text)))

/** The longest head of `text` that fits `room` columns (at least one character, so that a cut moves on). */
export function headFitting(text: string, room: number): string {
  let head = ''
  for (const character of graphemes(text)) {
    if (head !== '' && widthOf(head + character) > room) break
    head += character
  }
  return head
}

/** Where a long word may break: after these characters (`linux-16core-`, `machine_size_`, `/orgs/`). */
const pieces = (word: string): string[] => word.match(/[^-_/,.:]*[-_/,.:]*/g)?.filter(Boolean) ?? [word]

/** A word cut into lines of at most `width`: at its break points first, else anywhere. */
function breakWord(word: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const piece of pieces(word)) {
    let rest = piece
    if (line && widthOf(line) + widthOf(rest) > width) {
      lines.push(line)
      line = ''
    }
    while (widthOf(line) + widthOf(rest) > width) {
      const head = headFitting(rest, width - widthOf(line))
      lines.push(line + head)
      rest = rest.slice(head.length)
      line = ''
    }
    line += rest
  }
  return line ? [...lines, line] : lines
}

/** Lines of at most `width` columns, broken between words; a word longer than a line is broken too. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ').filter(Boolean)) {
    if (line && widthOf(line) + 1 + widthOf(word) <= width) {
      line += ` ${word}`
      continue
    }
    if (line) lines.push(line)
    const broken = widthOf(word) > width ? breakWord(word, width) : [word]
    lines.push(...broken.slice(0, -1))
    line = broken[broken.length - 1] ?? ''
  }
  return line || lines.length === 0 ? [...lines, line] : lines
}

interface Span {
  text: string
  style?: Style
}

/** Inline Markdown as the summaries write it: `code`, **bold**, _emphasis_, and `\|` in table cells. */
function spans(markdown: string): Span[] {
  const result: Span[] = []
  const pattern = /`([^`]*)`|\*\*(.+?)\*\*|(?<![\w])_([^_]+)_(?![\w])/g
  let at = 0
  for (const match of markdown.matchAll(pattern)) {
    result.push({ text: markdown.slice(at, match.index) })
    if (match[1] !== undefined) result.push({ text: match[1], style: 'code' })
    else if (match[2] !== undefined) result.push({ text: match[2], style: 'bold' })
    else result.push({ text: match[3] as string, style: 'dim' })
    at = match.index + match[0].length
  }
  result.push({ text: markdown.slice(at) })
  return result.map((span) => ({ ...span, text: span.text.replace(/\\\|/g, '|') }))
}

export const plainInline = (markdown: string): string =>
  spans(markdown)
    .map((span) => span.text)
    .join('')

/** The words of inline Markdown, each made of the styled parts written together (`` `name`: ``). */
function wordsOf(markdown: string): Span[][] {
  const words: Span[][] = []
  let glued = false
  for (const span of spans(markdown)) {
    for (const part of span.text.split(/(\s+)/)) {
      if (part === '') continue
      if (/^\s+$/.test(part)) glued = false
      else if (glued) words[words.length - 1]?.push({ text: part, style: span.style })
      else {
        words.push([{ text: part, style: span.style }])
        glued = true
      }
    }
  }
  return words
}

/** A paragraph wrapped to the width, each part of a word in its own style. */
export function paragraph(markdown: string, { width, colour }: TerminalStyle, indent = ''): string[] {
  const available = Math.max(10, width - widthOf(indent))
  const lines: Span[][] = []
  let line: Span[] = []
  let used = 0
  const put = (word: Span[], size: number) => {
    if (used > 0 && used + 1 + size > available) {
      lines.push(line)
      line = []
      used = 0
    }
    // The space between two words of one style is in that style: one run, one pair of escape codes.
    if (used > 0)
      line.push({
        text: ' ',
        style: line[line.length - 1]?.style === word[0]?.style ? word[0]?.style : undefined
      })
    line.push(...word)
    used += (used > 0 ? 1 : 0) + size
  }
  for (const word of wordsOf(markdown)) {
    const text = word.map((part) => part.text).join('')
    if (widthOf(text) <= available) put(word, widthOf(text))
    else
      for (const piece of breakWord(text, available))
        put([{ text: piece, style: word[0]?.style }], widthOf(piece))
  }
  return [...lines, line].map((spans) => indent + painted(spans, colour))
}

/** Spans joined, each run of one style painted once. */
function painted(spans: Span[], colour: boolean): string {
  const runs: Span[] = []
  for (const span of spans) {
    const last = runs[runs.length - 1]
    if (last && last.style === span.style) last.text += span.text
    else runs.push({ ...span })
  }
  return runs.map((run) => paint(run.text, run.style, colour)).join('')
}

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

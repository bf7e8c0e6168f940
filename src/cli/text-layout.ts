// Text laid out for a terminal: inline Markdown (`code`, **bold**, _emphasis_) painted when colour is on,
// words wrapped to a width, a word too long for a line broken at its hyphens and slashes first. How many
// columns a text takes is the caller's `Measure`: the summary's (terminal.ts) counts screen columns with
// string-width; help's, the action's own words, counts characters (help.ts), so that `--help` loads no
// Unicode tables.

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

/** Columns a text takes on the terminal. */
export type Measure = (text: string) => number

// Made when first needed: making one takes tens of milliseconds.
let GRAPHEMES: Intl.Segmenter | undefined
/** What the eye takes for one character: a base with its marks, an emoji with its modifiers. */
const graphemes = (text: string): string[] =>
  [...(GRAPHEMES ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text)].map(
    (g) => g.segment
  )

/** The longest head of `text` that fits `room` columns (at least one character, so that a cut moves on). */
export function headFitting(text: string, room: number, widthOf: Measure): string {
  let head = ''
  for (const character of graphemes(text)) {
    if (head !== '' && widthOf(head + character) > room) break
    head += character
  }
  return head
}

/** Where a long word may break: after these characters (`linux-16core-`, `machine_size_`, `/orgs/`). */
export const pieces = (word: string): string[] =>
  word.match(/[^-_/,.:]*[-_/,.:]*/g)?.filter(Boolean) ?? [word]

/** A word cut into lines of at most `width`: at its break points first, else anywhere. */
export function breakWord(word: string, width: number, widthOf: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const piece of pieces(word)) {
    let rest = piece
    if (line && widthOf(line) + widthOf(rest) > width) {
      lines.push(line)
      line = ''
    }
    while (widthOf(line) + widthOf(rest) > width) {
      const head = headFitting(rest, width - widthOf(line), widthOf)
      lines.push(line + head)
      rest = rest.slice(head.length)
      line = ''
    }
    line += rest
  }
  return line ? [...lines, line] : lines
}

/** Lines of at most `width` columns, broken between words; a word longer than a line is broken too. */
export function wrap(text: string, width: number, widthOf: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ').filter(Boolean)) {
    if (line && widthOf(line) + 1 + widthOf(word) <= width) {
      line += ` ${word}`
      continue
    }
    if (line) lines.push(line)
    const broken = widthOf(word) > width ? breakWord(word, width, widthOf) : [word]
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
export function paragraph(
  markdown: string,
  { width, colour }: TerminalStyle,
  indent: string,
  widthOf: Measure
): string[] {
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
      for (const piece of breakWord(text, available, widthOf))
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

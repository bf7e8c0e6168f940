// A YAML document as a small tree that keeps what the fleet file's checks need: each scalar's text as
// written (the input parsers read text, as they read a step's inputs), its type under YAML 1.2's core
// schema (what editors check against the JSON Schema), and the line of every node and key.
import {
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  NOT_RESOLVED,
  parseEvents,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent
} from 'js-yaml'

export type ScalarType = 'string' | 'integer' | 'number' | 'boolean' | 'null'

export type YamlNode =
  | { kind: 'scalar'; type: ScalarType; text: string; line: number }
  | { kind: 'sequence'; items: YamlNode[]; line: number }
  | { kind: 'mapping'; entries: YamlEntry[]; line: number }

export interface YamlEntry {
  key: string
  line: number
  value: YamlNode
}

export class YamlSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string
  ) {
    super(message)
  }
}

const TYPES: Record<string, ScalarType> = {
  'tag:yaml.org,2002:str': 'string',
  'tag:yaml.org,2002:int': 'integer',
  'tag:yaml.org,2002:float': 'number',
  'tag:yaml.org,2002:bool': 'boolean',
  'tag:yaml.org,2002:null': 'null'
}

/** The document's tree, or undefined for an empty file; a syntax error says its line. */
export function parseYaml(source: string): YamlNode | undefined {
  let events: Event[]
  try {
    events = parseEvents(source, { maxDepth: 20 })
  } catch (error) {
    throw syntaxError(error)
  }
  let documents = 0
  for (const event of events) if (event.type === EVENT_ID.DOCUMENT) documents++
  if (documents > 1) throw new YamlSyntaxError(1, 'one YAML document is expected, not several')
  // The tree is built from the events themselves (offsets, styles), typed as YAML 1.2's core schema
  // types plain scalars: no second tree of the whole file is held while this one is built.
  const first = events[1]
  if (documents === 0 || !first || first.type === EVENT_ID.POP) return undefined
  const lineOf = lineFinder(source)
  let next = 1
  // How far the events have read the source. An empty value has no offset of its own: it is placed at
  // the first sign after what was read (its `-`, `:` or `?`), so that a problem with it names its line.
  let read = 0
  const build = (): YamlNode => {
    const event = events[next++]
    if (!event || event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP)
      throw new YamlSyntaxError(lineOf(read), 'unexpected end of the document')
    if (event.type === EVENT_ID.ALIAS)
      throw new YamlSyntaxError(lineOf(event.anchorStart), 'aliases (*name) are not supported here')
    // A tag (`!!binary aGVsbG8=`) would be dropped, and its text taken as written: refused.
    if ('tagStart' in event && event.tagStart >= 0)
      throw new YamlSyntaxError(
        lineOf(event.tagStart),
        'YAML tags (!!binary, !custom…) are not supported here: remove the tag'
      )
    if (event.type === EVENT_ID.SCALAR) {
      let at = event.valueStart
      if (at >= 0) read = event.valueEnd + (QUOTED.has(event.style) ? 1 : 0)
      else if (event.anchorStart >= 0) [at, read] = [event.anchorStart, event.anchorEnd]
      else {
        at = nextSign(source, read)
        if (!CLOSING.has(source[at] as string)) read = at + 1
      }
      const text = scalarText(source, event)
      return {
        kind: 'scalar',
        type: event.style === SCALAR_STYLE.PLAIN ? plainType(text) : 'string',
        text,
        line: lineOf(at)
      }
    }
    const { start } = event
    read = start
    const line = lineOf(start)
    let node: YamlNode
    if (event.type === EVENT_ID.SEQUENCE) {
      const items: YamlNode[] = []
      while (events[next]?.type !== EVENT_ID.POP) items.push(build())
      node = { kind: 'sequence', items, line }
    } else {
      // A repeated key would silently replace the first (and, say, drop runners that prune then deletes).
      const seen = new Set<string>()
      const entries: YamlEntry[] = []
      while (events[next]?.type !== EVENT_ID.POP) {
        const key = build()
        if (key.kind !== 'scalar') throw new YamlSyntaxError(key.line, 'a key must be plain text')
        if (seen.has(key.text)) throw new YamlSyntaxError(key.line, `duplicate key '${key.text}'`)
        seen.add(key.text)
        entries.push({ key: key.text, line: key.line, value: build() })
      }
      node = { kind: 'mapping', entries, line }
    }
    next++
    // A flow collection's closing bracket is read with it: what follows is placed after it.
    const closing = CLOSING_OF.get(source[start] as string)
    const close = closing ? nextSign(source, read, ',') : -1
    if (closing && source[close] === closing) read = close + 1
    return node
  }
  return build()
}

const QUOTED = new Set<number>([SCALAR_STYLE.SINGLE_QUOTED, SCALAR_STYLE.DOUBLE_QUOTED])
const CLOSING_OF = new Map([
  ['[', ']'],
  ['{', '}']
])
const CLOSING = new Set(CLOSING_OF.values())

/** The offset of the first character from `from` on that is not a space, a line break, a comment or one of `skip`. */
function nextSign(source: string, from: number, skip = ''): number {
  let at = from
  while (at < source.length) {
    const character = source[at] as string
    if (character === '#') while (at < source.length && !'\n\r'.includes(source[at] as string)) at++
    else if (' \t\r\n\uFEFF'.includes(character) || skip.includes(character)) at++
    else break
  }
  return at
}

function syntaxError(error: unknown): YamlSyntaxError {
  const { reason, mark } = error as { reason?: string; mark?: { line: number } }
  return new YamlSyntaxError((mark?.line ?? 0) + 1, reason ?? String(error))
}

function scalarText(source: string, event: ScalarEvent): string {
  try {
    return getScalarValue(source, event)
  } catch (error) {
    throw syntaxError(error)
  }
}

/** A plain scalar's type as the core schema resolves it: the first of its implicit tags that reads the text. */
function plainType(text: string): ScalarType {
  for (const tag of CORE_SCHEMA.implicitScalarTags)
    if (tag.resolve(text, false, tag.tagName) !== NOT_RESOLVED) return TYPES[tag.tagName] ?? 'string'
  return 'string'
}

/** The 1-based line of an offset of `source`; a line ends at \n, \r\n or a lone \r, as js-yaml counts them. */
function lineFinder(source: string): (offset: number) => number {
  const lineStarts = [0]
  for (const lineBreak of source.matchAll(/\r\n?|\n/g)) lineStarts.push(lineBreak.index + lineBreak[0].length)
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((lineStarts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}

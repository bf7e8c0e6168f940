// A YAML document as a small tree that keeps what the fleet file's checks need: each scalar's text as
// written (the input parsers read text, as they read a step's inputs), its type under YAML 1.2's core
// schema (what editors check against the JSON Schema), and the line of every node and key.
import { CORE_SCHEMA, EVENT_ID, eventsToAst, parseEvents, type Event, type Node } from 'js-yaml'

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
  let documents: ReturnType<typeof eventsToAst>
  try {
    events = parseEvents(source, { maxDepth: 20 })
    documents = eventsToAst(events, { source, schema: CORE_SCHEMA })
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } }
    throw new YamlSyntaxError((mark?.line ?? 0) + 1, reason ?? String(error))
  }
  if (documents.length > 1) throw new YamlSyntaxError(1, 'one YAML document is expected, not several')
  const contents = documents[0]?.contents
  if (!contents) return undefined
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1)
  const lineOf = (offset: number): number => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((lineStarts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
  // The AST has types, the events have offsets; both list the nodes in the same order.
  const positioned = events.filter((e) => e.type !== EVENT_ID.DOCUMENT && e.type !== EVENT_ID.POP)
  let next = 0
  const build = (node: Node): YamlNode => {
    const event = positioned[next++]
    const at = !event ? 0 : 'valueStart' in event ? event.valueStart : 'start' in event ? event.start : 0
    const line = lineOf(Math.max(at, 0))
    if (node.kind === 'alias') throw new YamlSyntaxError(line, 'aliases (*name) are not supported here')
    // A tag (`!!binary aGVsbG8=`) would be dropped, and its text taken as written: refused.
    if (event && 'tagStart' in event && (event as { tagStart: number }).tagStart >= 0)
      throw new YamlSyntaxError(line, 'YAML tags (!!binary, !custom…) are not supported here: remove the tag')
    if (node.kind === 'scalar')
      return { kind: 'scalar', type: TYPES[node.tag] ?? 'string', text: node.value, line }
    if (node.kind === 'sequence') return { kind: 'sequence', items: node.items.map(build), line }
    // A repeated key would silently replace the first (and, say, drop runners that prune then deletes).
    const seen = new Set<string>()
    const entries = node.items.map(({ key, value }) => {
      const built = build(key)
      if (built.kind !== 'scalar') throw new YamlSyntaxError(built.line, 'a key must be plain text')
      if (seen.has(built.text)) throw new YamlSyntaxError(built.line, `duplicate key '${built.text}'`)
      seen.add(built.text)
      return { key: built.text, line: built.line, value: build(value) }
    })
    return { kind: 'mapping', entries, line }
  }
  return build(contents)
}

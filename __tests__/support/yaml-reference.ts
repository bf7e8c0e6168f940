// The reference reading of a YAML document for the fleet file's tree (src/fleet/yaml-tree.ts): js-yaml's
// own AST (eventsToAst, core schema) for structure, types and text, js-yaml's events for offsets, as the
// first release read the file, with the refusals the tree owes (an alias, a tag, a key repeated or not
// plain text, several documents) in document order. A node with no offset of its own (an empty value) has
// no reference line: its line is checked by other means.
import { expect } from '@jest/globals'
import { CORE_SCHEMA, EVENT_ID, eventsToAst, parseEvents, type Node } from 'js-yaml'
import type { YamlNode } from '../../src/fleet/yaml-tree.js'

const TYPES: Record<string, string> = {
  'tag:yaml.org,2002:str': 'string',
  'tag:yaml.org,2002:int': 'integer',
  'tag:yaml.org,2002:float': 'number',
  'tag:yaml.org,2002:bool': 'boolean',
  'tag:yaml.org,2002:null': 'null'
}

/** The tree js-yaml's AST gives, or undefined for no document; what the tree refuses throws its message. */
export function referenceTree(source: string): YamlNode | undefined {
  const events = parseEvents(source, { maxDepth: 20 })
  const documents = eventsToAst(events, { source, schema: CORE_SCHEMA })
  if (documents.length > 1) throw new Error('one YAML document is expected, not several')
  const contents = documents[0]?.contents
  if (!contents) return undefined
  // js-yaml's own line count (YAMLException marks): \n, \r\n and a lone \r each end a line.
  const lineOf = (offset: number) => source.slice(0, offset).split(/\r\n|\r|\n/).length
  const positioned = events.filter((e) => e.type !== EVENT_ID.DOCUMENT && e.type !== EVENT_ID.POP)
  let next = 0
  const build = (node: Node): YamlNode => {
    const event = positioned[next++]
    const at = !event ? -1 : 'valueStart' in event ? event.valueStart : 'start' in event ? event.start : -1
    const line = at < 0 ? (expect.any(Number) as unknown as number) : lineOf(at)
    if (node.kind === 'alias') throw new Error('aliases (*name) are not supported here')
    if (node.tagged) throw new Error('YAML tags (!!binary, !custom…) are not supported here: remove the tag')
    if (node.kind === 'scalar')
      return { kind: 'scalar', type: (TYPES[node.tag] ?? 'string') as 'string', text: node.value, line }
    if (node.kind === 'sequence') return { kind: 'sequence', items: node.items.map(build), line }
    const keys = new Set<string>()
    return {
      kind: 'mapping',
      entries: node.items.map(({ key, value }) => {
        const built = build(key)
        if (built.kind !== 'scalar') throw new Error('a key must be plain text')
        if (keys.has(built.text)) throw new Error(`duplicate key '${built.text}'`)
        keys.add(built.text)
        return { key: built.text, line: built.line, value: build(value) }
      }),
      line
    }
  }
  return build(contents)
}

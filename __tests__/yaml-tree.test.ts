// The fleet file's YAML tree is built straight from js-yaml's events, with plain scalars typed as the core
// schema types them. It must be the tree js-yaml's own AST gives (the reference below, the first
// release's reading), for every style of scalar and collection, with the same lines and the same refusals.
import { describe, expect, it } from '@jest/globals'
import { CORE_SCHEMA, EVENT_ID, eventsToAst, parseEvents, type Node } from 'js-yaml'
import { parseYaml, type YamlNode } from '../src/fleet/yaml-tree.js'

const TYPES: Record<string, string> = {
  'tag:yaml.org,2002:str': 'string',
  'tag:yaml.org,2002:int': 'integer',
  'tag:yaml.org,2002:float': 'number',
  'tag:yaml.org,2002:bool': 'boolean',
  'tag:yaml.org,2002:null': 'null'
}

/** The reference: js-yaml's AST for types and text, its events for offsets. */
function referenceTree(source: string): YamlNode | undefined {
  const events = parseEvents(source, { maxDepth: 20 })
  const contents = eventsToAst(events, { source, schema: CORE_SCHEMA })[0]?.contents
  if (!contents) return undefined
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length
  const positioned = events.filter((e) => e.type !== EVENT_ID.DOCUMENT && e.type !== EVENT_ID.POP)
  let next = 0
  const build = (node: Node): YamlNode => {
    const event = positioned[next++]
    const at = !event ? 0 : 'valueStart' in event ? event.valueStart : 'start' in event ? event.start : 0
    const line = lineOf(Math.max(at, 0))
    if (node.kind === 'scalar')
      return { kind: 'scalar', type: (TYPES[node.tag] ?? 'string') as 'string', text: node.value, line }
    if (node.kind === 'sequence') return { kind: 'sequence', items: node.items.map(build), line }
    if (node.kind === 'alias') throw new Error('alias')
    return {
      kind: 'mapping',
      entries: node.items.map(({ key, value }) => {
        const built = build(key) as { text: string; line: number }
        return { key: built.text, line: built.line, value: build(value) }
      }),
      line
    }
  }
  return build(contents)
}

const DOCUMENTS = {
  'plain scalars of every core type': [
    'a: text',
    'b: 42',
    'c: -0x1F',
    'd: 0o17',
    'e: 1.5e3',
    'f: .inf',
    'g: -.Inf',
    'h: .nan',
    'i: true',
    'j: False',
    'k: TRUE',
    'l: ~',
    'm: null',
    'n:',
    'o: yes',
    'p: 2306',
    "q: '2306'",
    'r: "07"',
    's: 1_000',
    't: +12',
    'u: 12:30'
  ].join('\n'),
  'quoted and block scalars': [
    "single: 'it''s'",
    'double: "tab\\tand \\u00e9"',
    'literal: |',
    '  line one',
    '  line two',
    'folded: >-',
    '  folded',
    '  text',
    'multi: plain',
    '  continued'
  ].join('\n'),
  'flow and block collections': [
    'runner-groups:',
    '  - group-name: build',
    '    repositories: [api, "web", 3]',
    '    options: {a: 1, b: [x, y]}',
    '  - group-name: release # a comment',
    '',
    '    visibility: all',
    'hosted-runners: []',
    'empty: {}'
  ].join('\n'),
  'an anchor, which is read as its node': 'a: &one 1\nb: [&two x, y]',
  'a top-level sequence': '- 1\n- two\n-\n  - nested',
  'a lone scalar': 'just text',
  'an explicit document': '---\nkey: value\n...\n',
  'an empty explicit document': '---\n',
  'a file of comments only': '# nothing here\n'
}

describe('the fleet file YAML tree', () => {
  it.each(Object.entries(DOCUMENTS))('%s: the same tree as js-yaml’s AST', (_, source) => {
    expect(parseYaml(source)).toEqual(referenceTree(source))
  })

  it('an empty file has no tree', () => {
    expect(parseYaml('')).toBeUndefined()
  })

  it.each([
    ['a: *nowhere', /alias|unidentified/],
    ['a: &x 1\nb: *x', /aliases \(\*name\) are not supported here/],
    ['a: !!binary aGVsbG8=', /YAML tags .* are not supported here/],
    ['a: !custom [1]', /YAML tags .* are not supported here/],
    ['a: 1\nb: 2\na: 3', /duplicate key 'a'/],
    ['? [a, b]\n: 1', /a key must be plain text/],
    ['a: 1\n---\nb: 2', /one YAML document is expected, not several/],
    ['a: "unclosed', /./],
    ['a:\n  - b\n c: d', /./]
  ])('%j is refused with a line', (source, message) => {
    let thrown: unknown
    try {
      parseYaml(source)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ line: expect.any(Number) })
    expect(String((thrown as Error).message)).toMatch(message)
  })

  it('names the line of a duplicate key and of a tag', () => {
    expect(() => parseYaml('a: 1\n\nb:\n  c: 1\n  c: 2')).toThrow(expect.objectContaining({ line: 5 }))
    expect(() => parseYaml('a: 1\nb: !!str x')).toThrow(expect.objectContaining({ line: 2 }))
  })
})

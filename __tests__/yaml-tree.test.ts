// The fleet file's YAML tree is built straight from js-yaml's events, with plain scalars typed as the core
// schema types them. It must be the tree js-yaml's own AST gives (support/yaml-reference.ts, the first
// release's reading), for every style of scalar and collection, with the same lines and the same refusals;
// a node with no offset of its own (an empty value, an alias) is told at the line that holds it.
import { describe, expect, it } from '@jest/globals'
import { parseYaml, type YamlNode } from '../src/fleet/yaml-tree.js'
import { referenceTree } from './support/yaml-reference.js'

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

  /** Each node's line in document order, keys included: `k@line` for a key, `text@line` for a scalar. */
  const lines = (source: string): string[] => {
    const out: string[] = []
    const walk = (node: YamlNode) => {
      if (node.kind === 'scalar') out.push(`${node.text}@${node.line}`)
      else if (node.kind === 'sequence') node.items.forEach(walk)
      else
        for (const entry of node.entries) {
          out.push(`${entry.key}:@${entry.line}`)
          walk(entry.value)
        }
    }
    walk(parseYaml(source) as YamlNode)
    return out
  }

  it.each([
    ['a: 1\nb:\nc: 2', ['a:@1', '1@1', 'b:@2', '@2', 'c:@3', '2@3']],
    ['- a\n-\n- "c"\n-\n- [d]\n-\n', ['a@1', '@2', 'c@3', '@4', 'd@5', '@6']],
    ['-\n-\n\n  # note\n-', ['@1', '@2', '@5']],
    ['a: 1\n? \n: v', ['a:@1', '1@1', ':@2', 'v@3']],
    ['- 1\n- &x\n-', ['1@1', '@2', '@3']],
    ['x: {a: [b], c}\ny: {d: }\n', ['x:@1', 'a:@1', 'b@1', 'c:@1', '@1', 'y:@2', 'd:@2', '@2']],
    ['a: 1\r\nb:\r\n- x\r\n-\r\n', ['a:@1', '1@1', 'b:@2', 'x@3', '@4']],
    ['a: 1\rb:\rc:\r  - x\r  -\r', ['a:@1', '1@1', 'b:@2', '@2', 'c:@3', 'x@4', '@5']]
  ])('%j: every node at its line, an empty one included', (source, expected) => {
    expect(lines(source)).toEqual(expected)
  })

  it.each([
    ['a: &x 1\n\nb: *x', 3],
    ['a: &x [1]\nb:\n  - *x', 3],
    ['a: 1\nb: !!str\n', 2],
    ['- 1\n- !!null', 2],
    ['a: !!str\n  x', 1],
    ['a: 1\nb:\n  - !custom', 3],
    ['a: 1\rb: 2\rc: 3\rc: 4', 4]
  ])('%j is refused at line %d', (source, line) => {
    expect(() => parseYaml(source)).toThrow(expect.objectContaining({ line }))
  })
})

// The fleet file's YAML tree against js-yaml on thousands of generated documents (a fixed seed, so every
// run reads the same ones): block and flow collections, empty values and keys, complex keys, anchors,
// aliases and tags of every form, every core scalar form, quoted and block scalars, directives, document
// markers, comments, CRLF and lone CR line breaks, tabs and a BOM. Each must give js-yaml's AST's tree
// (support/yaml-reference.ts) or its refusal, the values js-yaml's `load` gives, and lines that never go
// back in the order of the file (an empty value included, which has no offset of its own).
import { describe, expect, it } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'
import { boolCoreTag, floatCoreTag, intCoreTag, load, NOT_RESOLVED, nullCoreTag } from 'js-yaml'
import { parseYaml, type YamlNode } from '../src/fleet/yaml-tree.js'
import { referenceTree } from './support/yaml-reference.js'

const PLAIN = [
  ...['a', 'name', 'a b', 'x:y', 'é', 'ä-ö', '__proto__', 'constructor', '-a', '?a', 'a#b', '12:30'],
  ...[
    'true',
    'True',
    'TRUE',
    'tRUE',
    'false',
    'FALSE',
    'yes',
    'no',
    'on',
    'null',
    'Null',
    'NULL',
    'nULL',
    '~'
  ],
  ...['0', '-0', '+1', '012', '0o17', '0o8', '0x1F', '-0x1F', '0X1F', '0b101', '1_000', '1e3', '1E+3', '1.5'],
  ...['.5', '5.', '-.inf', '+.INF', '.Inf', '.NaN', '.nan', '-.nan', '2001-12-14', '9'.repeat(400)]
]
const QUOTED = [
  ...["'it''s'", "''", '""', '"a\\tb"', '"\\x41\\u00e9\\U0001F600"', '"\\N\\_\\L\\P\\0"', '"\\ud800"'],
  ...['"line\n  two"', "'multi\n\n  line'", '"esc\\\n  aped"', '"07"', "'true'"]
]
const BLOCK = [
  '|\n  one\n  two\n',
  '|-\n  x\n\n',
  '|+\n  x\n\n',
  '>\n  a\n  b\n\n  c\n',
  '>-\n  f\n',
  '|2\n    i\n',
  '|\n'
]
const PROPERTIES = [
  '!!str x',
  '! x',
  '!<tag:yaml.org,2002:str> x',
  '!e!x y',
  '*s0',
  '!!int 3',
  '!local z',
  '&s0'
]
const KEYS = ['a', 'b', 'c', 'name', '"q"', "'s'", '1', '0x1', 'null', '~', 'true', 'é', '__proto__', '"a b"']
const COLLECTION_PROPERTIES = ['&c ', '!!map ', '! ', '!!seq ', '&d !local ']

/** Documents from a seeded generator: the same on every run. */
function generator(seed: number) {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x80000000
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  let anchors = 0
  let tagHandle = false
  const scalar = (): string => {
    const r = random()
    if (r < 0.5) return pick(PLAIN)
    if (r < 0.8) return pick(QUOTED)
    if (r < 0.88) return ''
    if (r < 0.93) return `&s${anchors++} ${pick(PLAIN)}`
    const property = pick(PROPERTIES)
    return tagHandle ? property : property.replace('!e!', '!')
  }
  const flow = (depth: number): string => {
    if (depth > 3 || random() < 0.4) return pick([...PLAIN.slice(0, 40), "'q'", '"d"', ''])
    const n = Math.floor(random() * 4)
    if (random() < 0.5) {
      const items = Array.from({ length: n }, () => flow(depth + 1))
      return `[${items.join(pick([', ', ',', ' , ', ',\n  ']))}${random() < 0.2 ? ',' : ''}]`
    }
    const entries = Array.from({ length: n }, (_, i) => {
      const key = random() < 0.15 ? `? ${pick(KEYS)}` : random() < 0.1 ? '' : (KEYS[i] as string)
      if (random() < 0.15) return key
      return `${key}:${random() < 0.2 ? '' : ` ${flow(depth + 1)}`}`
    })
    return `{${entries.join(pick([', ', ',\n  ']))}}`
  }
  /** A node's text: its first line not indented, each further line indented as a child of `indent`. */
  const node = (indent: number, depth: number): { text: string; collection: boolean } => {
    const pad = ' '.repeat(indent)
    const r = random()
    if (depth > 4 || r < 0.3) {
      const text = random() < 0.7 ? scalar() : random() < 0.5 ? flow(0) : pick(BLOCK)
      return { text: text.replace(/\n(?=.)/g, `\n${pad}`), collection: false }
    }
    const lines: string[] = []
    const n = 1 + Math.floor(random() * 3)
    if (r < 0.6) {
      const keys = [...KEYS].sort(() => random() - 0.5)
      // Now and then a key twice, which the tree refuses.
      for (const key of random() < 0.03 ? [keys[0] as string, ...keys.slice(0, n)] : keys.slice(0, n)) {
        const child = node(indent + 2, depth + 1)
        const value =
          child.text === ''
            ? ''
            : child.collection || random() < 0.3
              ? `\n${pad}  ${child.text}`
              : ` ${child.text}`
        lines.push(random() < 0.08 ? `${pad}? ${key}\n${pad}:${value}` : `${pad}${key}:${value}`)
        if (random() < 0.1) lines.push(pick(['', `${pad}# comment`, '  ', '#']))
      }
    } else
      for (let i = 0; i < n; i++) {
        const child = node(indent + 2, depth + 1)
        lines.push(`${pad}-${child.text === '' ? '' : ` ${child.text}`}`)
      }
    const text = lines.join('\n').slice(indent)
    const property = random() < 0.1 ? pick(COLLECTION_PROPERTIES) : ''
    return { text: property ? `${property}\n${pad}${text}` : text, collection: true }
  }
  return (): string => {
    anchors = 0
    const r = random()
    tagHandle = r >= 0.08 && r < 0.1
    let text = node(0, 0).text
    if (r < 0.05) text = `---\n${text}`
    else if (r < 0.08) text = `%YAML 1.2\n---\n${text}`
    else if (r < 0.1) text = `%TAG !e! tag:example.com,2000:\n---\n${text}`
    else if (r < 0.12) text = `# head\n--- # c\n${text}\n...\n`
    else if (r < 0.13) text = `${text}\n---\n`
    else if (r < 0.14) text = `${text}\n...\n`
    const lineBreaks = random()
    if (lineBreaks < 0.1) text = text.replace(/\n/g, '\r\n')
    else if (lineBreaks < 0.15) text = text.replace(/\n/g, '\r')
    if (random() < 0.05) text = `\uFEFF${text}`
    if (random() < 0.02) text = text.replace(/ /g, '\t')
    return text
  }
}

const outcome = <T>(read: () => T): { value: T } | { refused: string } => {
  try {
    return { value: read() }
  } catch (error) {
    // js-yaml's own errors carry their reason apart from the snippet of the file.
    return { refused: (error as { reason?: string }).reason ?? (error as Error).message }
  }
}

const CORE_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag] as const
const TAG_OF_TYPE = { null: nullCoreTag, boolean: boolCoreTag, integer: intCoreTag, number: floatCoreTag }

/** A scalar's value under a core tag (what js-yaml's `load` constructs), or its text. */
function valueAs(text: string, tag: (typeof CORE_TAGS)[number] | undefined): unknown {
  const value = tag ? tag.resolve(text, false, tag.tagName) : text
  return value === NOT_RESOLVED ? { unresolved: text } : value
}

/** The value js-yaml's `load` gives, from the tree's text and type. */
function loaded(node: YamlNode): unknown {
  if (node.kind === 'sequence') return node.items.map(loaded)
  if (node.kind === 'scalar')
    return valueAs(node.text, node.type === 'string' ? undefined : TAG_OF_TYPE[node.type])
  const object = {}
  for (const { key, value } of node.entries) {
    // js-yaml's object map holds a key's value as text (`~` is 'null', `0x1` is '1'); the generator
    // quotes no key that would read as another value, so each key is read as plain.
    const tag = CORE_TAGS.find((t) => t.resolve(key, false, t.tagName) !== NOT_RESOLVED)
    const name = String(valueAs(key, tag))
    Object.defineProperty(object, name, {
      value: loaded(value),
      enumerable: true,
      writable: true,
      configurable: true
    })
  }
  return object
}

/** Every line of the tree in the order of the file: each key's line, then its value's. */
function linesInOrder(node: YamlNode, lines: number[] = []): number[] {
  lines.push(node.line)
  if (node.kind === 'sequence') for (const item of node.items) linesInOrder(item, lines)
  if (node.kind === 'mapping')
    for (const { line, value } of node.entries) {
      lines.push(line)
      linesInOrder(value, lines)
    }
  return lines
}

/** Where `tree` differs from `reference` (whose line may be any number for a node with no offset). */
function differences(tree: unknown, reference: unknown, path = ''): string[] {
  if (reference !== null && typeof reference === 'object' && 'asymmetricMatch' in reference)
    return (reference as { asymmetricMatch: (other: unknown) => boolean }).asymmetricMatch(tree) ? [] : [path]
  if (reference === null || typeof reference !== 'object' || tree === null || typeof tree !== 'object')
    return Object.is(tree, reference) ? [] : [path]
  const keys = new Set([...Object.keys(tree), ...Object.keys(reference)])
  return [...keys].flatMap((key) =>
    differences(
      (tree as Record<string, unknown>)[key],
      (reference as Record<string, unknown>)[key],
      `${path}/${key}`
    )
  )
}

describe('the fleet file YAML tree on generated documents', () => {
  const next = generator(20_260_528)
  const readings = Array.from({ length: 2500 }, next).map((document) => ({
    document,
    read: outcome(() => parseYaml(document))
  }))
  const trees = readings.flatMap(({ document, read }) =>
    'value' in read && read.value ? [{ document, tree: read.value }] : []
  )

  it('holds trees and every kind of refusal', () => {
    const kinds = new Set(
      readings.map(({ read }) => ('refused' in read ? read.refused.replace(/ '.*/, '') : 'a tree'))
    )
    for (const kind of [
      'a tree',
      'aliases (*name) are not supported here',
      'YAML tags (!!binary, !custom…) are not supported here: remove the tag',
      'one YAML document is expected, not several',
      'duplicate key'
    ])
      expect(kinds).toContain(kind)
    // And syntax errors, in js-yaml's words.
    expect(kinds.size).toBeGreaterThan(6)
    expect(trees.length).toBeGreaterThan(1000)
  })

  it('gives js-yaml’s AST’s tree or its refusal, on each document', () => {
    for (const { document, read } of readings) {
      const reference = outcome(() => referenceTree(document))
      if (differences(read, reference).length > 0)
        expect({ document, ...read }).toEqual({ document, ...reference })
    }
  })

  it('gives the values js-yaml’s load gives, wherever both read the document', () => {
    let compared = 0
    for (const { document, tree } of trees) {
      const value = outcome(() => load(document))
      if (!('value' in value)) continue
      if (!isDeepStrictEqual(loaded(tree), value.value))
        expect({ document, value: loaded(tree) }).toEqual({ document, value: value.value })
      compared++
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it('tells lines that never go back in the order of the file', () => {
    for (const { document, tree } of trees) {
      const lines = linesInOrder(tree)
      const sorted = [...lines].sort((a, b) => a - b)
      if (lines.join() !== sorted.join()) expect({ document, lines }).toEqual({ document, lines: sorted })
    }
  })
})

// The fleet file checked with its JSON Schema, by the validator `npm run generate` compiles from it
// (schema-validator.js: plain code, no validator library at run time): the file editors check is the
// file the action checks. It holds the schema's rules of each value; its rules across keys (one owner,
// prune with an owner, image-version with a custom image) are the reader's, which words them
// (parse-fleet.ts, read-item.ts). Each of the validator's errors is told at the line of the YAML node it
// is about, with the key's path, in the words of the input parsers.
import { isUserError } from '../common/errors.js'
import type { Parser } from '../inputs/formats.js'
import { didYouMean } from '../inputs/name-rule.js'
import { VALUE_INPUTS } from '../inputs/vocabulary.js'
import {
  FLEET_TOP_KEYS,
  isMapping,
  itemKeyInput,
  itemKeyNames,
  mappingKeys,
  TOP_KEY_NAMES
} from './fleet-keys.js'
import validateSchema from '../generated/schema-validator.js'
import type { Problem } from './fleet-problems.js'
import type { ScalarType, YamlNode } from './yaml-tree.js'

/** What the compiled validator reports (ajv's error objects). */
interface SchemaError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}
const validate = validateSchema as unknown as ((data: unknown) => boolean) & { errors?: SchemaError[] | null }

const WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: '`true` or `false`',
  null: 'empty',
  array: 'a list',
  object: 'a mapping of keys to values'
}

const typeOf = (node: YamlNode): ScalarType | 'array' | 'object' =>
  node.kind === 'scalar' ? node.type : node.kind === 'sequence' ? 'array' : 'object'

/** The node as JSON Schema sees it: scalars as YAML 1.2's core schema types them. */
export function toJson(node: YamlNode): unknown {
  if (node.kind === 'sequence') return node.items.map(toJson)
  // fromEntries defines each key, even `__proto__`, as an own property.
  if (node.kind === 'mapping') return Object.fromEntries(node.entries.map((e) => [e.key, toJson(e.value)]))
  if (node.type === 'string') return node.text
  if (node.type === 'null') return null
  if (node.type === 'boolean') return /^true$/i.test(node.text)
  return Number(node.text)
}

interface Place {
  node: YamlNode
  line: number
  path: string
  /** The keys from the top: a section, an item's index, a key. */
  keys: string[]
}

/** The node a JSON pointer names in the tree, with its line and path. */
function placeOf(root: YamlNode, pointer: string): Place {
  let place: Place = { node: root, line: root.line, path: '', keys: [] }
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    const { node, path, keys } = place
    if (node.kind === 'sequence') {
      const item = node.items[Number(key)]
      if (!item) break
      place = { node: item, line: item.line, path: `${path}[${key}]`, keys: [...keys, key] }
    } else if (node.kind === 'mapping') {
      const entry = node.entries.find((e) => e.key === key)
      if (!entry) break
      const where = path ? `${path}.${key}` : key
      // An empty value has no place of its own: its key's line.
      const empty = entry.value.kind === 'scalar' && entry.value.type === 'null'
      const line = empty ? entry.line : entry.value.line
      place = { node: entry.value, line, path: where, keys: [...keys, key] }
    } else break
  }
  return place
}

/** The keys the mapping at `keys` may hold. */
function allowedKeys(keys: string[]): string[] {
  const section = keys[0]
  if (keys.length === 0) return TOP_KEY_NAMES
  if (keys.length === 1 && section !== undefined && isMapping(section))
    return Object.keys(mappingKeys(section))
  return section !== undefined && keys.length === 2 ? itemKeyNames(section) : []
}

/** The parser that reads the value at `keys`, if any. */
function parserOf(keys: string[]): Parser<unknown> | undefined {
  const [section, , key] = keys
  if (keys.length === 2 && section && isMapping(section)) {
    const rows = mappingKeys(section)
    return Object.hasOwn(rows, keys[1] as string) ? rows[keys[1] as string]?.format : undefined
  }
  if (keys.length === 1 && section && Object.hasOwn(FLEET_TOP_KEYS, section))
    return FLEET_TOP_KEYS[section as keyof typeof FLEET_TOP_KEYS].format
  if (keys.length !== 3 || !section || !key) return undefined
  const input = itemKeyInput(section, key)
  return input && (VALUE_INPUTS[input] as Parser<unknown>)
}

/** A value the schema refuses, in the words of its parser when the parser refuses it too. */
function valueMessage(place: Place, error: SchemaError): string {
  const { node } = place
  const text = node.kind === 'scalar' ? node.text : ''
  // The reader's own words for a value that is empty or blank (read-item.ts).
  if (node.kind === 'scalar' && text.trim() === '') return 'has no value'
  const parse = parserOf(place.keys)
  if (parse && node.kind === 'scalar')
    try {
      parse(text, place.keys.at(-1) as string)
    } catch (refused) {
      if (isUserError(refused, 'input')) return refused.message.replace(/^Input '[^']*':? /, '')
      throw refused
    }
  const { limit, comparison, pattern } = error.params
  if (error.keyword === 'maxLength') return `must be at most ${limit} characters`
  if (error.keyword === 'pattern') return `must be text matching ${pattern}; got '${text}'`
  if (comparison === '>=') return `must be at least ${limit}; got ${text}`
  if (comparison === '<=') return `must be at most ${limit}; got ${text}`
  return `${error.message ?? 'does not fit the schema'}; got '${text}'`
}

function problemOf(root: YamlNode, error: SchemaError): Problem {
  const place = placeOf(root, error.instancePath)
  const { node, line, path } = place
  const at = (message: string): Problem => ({ line, path, message })
  const { params } = error
  if (error.keyword === 'type') {
    const types = [params.type as string | string[]].flat()
    const given = node.kind === 'scalar' && node.type !== 'null'
    const shown = given ? ` '${node.text}'` : ''
    const quote = types.includes('string') && given ? ' (quote it to make it text)' : ''
    const wanted = types.map((t) => WORDS[t]).join(' or ')
    return at(`must be ${wanted}; got ${WORDS[typeOf(node)]}${shown}${quote}`)
  }
  if (error.keyword === 'enum') {
    const got = node.kind === 'scalar' ? `'${node.text}'` : WORDS[typeOf(node)]
    return at(`must be one of ${(params.allowedValues as string[]).join(', ')}; got ${got}`)
  }
  if (error.keyword === 'required') return at(`needs '${params.missingProperty}'`)
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty)
    const entry = node.kind === 'mapping' ? node.entries.find((e) => e.key === key) : undefined
    const keys = allowedKeys(place.keys)
    const guess = didYouMean(key, keys)
    return {
      line: entry?.line ?? line,
      path: path ? `${path}.${key}` : key,
      message: `unknown key.${guess} Keys: ${keys.join(', ')}`
    }
  }
  return at(valueMessage(place, error))
}

/** Every way the document breaks the fleet file's schema, each at its line, in the file's order. */
export function schemaProblems(root: YamlNode): Problem[] {
  if (validate(toJson(root))) return []
  // Two rules a value breaks read alike when its parser words them: told once.
  const told = new Map<string, Problem>()
  for (const error of validate.errors ?? []) {
    const problem = problemOf(root, error)
    told.set(`${problem.line} ${problem.path} ${problem.message}`, problem)
  }
  return [...told.values()].sort((a, b) => a.line - b.line)
}

// The fleet file's JSON Schema (schema/hosted-runners.schema.json), checked at run time by a small
// interpreter of the keywords that schema uses: the file editors check is the file the action checks,
// with no validator in the bundle. __tests__/fleet-schema.test.ts holds the schema to these keywords.
import schemaJson from '../../schema/hosted-runners.schema.json' with { type: 'json' }
import { closestNames } from '../inputs/name-rule.js'
import type { ScalarType, YamlNode } from './yaml-tree.js'

export interface SchemaNode {
  $ref?: string
  type?: string | string[]
  enum?: string[]
  pattern?: string
  minimum?: number
  maxLength?: number
  items?: SchemaNode
  properties?: Record<string, SchemaNode>
  additionalProperties?: boolean
  required?: string[]
  description?: string
}

/** The keywords `check` understands; the others in the file only describe. */
export const CHECKED_KEYWORDS = [
  '$ref',
  'type',
  'enum',
  'pattern',
  'minimum',
  'maxLength',
  'items',
  'properties',
  'additionalProperties',
  'required'
]

export const FLEET_SCHEMA = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> }

export interface Problem {
  line: number
  /** Where in the file: `hosted-runners[1].size`. */
  path: string
  message: string
}

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

function resolve(schema: SchemaNode): SchemaNode {
  if (!schema.$ref) return schema
  const name = schema.$ref.replace('#/$defs/', '')
  const target = FLEET_SCHEMA.$defs[name]
  if (!target) throw new Error(`internal: the fleet schema has no $defs/${name}`)
  return { ...resolve(target), ...schema, $ref: undefined }
}

/** Every way `node` breaks `schema`, each at its line. */
export function check(node: YamlNode, schema: SchemaNode = FLEET_SCHEMA, path = ''): Problem[] {
  const rule = resolve(schema)
  const at = (message: string): Problem[] => [{ line: node.line, path, message }]
  const type = typeOf(node)
  const types = rule.type === undefined ? undefined : [rule.type].flat()
  if (types && !types.includes(type) && !(type === 'integer' && types.includes('number'))) {
    const shown = node.kind === 'scalar' ? ` '${node.text}'` : ''
    const quote = types.includes('string') && node.kind === 'scalar' ? ' (quote it to make it text)' : ''
    return at(`must be ${types.map((t) => WORDS[t]).join(' or ')}; got ${WORDS[type]}${shown}${quote}`)
  }
  if (node.kind === 'scalar') {
    if (rule.enum && !rule.enum.includes(node.text))
      return at(`must be one of ${rule.enum.join(', ')}; got '${node.text}'`)
    if (type === 'string' && rule.pattern && !new RegExp(rule.pattern, 'u').test(node.text))
      return at(`must be ${rule.description ?? `text matching ${rule.pattern}`}; got '${node.text}'`)
    if (type === 'string' && rule.maxLength !== undefined && [...node.text].length > rule.maxLength)
      return at(`must be at most ${rule.maxLength} characters`)
    if (type === 'integer' && rule.minimum !== undefined && !(Number(node.text) >= rule.minimum))
      return at(`must be at least ${rule.minimum}; got ${node.text}`)
    return []
  }
  if (node.kind === 'sequence')
    return rule.items ? node.items.flatMap((item, i) => check(item, rule.items, `${path}[${i}]`)) : []
  const problems: Problem[] = []
  const keys = Object.keys(rule.properties ?? {})
  const seen = new Set<string>()
  for (const entry of node.entries) {
    const where = path ? `${path}.${entry.key}` : entry.key
    seen.add(entry.key)
    const property = rule.properties?.[entry.key]
    if (property) problems.push(...check(entry.value, property, where))
    else if (rule.additionalProperties === false) {
      const close = closestNames(entry.key, keys)
      const guess = close.length > 0 ? ` Did you mean ${close.map((k) => `'${k}'`).join(' or ')}?` : ''
      problems.push({
        line: entry.line,
        path: where,
        message: `unknown key.${guess} Keys: ${keys.join(', ')}`
      })
    }
  }
  for (const key of rule.required ?? [])
    if (!seen.has(key)) problems.push({ line: node.line, path, message: `needs '${key}'` })
  return problems
}

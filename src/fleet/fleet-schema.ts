// The fleet file's JSON Schema, derived: its keys from fleet-keys.ts, each value's fragment from the
// format that reads it (inputs/formats.ts), each input's description from action.yml, and the rules
// across keys that the reader applies (parse-fleet.ts, read-item.ts). `npm run generate` writes it to
// schema/hosted-runners.schema.json (editors check the file with it; `export` writes it beside the fleet
// file) and compiles its rules of values into the validator the action runs. The schema-strictness
// test holds the schema, a second JSON Schema implementation and the action to the same verdicts.
import { DEFAULT_KEEP } from '../resources/image-retention/fields.js'
import { inputName, type ValueSchema } from '../inputs/formats.js'
import { FLEET_ONLY_INPUTS, SCOPE_ONLY_INPUTS, VALUE_INPUTS, type InputKey } from '../inputs/vocabulary.js'
import { FLEET_MAPPINGS, FLEET_TOP_KEYS, isMapping, sectionKeys, TOP_KEY_NAMES } from './fleet-keys.js'
import { RUNNER_GROUP_KIND } from '../resources/runner-group/fields.js'
import { KINDS, kindOfSection } from '../resources/index.js'
import { fleetKeysOf, inputOfKey, type Kind } from '../resources/kind.js'

const GROUPS = RUNNER_GROUP_KIND.section

/** Completion in an editor: the default the action takes when a key is left out. */
const DEFAULTS: Record<string, unknown> = { imageSource: 'github', keep: DEFAULT_KEEP, prune: false }

/** Completion in an editor: values that fit (a test reads each with the action's parser). */
export const EXAMPLES: Record<string, unknown[]> = {
  organization: ['acme'],
  enterprise: ['octo-ent'],
  groupName: ['release'],
  visibility: ['selected'],
  repositories: [['app', 'octo-org/infra']],
  organizations: [['acme']],
  runners: [['build-01']],
  selectedWorkflows: [['octo-org/app/.github/workflows/deploy.yml@refs/heads/main']],
  networkConfigurationId: ['corp-vnet'],
  previousNames: [['old-name']],
  runnerName: ['release-linux'],
  imageId: ['Ubuntu Latest (24.04)', '2306'],
  imageVersion: ['1.2.0', 'latest'],
  size: ['4-core'],
  runnerGroup: ['release'],
  maximumRunners: [10],
  customImage: ['golden-ubuntu'],
  keep: [5],
  olderThan: ['30d', '12h']
}

/** The keys are present (each named in `properties` too, as ajv's strict mode asks of a subschema). */
const requires = (...keys: string[]) => ({
  required: keys,
  properties: Object.fromEntries(keys.map((key) => [key, true]))
})

/**
 * The rules across keys, as the reader applies them: one owner at most (`oneOf`: the organization alone,
 * the enterprise alone, or neither), `prune: true` only with an owner (parse-fleet.ts), and the groups' keys
 * of the owner's scope only. A kind's own rules across an item's keys (a hosted runner's image inputs) are
 * its `itemRules`.
 */
const OWNER_RULES = {
  // A property whose schema is `false` must be absent.
  oneOf: [
    { ...requires('organization'), properties: { organization: true, enterprise: false } },
    { ...requires('enterprise'), properties: { organization: false, enterprise: true } },
    { properties: { organization: false, enterprise: false } }
  ],
  allOf: [
    {
      if: { ...requires('prune'), properties: { prune: { const: true } } },
      then: { anyOf: [requires('organization'), requires('enterprise')] }
    },
    // The owner the file names is the step's scope (owner.ts), so a group key of the other scope, or an
    // enterprise group's `private` visibility, is refused (read-item.ts) and shown by an editor too.
    ...(['org', 'enterprise'] as const).map((scope) => {
      const other = scope === 'org' ? 'enterprise' : 'org'
      const refused = SCOPE_ONLY_INPUTS[other].filter((key) => sectionKeys(GROUPS).includes(key))
      const group = {
        type: 'object',
        properties: {
          ...Object.fromEntries(refused.map((key) => [inputName(key), false])),
          ...(scope === 'enterprise' ? { visibility: { enum: ['all', 'selected'] } } : {})
        }
      }
      return {
        if: requires(scope === 'org' ? 'organization' : 'enterprise'),
        then: { properties: { [GROUPS]: { type: 'array', items: group } } }
      }
    })
  ]
}
type Annotated = ValueSchema & { description: string; default?: unknown; examples?: unknown[] }

interface ObjectSchema {
  type: 'object'
  additionalProperties: false
  required?: string[]
  properties: Record<
    string,
    | Annotated
    | (Annotated & { type: 'array'; items: { $ref: string } })
    | {
        description: string
        type: 'object'
        additionalProperties: false
        properties: Record<string, Annotated>
      }
  >
}

/** A pattern that finds a character other than white space: what a value the reader reads holds. */
const NOT_BLANK = '\\S'

/**
 * A value's fragment refusing what the reader refuses before any parser sees it (read-item.ts): text
 * that is empty or blank ("has no value"), and a list's blank item. A fragment whose own pattern takes
 * a blank value cannot be made to refuse it here: the generation fails, naming the pattern.
 */
export function refusingBlank(schema: ValueSchema): ValueSchema {
  const items = schema.items && { items: refusingBlank(schema.items) }
  const types = [schema.type ?? []].flat()
  const text = schema.enum === undefined && (schema.type === undefined || types.includes('string'))
  if (!text) return { ...schema, ...items }
  if (schema.pattern === undefined) return { ...schema, pattern: NOT_BLANK, ...items }
  const pattern = new RegExp(schema.pattern, 'u')
  if (['', ' ', '\t'].some((blank) => pattern.test(blank)))
    throw new Error(`internal: the pattern ${schema.pattern} takes a blank value, which the reader refuses`)
  return { ...schema, ...items }
}

/** An input's description as action.yml gives it, on one line. */
export type InputDescriptions = (name: string) => string | undefined

/** A value's fragment with what an editor shows and offers: its description, default and examples. */
function annotated(key: string, description: string, schema: ValueSchema): Annotated {
  return {
    description,
    ...refusingBlank(schema),
    ...(DEFAULTS[key] !== undefined ? { default: DEFAULTS[key] } : {}),
    ...(EXAMPLES[key] ? { examples: EXAMPLES[key] } : {})
  }
}

/** An item of a kind's section: its keys are its name's, its rows' and its other inputs', read by their inputs. */
function itemSchema<L>(kind: Kind<L>, describe: InputDescriptions): ObjectSchema {
  const properties: ObjectSchema['properties'] = {}
  for (const key of fleetKeysOf(kind)) {
    const input = inputOfKey(kind, key) as InputKey
    const description = FLEET_ONLY_INPUTS[input] ?? describe(inputName(input))
    if (!description) throw new Error(`action.yml has no description of input '${inputName(input)}'`)
    properties[key] = annotated(input, description, VALUE_INPUTS[input].schema)
  }
  return {
    type: 'object',
    additionalProperties: false,
    ...(kind.nameOptional ? {} : { required: [kind.name.fleetKey] }),
    properties,
    ...kind.itemRules?.schema
  }
}

/** The schema, as a JSON value. */
export function fleetSchema(describe: InputDescriptions) {
  const properties: ObjectSchema['properties'] = {}
  for (const key of TOP_KEY_NAMES) {
    const kind = kindOfSection(key)?.kind
    if (kind)
      properties[key] = {
        description: kind.description,
        type: 'array',
        items: { $ref: `#/$defs/${kind.item}` }
      }
    else if (isMapping(key)) {
      const { description, keys } = FLEET_MAPPINGS[key]
      properties[key] = {
        description,
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(keys).map(([name, row]) => [
            name,
            { description: row.description, ...refusingBlank(row.format.schema) }
          ])
        )
      }
    } else {
      const { format, description } = FLEET_TOP_KEYS[key as keyof typeof FLEET_TOP_KEYS]
      properties[key] = annotated(key, description, format.schema)
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Fleet file of hosted-runners-action (operation: apply)',
    description:
      "GitHub-hosted runners, runner groups, network configurations and custom image retention, declared for `operation: apply`. Item keys are the action's input names; every value is also checked by the parser of the input of that name. Generated by `npm run generate`.",
    type: 'object',
    additionalProperties: false,
    properties,
    ...OWNER_RULES,
    $defs: Object.fromEntries([...KINDS.map(({ kind }) => [kind.item, itemSchema(kind, describe)])])
  }
}

/** The keywords of the rules across keys: the compiled validator leaves them to the reader, which words them. */
export const CROSS_KEY_KEYWORDS = [
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired'
]

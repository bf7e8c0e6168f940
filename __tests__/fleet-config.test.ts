// The fleet file: its JSON Schema and the code's vocabulary agree, the compiled check reads the schema as
// a standard validator does, and every value is read as the input of the same name would be.
import Ajv2020 from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import {
  FLEET_MAPPINGS,
  FLEET_SECTIONS,
  FLEET_TOP_KEYS,
  itemKeyNames,
  KIND_SECTIONS,
  type Section
} from '../src/fleet/fleet-keys.js'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { schemaProblems } from '../src/fleet/schema-problems.js'
import { parseYaml } from '../src/fleet/yaml-tree.js'
import { ROOT } from './support/step.js'

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/hosted-runners.schema.json'), 'utf8'))
const FILE = '.github/hosted-runners.yml'
const item = (section: Section) => schema.$defs[schema.properties[section].items.$ref.replace('#/$defs/', '')]

test.each(Object.keys(FLEET_SECTIONS) as Section[])(
  "%s: the schema's item keys are exactly the inputs its operation reads (less the documented exclusions)",
  (section) => {
    expect(Object.keys(item(section).properties).sort()).toEqual(itemKeyNames(section).sort())
  }
)

test.each(KIND_SECTIONS)(
  "%s, a registered kind: the schema's item keys are its rows' fleet keys",
  (section) => {
    const keys = Object.keys(
      schema.$defs[schema.properties[section].items.$ref.replace('#/$defs/', '')].properties
    )
    expect(keys).toEqual(itemKeyNames(section))
  }
)

test('the top-level keys are the owner, the lists (the kinds first), the switches and rollout: every row of the registry, FLEET_SECTIONS, FLEET_TOP_KEYS and FLEET_MAPPINGS', () => {
  expect(Object.keys(FLEET_SECTIONS)).toEqual(KIND_SECTIONS)
  expect(KIND_SECTIONS).toEqual([
    'network-configurations',
    'runner-groups',
    'hosted-runners',
    'image-retention'
  ])
  expect(Object.keys(schema.properties)).toEqual([
    'organization',
    'enterprise',
    ...KIND_SECTIONS,
    'prune',
    'require-reviewed-plan',
    'rollout'
  ])
  expect(Object.keys(schema.properties).sort()).toEqual(
    [...KIND_SECTIONS, ...Object.keys(FLEET_TOP_KEYS), ...Object.keys(FLEET_MAPPINGS)].sort()
  )
})

test('the schema is a valid draft 2020-12 schema, and every key says what it means', () => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true })
  expect(() => ajv.compile(schema)).not.toThrow()
  const keys = [schema, ...Object.values(schema.$defs)].flatMap((node) => Object.entries(node.properties))
  expect(keys.filter(([, value]) => !(value as { description?: string }).description)).toEqual([])
})

test.each([
  ['the sample of the README', readFileSync(join(ROOT, 'examples/fleet.yml'), 'utf8')],
  ['an unknown key', 'hosted-runners:\n  - runner-name: a\n    sise: 4-core\n'],
  ['a wrong type', 'prune: yes\n'],
  ['a number where text is needed', 'hosted-runners:\n  - runner-name: 1.5\n'],
  ['a missing name', 'runner-groups:\n  - visibility: all\n'],
  ['a list of mappings', 'runner-groups:\n  - group-name: g\n    runners:\n      - name: x\n'],
  ['a value out of range', 'hosted-runners:\n  - runner-name: a\n    maximum-runners: 0\n'],
  ['a name too long', `runner-groups:\n  - group-name: ${'é'.repeat(65)}\n`],
  ['a name of 64 characters beyond UTF-16', `runner-groups:\n  - group-name: ${'😀'.repeat(64)}\n`],
  ['a key __proto__', 'hosted-runners:\n  - runner-name: a\n    __proto__: x\n']
])('%s: the compiled check and ajv agree on whether the file fits the published schema', (_, text) => {
  const ajv = new Ajv2020({ allowUnionTypes: true })
  const valid = ajv.validate(schema, load(text))
  expect(schemaProblems(parseYaml(text) ?? { kind: 'mapping', entries: [], line: 1 }).length === 0).toBe(
    valid
  )
})

test('values are read by the input parsers: lists stay text, durations and numbers as the inputs read them', () => {
  const fleet = parseFleet(
    `organization: acme
runner-groups:
  - group-name: release
    visibility: selected
    repositories: [app, "acme/a,b", 0123]
hosted-runners:
  - runner-name: r
    image-id: 2306
    maximum-runners: 10
image-retention:
  - custom-image: golden
    keep: 5
    older-than: 30d
prune: true
`.replace('"acme/a,b"', 'acme/infra'),
    FILE,
    'org'
  )
  expect(fleet.groups[0]?.inputs.repositories).toEqual([
    { name: 'app' },
    { owner: 'acme', name: 'infra' },
    { id: 123 }
  ])
  expect(fleet.runners[0]?.inputs).toEqual({ runnerName: 'r', imageId: '2306', maximumRunners: 10 })
  expect(fleet.retention[0]?.inputs).toEqual({
    customImage: { name: 'golden' },
    keep: 5,
    olderThan: 30 * 86_400_000
  })
  expect(fleet.prune).toBe(true)
})

test('every problem of a file is named with its line and key, in one error', () => {
  const text = `runner-groups:
  - group-name: a
    visibility: secret
hosted-runners:
  - runner-name: r
    sise: 4-core
`
  expect(() => parseFleet(text, FILE, 'org')).toThrow(
    `${FILE} has 2 problems: ${FILE} line 3, key 'runner-groups[0].visibility': must be one of all, selected, private; got 'secret'. ` +
      `${FILE} line 6, key 'hosted-runners[0].sise': unknown key. Did you mean 'size'?`
  )
  expect(() => parseFleet('runner-groups:\n  - group-name: a\n  - group-name: a\n', FILE, 'org')).toThrow(
    `${FILE} line 3, key 'runner-groups': declares a again, ignoring case as GitHub does (first at line 2).`
  )
  expect(() =>
    parseFleet(
      'hosted-runners:\n  - runner-name: r\n    image-version: 1.0.0\n    image-id: x\n',
      FILE,
      'org'
    )
  ).toThrow(/line 3, key 'hosted-runners\[0\]\.image-version': is only for custom images/)
})

test("the schema's errors are told at their lines, in the words of the input parsers", () => {
  const text = `prunee: true
runner-groups:
  - visibility: [all]
hosted-runners:
  - runner-name: "a b"
    maximum-runners: 0
    image-version: 1.2
    size:
`
  expect(() => parseFleet(text, FILE, 'org')).toThrow(
    `${FILE} has 7 problems: ` +
      `${FILE} line 1, key 'prunee': unknown key. Did you mean 'prune'? Keys: organization, enterprise, network-configurations, runner-groups, hosted-runners, image-retention, prune, require-reviewed-plan, rollout. ` +
      `${FILE} line 3, key 'runner-groups[0]': needs 'group-name'. ` +
      `${FILE} line 3, key 'runner-groups[0].visibility': must be one of all, selected, private; got a list. ` +
      `${FILE} line 5, key 'hosted-runners[0].runner-name': must be 1–64 characters of a-z A-Z 0-9 . - _; got 'a b'. ` +
      `${FILE} line 6, key 'hosted-runners[0].maximum-runners': must be a positive whole number; got '0'. ` +
      `${FILE} line 7, key 'hosted-runners[0].image-version': must be text; got a number '1.2' (quote it to make it text). ` +
      `${FILE} line 8, key 'hosted-runners[0].size': must be text or a whole number; got empty.`
  )
})

test('an empty item, an alias and a tag are told at their own lines, whatever ends the lines', () => {
  expect(() =>
    parseFleet('hosted-runners:\n  - runner-name: a\n    size: 4-core\n  -\n', FILE, 'org')
  ).toThrow(`${FILE} line 4, key 'hosted-runners[1]': must be a mapping of keys to values; got empty.`)
  expect(() => parseFleet('runner-groups:\n  - group-name: &g a\n  - group-name: *g\n', FILE, 'org')).toThrow(
    `${FILE} line 3: not valid YAML: aliases (*name) are not supported here.`
  )
  expect(() => parseFleet('runner-groups:\n  - group-name: a\n    visibility: !!str\n', FILE, 'org')).toThrow(
    `${FILE} line 3: not valid YAML: YAML tags (!!binary, !custom…) are not supported here: remove the tag.`
  )
  // A lone CR ends a line, as js-yaml counts its own errors' lines.
  expect(() =>
    parseFleet('runner-groups:\r  - group-name: a\r    visibility: secret\r', FILE, 'org')
  ).toThrow(
    `${FILE} line 3, key 'runner-groups[0].visibility': must be one of all, selected, private; got 'secret'.`
  )
})

test('a repeated list item is a warning naming the line, as for an input', () => {
  const fleet = parseFleet('runner-groups:\n  - group-name: g\n    runners: [a, a]\n', FILE, 'org')
  expect(fleet.groups[0]?.inputs.runners).toEqual([{ name: 'a' }])
  expect(fleet.warnings).toEqual([
    `${FILE} line 3: Input 'runners' lists 'a' more than once: it is sent once.`
  ])
})

test('an empty file declares nothing', () => {
  expect(parseFleet('# nothing yet\n', FILE, 'org')).toMatchObject({ groups: [], runners: [], prune: false })
})

// The fleet file: its JSON Schema and the code's vocabulary agree, the runtime check reads the schema as
// a standard validator does, and every value is read as the input of the same name would be.
import Ajv2020 from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { FLEET_SECTIONS, parseFleet, sectionKeys, type Section } from '../src/fleet/config.js'
import { CHECKED_KEYWORDS, check, FLEET_SCHEMA, type SchemaNode } from '../src/fleet/schema-check.js'
import { parseYaml } from '../src/fleet/yaml-tree.js'
import { inputName } from '../src/inputs/formats.js'
import { ROOT } from './support/step.js'

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/hosted-runners.schema.json'), 'utf8'))
const FILE = '.github/hosted-runners.yml'
const item = (section: Section) => schema.$defs[schema.properties[section].items.$ref.replace('#/$defs/', '')]

test.each(Object.keys(FLEET_SECTIONS) as Section[])(
  "%s: the schema's item keys are exactly the inputs its operation reads (less the documented exclusions)",
  (section) => {
    expect(Object.keys(item(section).properties).sort()).toEqual(sectionKeys(section).map(inputName).sort())
  }
)

test('the top-level keys are the three lists and prune', () => {
  expect(Object.keys(schema.properties).sort()).toEqual(
    [...Object.keys(FLEET_SECTIONS), 'prune', 'organization', 'enterprise'].sort()
  )
})

test('the schema is a valid draft 2020-12 schema and uses only the keywords the runtime check reads', () => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true })
  expect(() => ajv.compile(schema)).not.toThrow()
  const DESCRIBING = ['$schema', '$id', '$defs', 'title', 'description']
  const used = new Set<string>()
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' || key === '$defs') Object.values(value as object).forEach(walk)
      else if (key === 'items') walk(value)
      used.add(key)
    }
  }
  walk(schema)
  expect([...used].filter((k) => !CHECKED_KEYWORDS.includes(k) && !DESCRIBING.includes(k))).toEqual([])
  expect(FLEET_SCHEMA).toEqual(schema)
})

test.each([
  ['the sample of the README', readFileSync(join(ROOT, 'examples/fleet.yml'), 'utf8')],
  ['an unknown key', 'hosted-runners:\n  - runner-name: a\n    sise: 4-core\n'],
  ['a wrong type', 'prune: yes\n'],
  ['a number where text is needed', 'hosted-runners:\n  - runner-name: 1.5\n'],
  ['a missing name', 'runner-groups:\n  - visibility: all\n'],
  ['a list of mappings', 'runner-groups:\n  - group-name: g\n    runners:\n      - name: x\n'],
  ['a value out of range', 'hosted-runners:\n  - runner-name: a\n    maximum-runners: 0\n']
])('%s: the runtime check and ajv agree on whether the file fits the schema', (_, text) => {
  const ajv = new Ajv2020({ allowUnionTypes: true })
  const valid = ajv.validate(schema, load(text))
  expect(check(parseYaml(text) ?? { kind: 'mapping', entries: [], line: 1 }).length === 0).toBe(valid)
})

test('values are read by the input parsers: lists stay text, durations and numbers as the inputs read them', () => {
  const fleet = parseFleet(
    `runner-groups:
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
    `${FILE} line 3, key 'runner-groups': declares a again (first at line 2).`
  )
  expect(() =>
    parseFleet(
      'hosted-runners:\n  - runner-name: r\n    image-version: 1.0.0\n    image-id: x\n',
      FILE,
      'org'
    )
  ).toThrow(/line 3, key 'hosted-runners\[0\]\.image-version': is only for custom images/)
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

export type { SchemaNode }

// The published fleet schema refuses what the action refuses: the same accepted and refused files run
// through ajv, through a second JSON Schema implementation (@cfworker/json-schema), and through the
// action's reader, and all three agree. Its reference resolves (written beside the file by `export`),
// and what it offers an editor (defaults, examples) is what the action takes.
import { lstatSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Validator } from '@cfworker/json-schema'
import Ajv2020 from 'ajv/dist/2020.js'
import { DEFAULT_KEEP } from '../src/resources/image-retention/fields.js'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { SCHEMA_COMMENT, SCHEMA_FILE_NAME, SCHEMA_TEXT } from '../src/fleet/schema-file.js'
import { toJson } from '../src/fleet/schema-problems.js'
import { parseYaml } from '../src/fleet/yaml-tree.js'
import { useSimulator } from './support/simulator.js'
import { ROOT, runStep } from './support/step.js'
import { FLEET_FILE, useWorkspace } from './support/workspace.js'

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/hosted-runners.schema.json'), 'utf8')) as {
  properties: Record<string, { default?: unknown }>
  $defs: Record<
    string,
    { properties: Record<string, { examples?: unknown[]; default?: unknown }>; required?: string[] }
  >
}
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema)
const cfworker = new Validator(schema as object, '2020-12', false)

const asJson = (text: string): unknown => {
  const tree = parseYaml(text)
  return tree ? toJson(tree) : {}
}

/** Whether each judge takes the file. */
function verdicts(text: string, scope: 'org' | 'enterprise' = 'org') {
  const data = asJson(text)
  let action = true
  try {
    parseFleet(text, 'fleet.yml', scope)
  } catch {
    action = false
  }
  return { ajv: ajv(data), cfworker: cfworker.validate(data).valid, action }
}

const runner = (keys: string) => `hosted-runners:\n  - runner-name: r\n${keys}`
const retention = (olderThan: string) => `image-retention:\n  - older-than: ${olderThan}\n`

const ACCEPTED: [string, string][] = [
  ['the example fleet', readFileSync(join(ROOT, 'examples/fleet.yml'), 'utf8')],
  ['prune with an organization', 'organization: acme\nprune: true\n'],
  ['prune with an enterprise', 'enterprise: octo-ent\nprune: true\n'],
  ['no owner and no prune', 'runner-groups:\n  - group-name: g\n'],
  ['prune: false without an owner', 'prune: false\n'],
  ['older-than at its bound in days', retention('3650d')],
  ['older-than at its bound in hours', retention('87600h')],
  ['older-than at its bound in minutes', retention('5256000m')],
  ['older-than of seven digits of seconds', retention('9999999')],
  ['older-than as a YAML number', retention('86400')],
  ['older-than with leading zeros', retention('0000030d')],
  ['older-than zero', retention('0')],
  ['keep at its bound', 'image-retention:\n  - keep: 10000\n'],
  [
    'image-version of a custom image',
    runner('    image-id: golden\n    image-source: custom\n    image-version: 1.2.0\n')
  ],
  ['image-version alone (the runner’s image is custom)', runner('    image-version: latest\n')],
  ['image-source with image-id', runner('    image-id: "2306"\n    image-source: github\n')],
  ['a rollout batch of 9999, as a YAML number', 'rollout:\n  batch: 9999\n'],
  ['a rollout batch with leading zeros', 'rollout:\n  batch: "0025%"\n'],
  ['a rollout batch of 100%', 'rollout:\n  batch: 100%\n']
]

const REFUSED: [string, string][] = [
  ['both organization and enterprise', 'organization: acme\nenterprise: octo-ent\n'],
  ['prune without an owner', 'prune: true\n'],
  ['older-than: 9999999d', retention('9999999d')],
  ['older-than one day past its bound', retention('3651d')],
  ['older-than one hour past its bound', retention('87601h')],
  ['older-than one minute past its bound', retention('5256001m')],
  ['older-than of eight digits', retention('"10000000"')],
  ['older-than as a YAML number of eight digits', retention('10000000')],
  ['older-than with a unit the parser does not know', retention('2w')],
  ['keep past its bound', 'image-retention:\n  - keep: 10001\n'],
  ['image-version on a GitHub-owned image', runner('    image-id: "2306"\n    image-version: 1.2.0\n')],
  [
    'image-version on a partner image',
    runner('    image-id: x\n    image-source: partner\n    image-version: 1.2.0\n')
  ],
  ['image-source without image-id', runner('    image-source: custom\n')],
  ['maximum-runners of 0', runner('    maximum-runners: 0\n')],
  ['a runner name with a space', 'hosted-runners:\n  - runner-name: a b\n'],
  ['an unknown key', runner('    sise: 4-core\n')],
  ['a rollout batch of 0', 'rollout:\n  batch: "0"\n'],
  ['a rollout batch of 0%', 'rollout:\n  batch: "0%"\n'],
  ['a rollout batch of 00%', 'rollout:\n  batch: "00%"\n'],
  ['a rollout batch of 150%', 'rollout:\n  batch: "150%"\n'],
  ['a rollout batch of five digits, as a YAML number', 'rollout:\n  batch: 10000\n'],
  ['a blank group name', 'runner-groups:\n  - group-name: " "\n'],
  ['an empty network-settings-id', 'network-configurations:\n  - name: n\n    network-settings-id: ""\n'],
  [
    'a blank network-configuration-id',
    'runner-groups:\n  - group-name: g\n    network-configuration-id: "\\t"\n'
  ],
  ['a list with a blank item', 'runner-groups:\n  - group-name: g\n    runners: [a, " "]\n']
]

test.each(ACCEPTED)('accepted by all three: %s', (_, text) => {
  expect(verdicts(text)).toEqual({ ajv: true, cfworker: true, action: true })
})

test.each(REFUSED)('refused by all three: %s', (_, text) => {
  expect(verdicts(text)).toEqual({ ajv: false, cfworker: false, action: false })
})

test('every older-than the parser reads, and no other, fits the schema', () => {
  const values = [
    ...['s', 'm', 'h', 'd', ''].flatMap((unit) =>
      [
        '0',
        '1',
        '9',
        '10',
        '59',
        '60',
        '99',
        '365',
        '3650',
        '3651',
        '87600',
        '87601',
        '5256000',
        '5256001',
        '9999999'
      ].map((count) => `${count}${unit}`)
    ),
    '00',
    '0030d',
    '00000030d',
    '12x',
    'd',
    '-1d',
    '1.5h',
    ' 1d'
  ]
  const disagreements = values.filter((value) => {
    const text = retention(JSON.stringify(value))
    const { ajv, cfworker, action } = verdicts(text)
    return !(ajv === action && cfworker === action)
  })
  expect(disagreements).toEqual([])
})

const SCOPED: [string, string, 'org' | 'enterprise', boolean][] = [
  [
    'an enterprise group that is private',
    'enterprise: octo-ent\nrunner-groups:\n  - group-name: g\n    visibility: private\n',
    'enterprise',
    false
  ],
  [
    'repositories in an enterprise file',
    'enterprise: octo-ent\nrunner-groups:\n  - group-name: g\n    repositories: [app]\n',
    'enterprise',
    false
  ],
  [
    'organizations in an organization file',
    'organization: acme\nrunner-groups:\n  - group-name: g\n    organizations: [acme]\n',
    'org',
    false
  ],
  [
    'an organization group that is private',
    'organization: acme\nrunner-groups:\n  - group-name: g\n    visibility: private\n',
    'org',
    true
  ],
  [
    'organizations in an enterprise file',
    'enterprise: octo-ent\nrunner-groups:\n  - group-name: g\n    organizations: [acme]\n    visibility: selected\n',
    'enterprise',
    true
  ]
]

test.each(SCOPED)(
  "the owner the file names decides its groups' keys, for all three: %s",
  (_, text, scope, taken) => {
    expect(verdicts(text, scope)).toEqual({ ajv: taken, cfworker: taken, action: taken })
  }
)

test('every rollout batch the parser reads, and no other, fits the schema', () => {
  const values = [
    '0',
    '1',
    '9',
    '01',
    '0001',
    '9999',
    '10000',
    '00000',
    '%',
    '1%',
    '01%',
    '100%',
    '0100%',
    '101%'
  ]
  const disagreements = [...values, ...values.map((value) => ` ${value}`)].filter((value) => {
    const { ajv, cfworker, action } = verdicts(`rollout:\n  batch: ${JSON.stringify(value)}\n`)
    return !(ajv === action && cfworker === action)
  })
  expect(disagreements).toEqual([])
})

test('a value that is empty or blank, or a list item that is, is refused by all three, for every key of every item', () => {
  const items = Object.entries(schema.$defs).map(([item, def]) => ({ item, def }))
  const sections: Record<string, string> = {
    'network-configuration': 'network-configurations',
    'runner-group': 'runner-groups',
    'hosted-runner': 'hosted-runners',
    'image-retention': 'image-retention'
  }
  expect(Object.keys(sections).sort()).toEqual(items.map(({ item }) => item).sort())
  const disagreements: string[] = []
  let tried = 0
  for (const { item, def } of items)
    for (const key of Object.keys(def.properties))
      for (const value of ['""', '" "', '"\\t"', '[""]', '[a, " "]']) {
        const name = def.required?.[0] && def.required[0] !== key ? `    ${def.required[0]}: x\n` : ''
        const text = `${sections[item]}:\n  - ${key}: ${value}\n${name}`
        const scope = key === 'organizations' ? 'enterprise' : 'org'
        const verdict = verdicts(text, scope)
        tried++
        // A value the action refuses, the schema refuses: an editor shows it before a run does.
        if (!verdict.action && (verdict.ajv || verdict.cfworker))
          disagreements.push(`${item}.${key}: ${value}`)
      }
  expect(tried).toBeGreaterThan(100)
  expect(disagreements).toEqual([])
})

test("an empty value is told in the reader's words, at its line", () => {
  expect(() =>
    parseFleet('runner-groups:\n  - group-name: g\n    network-configuration-id: " "\n', 'fleet.yml', 'org')
  ).toThrow("fleet.yml line 3, key 'runner-groups[0].network-configuration-id': has no value.")
})

test('every example the schema offers an editor is a value the action takes', () => {
  const items = {
    'runner-group': 'runner-groups',
    'hosted-runner': 'hosted-runners',
    'image-retention': 'image-retention'
  }
  const offered: string[] = []
  for (const [item, section] of Object.entries(items)) {
    const { properties, required = [] } = schema.$defs[item] as (typeof schema.$defs)[string]
    for (const [key, { examples = [] }] of Object.entries(properties))
      for (const example of examples) {
        const name = required[0] && required[0] !== key ? `    ${required[0]}: x\n` : ''
        const text = `${section}:\n  - ${key}: ${JSON.stringify(example)}\n${name}`
        // An enterprise's groups hold organizations; an organization's, repositories.
        const scope = key === 'organizations' ? 'enterprise' : 'org'
        offered.push(`${item}.${key}`)
        expect({ text, ...verdicts(text, scope) }).toEqual({ text, ajv: true, cfworker: true, action: true })
      }
  }
  expect(offered).toEqual(
    expect.arrayContaining([
      'hosted-runner.image-id',
      'image-retention.older-than',
      'runner-group.repositories'
    ])
  )
  expect(schema.$defs['image-retention']?.properties.keep?.default).toBe(DEFAULT_KEEP)
  expect(schema.$defs['hosted-runner']?.properties['image-source']?.default).toBe('github')
  expect(schema.properties.prune?.default).toBe(false)
})

describe('the schema reference', () => {
  const sim = useSimulator({ readyAfterPolls: 0 })
  const workspace = useWorkspace()
  const exportFleet = () => runStep({ operation: 'export' }, sim().url, { GITHUB_WORKSPACE: workspace().dir })
  const beside = () => join(workspace().dir, dirname(FLEET_FILE), SCHEMA_FILE_NAME)

  it('export writes the schema beside the fleet file, which names it by a relative path', async () => {
    const run = await exportFleet()
    expect(run.errors).toEqual([])
    expect(workspace().readFleet().split('\n')[0]).toBe(SCHEMA_COMMENT)
    expect(SCHEMA_COMMENT).toBe(`# yaml-language-server: $schema=${SCHEMA_FILE_NAME}`)
    expect(JSON.parse(readFileSync(beside(), 'utf8'))).toEqual(schema)
  })

  it('export leaves another file of that name as it is, saying so; the same schema silently', async () => {
    writeFileSync(beside(), SCHEMA_TEXT)
    expect((await exportFleet()).warnings).toEqual([])
    rmSync(join(workspace().dir, FLEET_FILE))
    writeFileSync(beside(), '{"mine": true}\n')
    const kept = await exportFleet()
    expect(kept.errors).toEqual([])
    expect(kept.warnings).toEqual([
      expect.stringContaining(
        `${SCHEMA_FILE_NAME} beside ${FLEET_FILE} is not this release's schema: left as it is`
      )
    ])
    expect(readFileSync(beside(), 'utf8')).toBe('{"mine": true}\n')
    rmSync(join(workspace().dir, FLEET_FILE))
    rmSync(beside())
    symlinkSync(join(workspace().dir, 'elsewhere.json'), beside())
    expect((await exportFleet()).warnings).toHaveLength(1)
    expect(lstatSync(beside()).isSymbolicLink()).toBe(true)
    expect(existsSync(join(workspace().dir, 'elsewhere.json'))).toBe(false)
  })

  it('resolves wherever the README and the examples give it: no placeholder', () => {
    const docs = readdirSync(join(ROOT, 'docs')).map((file) => `docs/${file}`)
    const examples = readdirSync(join(ROOT, 'examples')).map((file) => `examples/${file}`)
    const files = ['README.md', ...docs, ...examples]
    const references = files.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/yaml-language-server: \$schema=(\S+)/g)].map(
        (m) => ({
          file,
          target: m[1] as string
        })
      )
    )
    expect(references.length).toBeGreaterThanOrEqual(2)
    for (const { file, target } of references) {
      // The docs show the file as export writes it, the schema beside it; an example names the repository's.
      const path = file.startsWith('examples/')
        ? join(ROOT, dirname(file), target)
        : join(ROOT, 'schema', target)
      expect({ file, target, found: existsSync(path) }).toEqual({ file, target, found: true })
    }
  })
})

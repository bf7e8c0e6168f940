// The derived files (`npm run generate`): committed fresh, the compiled validator standing alone, and
// each format's schema fragment accepting whatever its parser accepts.
import Ajv2020 from 'ajv/dist/2020.js'
import { load } from 'js-yaml'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FLEET_SECTIONS, FLEET_TOP_KEYS } from '../src/fleet/fleet-keys.js'
import { toJson } from '../src/fleet/schema-problems.js'
import { parseYaml } from '../src/fleet/yaml-tree.js'
import { inputName, type Parser } from '../src/inputs/formats.js'
import { VALUE_INPUTS } from '../src/inputs/vocabulary.js'
import { ROOT } from './support/step.js'
import { FLEET_MARKERS, renderFleetSections } from '../scripts/generate-usage.mjs'
import { fleetSections } from '../scripts/generate-catalogue.mjs'
import { KINDS } from '../src/resources/index.js'
import { fleetKeysOf, inputOfKey } from '../src/resources/kind.js'

test('every derived file is fresh: `npm run generate` would change none', () => {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/generate.mjs', '--check'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' })
}, 60_000)

test("docs/reference.md has a section per registered kind: its key, description and a table of its keys with each one's input", () => {
  const reference = readFileSync(join(ROOT, 'docs/reference.md'), 'utf8')
  const [start, end] = FLEET_MARKERS as [string, string]
  const generated = reference.slice(reference.indexOf(start), reference.indexOf(end))
  const headings = [...generated.matchAll(/^### `([a-z-]+):`$/gm)].map((m) => m[1])
  expect(headings).toEqual(KINDS.map(({ kind }) => kind.section))
  const actionInputs = Object.keys(
    (load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs
  )
  for (const { kind } of KINDS) {
    const own = generated.split(`### \`${kind.section}:\``)[1]?.split('### ')[0] ?? ''
    expect(own).toContain(kind.description)
    const rows = [...own.matchAll(/^\| `([a-z-]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]])
    expect(rows).toEqual(
      fleetKeysOf(kind).map((key) => {
        const input = inputName(inputOfKey(kind, key) as string)
        return [
          key,
          actionInputs.includes(input) ? `[\`${input}\`](#inputs)` : `\`${input}\`, of the fleet file only`
        ]
      })
    )
  }
})

test('a kind registered, or a key added, changes the reference, so `npm run generate -- --check` calls it stale', () => {
  const action = readFileSync(join(ROOT, 'action.yml'), 'utf8')
  const sections = fleetSections()
  const now = renderFleetSections(sections, action)
  const more = [
    ...sections,
    { section: 'new-kind', description: 'A new kind.', keys: [{ key: 'size', input: 'size' }] }
  ]
  expect(renderFleetSections(more, action)).toContain('### `new-kind:`\n\nA new kind.')
  const oneKeyMore = sections.map((s, i) =>
    i === 0 ? { ...s, keys: [...s.keys, { key: 'x', input: 'x' }] } : s
  )
  expect(renderFleetSections(oneKeyMore, action)).not.toBe(now)
})

test('the compiled validator loads no library, and the bundle holds no ajv', () => {
  const validator = readFileSync(join(ROOT, 'src/generated/schema-validator.js'), 'utf8')
  expect(validator).not.toMatch(/\brequire\s*\(|^\s*import\b|\bimport\s*\(/m)
  expect(validator).toMatch(/^export default validate\d+$/m)
  const bundle = readFileSync(join(ROOT, 'dist/index.js'), 'utf8')
  expect(bundle).not.toMatch(/ajv/i)
})

// YAML values as a fleet file may give them; each is read as the file reader reads it.
const SAMPLES = [
  '0',
  '5',
  '-1',
  '1.5',
  '10001',
  'true',
  'False',
  'yes',
  'abc',
  '"2306"',
  '2306',
  '4-core',
  '30d',
  '90',
  '15m',
  '1.2.3',
  '"1.2.3"',
  'a b',
  'acme/app',
  'all',
  'selected',
  '[a, 12, acme/app]',
  '[-1, x]',
  '[]',
  '"a, b"',
  `${'x'.repeat(64)}`,
  `${'x'.repeat(65)}`,
  `${'😀'.repeat(40)}`,
  'octo/app/.github/workflows/d.yml@refs/heads/main'
]

const formats: Array<[string, Parser<unknown>]> = [
  ...Object.entries(FLEET_TOP_KEYS).map(([key, { format }]): [string, Parser<unknown>] => [key, format]),
  ...[...new Set(Object.values(FLEET_SECTIONS).flatMap((s) => s.inputs))].map(
    (key): [string, Parser<unknown>] => [inputName(key), VALUE_INPUTS[key] as Parser<unknown>]
  )
]

// The parsers read text and cannot see YAML's types; the schema adds them (`keep: "5"` is text, not a
// number). Beyond that, its rules never refuse a value the parser reads.
test.each(formats)(
  '%s: the schema fragment refuses no value the parser reads, but by its YAML type',
  (name, parse) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })
    const fits = ajv.compile(parse.schema)
    const refused: string[] = []
    for (const sample of SAMPLES) {
      const tree = parseYaml(`v: ${sample}\n`)
      const node = tree?.kind === 'mapping' ? tree.entries[0]?.value : undefined
      if (!node || node.kind === 'mapping') throw new Error(`sample ${sample}`)
      // What the file reader hands the parser: a scalar's text, a list's item texts as a flow list.
      const raw =
        node.kind === 'sequence'
          ? JSON.stringify(node.items.map((item) => (item.kind === 'scalar' ? item.text : '')))
          : node.text
      let accepted = true
      try {
        parse(raw, name)
      } catch {
        accepted = false
      }
      if (accepted && !fits(toJson(node)) && fits.errors?.some((e) => e.keyword !== 'type'))
        refused.push(`${sample}: ${fits.errors?.map((e) => e.message).join(', ')}`)
    }
    expect(refused).toEqual([])
  }
)

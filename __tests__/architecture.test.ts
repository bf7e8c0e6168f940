// The layout shows the pipeline: folders import one way only (no cycle between folders or files), and
// every source file stays short enough to read in one sitting, and every test file too.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const SRC = resolve('src')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

const files = sources(SRC)
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)]
    .map((m) => resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')))
    .filter((target) => target.startsWith(SRC) && target.endsWith('.ts'))
const folderOf = (file: string) => {
  const parts = relative(SRC, file).split('/')
  return parts.length > 1 ? (parts[0] as string) : '(root)'
}

/** A cycle in the graph, as the names along it, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node]
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

function graphOf(key: (file: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of files) {
    const from = key(file)
    const edges = graph.get(from) ?? new Set<string>()
    for (const target of importsOf(file)) if (key(target) !== from) edges.add(key(target))
    graph.set(from, edges)
  }
  return graph
}

/**
 * Which folders each folder may import: the pipeline inputs → lookups → resolve → plan (core) → engine
 * (gate, execute) → report, with common/, github/ and generated/ beneath every stage, and the sinks
 * (operations/, cli/, the entry) on top. An import that is not in the table runs against the pipeline.
 */
const ALLOWED: Record<string, string[]> = {
  common: [],
  // The command line's catalogue names a type of the settings reader.
  generated: ['inputs'],
  github: ['common'],
  inputs: ['common'],
  // A kind (src/resources/) holds its own lookup; the name resolver delegates to it.
  lookups: ['common', 'github', 'inputs', 'resources'],
  resources: ['common', 'github', 'inputs', 'core'],
  // The facts a runner write is checked against feed the hosted runner kind's rules (resources/hosted-runner/).
  resolve: ['common', 'github', 'inputs', 'lookups', 'resources', 'core'],
  core: ['common', 'github', 'inputs'],
  // The plan of `apply` (engine/fleet-plan.ts) plans each kind by the kind's own rows (design: the engine uses resources).
  engine: ['common', 'github', 'resources', 'core'],
  // The wait for a runner reads it by its kind's route (resources/hosted-runner/routes.ts).
  execute: ['common', 'github', 'inputs', 'resources', 'core', 'engine', 'report'],
  report: ['common', 'github', 'inputs', 'core', 'engine'],
  // The fleet file resolved into the wanted and live fleet that the engine's plan of `apply` takes.
  fleet: [
    'common',
    'generated',
    'github',
    'inputs',
    'lookups',
    'resolve',
    'resources',
    'core',
    'engine',
    'report'
  ],
  operations: [
    'common',
    'github',
    'inputs',
    'lookups',
    'resolve',
    'resources',
    'core',
    'engine',
    'execute',
    'report',
    'fleet'
  ],
  cli: ['(root)', 'common', 'generated', 'github', 'inputs', 'operations', 'report', 'engine'],
  '(root)': ['common', 'github', 'inputs', 'lookups', 'operations', 'report', 'engine', 'execute']
}

test('every folder imports only what the table allows it (the pipeline), and there is no cycle between them', () => {
  const graph = graphOf(folderOf)
  expect([...graph.keys()].sort()).toEqual(Object.keys(ALLOWED).sort())
  const against = [...graph].flatMap(([from, targets]) =>
    [...targets].filter((to) => !(ALLOWED[from] ?? []).includes(to)).map((to) => `${from} → ${to}`)
  )
  expect(against).toEqual([])
  expect(findCycle(graph)).toBeUndefined()
})

test('the four imports issue 25 found against the pipeline are gone', () => {
  const edges = (file: string) => importsOf(join(SRC, file)).map((target) => folderOf(target))
  expect(files.map((f) => relative(SRC, f))).not.toContain('execute/context.ts')
  expect(edges('core/planned-write.ts')).not.toContain('report')
  expect(edges('lookups/name-resolver.ts')).not.toContain('report')
  for (const file of files.filter((f) => folderOf(f) === 'lookups'))
    expect(importsOf(file).map(folderOf)).not.toContain('core')
  for (const file of files.filter((f) => folderOf(f) === 'execute'))
    expect(importsOf(file).map(folderOf)).not.toContain('lookups')
})

test('core/ plans without I/O: it imports no lookup, executor, operation, fleet reader or client', () => {
  const core = graphOf(folderOf).get('core') ?? new Set()
  expect(
    [...core].filter((folder) => ['lookups', 'execute', 'operations', 'fleet'].includes(folder))
  ).toEqual([])
  for (const file of files.filter((f) => folderOf(f) === 'core'))
    expect(readFileSync(file, 'utf8')).not.toMatch(/from '(node:|@actions|@octokit)/)
})

test('fleet/ and operations/ meet only in core/: the fleet reader imports no operation', () => {
  expect([...(graphOf(folderOf).get('fleet') ?? [])]).not.toContain('operations')
})

test('a kind (src/resources/) uses the request layer and the plan model, never a lookup, the fleet reader or an operation', () => {
  const resources = graphOf(folderOf).get('resources') ?? new Set()
  expect(
    [...resources].filter((folder) => ['lookups', 'fleet', 'operations', 'execute', 'cli'].includes(folder))
  ).toEqual([])
})

test('no import cycle between source files', () => {
  expect(findCycle(graphOf((file) => relative(SRC, file)))).toBeUndefined()
})

/** What `npm run generate` writes lives in src/generated/ (each file says so in its first line): exempt. */
const GENERATED = 'generated'

test('every source file, .ts or .js, is under 300 lines; only generated files are exempt', () => {
  const all = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? all(path) : /\.(ts|js|mjs)$/.test(path) ? [path] : []
    })
  const generated = all(join(SRC, GENERATED))
  expect(generated.map((file) => relative(SRC, file)).sort()).toEqual([
    'generated/action-yml.ts',
    'generated/catalogue.ts',
    'generated/schema-validator.js'
  ])
  for (const file of generated)
    expect(readFileSync(file, 'utf8').split('\n').slice(0, 3).join('\n')).toMatch(
      /^\/\/ Generated .*by `npm run generate`/
    )
  const long = all(SRC)
    .filter((file) => folderOf(file) !== GENERATED)
    .map((file) => [relative(SRC, file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
    .filter(([, lines]) => lines >= 300)
  expect(long).toEqual([])
})

test('every test file, and every test helper, is under 600 lines', () => {
  const tests = resolve('__tests__')
  const long = sources(tests)
    .map((file) => [relative(tests, file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
    .filter(([, lines]) => lines >= 600)
  expect(long).toEqual([])
})

/** The executor, and the gateway that defines the write. */
const WRITERS = ['engine/execute.ts', 'github/request-gateway.ts']
/** Text sinks: their `.write(` is a stream's or the summary's, never the client's. */
const TEXT_SINKS = ['cli/command.ts', 'cli/status-line.ts', 'cli/terminal-io.ts', 'report/summary-writer.ts']

test('only the executor calls the client write methods: every write the action sends is a change of a plan', () => {
  const callers = files
    .filter((file) => !WRITERS.includes(relative(SRC, file)))
    .filter((file) => {
      const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')
      const writes = /\.\s*write\s*(<[^>]*>)?\s*\(|\bgateway\b[^;\n]*\[\s*'write'\s*\]/.test(text)
      return TEXT_SINKS.includes(relative(SRC, file)) ? /gateway\s*\.\s*write\b/.test(text) : writes
    })
    .map((file) => relative(SRC, file))
  expect(callers).toEqual([])
  // The net catches what it is for: the executor itself is caught by it.
  expect(readFileSync(join(SRC, 'engine/execute.ts'), 'utf8')).toMatch(/gateway\.write\(/)
})

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

test('the source folders follow the pipeline: no import cycle between them', () => {
  const graph = graphOf(folderOf)
  expect([...graph.keys()].sort()).toEqual(
    [
      '(root)',
      'cli',
      'common',
      'core',
      'execute',
      'fleet',
      'github',
      'inputs',
      'lookups',
      'operations',
      'report'
    ].sort()
  )
  expect(findCycle(graph)).toBeUndefined()
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

test('no import cycle between source files', () => {
  expect(findCycle(graphOf((file) => relative(SRC, file)))).toBeUndefined()
})

test('every source file is under 300 lines', () => {
  const long = files
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

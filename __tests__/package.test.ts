// The package users install: `npm pack` of a fresh clone (what is committed, nothing else), unpacked
// alone in an empty folder with no node_modules anywhere, runs `hosted-runners` as package.json's bin
// names it, on Node 24: its help, and a real operation against the simulator (the client's code too).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { useSimulator } from './support/simulator.js'
import { ROOT, runOnNode24, TOKEN } from './support/step.js'
import { tempDir } from './support/temp.js'

interface Manifest {
  name: string
  private?: boolean
  dependencies?: Record<string, string>
  bin: Record<string, string>
  files: string[]
}

let alone: string
let packed: string[]
let manifest: Manifest

beforeAll(() => {
  const work = tempDir('package-')
  const clone = join(work, 'clone')
  execFileSync('git', ['clone', '--quiet', '--depth', '1', pathToFileURL(ROOT).href, clone])
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true' }
  })
  const [report] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>
  if (!report) throw new Error(`npm pack printed no report: ${out}`)
  packed = report.files.map((file) => file.path)
  alone = join(work, 'alone')
  mkdirSync(alone)
  execFileSync('tar', ['-xzf', join(work, report.filename), '-C', alone])
  manifest = JSON.parse(readFileSync(join(alone, 'package/package.json'), 'utf8')) as Manifest
}, 60_000)

test('package.json: publishable, with nothing to install beside the bundles', () => {
  expect(manifest.private).toBeUndefined()
  expect(manifest.name).toBe('hosted-runners')
  expect(manifest.bin).toEqual({ 'hosted-runners': 'dist/cli.js' })
  // dist/ bundles every library it runs: a dependency would only make `npm install` fetch it for nothing.
  expect(manifest.dependencies ?? {}).toEqual({})
})

test('the README and docs/ install and run the package under its name', () => {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>
  }
  const texts = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((file) => `docs/${file}`)].map((file) =>
    readFileSync(join(ROOT, file), 'utf8')
  )
  const installs: string[][] = []
  const runs: string[] = []
  for (const text of texts) {
    // `npm install [flags] [names]`: the names before a comment, a backtick or the line's end.
    for (const [, words] of text.matchAll(/\bnpm (?:install|i)\b([^\n`#]*)/g))
      installs.push((words as string).split(/\s+/).filter((word) => word !== '' && !word.startsWith('-')))
    for (const [, name] of text.matchAll(/\bnpx (?:-\S+ )*([^\s`]+)/g)) runs.push(name as string)
  }
  // A bare `npm install` is a clone's; any other installs the package by its name.
  expect(installs.filter((names) => names.length > 0)).toEqual(expect.arrayContaining([['hosted-runners']]))
  for (const names of installs.filter((n) => n.length > 0)) expect(names).toEqual(['hosted-runners'])
  // npx runs the package, or in a clone a devDependency (`npx jest`, `npx prettier`).
  expect(runs).toContain('hosted-runners')
  for (const name of runs)
    expect({ name, known: name === 'hosted-runners' || name in root.devDependencies }).toEqual({
      name,
      known: true
    })
})

test('the tarball holds what users need, and none of the sources or tests', () => {
  expect(packed).toEqual(
    expect.arrayContaining([
      'package.json',
      'README.md',
      'LICENSE',
      'action.yml',
      'dist/index.js',
      'dist/cli.js',
      'dist/package.json',
      'schema/hosted-runners.schema.json'
    ])
  )
  // Every file dist/ has in the clone, chunks included (ncc may split one off).
  for (const file of readdirSync(join(ROOT, 'dist'))) expect(packed).toContain(`dist/${file}`)
  expect(packed.filter((path) => /^(src|__tests__|simulator|scripts|node_modules)\//.test(path))).toEqual([])
})

test('unpacked alone, `hosted-runners --help` answers with the operations', async () => {
  expect(existsSync(join(alone, 'node_modules'))).toBe(false)
  expect(existsSync(join(alone, 'package/node_modules'))).toBe(false)
  const bin = join(alone, 'package', manifest.bin['hosted-runners'] as string)
  expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  const run = await runOnNode24([bin, '--help'], { PATH: process.env.PATH }, alone)
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
  expect(run.stdout).toMatch(/hosted-runners/)
  for (const operation of ['list-runners', 'apply', 'export', 'cleanup-image-versions'])
    expect(run.stdout).toContain(operation)
})

const sim = useSimulator()

test('unpacked alone, `hosted-runners list-runners` reads the runners from the API', async () => {
  sim().seed.runner({ name: 'packed-linux' })
  const bin = join(alone, 'package', manifest.bin['hosted-runners'] as string)
  const run = await runOnNode24(
    [bin, 'list-runners', '--org', 'acme', '--api-url', sim().url, '--json'],
    { PATH: process.env.PATH, GH_TOKEN: TOKEN },
    alone
  )
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
  expect((JSON.parse(run.stdout) as Array<{ name: string }>).map((runner) => runner.name)).toEqual([
    'packed-linux'
  ])
})

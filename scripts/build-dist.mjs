#!/usr/bin/env node
// Builds dist/ as it is committed: two ncc bundles, so that the action loads nothing of the command line.
//   dist/index.js   the action (action.yml's runs.main), from src/index.ts
//   dist/cli.js     the command line (package.json's bin), from src/cli/index.ts: what answers --help,
//                   --version and usage errors, which load no client
//   dist/N.index.js the command line's chunks, which ncc splits at its dynamic import() of the run
//                   (src/cli/command.ts): cli.js loads them, by these names, only to run an operation
//   dist/package.json  as ncc writes it, the same for both bundles
//   dist/licenses.txt  the licenses of every package either bundle holds, each once
//
//   node scripts/build-dist.mjs [OUT]   builds into OUT (default dist/); `npm run package` runs it
//
// A build takes half a minute, and the freshness checks (the bundle test, the release script) build
// what `npm run package` built already: a build is kept under node_modules/.cache, keyed by a hash of
// everything it is made from (src/, schema/, scripts/, package.json, package-lock.json, tsconfig.json
// and the Node version), and the same inputs get those files again instead of a second build.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The named files of dist/; beside them, the command line's chunks. The freshness checks compare every file. */
export const DIST_FILES = ['index.js', 'cli.js', 'package.json', 'licenses.txt']
const NCC_FILES = ['index.js', 'package.json', 'licenses.txt']
/** A chunk as ncc names it (webpack's chunk id, then the entry's name). */
export const CHUNK = /^\d+\.index\.js$/

function ncc(entry, out) {
  const bin = join(ROOT, 'node_modules', '.bin', 'ncc')
  const args = ['build', entry, '-o', out, '--minify', '--transpile-only', '--license', 'licenses.txt']
  execFileSync(bin, [...args, '--quiet'], { cwd: ROOT, stdio: 'pipe' })
}

const CACHE = join(ROOT, 'node_modules', '.cache', 'hosted-runners-dist')
/** Builds kept: the newest few (a branch and main, before and after a change). */
const KEPT_BUILDS = 4
const BUILD_INPUTS = ['src', 'schema', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']

function filesUnder(path) {
  const full = join(ROOT, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [path]
  return readdirSync(full).flatMap((name) => filesUnder(join(path, name)))
}

/**
 * A hash of every file the bundles are built from, of the Node that builds them, and of where the
 * packages really are: ncc names the command line's chunks by module paths, so a checkout whose
 * node_modules links to another (a test's throwaway clone) builds other chunk names from the same files.
 */
function inputsHash() {
  const modules = relative(ROOT, realpathSync(join(ROOT, 'node_modules')))
  const hash = createHash('sha256').update(process.version).update(`\0${modules}\0`)
  for (const file of BUILD_INPUTS.flatMap(filesUnder).sort())
    hash.update(`\0${file}\0`).update(readFileSync(join(ROOT, file)))
  return hash.digest('hex')
}

/** Replaces `out`'s files with `from`'s, as a build would (ncc empties its output folder). */
function copyBuild(from, out) {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  for (const file of readdirSync(from)) copyFileSync(join(from, file), join(out, file))
}

/** Keeps `out` as the build of `key` (written aside, then renamed: two builds at once cannot mix), and the newest few. */
function keep(key, out) {
  mkdirSync(CACHE, { recursive: true })
  const aside = mkdtempSync(join(CACHE, 'writing-'))
  copyBuild(out, aside)
  try {
    renameSync(aside, join(CACHE, key))
  } catch {
    rmSync(aside, { recursive: true, force: true })
  }
  const builds = readdirSync(CACHE)
    .filter((name) => /^[0-9a-f]{64}$/.test(name))
    .map((name) => ({ name, at: statSync(join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  for (const old of builds.slice(KEPT_BUILDS)) rmSync(join(CACHE, old.name), { recursive: true, force: true })
}

/** Builds both bundles into `out`, or copies the kept build of the same inputs. */
export function buildDist(out = join(ROOT, 'dist')) {
  const key = inputsHash()
  const kept = join(CACHE, key)
  if (existsSync(kept)) return copyBuild(kept, out)
  build(out)
  keep(key, out)
}

/** Builds both bundles into `out`; throws when a bundle holds a file it should not (the action's, a chunk). */
function build(out) {
  // ncc empties its output folder: the command line is built aside, then its one file moved in.
  const aside = mkdtempSync(join(tmpdir(), 'cli-dist-'))
  try {
    // What a build before this one left (a chunk of another name) goes: dist/ is this build's files only.
    rmSync(out, { recursive: true, force: true })
    ncc('src/index.ts', out)
    ncc('src/cli/index.ts', aside)
    const actionExtra = readdirSync(out).filter((file) => !NCC_FILES.includes(file))
    if (actionExtra.length > 0)
      throw new Error(
        `the action's bundle is more than one file (${actionExtra.join(', ')}): no dynamic import() in the action`
      )
    const chunks = readdirSync(aside).filter((file) => !NCC_FILES.includes(file))
    const strange = chunks.filter((file) => !CHUNK.test(file))
    if (strange.length > 0)
      throw new Error(`the command line's bundle holds files that are not chunks: ${strange.join(', ')}`)
    if (readFileSync(join(aside, 'package.json'), 'utf8') !== readFileSync(join(out, 'package.json'), 'utf8'))
      throw new Error("the command line's package.json differs from the action's: dist/ has one for both")
    // One licenses.txt for both bundles: every package either bundles, once, by name.
    writeFileSync(
      join(out, 'licenses.txt'),
      mergedLicenses(
        [join(out, 'licenses.txt'), join(aside, 'licenses.txt')].map((f) => readFileSync(f, 'utf8'))
      )
    )
    copyFileSync(join(aside, 'index.js'), join(out, 'cli.js'))
    for (const chunk of chunks) copyFileSync(join(aside, chunk), join(out, chunk))
  } finally {
    rmSync(aside, { recursive: true, force: true })
  }
}

/** ncc's licenses.txt files as one: their entries (a package's name, its license's name, its text), each package once, by name. */
function mergedLicenses(texts) {
  const entries = new Map()
  for (const text of texts)
    for (const entry of text.trim().split(/\n\n(?=[@a-z][^\n]*\n[\w.()+ -]+\n)/))
      entries.set(entry.split('\n')[0], entry)
  return `${[...entries.keys()]
    .sort()
    .map((name) => entries.get(name))
    .join('\n\n')}\n`
}

/** The files of `out` that differ from dist/, or are missing from either. */
export function staleFiles(out) {
  const dist = join(ROOT, 'dist')
  const names = new Set([...DIST_FILES, ...readdirSync(dist), ...readdirSync(out)])
  return [...names].filter((file) => {
    try {
      return readFileSync(join(out, file), 'utf8') !== readFileSync(join(dist, file), 'utf8')
    } catch {
      return true
    }
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  try {
    buildDist(process.argv[2])
  } catch (error) {
    console.error(`build-dist: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}

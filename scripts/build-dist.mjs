#!/usr/bin/env node
// Builds dist/ as it is committed: two ncc bundles, so that the action loads nothing of the command line.
//   dist/index.js   the action (action.yml's runs.main), from src/index.ts
//   dist/cli.js     the command line (package.json's bin), from src/cli/index.ts
//   dist/package.json, dist/licenses.txt   as ncc writes them, the same for both bundles
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
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Every file of dist/: what the freshness checks compare. */
export const DIST_FILES = ['index.js', 'cli.js', 'package.json', 'licenses.txt']
const NCC_FILES = ['index.js', 'package.json', 'licenses.txt']

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

/** A hash of every file the bundles are built from, and of the Node that builds them. */
function inputsHash() {
  const hash = createHash('sha256').update(process.version)
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

/** Builds both bundles into `out`; throws when the command line's bundle is not one file like the action's. */
function build(out) {
  // ncc empties its output folder: the command line is built aside, then its one file moved in.
  const aside = mkdtempSync(join(tmpdir(), 'cli-dist-'))
  try {
    ncc('src/index.ts', out)
    ncc('src/cli/index.ts', aside)
    const extra = readdirSync(aside).filter((file) => !NCC_FILES.includes(file))
    if (extra.length > 0)
      throw new Error(
        `the command line's bundle is more than one file (${extra.join(', ')}): no dynamic import() in src/cli`
      )
    for (const file of ['package.json', 'licenses.txt']) {
      if (readFileSync(join(aside, file), 'utf8') !== readFileSync(join(out, file), 'utf8'))
        throw new Error(
          `the command line's ${file} differs from the action's: dist/ has one ${file} for both`
        )
    }
    copyFileSync(join(aside, 'index.js'), join(out, 'cli.js'))
  } finally {
    rmSync(aside, { recursive: true, force: true })
  }
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

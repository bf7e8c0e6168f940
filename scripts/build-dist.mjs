#!/usr/bin/env node
// Builds dist/ as it is committed: two ncc bundles, so that the action loads nothing of the command line.
//   dist/index.js   the action (action.yml's runs.main), from src/index.ts
//   dist/cli.js     the command line (package.json's bin), from src/cli/index.ts
//   dist/package.json, dist/licenses.txt   as ncc writes them, the same for both bundles
//
//   node scripts/build-dist.mjs [OUT]   builds into OUT (default dist/); `npm run package` runs it
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs'
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

/** Builds both bundles into `out`; throws when the command line's bundle is not one file like the action's. */
export function buildDist(out = join(ROOT, 'dist')) {
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

#!/usr/bin/env node
// Tags a release as GitHub Actions are released: an annotated tag vX.Y.Z on HEAD, and the major tag vX
// moved to it, so that `@v1` users get the release and `@vX.Y.Z` (or its commit SHA) stays fixed.
//
//   npm run release -- 1.2.0                 checks, then tags locally; pushes nothing
//   npm run release -- 1.2.0 --push          also pushes both tags (vX with --force) to origin
//   options: --remote=<name> (default origin), --skip-tests (for the release script's own test)
//
// It refuses, tagging nothing, when: the version is not X.Y.Z; package.json or CHANGELOG.md do not
// say it; tracked files have uncommitted changes; the tag exists or is not newer than the latest
// release; dist/ is not what ncc builds from src/ now, or a derived file (`npm run generate`: the schema,
// its compiled validator, the generated reference docs/reference.md, the command line's copy of
// action.yml) is stale; `npm publish --dry-run` refuses the package, or its tarball lacks a file users
// need; npm test fails.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDist, staleFiles } from './build-dist.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

class Refusal extends Error {}

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()

function parseArgs(argv) {
  const options = { push: false, skipTests: false, remote: 'origin', version: undefined }
  for (const arg of argv) {
    if (arg === '--push') options.push = true
    else if (arg === '--skip-tests') options.skipTests = true
    else if (arg.startsWith('--remote=')) options.remote = arg.slice('--remote='.length)
    else if (!arg.startsWith('-') && options.version === undefined) options.version = arg.replace(/^v/, '')
    else throw new Refusal(`unknown argument '${arg}'. Usage: npm run release -- X.Y.Z [--push]`)
  }
  if (!/^\d+\.\d+\.\d+$/.test(options.version ?? ''))
    throw new Refusal(`give the version as X.Y.Z (semantic versioning), e.g. npm run release -- 1.0.0`)
  return options
}

const numbers = (version) => version.split('.').map(Number)
function newer(a, b) {
  const [x, y] = [numbers(a), numbers(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i]
  return false
}

function checkVersionRecorded(version) {
  const { version: declared } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  if (declared !== version)
    throw new Refusal(`package.json says version ${declared}, not ${version}: update it and commit first`)
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`, 'm')
  if (!heading.test(changelog))
    throw new Refusal(`CHANGELOG.md has no '## ${version}' section: say what ${version} contains`)
}

function checkRepository(version) {
  if (git('status', '--porcelain', '--untracked-files=no') !== '')
    throw new Refusal('tracked files have uncommitted changes: commit or stash them first')
  if (git('tag', '--list', `v${version}`) !== '') throw new Refusal(`tag v${version} already exists`)
  const released = git('tag', '--list', 'v*.*.*')
    .split('\n')
    .map((tag) => tag.slice(1))
    .filter((tag) => /^\d+\.\d+\.\d+$/.test(tag))
  const latest = released.reduce(
    (best, tag) => (best === undefined || newer(tag, best) ? tag : best),
    undefined
  )
  if (latest !== undefined && !newer(version, latest))
    throw new Refusal(`${version} is not newer than the latest release, v${latest}`)
}

/** dist/ as `npm run package` builds it, from src/ as committed: built again in a temp dir and compared. */
function checkDistFresh() {
  const out = mkdtempSync(join(tmpdir(), 'release-dist-'))
  try {
    buildDist(out)
    const stale = staleFiles(out)
    if (stale.length > 0)
      throw new Refusal(
        `dist/ is stale (${stale.map((f) => `dist/${f}`).join(', ')} differ from a build of src/): run npm run package and commit dist/`
      )
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
  const derived = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/generate.mjs', '--check'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  if (derived.status !== 0)
    throw new Refusal(
      `derived files are stale (${derived.stderr.trim()}): run npm run generate and commit them`
    )
}

/** What the published tarball must hold: the action, the command line, the schema, the words. */
const PACKAGE_NEEDS = [
  'action.yml',
  'dist/index.js',
  'dist/cli.js',
  'dist/package.json',
  'schema/hosted-runners.schema.json',
  'README.md',
  'LICENSE'
]

/** `npm publish --dry-run`: npm would publish the package (not private, a valid package.json), and its tarball holds PACKAGE_NEEDS. */
function checkPublishable() {
  // A dry run passes a private package (only the real publish refuses it): refused here first.
  if (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).private === true)
    throw new Refusal('package.json says "private": true, so npm would refuse to publish it')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const run = spawnSync(npm, ['publish', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' })
  const said = (level) =>
    run.stderr
      .split('\n')
      .filter((line) => line.startsWith(`npm ${level}`))
      .map((line) => line.replace(/^npm \w+\s*/, ''))
      .filter(Boolean)
  if (run.status !== 0)
    throw new Refusal(
      `npm publish --dry-run failed: ${said('error').join(' ') || `exit status ${run.status}`}`
    )
  // npm rewrites a package.json it finds wrong (a bin path, a repository) before publishing: fix it instead.
  const corrected = said('warn').filter((line) => /auto-corrected|was (cleaned|invalid|removed)/.test(line))
  if (corrected.length > 0)
    throw new Refusal(`npm publish --dry-run would correct package.json: ${corrected.join(' ')}`)
  let report
  try {
    const parsed = JSON.parse(run.stdout)
    report = Array.isArray(parsed.files) ? parsed : Object.values(parsed)[0]
  } catch {
    report = undefined
  }
  const packed = new Set((report?.files ?? []).map((file) => file.path))
  const missing = PACKAGE_NEEDS.filter((file) => !packed.has(file))
  if (missing.length > 0)
    throw new Refusal(`the package would not hold ${missing.join(', ')}: add them to package.json's files`)
}

function checkTests() {
  console.log('Running npm test…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const run = spawnSync(npm, ['test'], { cwd: ROOT, stdio: 'inherit' })
  if (run.status !== 0) throw new Refusal('npm test failed')
}

function tag(version, options) {
  const [major] = numbers(version)
  const [full, moving] = [`v${version}`, `v${major}`]
  const commit = git('rev-parse', 'HEAD')
  git('tag', '--annotate', full, '--message', full)
  git('tag', '--force', '--annotate', moving, '--message', `${moving}, at ${full}`)
  console.log(`Tagged ${full} and moved ${moving} to ${commit}.`)
  if (options.push) {
    git('push', options.remote, `refs/tags/${full}`)
    git('push', '--force', options.remote, `refs/tags/${moving}`)
    console.log(`Pushed ${full} and ${moving} to ${options.remote}.`)
  } else {
    console.log(
      `Nothing pushed. To publish: git push ${options.remote} ${full} && git push --force ${options.remote} ${moving}`
    )
  }
  console.log(`Workflows that pin the commit: uses: OWNER/hosted-runners-action@${commit} # ${full}`)
}

function main(argv) {
  const options = parseArgs(argv)
  checkVersionRecorded(options.version)
  checkRepository(options.version)
  checkPublishable()
  checkDistFresh()
  if (options.skipTests) console.log('Tests skipped (--skip-tests).')
  else checkTests()
  tag(options.version, options)
}

try {
  main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof Refusal)) throw error
  console.error(`release: refused, nothing tagged: ${error.message}.`)
  process.exitCode = 1
}

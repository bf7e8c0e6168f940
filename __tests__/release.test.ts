// `npm run release` in a throwaway clone of this repository: it tags vX.Y.Z and moves vX on a commit
// whose dist/ is fresh, refuses (tagging nothing) when dist/ is stale or npm would not publish the
// package, and never pushes unless asked.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './support/step.js'

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
const major = `v${version.split('.')[0]}`

let clone: string
// ncc keeps a cache per folder it builds in (~/.cache/ncc/<hash of the folder>): a clone's goes with it.
// `npm publish --dry-run` offline, to a registry on loopback: a test reaches no network.
const env = () => ({
  ...process.env,
  XDG_CACHE_HOME: join(clone, '..', 'cache'),
  npm_config_offline: 'true',
  npm_config_registry: 'http://127.0.0.1:9/'
})
const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim()

function release(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/release.mjs', ...args], {
    cwd: clone,
    env: env(),
    encoding: 'utf8'
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'release-'))
  clone = join(dir, 'clone')
  execFileSync('git', ['clone', '--quiet', '--no-local', ROOT, clone])
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'))
  // Releases already made in this repository are not this test's business.
  for (const tag of git('tag', '--list').split('\n').filter(Boolean)) git('tag', '--delete', tag)
  git('config', 'user.name', 'Release Test')
  git('config', 'user.email', 'release-test@example.invalid')
  git('config', 'tag.gpgSign', 'false')
  // The clone's dist/ as `npm run package` builds it from the clone's src/: the commit to release.
  execFileSync(process.execPath, ['scripts/build-dist.mjs'], { cwd: clone, env: env(), stdio: 'pipe' })
  git('add', 'dist')
  git('commit', '--quiet', '--allow-empty', '--message', 'Build dist/')
  // An earlier major tag on the previous commit, which the release must move.
  git('tag', '--annotate', major, '--message', 'earlier', 'HEAD~1')
}, 120_000)

afterAll(() => rmSync(join(clone, '..'), { recursive: true, force: true }))

test('refuses on a stale dist/, tagging nothing', () => {
  const fresh = git('rev-parse', 'HEAD')
  // dist/ edited by hand: src/ stays as built, so the check's build is the one kept from before.
  for (const bundle of ['dist/index.js', 'dist/cli.js'])
    writeFileSync(join(clone, bundle), `${readFileSync(join(clone, bundle), 'utf8')}\n// edited\n`)
  git('commit', '--quiet', '--all', '--message', 'Change dist/ by hand')
  const run = release(version, '--skip-tests')
  expect(run.err).toMatch(
    /^release: refused, nothing tagged: dist\/ is stale \(dist\/index\.js, dist\/cli\.js differ/
  )
  expect(run.code).toBe(1)
  expect(git('tag', '--list', `v${version}`)).toBe('')
  expect(git('rev-parse', `${major}^{commit}`)).toBe(git('rev-parse', `${fresh}~1`))
  git('reset', '--quiet', '--hard', fresh)
}, 120_000)

test('refuses a package npm would not publish (private), tagging nothing', () => {
  const head = git('rev-parse', 'HEAD')
  const manifest = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as Record<string, unknown>
  writeFileSync(join(clone, 'package.json'), JSON.stringify({ ...manifest, private: true }, null, 2) + '\n')
  git('commit', '--quiet', '--all', '--message', 'Private again')
  const run = release(version, '--skip-tests')
  expect(run.err).toMatch(
    /^release: refused, nothing tagged: package\.json says "private": true, so npm would refuse to publish it/
  )
  expect(run.code).toBe(1)
  expect(git('tag', '--list', `v${version}`)).toBe('')
  git('reset', '--quiet', '--hard', head)
}, 60_000)

test('refuses a package whose tarball would lack what users need, tagging nothing', () => {
  const head = git('rev-parse', 'HEAD')
  const manifest = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as Record<string, unknown>
  writeFileSync(
    join(clone, 'package.json'),
    JSON.stringify({ ...manifest, files: ['dist/'] }, null, 2) + '\n'
  )
  git('commit', '--quiet', '--all', '--message', 'Only dist/')
  const run = release(version, '--skip-tests')
  expect(run.err).toContain(
    "release: refused, nothing tagged: the package would not hold action.yml, schema/hosted-runners.schema.json: add them to package.json's files"
  )
  expect(run.code).toBe(1)
  expect(git('tag', '--list', `v${version}`)).toBe('')
  git('reset', '--quiet', '--hard', head)
}, 60_000)

test('refuses a version that package.json and CHANGELOG.md do not say', () => {
  const run = release('9.9.9', '--skip-tests')
  expect(run.err).toContain(`package.json says version ${version}, not 9.9.9`)
  expect(run.code).toBe(1)
})

test(`tags v${version} and moves ${major} on a commit whose dist/ is fresh; pushes nothing`, () => {
  const head = git('rev-parse', 'HEAD')
  const run = release(version, '--skip-tests')
  expect(run.err).toBe('')
  expect(run.code).toBe(0)
  expect(run.out).toContain(`Tagged v${version} and moved ${major} to ${head}.`)
  expect(run.out).toContain(`uses: OWNER/hosted-runners-action@${head} # v${version}`)
  for (const tag of [`v${version}`, major]) {
    expect(git('cat-file', '-t', tag)).toBe('tag') // annotated
    expect(git('rev-parse', `${tag}^{commit}`)).toBe(head)
  }
  expect(git('ls-remote', '--tags', 'origin', `v${version}`)).toBe('')
  // Once tagged, the same version is refused.
  expect(release(version, '--skip-tests').err).toContain(`tag v${version} already exists`)
}, 120_000)

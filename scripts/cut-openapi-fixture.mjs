// Cuts the operations this action calls out of GitHub's official OpenAPI descriptions
// (@octokit/openapi, pinned) into small committed fixtures the simulator validates against:
// simulator/openapi.json from api.github.com (organization scope) and simulator/openapi-ghec.json from
// GitHub Enterprise Cloud's description (enterprise scope, and GET /orgs/{org} to resolve org logins).
// The package unpacks to ~385 MB, so it is fetched into a temp dir and never installed here;
// OPENAPI_DIR=/path/to/unpacked/package reads an already unpacked copy instead (same pinned version).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PACKAGE = '@octokit/openapi@23.0.2'

// Hosted compute networking: under /orgs/{org}/settings in an organization, directly under the enterprise.
const NETWORK_PATHS = [
  '/network-configurations',
  '/network-configurations/{network_configuration_id}',
  '/network-settings/{network_settings_id}'
]
const PATHS = [
  '/orgs/{org}/actions/hosted-runners',
  '/orgs/{org}/actions/hosted-runners/{hosted_runner_id}',
  '/orgs/{org}/actions/hosted-runners/images/github-owned',
  '/orgs/{org}/actions/hosted-runners/images/partner',
  '/orgs/{org}/actions/hosted-runners/machine-sizes',
  '/orgs/{org}/actions/hosted-runners/platforms',
  '/orgs/{org}/actions/hosted-runners/limits',
  '/orgs/{org}/actions/hosted-runners/images/custom',
  '/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}',
  '/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions',
  '/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}',
  '/orgs/{org}/actions/runner-groups',
  '/orgs/{org}/actions/runner-groups/{runner_group_id}',
  '/orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners',
  '/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories',
  '/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}',
  '/orgs/{org}/actions/runner-groups/{runner_group_id}/runners',
  '/orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}',
  // Name lookups: self-hosted runners by name, repositories by owner/name or through the org's listing.
  '/orgs/{org}/actions/runners',
  '/repos/{owner}/{repo}',
  // Private networking: the network configurations runner groups point at, and their network settings.
  ...NETWORK_PATHS.map((path) => `/orgs/{org}/settings${path}`),
  '/orgs/{org}/repos'
]
const ENTERPRISE = '/enterprises/{enterprise}/actions'
const GHEC_PATHS = [
  `${ENTERPRISE}/hosted-runners`,
  `${ENTERPRISE}/hosted-runners/{hosted_runner_id}`,
  `${ENTERPRISE}/hosted-runners/images/github-owned`,
  `${ENTERPRISE}/hosted-runners/images/partner`,
  `${ENTERPRISE}/hosted-runners/machine-sizes`,
  `${ENTERPRISE}/hosted-runners/platforms`,
  `${ENTERPRISE}/hosted-runners/limits`,
  `${ENTERPRISE}/hosted-runners/images/custom`,
  `${ENTERPRISE}/hosted-runners/images/custom/{image_definition_id}`,
  `${ENTERPRISE}/hosted-runners/images/custom/{image_definition_id}/versions`,
  `${ENTERPRISE}/hosted-runners/images/custom/{image_definition_id}/versions/{version}`,
  `${ENTERPRISE}/runner-groups`,
  `${ENTERPRISE}/runner-groups/{runner_group_id}`,
  `${ENTERPRISE}/runner-groups/{runner_group_id}/organizations`,
  `${ENTERPRISE}/runner-groups/{runner_group_id}/organizations/{org_id}`,
  `${ENTERPRISE}/runner-groups/{runner_group_id}/runners`,
  `${ENTERPRISE}/runner-groups/{runner_group_id}/runners/{runner_id}`,
  // Name lookups: the enterprise's self-hosted runners by name, organizations by login.
  `${ENTERPRISE}/runners`,
  '/orgs/{org}',
  ...NETWORK_PATHS.map((path) => `/enterprises/{enterprise}${path}`)
]
// Every path of a description under these prefixes must be cut (a new one fails the script).
const PREFIXES = ['/orgs/{org}/settings/network-']
const GHEC_PREFIXES = [
  `${ENTERPRISE}/hosted-runners`,
  `${ENTERPRISE}/runner-groups`,
  '/enterprises/{enterprise}/network-'
]
// Of the lookup paths only the GET is called; the rest of their methods stay out of the fixtures.
const METHODS_OF = {
  '/orgs/{org}/actions/runners': ['get'],
  '/repos/{owner}/{repo}': ['get'],
  '/orgs/{org}/repos': ['get'],
  [`${ENTERPRISE}/runners`]: ['get'],
  '/orgs/{org}': ['get']
}
const FIXTURES = [
  {
    file: 'api.github.com.deref.json',
    paths: PATHS,
    output: '../simulator/openapi.json',
    prefixes: PREFIXES
  },
  {
    file: 'ghec.deref.json',
    paths: GHEC_PATHS,
    output: '../simulator/openapi-ghec.json',
    prefixes: GHEC_PREFIXES
  }
]
const DROPPED_KEYS = new Set(['description', 'examples', 'example', 'x-github', 'externalDocs', 'summary'])

const given = process.env.OPENAPI_DIR
const workDir = given ? undefined : mkdtempSync(join(tmpdir(), 'openapi-'))
try {
  const packageDir = given ?? join(unpack(/** @type {string} */ (workDir)), 'package')
  for (const fixture of FIXTURES) cut(join(packageDir, 'generated', fixture.file), fixture)
} finally {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
}

/**
 * Fetches the pinned package with npm pack and unpacks the two descriptions.
 * @param {string} dir
 */
function unpack(dir) {
  execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] })
  const tarball = execFileSync('ls', [dir]).toString().trim()
  const members = FIXTURES.map((fixture) => `package/generated/${fixture.file}`)
  execFileSync('tar', ['xzf', tarball, ...members], { cwd: dir })
  return dir
}

/**
 * @param {string} source the dereferenced description
 * @param {{ file: string, paths: string[], output: string, prefixes: string[] }} fixture
 */
function cut(source, { paths: wanted, output, prefixes }) {
  const spec = JSON.parse(readFileSync(source, 'utf8'))
  if (spec.info.version !== PACKAGE.split('@').at(-1)) {
    throw new Error(`${source} is version ${spec.info.version}, not ${PACKAGE}`)
  }
  const missed = Object.keys(spec.paths).filter(
    (path) => prefixes.some((prefix) => path.startsWith(prefix)) && !wanted.includes(path)
  )
  if (missed.length > 0) throw new Error(`${PACKAGE} has paths the fixture leaves out: ${missed.join(', ')}`)
  const paths = {}
  for (const path of wanted) {
    const item = spec.paths[path]
    if (!item) throw new Error(`${PACKAGE} has no path ${path}`)
    const methods = METHODS_OF[path]
    paths[path] = methods ? Object.fromEntries(methods.map((m) => [m, item[m]])) : item
  }
  const fixture = {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version, source: PACKAGE },
    paths: strip(paths)
  }
  const target = new URL(output, import.meta.url)
  writeFileSync(target, JSON.stringify(fixture, null, 1) + '\n')
  console.log(`wrote ${target.pathname}: ${wanted.length} paths from ${PACKAGE}`)
}

// Drops prose and examples; a schema's `properties` keep every name (a property may be called `description`).
// Of an operation's `x-github` only `enabledForGitHubApps` stays: `false` means a GitHub App installation token
// is refused there (the simulator answers it 403, as GitHub does).
function strip(value, isPropertyMap = false) {
  if (Array.isArray(value)) return value.map((item) => strip(item))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => isPropertyMap || !DROPPED_KEYS.has(key) || appsFlag(key, inner))
      .map(([key, inner]) =>
        !isPropertyMap && appsFlag(key, inner)
          ? [key, { enabledForGitHubApps: inner.enabledForGitHubApps }]
          : [key, strip(inner, key === 'properties' && !isPropertyMap)]
      )
  )
}

/** An operation's `x-github` that says whether GitHub App tokens may call it. */
function appsFlag(key, inner) {
  return key === 'x-github' && typeof inner?.enabledForGitHubApps === 'boolean'
}

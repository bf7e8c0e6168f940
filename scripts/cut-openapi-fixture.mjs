// Cuts the operations this action calls out of GitHub's official OpenAPI description
// (@octokit/openapi, pinned) into a small committed fixture the simulator validates against.
// The package unpacks to ~385 MB, so it is fetched into a temp dir and never installed here.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PACKAGE = '@octokit/openapi@23.0.2'
const OUTPUT = new URL('../simulator/openapi.json', import.meta.url)

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
  // Name lookups: self-hosted runners by name, repositories by owner/name.
  '/orgs/{org}/actions/runners',
  '/repos/{owner}/{repo}'
]
// Of the lookup paths only the GET is called; the rest of their methods stay out of the fixture.
const METHODS_OF = { '/orgs/{org}/actions/runners': ['get'], '/repos/{owner}/{repo}': ['get'] }
const DROPPED_KEYS = new Set(['description', 'examples', 'example', 'x-github', 'externalDocs', 'summary'])

const workDir = mkdtempSync(join(tmpdir(), 'openapi-'))
try {
  execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: workDir, stdio: ['ignore', 'pipe', 'inherit'] })
  const tarball = execFileSync('ls', [workDir]).toString().trim()
  execFileSync('tar', ['xzf', tarball, 'package/generated/api.github.com.deref.json'], { cwd: workDir })
  const spec = JSON.parse(readFileSync(join(workDir, 'package/generated/api.github.com.deref.json'), 'utf8'))

  const paths = {}
  for (const path of PATHS) {
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
  writeFileSync(OUTPUT, JSON.stringify(fixture, null, 1) + '\n')
  console.log(`wrote ${OUTPUT.pathname}: ${PATHS.length} paths from ${PACKAGE}`)
} finally {
  rmSync(workDir, { recursive: true, force: true })
}

// Drops prose and examples; a schema's `properties` keep every name (a property may be called `description`).
function strip(value, isPropertyMap = false) {
  if (Array.isArray(value)) return value.map((item) => strip(item))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => isPropertyMap || !DROPPED_KEYS.has(key))
      .map(([key, inner]) => [key, strip(inner, key === 'properties' && !isPropertyMap)])
  )
}

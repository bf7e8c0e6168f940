// A kind's routes are written once, in its routes.ts (src/resources/<kind>/): the routes of its objects and
// of their sub-resources (a group's member lists, an image's versions, a configuration's network
// settings). Every other module takes them from there, so a route that moves moves in one place.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const SRC = resolve('src')
const RESOURCES = join(SRC, 'resources')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** A path of a kind's objects, at either scope: the hosted runners (and their images), the runner groups, the network configurations and settings. */
const KIND_PATH =
  /\/(?:orgs\/\{org\}|enterprises\/\{enterprise\})\/(?:actions\/hosted-runners|actions\/runner-groups|(?:settings\/)?network-(?:configurations|settings))\b[^'"`\s]*/g

/** Every route string written in a kind's routes.ts, `METHOD /path`. */
const kindRoutes = new Set(
  readdirSync(RESOURCES)
    .map((kind) => join(RESOURCES, kind, 'routes.ts'))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile())
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'((?:GET|POST|PATCH|PUT|DELETE) \/[^']+)'/g)])
    .map((m) => m[1] as string)
)

/**
 * Modules that may write a kind's route, and why. Both are tables keyed by the route's text, in folders
 * beneath the kinds (the architecture test's table: common/ imports nothing, github/ only common/), so they
 * cannot import the kinds' constants; each key must still be a route a kind writes, checked below.
 */
const KEYED_BY_ROUTE: Record<string, string> = {
  // The listings GitHub lets grow past the default page bound, with GitHub's own limit (docs/reliability.md);
  // the gateway looks up every listing's bound by its route.
  'common/bounds.ts': 'listing limits by route',
  // The types of the enterprise-only routes that Octokit's route types lack, keyed as Octokit's are.
  'github/enterprise-routes.ts': "types of routes Octokit's types lack"
}

const hits = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) =>
      [...line.matchAll(KIND_PATH)].map((m) => ({ line: i + 1, text: line.trim(), path: m[0] }))
    )

test("a route of a kind's objects is written only in src/resources/ (and the two tables keyed by route)", () => {
  const outside = sources(SRC)
    .map((file) => relative(SRC, file))
    .filter((file) => !file.startsWith('resources/') && !file.startsWith('generated/'))
    .filter((file) => !(file in KEYED_BY_ROUTE))
    .flatMap((file) => hits(join(SRC, file)).map((hit) => `${file}:${hit.line}: ${hit.text}`))
  expect(outside).toEqual([])
})

test('each route the tables keyed by route name is a route a kind writes, so the two cannot drift apart', () => {
  for (const file of Object.keys(KEYED_BY_ROUTE)) {
    const keys = [
      ...readFileSync(join(SRC, file), 'utf8').matchAll(/'((?:GET|POST|PATCH|PUT|DELETE) \/[^']+)'/g)
    ]
      .map((m) => m[1] as string)
      .filter((route) => new RegExp(KIND_PATH.source).test(route))
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.filter((route) => !kindRoutes.has(route))).toEqual([])
  }
})

test('the scan sees what it looks for: every kind route matches it, and a route spelled outside would be found', () => {
  // Each kind's list, create or read route is among the routes its routes.ts writes.
  for (const route of [
    'GET /orgs/{org}/actions/hosted-runners',
    'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners',
    'DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}',
    'POST /orgs/{org}/settings/network-configurations',
    'GET /orgs/{org}/settings/network-settings/{network_settings_id}'
  ])
    expect(kindRoutes).toContain(route)
  for (const route of kindRoutes) expect(route).toMatch(new RegExp(KIND_PATH.source))
  // The forms a module might use instead: a prefix joined in a template, an enterprise twin.
  for (const text of [
    "const IMAGES = '/orgs/{org}/actions/hosted-runners/images'",
    '`GET /enterprises/{enterprise}/actions/runner-groups/${id}`',
    "'GET /enterprises/{enterprise}/network-configurations/{network_configuration_id}'"
  ])
    expect(text).toMatch(new RegExp(KIND_PATH.source))
  // What is not a kind's route: the self-hosted runners' listing, repositories, the enterprise prefix.
  for (const text of [
    "'GET /orgs/{org}/actions/runners'",
    "'GET /orgs/{org}/repos'",
    "const ENTERPRISE_NETWORK = '/enterprises/{enterprise}/network-'"
  ])
    expect(text).not.toMatch(new RegExp(KIND_PATH.source))
})

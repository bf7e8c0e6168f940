#!/usr/bin/env node
// `npm run bench`: how fast the committed dist/index.js starts and how few requests it sends, against
// the simulator on 127.0.0.1. Asserts nothing and never fails on slowness: it prints figures, and exits
// non-zero only when a child fails.
//   node scripts/bench.mjs [runs]      runs per measurement, default 15 (at least 10); 3 for the fleet plans
//                                      (100 to 5,000 runners) and the 12,000-repository organization
//   node scripts/bench.mjs requests    the requests of each scenario only (one run each, no timing)
//   node scripts/bench.mjs overhead [other.js…]   the per-request overhead rows only; other bundles
//                                               (e.g. an older dist/index.js) run beside the action
//   node scripts/bench.mjs rollout               the rollout row only: requests of a 40-runner rollout
//   node scripts/bench.mjs help [runs]   the command line's start-up row only
//
// Every step is a child process started as a runner starts it (`node dist/index.js`) on Node 24, the
// `node` devDependency (scripts/action-node.mjs), whatever Node runs this script, with a clean
// environment: PATH, the INPUT_* variables, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY.
// One GET (get-limits) runs three contestants, interleaved round by round:
//   floor    scripts/bench-floor.mjs, the same GET over bare `node:http`;
//   toolkit  the least @actions/core + @actions/github step for that GET, bundled with ncc at run time
//            from node_modules into node_modules/.cache/ (deleted after);
//   action   the committed dist/index.js.
// The command line's start-up: `node dist/cli.js --help` and `--version` beside `node -e 0` (issue 27's
// target: --help within 2x); they load no client, only dist/cli.js.
// Per-request overhead: list-runners against a bare node:http server on 127.0.0.1 that answers 100
// pages of one runner each, so the step sends 100 GETs one after the other. The server notes when each
// request arrived and when its answer was written; the time from one answer to the next request is the
// client's own (transport, Octokit, its hooks and waits, the shape checks), with no server time in it.
// The floor is bench-floor.mjs following the same next links over bare node:http.
// Time is wall time from spawn to exit, seen from this process. Peak memory is the child's own
// process.resourceUsage().maxRSS, written to fd 3 on exit by a preload given to every child alike.
import { execFileSync, spawn } from 'node:child_process'
import { createServer, get as httpGet } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { startSimulator } from '../simulator/index.js'
import { ACTION_NODE, ACTION_NODE_LINE } from './action-node.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ACTION = join(ROOT, 'dist/index.js')
const CLI = join(ROOT, 'dist/cli.js')
const FLOOR = join(ROOT, 'scripts/bench-floor.mjs')
const NCC = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
const OVERHEAD_ONLY = process.argv[2] === 'overhead'
const ROLLOUT_ONLY = process.argv[2] === 'rollout'
const HELP_ONLY = process.argv[2] === 'help'
/** `requests`: one run per scenario, the request counts only (no timing, no toolkit bundle). */
const REQUESTS_ONLY = process.argv[2] === 'requests'
const RUNS = Math.max(
  10,
  Number((OVERHEAD_ONLY || ROLLOUT_ONLY || REQUESTS_ONLY ? undefined : process.argv[HELP_ONLY ? 3 : 2]) ?? 15)
)
const OTHER_BUNDLES = OVERHEAD_ONLY ? process.argv.slice(3) : []
const WARM_UP = 2
const PRELOAD =
  'data:text/javascript,import{writeSync}from"node:fs";' +
  'process.on("exit",()=>{try{writeSync(3,String(process.resourceUsage().maxRSS))}catch{}})'

const files = mkdtempSync(join(tmpdir(), 'bench-'))
const OUTPUT = join(files, 'output')
const SUMMARY = join(files, 'summary')

/** The environment of a step: PATH and what the step reads, nothing else. */
function stepEnv(inputs) {
  writeFileSync(OUTPUT, '')
  writeFileSync(SUMMARY, '')
  const env = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: OUTPUT, GITHUB_STEP_SUMMARY: SUMMARY }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/** Runs `node <script> ...args` on Node 24; resolves to wall milliseconds and peak RSS in KiB. */
function runNode(script, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(ACTION_NODE, [`--import=${PRELOAD}`, script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe']
    })
    let output = ''
    let maxRssKiB = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.stdio[3].on('data', (chunk) => (maxRssKiB += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - started
      if (code !== 0) reject(new Error(`${script} exited with ${code}:\n${output.slice(-4000)}`))
      else resolve({ ms, maxRssKiB: Number(maxRssKiB) })
    })
  })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
/** Nearest-rank percentile, p in (0, 1). */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

/**
 * Runs each contestant RUNS times, interleaved (a, b, c, a, b, c...; each round starts one further
 * along, so no contestant always runs first) after WARM_UP discarded rounds, so that a busy moment of
 * the machine hits all of them alike. Returns median, p10 and p90 ms and median peak RSS per contestant.
 */
async function sideBySide(contestants, runs = RUNS) {
  const samples = contestants.map(() => ({ ms: [], rss: [] }))
  for (let round = 0; round < WARM_UP + runs; round++) {
    for (let k = 0; k < contestants.length; k++) {
      const i = (round + k) % contestants.length
      const { script, args, env, before } = contestants[i]
      before?.()
      const { ms, maxRssKiB } = await runNode(script, args, env())
      if (round < WARM_UP) continue
      samples[i].ms.push(ms)
      samples[i].rss.push(maxRssKiB)
    }
  }
  return samples.map(({ ms, rss }) => ({
    ms: median(ms),
    p10: percentile(ms, 0.1),
    p90: percentile(ms, 0.9),
    rssMiB: median(rss) / 1024
  }))
}

/**
 * The least @actions/core + @actions/github step for get-limits, bundled by ncc as the action is. The
 * entry lives in node_modules/.cache/ so that it resolves packages from the project's node_modules.
 * Returns the bundle's path and a cleanup.
 */
function buildToolkitBundle() {
  const cache = join(ROOT, 'node_modules/.cache')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(join(cache, 'bench-toolkit-'))
  const cleanup = () => rmSync(dir, { recursive: true, force: true })
  try {
    const entry = join(dir, 'entry.mjs')
    writeFileSync(
      entry,
      [
        "import * as core from '@actions/core'",
        "import { getOctokit } from '@actions/github'",
        "const token = core.getInput('token', { required: true })",
        "const org = core.getInput('org', { required: true })",
        "const baseUrl = core.getInput('api-url') || 'https://api.github.com'",
        'const octokit = getOctokit(token, { baseUrl })',
        "const headers = { 'x-github-api-version': '2026-03-10' }",
        "const { data } = await octokit.request('GET /orgs/{org}/actions/hosted-runners/limits', { org, headers })",
        "core.setOutput('result', JSON.stringify(data))",
        ''
      ].join('\n')
    )
    const out = join(dir, 'out')
    try {
      execFileSync(ACTION_NODE, [NCC, 'build', entry, '-o', out, '--minify', '--no-cache', '--quiet'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe']
      })
    } catch (error) {
      throw new Error(`ncc build of the toolkit bundle failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`, {
        cause: error
      })
    }
    return { bundle: join(out, 'index.mjs'), cleanup }
  } catch (error) {
    cleanup()
    throw error
  }
}

const PAGES = 100
const OVERHEAD_RUNS = 5

/**
 * A server for list-runners that answers `PAGES` pages of one runner (`item`, renumbered), each but the
 * last with a next link. `seen` holds, per request, when it arrived and when its answer was written.
 */
async function pagesServer(item) {
  const path = '/orgs/acme/actions/hosted-runners'
  const seen = []
  const server = createServer((request, response) => {
    const arrived = performance.now()
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const page = Number(url.searchParams.get('page') ?? 1)
    const body = JSON.stringify({
      total_count: PAGES,
      runners: [{ ...item, id: page, name: `runner-${page}` }]
    })
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body)
    }
    if (page < PAGES) headers.link = `<${base}${path}?per_page=100&page=${page + 1}>; rel="next"`
    response.writeHead(url.pathname === path ? 200 : 404, headers)
    response.end(body, () => seen.push({ arrived, answered: performance.now() }))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${server.address().port}`
  return { url: base, seen, close: () => new Promise((resolve) => server.close(resolve)) }
}

/**
 * Runs `OVERHEAD_RUNS` rounds (after WARM_UP) of the floor (bare node:http following the same next
 * links) and the action's list-runners, alternating which goes first. Per contestant: the median over
 * runs of the mean time per request from one answer to the next request (wall time minus server time,
 * per gap), and p50, p90 and max over every gap.
 */
async function perRequestOverhead(item) {
  const server = await pagesServer(item)
  const env = () => stepEnv({ token: TOKEN, org: 'acme', 'api-url': server.url, operation: 'list-runners' })
  const contestants = [
    { script: FLOOR, args: [`${server.url}/orgs/acme/actions/hosted-runners`, '--follow'] },
    { script: ACTION, args: [] },
    ...OTHER_BUNDLES.map((script) => ({ script, args: [] }))
  ].map((contestant) => ({ ...contestant, perRun: [], gaps: [] }))
  try {
    for (let run = 0; run < WARM_UP + OVERHEAD_RUNS; run++) {
      for (let k = 0; k < contestants.length; k++) {
        const contestant = contestants[(run + k) % contestants.length]
        server.seen.length = 0
        await runNode(contestant.script, contestant.args, env())
        if (server.seen.length !== PAGES)
          throw new Error(`${contestant.script} sent ${server.seen.length} requests, not ${PAGES}`)
        if (run < WARM_UP) continue
        const gaps = server.seen.slice(1).map((r, i) => r.arrived - server.seen[i].answered)
        contestant.gaps.push(...gaps)
        contestant.perRun.push(gaps.reduce((a, b) => a + b, 0) / gaps.length)
      }
    }
  } finally {
    await server.close()
  }
  return contestants.map(({ perRun, gaps }) => ({
    mean: median(perRun),
    p50: median(gaps),
    p90: percentile(gaps, 0.9),
    max: Math.max(...gaps)
  }))
}

const pad = (cells, widths) =>
  cells
    .map((c, i) => String(c).padEnd(widths[i]))
    .join('  ')
    .trimEnd()
function printTable(title, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  console.log(`\n${title}\n`)
  console.log(pad(headers, widths))
  console.log(
    pad(
      widths.map((w) => '-'.repeat(w)),
      widths
    )
  )
  for (const row of rows) console.log(pad(row, widths))
}
const fixed = (n, digits = 1) => n.toFixed(digits)

// --- The scenarios, each on its own simulator so that request counts are the scenario's alone.
const TOKEN = 'ghp_benchTokenNeverPrinted00000000000000'
const scenarios = [
  {
    name: 'get-limits',
    seed: () => {},
    inputs: { operation: 'get-limits' },
    minimum: '1'
  },
  {
    name: 'list-runners, 250 runners',
    seed: (sim) => {
      for (let i = 0; i < 250; i++) sim.seed.runner({ name: `runner-${i}` })
    },
    inputs: { operation: 'list-runners' },
    minimum: '3 (pages of 100)'
  },
  {
    name: 'cleanup-image-versions (dry run), 20 images x 50 versions',
    seed: (sim) => {
      for (let i = 0; i < 20; i++) {
        const image = sim.seed.image({ name: `image-${i}` })
        for (let v = 0; v < 50; v++) {
          const created_on = new Date(Date.UTC(2025, 0, 1 + v)).toISOString()
          sim.seed.imageVersion(image.id, { version: `1.${v}.0`, created_on })
        }
        sim.seed.runner({
          name: `runner-${i}`,
          image: { id: String(image.id), source: 'custom', version: '1.0.0' }
        })
      }
    },
    inputs: { operation: 'cleanup-image-versions', 'dry-run': 'true', 'max-deletions': '10000' },
    minimum: '22 (images, 1 per image, runners)'
  },
  {
    name: 'set-group-repos, 10 repository names',
    seed: (sim) => {
      sim.seed.group({ name: 'release', visibility: 'selected' })
      for (let i = 0; i < 10; i++) sim.seed.repository({ name: `repo-${i}` })
    },
    inputs: {
      operation: 'set-group-repos',
      'runner-group': 'release',
      repositories: Array.from({ length: 10 }, (_, i) => `repo-${i}`).join('\n')
    },
    minimum: '3 (groups, 1 page of the repository listing, PUT)'
  },
  {
    name: 'apply (plan, dry run), 50 runners in 20 groups',
    seed: (sim) => {
      const lines = ['runner-groups:']
      for (let g = 0; g < 20; g++) {
        const repository = sim.seed.repository({ name: `repo-${g}` })
        sim.seed.group({
          name: `group-${g}`,
          visibility: 'selected',
          selected_repository_ids: [repository.id]
        })
        lines.push(`  - group-name: group-${g}`, '    visibility: selected', `    repositories: [repo-${g}]`)
      }
      lines.push('hosted-runners:')
      for (let r = 0; r < 50; r++) {
        const group = sim.state.groups.find((g) => g.name === `group-${r % 20}`)
        sim.seed.runner({ name: `runner-${r}`, size: '4-core', runner_group_id: group.id })
        const size = r === 0 ? '8-core' : '4-core'
        lines.push(`  - runner-name: runner-${r}`, '    image-id: Ubuntu Latest (24.04)', `    size: ${size}`)
        lines.push(`    runner-group: group-${r % 20}`)
      }
      const workspace = mkdtempSync(join(files, 'fleet-'))
      mkdirSync(join(workspace, '.github'))
      writeFileSync(join(workspace, '.github/hosted-runners.yml'), `${lines.join('\n')}\n`)
      return { GITHUB_WORKSPACE: workspace }
    },
    inputs: { operation: 'apply', 'dry-run': 'true' },
    minimum: '23 (groups, runners, 20 member lists, machine sizes)'
  }
]

/**
 * The plan (dry run) of a fleet of `runners` hosted runners in `groups` groups, 3 repositories each: from
 * an empty organization (the repositories exist), or with GitHub already matching the file.
 */
function fleetScenario(runners, groups, matching) {
  return {
    name: `apply (plan), ${runners} runners / ${groups} groups, ${matching ? 'nothing to change' : 'from empty'}`,
    runs: 3,
    seed: (sim) => {
      const lines = ['runner-groups:']
      const groupIds = []
      const all = sim.seed.repositories(3 * groups, 'repo')
      for (let g = 0; g < groups; g++) {
        const repositories = all.slice(3 * g, 3 * g + 3)
        if (matching)
          groupIds.push(
            sim.seed.group({
              name: `group-${g}`,
              visibility: 'selected',
              selected_repository_ids: repositories.map((r) => r.id)
            }).id
          )
        lines.push(`  - group-name: group-${g}`, '    visibility: selected')
        lines.push(`    repositories: [${repositories.map((r) => r.name).join(', ')}]`)
      }
      lines.push('hosted-runners:')
      for (let r = 0; r < runners; r++) {
        if (matching)
          sim.seed.runner({ name: `runner-${r}`, size: '4-core', runner_group_id: groupIds[r % groups] })
        lines.push(`  - runner-name: runner-${r}`, "    image-id: '2306'", '    size: 4-core')
        lines.push(`    runner-group: group-${r % groups}`)
      }
      const workspace = mkdtempSync(join(files, 'fleet-'))
      mkdirSync(join(workspace, '.github'))
      writeFileSync(join(workspace, '.github/hosted-runners.yml'), `${lines.join('\n')}\n`)
      return { GITHUB_WORKSPACE: workspace }
    },
    inputs: { operation: 'apply', 'dry-run': 'true' },
    minimum: matching
      ? `${Math.ceil((groups + 1) / 100) + Math.ceil(runners / 100) + groups} (pages of groups and runners, 1 member list per group)`
      : `${2 + Math.ceil((3 * groups) / 100)} + catalogues (groups, runners, repository pages)`
  }
}
// Issue 28's table: 3 repositories per group, from empty and steady.
for (const [runners, groups] of [
  [100, 10],
  [1000, 100],
  [5000, 500]
])
  scenarios.push(fleetScenario(runners, groups, false), fleetScenario(runners, groups, true))

/** An organization of 12,000 repositories (120 pages): a few names are one GET each, not the listing. */
const LARGE_ORG = 12_000
const largeOrg = (sim) => sim.seed.repositories(LARGE_ORG, 'repo')
scenarios.push(
  {
    name: `ensure-group, 2 repository names, ${LARGE_ORG} repositories`,
    runs: 3,
    seed: largeOrg,
    inputs: {
      operation: 'ensure-group',
      'group-name': 'release',
      visibility: 'selected',
      repositories: 'repo-5000, repo-11999',
      'dry-run': 'true'
    },
    minimum: '4 (groups, 1 listing page, 2 repositories); 5 with its POST'
  },
  {
    name: `apply, 1 group of 3 repository names, ${LARGE_ORG} repositories`,
    runs: 3,
    seed: (sim) => {
      largeOrg(sim)
      const workspace = mkdtempSync(join(files, 'fleet-'))
      mkdirSync(join(workspace, '.github'))
      writeFileSync(
        join(workspace, '.github/hosted-runners.yml'),
        'runner-groups:\n  - group-name: release\n    visibility: selected\n    repositories: [repo-7, repo-6000, repo-11998]\n'
      )
      return { GITHUB_WORKSPACE: workspace }
    },
    inputs: { operation: 'apply', 'dry-run': 'true' },
    minimum: '5 (groups, runners, 1 listing page, 2 repositories); 6 with its POST'
  }
)
// A prune that deletes: each delete is re-checked just before it is sent (issue 25). A runner's check is
// one read (its name); a group's, that read and two more: its self-hosted and its hosted runners. The
// deletes change the simulator, so this scenario is counted once and not timed.
scenarios.push({
  name: 'apply with prune: 1 runner in 1 group deleted (checks before each delete)',
  requestsOnly: true,
  seed: (sim) => {
    const group = sim.seed.group({ name: 'legacy' })
    sim.seed.runner({ name: 'tmp', size: '4-core', runner_group_id: group.id })
    const workspace = mkdtempSync(join(files, 'fleet-'))
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github/hosted-runners.yml'), 'organization: acme\nprune: true\n')
    return { GITHUB_WORKSPACE: workspace }
  },
  inputs: { operation: 'apply' },
  minimum: '2 listings, 1 member list, 2 deletes; checks: 1 (runner) + 1 + 2 (group)',
  checks: (requests) => {
    const first = requests.findIndex((r) => r.method !== 'GET')
    // The reads after the plan: from the first delete's check (just before the first write) on.
    const after = requests.slice(Math.max(0, first - 1)).filter((r) => r.method === 'GET')
    const group = after.filter((r) => /runner-groups\/\d+/.test(r.path)).length
    return `checks before the 2 deletes: ${after.length} reads (runner ${after.length - group}, group ${group}: its name and 2 more)`
  }
})

// A cleanup that deletes: the hosted runners are read again just before each version's delete (one
// listing request per 100 runners); a dry run sends no delete and reads nothing more. Counted once, not
// timed: the deletes change the simulator, and go a second apart.
scenarios.push({
  name: 'cleanup-image-versions, 3 versions deleted (checks before each delete)',
  requestsOnly: true,
  seed: (sim) => {
    const image = sim.seed.image({ name: 'golden' })
    for (let v = 0; v < 5; v++) {
      const created_on = new Date(Date.UTC(2025, 0, 1 + v)).toISOString()
      sim.seed.imageVersion(image.id, { version: `1.${v}.0`, created_on })
    }
    sim.seed.runner({ name: 'runner-0', image: { id: String(image.id), source: 'custom', version: '1.4.0' } })
  },
  inputs: { operation: 'cleanup-image-versions', keep: '2' },
  minimum: '3 (images, 1 per image, runners), 3 deletes; checks: 1 runner listing per delete',
  checks: (requests) => {
    const first = requests.findIndex((r) => r.method !== 'GET')
    const after = requests.slice(Math.max(0, first - 1)).filter((r) => r.method === 'GET')
    return `checks before the 3 deletes: ${after.length} reads of the runner listing`
  }
})

console.log(`npm run bench: ${RUNS} runs per figure (medians), after ${WARM_UP} warm-up runs`)
console.log(
  `${ACTION_NODE_LINE}, as every child here; ` +
    `this script on Node ${process.version}, ${process.platform}/${process.arch}, ` +
    `${cpus().length} x ${cpus()[0]?.model}`
)

/** Prints the per-request overhead row. */
async function overheadRow() {
  // One runner as GitHub lists it, from the simulator, for the pages of the overhead row.
  const sim = await startSimulator({ org: 'acme' })
  sim.seed.runner({ name: 'runner-1' })
  const listed = await new Promise((resolve, reject) => {
    const headers = { authorization: `token ${TOKEN}`, 'x-github-api-version': '2026-03-10' }
    httpGet(`${sim.url}/orgs/acme/actions/hosted-runners`, { headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve(JSON.parse(body)))
    }).on('error', reject)
  })
  await sim.close()
  const [floor, action, ...others] = await perRequestOverhead(listed.runners[0])
  const row = (name, figures) => [
    name,
    ...[figures.mean, figures.p50, figures.p90, figures.max].map((n) => fixed(n, 2))
  ]
  printTable(
    `Per-request overhead on Node 24: from one answer to the next request, ${PAGES} sequential GETs (list-runners, one runner a page), ${OVERHEAD_RUNS} runs each, interleaved`,
    ['', 'ms / request (median of run means)', 'p50', 'p90', 'max'],
    [
      row('floor (scripts/bench-floor.mjs --follow)', floor),
      row('action (dist/index.js)', action),
      ...others.map((figures, i) => row(OTHER_BUNDLES[i], figures))
    ]
  )
  console.log(
    `\naction: ${fixed(action.mean, 2)} ms a request, ${fixed(action.mean - floor.mean, 2)} ms over the floor ` +
      "(issue 17's target: at most 5 ms; writes add GitHub's 1 s spacing on top, not counted here)"
  )
}

/** Prints the command line's start-up row: --help and --version beside a bare `node -e 0`. */
async function cliStartUpRow() {
  const env = () => ({ PATH: process.env.PATH })
  const [bare, help, version] = await sideBySide([
    { script: '-e', args: ['0'], env },
    { script: CLI, args: ['--help'], env },
    { script: CLI, args: ['--version'], env }
  ])
  const row = (name, figures) => [
    name,
    fixed(figures.ms),
    fixed(figures.p10),
    fixed(figures.p90),
    fixed(figures.ms / bare.ms, 2),
    fixed(figures.rssMiB)
  ]
  printTable(
    'The command line starting on Node 24, interleaved: answers that load no client',
    ['', 'median ms', 'p10', 'p90', 'x node -e 0', 'peak RSS MiB'],
    [row('node -e 0', bare), row('hosted-runners --help', help), row('hosted-runners --version', version)]
  )
  console.log(`
--help / node -e 0: ${fixed(help.ms / bare.ms, 2)} (issue 27's target: at most 2)`)
}

const sims = []
let toolkit
try {
  if (HELP_ONLY) await cliStartUpRow()
  else if (ROLLOUT_ONLY) await rolloutRow()
  else if (REQUESTS_ONLY) await requestTable()
  else {
    if (!OVERHEAD_ONLY) {
      await startUpTables()
      await cliStartUpRow()
    }
    await overheadRow()
    if (!OVERHEAD_ONLY) await rolloutRow()
  }
} finally {
  toolkit?.cleanup()
  await Promise.all(sims.map((sim) => sim.close()))
}

/** The requests of one run of each scenario, on its own fresh simulator. */
async function countRequests(scenario) {
  const sim = await startSimulator({ org: 'acme' })
  sims.push(sim)
  const extraEnv = scenario.seed(sim) ?? {}
  const env = () => ({
    ...stepEnv({ token: TOKEN, org: 'acme', 'api-url': sim.url, ...scenario.inputs }),
    ...extraEnv
  })
  sim.clearRequests()
  await runNode(ACTION, [], env())
  const failed = sim.requests.filter((r) => r.status >= 400).length
  const note = scenario.checks ? `; ${scenario.checks(sim.requests)}` : ''
  return { sim, env, requests: sim.requests.length, failed, note }
}

/** `npm run bench -- requests`: every scenario's requests, one run each. */
async function requestTable() {
  const rows = []
  for (const scenario of scenarios) {
    const { requests, failed, note } = await countRequests(scenario)
    rows.push([
      scenario.name,
      failed ? `${requests} (${failed} failed)` : requests,
      `${scenario.minimum}${note}`
    ])
  }
  printTable('Requests per step (one run each)', ['scenario', 'requests', 'minimum'], rows)
}

/** The start-up tables: one GET three ways, then requests, time and memory per scenario. */
async function startUpTables() {
  toolkit = buildToolkitBundle()
  const TOOLKIT = toolkit.bundle
  const results = []
  for (const scenario of scenarios) {
    const { sim, env, requests, failed, note } = await countRequests(scenario)
    if (scenario.requestsOnly) {
      results.push({ scenario, requests, failed, note })
      continue
    }
    if (scenario.name !== 'get-limits') {
      const [action] = await sideBySide([{ script: ACTION, args: [], env }], scenario.runs)
      results.push({ scenario, requests, failed, action })
      continue
    }
    sim.clearRequests()
    await runNode(TOOLKIT, [], env())
    const toolkitRequests = sim.requests.length
    const url = `${sim.url}/orgs/acme/actions/hosted-runners/limits`
    const [floor, bundle, action] = await sideBySide([
      { script: FLOOR, args: [url], env },
      { script: TOOLKIT, args: [], env },
      { script: ACTION, args: [], env }
    ])
    results.push({ scenario, requests, failed, action, floor, toolkit: bundle, toolkitRequests })
  }

  const [get] = results
  const row = (name, figures, requests) => [
    name,
    fixed(figures.ms),
    fixed(figures.p10),
    fixed(figures.p90),
    fixed(figures.ms / get.floor.ms, 2),
    fixed(figures.ms / get.toolkit.ms, 2),
    fixed(figures.rssMiB),
    requests
  ]
  printTable(
    'One GET (get-limits) on Node 24, interleaved: bare node:http, the least toolkit bundle, the action',
    ['', 'median ms', 'p10', 'p90', 'x floor', 'x toolkit', 'peak RSS MiB', 'requests'],
    [
      row('floor (scripts/bench-floor.mjs)', get.floor, 1),
      row('toolkit (@actions/core + @actions/github, ncc)', get.toolkit, get.toolkitRequests),
      row('action (dist/index.js)', get.action, get.requests)
    ]
  )
  console.log(
    `\naction / toolkit bundle: ${fixed(get.action.ms / get.toolkit.ms, 2)} (issue 9's target: at most 1.25)`
  )
  printTable(
    'Requests, time and peak memory per step',
    ['scenario', 'requests', 'minimum', 'median ms', 'x floor', 'peak RSS MiB'],
    results.map(({ scenario, requests, failed, action, note = '' }) => [
      scenario.name,
      failed ? `${requests} (${failed} failed)` : requests,
      `${scenario.minimum}${note}`,
      action ? fixed(action.ms) : '-',
      action ? fixed(action.ms / get.floor.ms, 2) : '-',
      action ? fixed(action.rssMiB) : '-'
    ])
  )
  const size = statSync(ACTION).size
  const toolkitSize = statSync(TOOLKIT).size
  console.log(`\ndist/index.js: ${size} bytes (${fixed(size / 1024)} KiB)`)
  console.log(`toolkit bundle: ${toolkitSize} bytes (${fixed(toolkitSize / 1024)} KiB)`)
}

/**
 * The requests of one apply that moves 40 runners to a new custom image version, `canary: 0` and
 * `batch: 10` (4 waves), each runner answered Provisioning once after its PATCH, then Ready: the step
 * reads at poll-interval (1s here) the runners of the current wave only. Runs once: it takes the writes'
 * 1 s spacing and the polls in real time (about 80 s).
 */
async function rolloutRow() {
  const RUNNERS = 40
  const sim = await startSimulator({ org: 'acme', readyAfterPolls: 1 })
  sims.push(sim)
  const image = sim.seed.image({ name: 'golden' })
  sim.seed.imageVersion(image.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  sim.seed.imageVersion(image.id, { version: '2.0.0', created_on: '2026-02-01T00:00:00Z' })
  const lines = ['hosted-runners:']
  const ids = new Map()
  for (let r = 0; r < RUNNERS; r++) {
    const runner = sim.seed.runner({
      name: `runner-${r}`,
      image: { id: String(image.id), source: 'custom', version: '1.0.0' }
    })
    ids.set(runner.id, r)
    lines.push(`  - runner-name: runner-${r}`, '    image-id: golden', '    image-source: custom')
    lines.push('    image-version: 2.0.0')
  }
  lines.push('rollout:', '  canary: 0', '  batch: 10', '  wait-timeout: 5m')
  const workspace = mkdtempSync(join(files, 'rollout-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github/hosted-runners.yml'), `${lines.join('\n')}\n`)
  const env = {
    ...stepEnv({ token: TOKEN, org: 'acme', 'api-url': sim.url, operation: 'apply', 'poll-interval': '1s' }),
    GITHUB_WORKSPACE: workspace
  }
  const started = performance.now()
  await runNode(ACTION, [], env)
  const seconds = (performance.now() - started) / 1000
  const one = /^\/orgs\/acme\/actions\/hosted-runners\/(\d+)$/
  const patches = sim.requests.filter((r) => r.method === 'PATCH' && one.test(r.path))
  const reads = sim.requests.filter((r) => r.method === 'GET' && one.test(r.path))
  // A read is of the current wave when its runner is in the wave of the last PATCH sent before it.
  let wave = -1
  let outside = 0
  for (const request of sim.requests) {
    const match = one.exec(request.path)
    if (!match) continue
    const index = Math.floor(ids.get(Number(match[1])) / 10)
    if (request.method === 'PATCH') wave = index
    else if (request.method === 'GET' && index !== wave) outside++
  }
  printTable(
    `apply with rollout (canary 0, batch 10): ${RUNNERS} runners moved to a new image version, each Provisioning for one look`,
    ['requests', 'PATCH', 'runner reads', 'reads outside the current wave', 'other reads', 'seconds'],
    [
      [
        sim.requests.length,
        patches.length,
        reads.length,
        outside,
        sim.requests.length - patches.length - reads.length,
        fixed(seconds)
      ]
    ]
  )
}

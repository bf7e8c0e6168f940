#!/usr/bin/env node
// `npm run bench`: how fast the committed dist/index.js starts and how few requests it sends, against
// the simulator on 127.0.0.1. Builds nothing, asserts nothing: it prints figures.
//   node scripts/bench.mjs [runs]      runs per measurement, default 15 (at least 10)
//
// Every step is a child process started as a runner starts it (`node dist/index.js`) with a clean
// environment: PATH, the INPUT_* variables, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY. The floor is
// scripts/bench-floor.mjs, the same GET over bare `node:http`, started with the same environment.
// Time is wall time from spawn to exit, seen from this process. Peak memory is the child's own
// process.resourceUsage().maxRSS, written to fd 3 on exit by a preload given to every child alike.
import { spawn } from 'node:child_process'
import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { startSimulator } from '../simulator/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ACTION = join(ROOT, 'dist/index.js')
const FLOOR = join(ROOT, 'scripts/bench-floor.mjs')
const RUNS = Math.max(10, Number(process.argv[2] ?? 15))
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

/** Runs `node <script> ...args`; resolves to wall milliseconds, peak RSS in KiB and the exit code. */
function runNode(script, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [`--import=${PRELOAD}`, script, ...args], {
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
      if (code !== 0) reject(new Error(`${script} exited with ${code}:\n${output}`))
      else resolve({ ms, maxRssKiB: Number(maxRssKiB) })
    })
  })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Runs each contestant RUNS times, interleaved (a, b, a, b...) after WARM_UP discarded rounds, so that
 * a busy moment of the machine hits all of them alike. Returns medians per contestant.
 */
async function sideBySide(contestants) {
  const samples = contestants.map(() => ({ ms: [], rss: [] }))
  for (let round = 0; round < WARM_UP + RUNS; round++) {
    for (const [i, { script, args, env, before }] of contestants.entries()) {
      before?.()
      const { ms, maxRssKiB } = await runNode(script, args, env())
      if (round < WARM_UP) continue
      samples[i].ms.push(ms)
      samples[i].rss.push(maxRssKiB)
    }
  }
  return samples.map(({ ms, rss }) => ({ ms: median(ms), rssMiB: median(rss) / 1024 }))
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
    minimum: '12 (groups + 10 repositories + PUT)'
  }
]

console.log(`npm run bench: ${RUNS} runs per figure (medians), after ${WARM_UP} warm-up runs`)
console.log(
  `node ${process.version} on ${process.platform}/${process.arch}, ${cpus().length} x ${cpus()[0]?.model}`
)

const sims = []
try {
  const results = []
  for (const scenario of scenarios) {
    const sim = await startSimulator({ org: 'acme' })
    sims.push(sim)
    scenario.seed(sim)
    const env = () => stepEnv({ token: TOKEN, org: 'acme', 'api-url': sim.url, ...scenario.inputs })
    // Request counts from one run, on the scenario's fresh simulator.
    sim.clearRequests()
    await runNode(ACTION, [], env())
    const requests = sim.requests.length
    const failed = sim.requests.filter((r) => r.status >= 400).length
    const contestants = [{ script: ACTION, args: [], env }]
    if (scenario.name === 'get-limits')
      contestants.push({ script: FLOOR, args: [`${sim.url}/orgs/acme/actions/hosted-runners/limits`], env })
    const [action, floor] = await sideBySide(contestants)
    results.push({ scenario, requests, failed, action, floor })
  }

  const [get] = results
  printTable(
    'One GET (get-limits): the bundled action against a bare node:http script',
    ['', 'median ms', 'ratio', 'peak RSS MiB'],
    [
      ['floor (scripts/bench-floor.mjs)', fixed(get.floor.ms), '1.00', fixed(get.floor.rssMiB)],
      [
        'action (dist/index.js)',
        fixed(get.action.ms),
        fixed(get.action.ms / get.floor.ms, 2),
        fixed(get.action.rssMiB)
      ]
    ]
  )
  printTable(
    'Requests, time and peak memory per step',
    ['scenario', 'requests', 'minimum', 'median ms', 'x floor', 'peak RSS MiB'],
    results.map(({ scenario, requests, failed, action }) => [
      scenario.name,
      failed ? `${requests} (${failed} failed)` : requests,
      scenario.minimum,
      fixed(action.ms),
      fixed(action.ms / get.floor.ms, 2),
      fixed(action.rssMiB)
    ])
  )
  const size = statSync(ACTION).size
  console.log(`\ndist/index.js: ${size} bytes (${fixed(size / 1024)} KiB)`)
} finally {
  await Promise.all(sims.map((sim) => sim.close()))
}

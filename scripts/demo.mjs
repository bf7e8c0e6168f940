#!/usr/bin/env node
// npm run demo: the committed bundle dist/index.js, run as a workflow step would run it, against a local
// GitHub API simulator seeded with a demo organization 'acme' and enterprise 'octo-ent'. No organization,
// no token, no network.
// For each step: the inputs, the log, the outputs, the step summary and the requests the simulator received.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { URLSearchParams } from 'node:url'
import { startSimulator } from '../simulator/index.js'
import { ACTION_NODE_VERSION } from './action-node.mjs'
import { runBundle } from './run-bundle.mjs'

const ORG = 'acme'
const TOKEN = 'ghp_demo0000000000000000000000000000000000' // fake: the simulator accepts any token
const MAX_LINES = 15
const SUMMARY_LINES = 30

/** Runners as code: the fleet file the tour applies, then edits. */
const FLEET = `# yaml-language-server: $schema=https://raw.githubusercontent.com/OWNER/hosted-runners-action/v1/schema/hosted-runners.schema.json
runner-groups:
  - group-name: release
    visibility: selected
    repositories: [api, web]
hosted-runners:
  - runner-name: release-linux
    image-id: Ubuntu Latest (24.04)
    size: 4-core
    runner-group: release
    maximum-runners: 10
  - runner-name: linux-4core
    maximum-runners: 10
`
const EDITED = FLEET.replace('[api, web]', '[api, web, docs]').replace(
  'maximum-runners: 10\n  - ',
  'maximum-runners: 20\n  - '
)

/** The tour: [operation, inputs, fleet file written before the step]. The data set is seedDemo in simulator/seed.js. */
const STEPS = [
  ['list-machine-sizes', {}],
  [
    'create-runner',
    {
      'runner-name': 'release-runner',
      'image-id': 'Ubuntu Latest (24.04)',
      size: '4-core',
      'wait-for': 'ready',
      'poll-interval': '1s'
    }
  ],
  ['list-runners', {}],
  ['set-group-repos', { 'runner-group': 'build', repositories: 'web, infra' }],
  ['list-image-versions', { 'custom-image': 'acme-base' }],
  ['cleanup-image-versions', { 'dry-run': 'true', keep: '2' }],
  // The same operations at enterprise scope: the demo enterprise 'octo-ent' and its two organizations.
  ['list-group-orgs', { enterprise: 'octo-ent', 'runner-group': 'platform' }],
  ['ensure-group', { enterprise: 'octo-ent', 'group-name': 'platform', organizations: 'acme, acme-labs' }],
  ['cleanup-image-versions', { enterprise: 'octo-ent', 'dry-run': 'true', keep: '1' }],
  ['apply', { config: '.github/hosted-runners.yml' }, FLEET],
  ['apply', { config: '.github/hosted-runners.yml', 'dry-run': 'true' }, EDITED]
]

const tty = process.stdout.isTTY === true
const paint = (code) => (text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text)
const [bold, dim, red, green] = [paint(1), paint(2), paint(31), paint(32)]

/** `name = value`; JSON objects and arrays pretty-printed, cut after MAX_LINES lines. */
function formatOutput(name, value) {
  let lines = [value]
  if (/^[[{]/.test(value)) {
    try {
      lines = JSON.stringify(JSON.parse(value), null, 2).split('\n')
    } catch {
      // not JSON after all: shown as is
    }
  }
  const shown = lines.slice(0, MAX_LINES)
  if (lines.length > MAX_LINES) shown.push(dim(`… ${lines.length - MAX_LINES} more lines`))
  return `    ${name} = ${shown.join('\n      ')}`
}

/** The step summary as written (Markdown), indented under its heading, cut after SUMMARY_LINES lines. */
function indented(markdown) {
  const lines = markdown.split('\n')
  const shown = lines.slice(0, SUMMARY_LINES)
  if (lines.length > SUMMARY_LINES) shown.push(dim(`… ${lines.length - SUMMARY_LINES} more lines`))
  return shown.map((line) => `    ${line}`.trimEnd()).join('\n')
}

/** Runs `node dist/index.js` on Node 24 (the `node` devDependency) with a clean environment: PATH, INPUT_*, the two step files and RUNNER_TEMP (the tour's dir, removed at the end). */
function runStep(dir, index, inputs) {
  const files = {
    GITHUB_OUTPUT: join(dir, `output-${index}`),
    GITHUB_STEP_SUMMARY: join(dir, `summary-${index}`)
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir, ...files }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return runBundle(env).then(({ code, log, outputs }) => {
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8').trim()
    const lines = log.split('\n')
    const decode = (line) =>
      line
        .replace(/^::\w+[^:]*::/, '')
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    const errors = lines.filter((line) => line.startsWith('::error')).map(decode)
    // What the action logs for a reader: plain lines ([dry-run] plans...) and warnings, not debug; a
    // group is shown folded, as GitHub shows it, with its line count.
    const notes = []
    let group
    for (const line of lines) {
      if (line.startsWith('::group::')) group = { title: decode(line), lines: 0 }
      else if (line.startsWith('::endgroup::') && group) {
        notes.push(`▸ ${group.title} (${group.lines} lines, folded)`)
        group = undefined
      } else if (group) group.lines += 1
      else if (/^(?!::)\S|^::warning/.test(line)) notes.push(decode(line))
    }
    if (code !== 0 && errors.length === 0) errors.push(`exit code ${code}\n${log.trim()}`)
    return { ok: code === 0, outputs, errors, notes, summary }
  })
}

const sim = await startSimulator({ org: ORG, seed: 'demo' })
const dir = mkdtempSync(join(tmpdir(), 'hosted-runners-demo-'))
const failed = []
try {
  console.log(
    `GitHub API simulator for org '${ORG}' at ${sim.url}; running dist/index.js per step on Node ${ACTION_NODE_VERSION}.\n`
  )
  mkdirSync(join(dir, '.github'))
  for (const [index, [operation, stepInputs, fleet]] of STEPS.entries()) {
    if (fleet) writeFileSync(join(dir, '.github/hosted-runners.yml'), fleet)
    const shown = Object.entries(stepInputs).map(([name, value]) => `${name}=${value}`)
    console.log(bold(`▶ ${operation}  ${shown.join(' ')}`.trimEnd()))
    const first = sim.requests.length
    const inputs = { operation, token: TOKEN, org: ORG, 'api-url': sim.url, ...stepInputs }
    const { ok, outputs, errors, notes, summary } = await runStep(dir, index, inputs)
    if (notes.length > 0) console.log(`  log\n${notes.map((note) => `    ${note}`).join('\n')}`)
    const names = Object.keys(outputs).sort((a, b) => Number(a === 'result') - Number(b === 'result'))
    if (names.length > 0) console.log('  outputs')
    for (const name of names) console.log(formatOutput(name, outputs[name]))
    if (summary) console.log(`  summary\n${indented(summary)}`)
    console.log('  requests')
    for (const { method, path, query, status } of sim.requests.slice(first)) {
      const search = new URLSearchParams(query).toString()
      const line = `    ${method} ${path}${search ? `?${search}` : ''} → ${status || 'no answer'}`
      console.log(status >= 400 || !status ? red(line) : line)
    }
    if (ok) console.log(green('  ✓ done\n'))
    else {
      failed.push(operation)
      for (const error of errors) console.log(red(`  ✗ ::error::${error}\n`))
    }
  }
} finally {
  await sim.close()
  rmSync(dir, { recursive: true, force: true })
}
if (failed.length > 0) {
  console.log(red(`${failed.length} step(s) failed: ${failed.join(', ')}`))
  process.exitCode = 1
} else {
  console.log(
    `All ${STEPS.length} steps passed. The simulator checked every request against GitHub's OpenAPI spec.`
  )
}

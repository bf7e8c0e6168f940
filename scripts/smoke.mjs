#!/usr/bin/env node
// npm run smoke: the bundled action (dist/index.js, on the project's Node 24) against a live organization,
// to check the simulator's guesses against what GitHub answers. With SMOKE_TOKEN and SMOKE_ORG (and
// optionally SMOKE_API_URL) it runs every read-only operation: each list-*, get-limits, and each get-* on
// the first item found (the network settings of the first network configuration's settings id). With SMOKE_WRITE=true it also runs a full cycle on a throwaway runner
// `smoke-<run id>`: create by image name → wait Ready → ensure with the same inputs (must send nothing)
// → update its size → delete → wait until it is gone; the delete runs even when a step before it fails.
// What GitHub answered (ids, states, timings) goes into a JSON report; its path is printed with a summary.
// Without SMOKE_TOKEN and SMOKE_ORG it says it was skipped and exits 0.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const env = process.env
const PASSED_THROUGH = [
  'PATH',
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy'
]
const KEPT_FIELDS = [
  'id',
  'name',
  'display_name',
  'platform',
  'status',
  'state',
  'source',
  'version',
  'latest_version',
  'versions_count',
  'created_on',
  'visibility',
  'default',
  'cpu_cores',
  'runner_group_id',
  'image_details',
  'machine_size_details',
  'public_ip_enabled',
  'public_ips',
  'size_gb',
  'storage_gb',
  'network_configuration_id',
  'network_settings_ids',
  'compute_service',
  'region'
]

if (!env.SMOKE_TOKEN || !env.SMOKE_ORG) {
  console.log(
    'smoke: skipped: SMOKE_TOKEN and SMOKE_ORG are not set. Set them (and optionally SMOKE_API_URL, ' +
      'SMOKE_WRITE=true) to run the action against a live organization.'
  )
  process.exit(0)
}
const { ACTION_NODE_VERSION } = await import('./action-node.mjs')
const { runBundle } = await import('./run-bundle.mjs')

const dir = mkdtempSync(join(tmpdir(), 'hosted-runners-smoke-'))
const report = {
  org: env.SMOKE_ORG,
  api_url: env.SMOKE_API_URL || 'https://api.github.com',
  node: ACTION_NODE_VERSION,
  started_at: new Date().toISOString(),
  write_cycle: env.SMOKE_WRITE === 'true',
  steps: [],
  failures: []
}
const reportPath = env.SMOKE_REPORT || join(tmpdir(), `hosted-runners-smoke-${Date.now()}.json`)

/** What an answer says, without the noise: the fields that tell ids, states and shapes. */
function kept(value) {
  if (Array.isArray(value)) return value.slice(0, 20).map(kept)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => KEPT_FIELDS.includes(key)))
}

/** Runs one step of the action as a runner runs it, and records what it answered. */
function step(operation, inputs = {}, { expectChanged } = {}) {
  const index = report.steps.length
  const files = {
    GITHUB_OUTPUT: join(dir, `output-${index}`),
    GITHUB_STEP_SUMMARY: join(dir, `summary-${index}`)
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const childEnv = { ...files, RUNNER_TEMP: dir }
  for (const name of PASSED_THROUGH) if (env[name] !== undefined) childEnv[name] = env[name]
  const all = { operation, token: env.SMOKE_TOKEN, org: env.SMOKE_ORG, ...inputs }
  if (env.SMOKE_API_URL) all['api-url'] = env.SMOKE_API_URL
  for (const [name, value] of Object.entries(all)) childEnv[`INPUT_${name.toUpperCase()}`] = value
  const started = Date.now()
  return runBundle(childEnv).then(({ code, log, outputs }) => {
    let result
    try {
      result = outputs.result === undefined ? undefined : JSON.parse(outputs.result)
    } catch {
      result = outputs.result
    }
    const errors = log
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .map((line) => line.replace(/^::error[^:]*::/, '').replace(/%0A/g, ' '))
    const record = {
      operation,
      inputs,
      ok: code === 0,
      ms: Date.now() - started,
      ...(errors.length > 0 ? { errors } : {}),
      ...pick(outputs, ['count', 'changed', 'status', 'runner-id', 'runner-group-id']),
      answer: kept(result)
    }
    if (!record.ok) report.failures.push(`${operation}: ${errors.join(' ') || `exit code ${code}`}`)
    if (record.ok && expectChanged !== undefined && outputs.changed !== String(expectChanged))
      report.failures.push(`${operation}: changed=${outputs.changed}, expected ${expectChanged}`)
    report.steps.push(record)
    console.log(
      `${record.ok ? '✓' : '✗'} ${operation} (${record.ms} ms)${errors.length ? `: ${errors[0]}` : ''}`
    )
    return { ok: record.ok, outputs, result }
  })
}

function pick(object, keys) {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]))
}

const first = (answer) => (answer.ok && Array.isArray(answer.result) ? answer.result[0] : undefined)

async function reads() {
  const runner = first(await step('list-runners'))
  if (runner) await step('get-runner', { 'runner-id': String(runner.id) })
  const github = await step('list-github-images')
  await step('list-partner-images')
  const sizes = await step('list-machine-sizes')
  await step('list-platforms')
  await step('get-limits')
  const image = first(await step('list-images'))
  if (image) {
    await step('get-image', { 'custom-image': String(image.id) })
    const version = first(await step('list-image-versions', { 'custom-image': String(image.id) }))
    if (version)
      await step('get-image-version', { 'custom-image': String(image.id), 'image-version': version.version })
  }
  const group = first(await step('list-groups'))
  if (group) {
    const ref = { 'runner-group': String(group.id) }
    await step('get-group', ref)
    await step('list-group-hosted-runners', ref)
    if (group.visibility === 'selected') await step('list-group-repos', ref)
    await step('list-group-runners', ref)
  }
  // Private networking: the configurations (read:network_configurations), and the settings one names.
  const network = first(await step('list-network-configurations'))
  if (network) {
    await step('get-network-configuration', { 'network-configuration-id': network.id })
    const settingsId = network.network_settings_ids?.[0]
    if (settingsId) await step('get-network-settings', { 'network-settings-id': settingsId })
  }
  return { images: github.ok ? github.result : [], sizes: sizes.ok ? sizes.result : [] }
}

/** create by image name → Ready → ensure sends nothing → update size → delete → gone; always deletes. */
async function writeCycle({ images, sizes }) {
  const name = `smoke-${env.GITHUB_RUN_ID || Date.now()}`
  const image = env.SMOKE_IMAGE || images.find((i) => /^linux/.test(i.platform))?.display_name
  const bySize = [...sizes].sort((a, b) => a.cpu_cores - b.cpu_cores).map((s) => s.id)
  const [size, biggerSize] = [env.SMOKE_SIZE || bySize[0], env.SMOKE_UPDATE_SIZE || bySize[1]]
  if (!image || !size || !biggerSize) {
    report.failures.push('write cycle: no Linux image or fewer than two machine sizes to use')
    return
  }
  const wait = {
    'wait-timeout': env.SMOKE_WAIT_TIMEOUT || '20m',
    'poll-interval': env.SMOKE_POLL_INTERVAL || '15s'
  }
  const settings = { 'runner-name': name, 'image-id': image, size }
  report.runner = { name, image, size, updated_size: biggerSize }
  let id
  try {
    const created = await step('create-runner', { ...settings, 'wait-for': 'ready', ...wait })
    id = created.outputs['runner-id']
    report.runner.id = id
    report.runner.image_details = created.result?.image_details
    if (!created.ok) return
    await step('ensure-runner', settings, { expectChanged: false })
    await step('update-runner', { 'runner-id': id, size: biggerSize, 'wait-for': 'ready', ...wait })
  } finally {
    // The runner is deleted whatever happened above: by id when known, else by name (a lost create).
    const target = id ? { 'runner-id': id } : { 'runner-name': name }
    const gone = await step('delete-runner', { ...target, 'wait-for': 'deleted', ...wait })
    if (!gone.ok && !id) report.failures.pop() // nothing by that name was created
  }
}

try {
  console.log(
    `smoke: ${report.api_url}, organization '${report.org}', dist/index.js on Node ${ACTION_NODE_VERSION}`
  )
  const catalogues = await reads()
  if (report.write_cycle) await writeCycle(catalogues)
} finally {
  report.finished_at = new Date().toISOString()
  report.ok = report.failures.length === 0
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  rmSync(dir, { recursive: true, force: true })
  const passed = report.steps.filter((s) => s.ok).length
  console.log(`smoke: ${passed} of ${report.steps.length} steps passed; report: ${reportPath}`)
  for (const failure of report.failures) console.log(`smoke: failed: ${failure}`)
  if (!report.ok) process.exitCode = 1
}

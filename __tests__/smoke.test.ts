// `npm run smoke` (scripts/smoke.mjs): skipped without credentials; its live-API code path run against
// the simulator through SMOKE_API_URL, including the throwaway runner's full cycle and its clean-up.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, TOKEN } from './support/step.js'
import { tempDir } from './support/temp.js'
import { useSimulator, writesSent } from './support/simulator.js'

// Ready and gone at the first look: the step's polls (1 s at least, through dist/index.js) wait no real time.
const sim = useSimulator({ readyAfterPolls: 0, goneAfterPolls: 0 })
const RUNNERS = '/orgs/acme/actions/hosted-runners'

function smoke(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/smoke.mjs')], {
      env: { PATH: process.env.PATH, TMPDIR: tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stdout += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }))
  })
}

function live(extra: NodeJS.ProcessEnv = {}) {
  const report = join(tempDir('smoke-'), 'report.json')
  const env = {
    SMOKE_TOKEN: TOKEN,
    SMOKE_ORG: 'acme',
    SMOKE_API_URL: sim().url,
    SMOKE_WRITE: 'true',
    SMOKE_POLL_INTERVAL: '1s',
    SMOKE_REPORT: report,
    GITHUB_RUN_ID: '4242',
    ...extra
  }
  return { env, report: () => JSON.parse(readFileSync(report, 'utf8')) }
}

function seedOrg() {
  const group = sim().seed.group({ name: 'build', visibility: 'selected' })
  sim().seed.runner({ name: 'existing', runner_group_id: group.id })
  const image = sim().seed.image({ name: 'golden' })
  sim().seed.imageVersion(image.id, { version: '1.0.0' })
}

test('without SMOKE_TOKEN and SMOKE_ORG it says it was skipped and exits 0', async () => {
  const { code, stdout } = await smoke({})
  expect(code).toBe(0)
  expect(stdout).toMatch(/^smoke: skipped: SMOKE_TOKEN and SMOKE_ORG are not set/)
  expect(sim().requests).toEqual([])
})

test('against an API URL: every read, then create by image name → Ready → ensure sends nothing → resize → delete', async () => {
  seedOrg()
  const { env, report } = live()
  const { code, stdout } = await smoke(env)
  expect(stdout).not.toContain(TOKEN)
  expect(code).toBe(0)
  const result = report()
  expect(stdout).toContain(`report: ${env.SMOKE_REPORT}`)
  expect(result.steps.map((s: { operation: string }) => s.operation)).toEqual([
    'list-runners',
    'get-runner',
    'list-github-images',
    'list-partner-images',
    'list-machine-sizes',
    'list-platforms',
    'get-limits',
    'list-images',
    'get-image',
    'list-image-versions',
    'get-image-version',
    'list-groups',
    'get-group',
    'list-group-hosted-runners',
    'list-group-runners',
    'create-runner',
    'ensure-runner',
    'update-runner',
    'delete-runner'
  ])
  expect(result).toMatchObject({ ok: true, failures: [], org: 'acme' })
  expect(result.runner).toMatchObject({
    name: 'smoke-4242',
    image: 'Ubuntu Latest (24.04)',
    image_details: { id: '2306', source: 'github', version: 'latest' }
  })
  expect(result.steps.find((s: { operation: string }) => s.operation === 'ensure-runner')).toMatchObject({
    changed: 'false'
  })
  const id = result.runner.id
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toEqual([
    `POST ${RUNNERS}`,
    `PATCH ${RUNNERS}/${id}`,
    `DELETE ${RUNNERS}/${id}`
  ])
  expect(writesSent(sim())[0]?.body).toMatchObject({
    name: 'smoke-4242',
    image: { id: '2306' },
    size: '2-core'
  })
  expect(writesSent(sim())[1]?.body).toEqual({ size: '4-core' })
  expect(sim().state.runners.map((r: { name: string }) => r.name)).toEqual(['existing'])
}, 60_000)

test('a failing step still deletes the throwaway runner, and the run fails saying which step', async () => {
  seedOrg()
  sim().fault({ method: 'PATCH', path: /\/hosted-runners\/\d+$/, status: 422, times: 1 })
  const { env, report } = live()
  const { code, stdout } = await smoke(env)
  expect(code).toBe(1)
  expect(stdout).toMatch(/smoke: failed: update-runner: update-runner failed: HTTP 422/)
  expect(report().ok).toBe(false)
  expect(writesSent(sim()).at(-1)?.method).toBe('DELETE')
  expect(sim().state.runners.map((r: { name: string }) => r.name)).toEqual(['existing'])
}, 60_000)

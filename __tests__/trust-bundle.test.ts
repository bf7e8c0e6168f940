// Issue 18, through dist/index.js against the simulator, where the step itself is the point: delete-group
// names the runners GitHub moves to the default group; static IPs are counted across the whole plan;
// a 10,000-group dry run plans in seconds and its outputs and summary hide nothing; a teardown wait on a
// name never seen, and an INPUT_* variable that is no input, are loud; the first line says where.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { useSimulator, writesSent } from './support/simulator.js'
import { tempDir } from './support/temp.js'
import { runBundle } from './support/step.js'

const sim = useSimulator({ readyAfterPolls: 0 })

function workspace(text: string): string {
  const dir = tempDir('trust-bundle-')
  mkdirSync(join(dir, '.github'))
  writeFileSync(join(dir, '.github/hosted-runners.yml'), text)
  return dir
}

test('delete-group says, in its log and summary, which runners GitHub moves to the default group', async () => {
  const group = sim().seed.group({ name: 'prod-deploy', visibility: 'all' })
  sim().seed.selfHostedRunner({ name: 'prod-sh', runner_group_id: group.id })
  sim().seed.runner({ name: 'ci', size: '4-core', runner_group_id: group.id })
  sim().seed.runner({ name: 'elsewhere', size: '4-core' })
  const step = await runBundle({ operation: 'delete-group', 'runner-group': 'prod-deploy' }, sim().url)
  expect(step.exitCode).toBe(0)
  const moved =
    "Deleting runner group 'prod-deploy': GitHub moves its self-hosted runners 'prod-sh' and hosted runners 'ci' to the default group 'Default'"
  expect(step.warnings).toEqual([expect.stringContaining(moved)])
  expect(step.summary).toContain(moved)
  expect(step.summary).not.toContain('elsewhere')
  expect(writesSent(sim()).map((w) => `${w.method} ${w.path}`)).toEqual([
    `DELETE /orgs/acme/actions/runner-groups/${group.id}`
  ])
})

test('static IPs are counted across the whole plan against /limits: refused before any write, naming the runners and the numbers', async () => {
  sim().state.limits.maximumPublicIps = 3
  sim().seed.runner({ name: 'static-one', size: '4-core', enable_static_ip: true })
  const runners = ['a', 'b', 'c', 'd']
    .map(
      (n) => `  - runner-name: ip-${n}\n    image-id: '2306'\n    size: 4-core\n    enable-static-ip: true\n`
    )
    .join('')
  const step = await runBundle({ operation: 'apply' }, sim().url, {
    GITHUB_WORKSPACE: workspace(`organization: acme\nhosted-runners:\n${runners}`)
  })
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    expect.stringContaining(
      "The plan of .github/hosted-runners.yml turns static IPs on for 4 runners ('ip-a', 'ip-b', 'ip-c', 'ip-d'), but organization 'acme' uses 1 of its 3 static public IP addresses, so 2 are free (get-limits). Nothing was sent."
    )
  ])
  expect(writesSent(sim())).toEqual([])
  expect(step.summary).toContain('too few static IP addresses; nothing was sent')
  expect(step.outputs.plan).toContain('"status":"planned"')
})

test('a dry run of 10,000 group creates (the file bound) plans in seconds; its plan, result and summary point to the result file', async () => {
  const count = 10_000
  const nameOf = (i: number) => `pool-${String(i).padStart(5, '0')}-${'x'.repeat(48)}`
  const groups = Array.from({ length: count }, (_, i) => `  - group-name: ${nameOf(i)}\n`).join('')
  const started = Date.now()
  const step = await runBundle({ operation: 'apply', 'dry-run': 'true' }, sim().url, {
    GITHUB_WORKSPACE: workspace(`organization: acme\nrunner-groups:\n${groups}`),
    RUNNER_TEMP: tempDir('trust-bundle-temp-')
  })
  const seconds = (Date.now() - started) / 1000
  expect(step.errors).toEqual([])
  // Before, planning was quadratic: 16k groups took 33 s and 40k did not end in 300 s.
  expect(seconds).toBeLessThan(30)
  const file = step.outputs['result-file'] as string
  expect(JSON.parse(step.outputs.plan as string)).toEqual({
    note: expect.stringContaining('read it from the file in the result-file output, under its "plan" key'),
    result_file: file
  })
  const whole = JSON.parse(readFileSync(file, 'utf8')) as { plan: Array<{ name: string; status: string }> }
  expect(whole.plan).toHaveLength(count)
  expect(whole.plan.at(-1)).toMatchObject({ name: nameOf(count - 1), status: 'planned' })
  expect(Buffer.byteLength(step.summary)).toBeLessThan(1024 * 1024)
  expect(step.summary).toMatch(
    /\*\*Left out here:\*\* lines \d+ to \d+ of this summary's \d+ .*the whole result is in the file named by the `result-file` output/
  )
  expect(step.warnings).toEqual([expect.stringContaining('The step summary is longer than GitHub allows')])
}, 60_000)

test('a teardown wait on a name never seen warns naming it; a misspelt INPUT_ variable is warned about; the first line says where', async () => {
  sim().seed.runner({ name: 'release-999', size: '4-core' })
  const step = await runBundle(
    { operation: 'wait-runner', 'wait-for': 'deleted', 'runner-name': 'release-9999' },
    sim().url,
    { INPUT_API_URL: 'http://127.0.0.1:9' }
  )
  expect(step.exitCode).toBe(0)
  const lines = step.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
  expect(lines[0]).toBe(`wait-runner on organization 'acme' through ${sim().url}`)
  expect(step.warnings).toEqual([
    "Environment variable INPUT_API_URL is no input of this action and is ignored. Did you mean 'api-url'?",
    expect.stringContaining(
      "no hosted runner named 'release-9999' in organization 'acme'. Did you mean 'release-999'? This run never saw runner 'release-9999'"
    )
  ])
  expect(step.outputs.status).toBe('deleted')
  expect(step.summary).toContain('**Not found:** no hosted runner is named `release-9999`')
})

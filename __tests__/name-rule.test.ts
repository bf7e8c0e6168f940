// One name rule for every lookup: names match ignoring case, the exact name wins where GitHub holds two
// that differ only in case, and a miss names the input and offers the closest names that exist.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { didYouMean, pickByName } from '../src/inputs/name-rule.js'
import { ROOT, runStep } from './support/step.js'
import { tempDir } from './support/temp.js'
import { requestLines, useSimulator } from './support/simulator.js'

const sim = useSimulator()
const GROUPS = '/orgs/acme/actions/runner-groups'
const RUNNERS = '/orgs/acme/actions/hosted-runners'

test('a group given in another case is found, with one listing', async () => {
  const group = sim().seed.group({ name: 'release-runners', visibility: 'all' })
  const step = await runStep({ operation: 'get-group', 'runner-group': 'Release-Runners' }, sim().url)
  expect(step.errors).toEqual([])
  expect(step.outputs['runner-group-id']).toBe(String(group.id))
  expect(requestLines(sim())).toEqual([`GET ${GROUPS}`, `GET ${GROUPS}/${group.id}`])
})

test('a misspelt group fails naming the input and the closest group, before any write', async () => {
  sim().seed.group({ name: 'release-runners', visibility: 'all' })
  const step = await runStep({ operation: 'delete-group', 'runner-group': 'relase-runners' }, sim().url)
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    "delete-group: Input 'runner-group': no runner group named 'relase-runners' in organization 'acme'. Did you mean 'release-runners'?"
  ])
  expect(requestLines(sim())).toEqual([`GET ${GROUPS}`])
})

test('a runner given in another case is found', async () => {
  const runner = sim().seed.runner({ name: 'linux-4core' })
  const step = await runStep({ operation: 'get-runner', 'runner-name': 'Linux-4Core' }, sim().url)
  expect(step.outputs['runner-id']).toBe(String(runner.id))
  expect(requestLines(sim())).toEqual([`GET ${RUNNERS}`, `GET ${RUNNERS}/${runner.id}`])
})

test('where two names differ only in case the exact one wins, else the id is asked for', () => {
  const items = [
    { id: 1, name: 'build' },
    { id: 2, name: 'BUILD' }
  ]
  expect(pickByName(items, 'BUILD', 'runner-name', 'hosted runners')).toEqual({ id: 2, name: 'BUILD' })
  expect(() => pickByName(items, 'Build', 'runner-name', 'hosted runners')).toThrow(
    "Input 'runner-name': 2 hosted runners are named 'Build' (ids 1, 2): give the id."
  )
  expect(() =>
    pickByName([...items, { id: 3, name: 'build' }], 'build', 'runner-name', 'hosted runners')
  ).toThrow("Input 'runner-name': 2 hosted runners are named 'build' (ids 1, 3): give the id.")
})

test('a misspelt runner, custom image or self-hosted runner gets "did you mean"', async () => {
  sim().seed.runner({ name: 'linux-4core' })
  sim().seed.image({ name: 'golden-ubuntu' })
  sim().seed.selfHostedRunner({ name: 'gpu-box' })
  const group = sim().seed.group({ name: 'gpu', visibility: 'all' })
  const runner = await runStep({ operation: 'delete-runner', 'runner-name': 'linux-4cor' }, sim().url)
  expect(runner.errors).toEqual([
    "delete-runner: Input 'runner-name': no hosted runner named 'linux-4cor' in organization 'acme'. Did you mean 'linux-4core'?"
  ])
  const image = await runStep({ operation: 'delete-image', 'custom-image': 'golden-ubunt' }, sim().url)
  expect(image.errors).toEqual([
    "delete-image: Input 'custom-image': no custom image named 'golden-ubunt' in organization 'acme'. Did you mean 'golden-ubuntu'?"
  ])
  const member = await runStep(
    { operation: 'add-group-runner', 'runner-group': String(group.id), runners: 'gpu-bx' },
    sim().url
  )
  expect(member.errors).toEqual([
    "add-group-runner: Input 'runners': no self-hosted runner named 'gpu-bx' in organization 'acme'. Did you mean 'gpu-box'?"
  ])
  expect(sim().requests.filter((r) => r.method !== 'GET')).toEqual([])
})

test('an image display name matches in any case; a near miss is offered the catalogue name', async () => {
  const step = await runStep(
    {
      operation: 'create-runner',
      'runner-name': 'x',
      'image-id': 'windows server 2022',
      // The 4-vCPU Windows size runs only Windows Server 2025 and Windows 11 (size-rules.test.ts).
      size: '8-core',
      'dry-run': 'true'
    },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(JSON.stringify(step.result)).toContain('"id":"2321"')
  const miss = await runStep(
    { operation: 'create-runner', 'runner-name': 'x', 'image-id': 'Windows Server 2O22', size: '8-core' },
    sim().url
  )
  expect(miss.errors[0]).toContain("Did you mean 'Windows Server 2022'?")
  expect(sim().requests.filter((r) => r.method !== 'GET')).toEqual([])
})

// Issue 25, item 4: one "did you mean" helper serves every miss (four formatters wrote it before).
test('every "did you mean" in src is written by the one helper of name-rule.ts', () => {
  const src = join(ROOT, 'src')
  const writers = (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && file !== join('inputs', 'name-rule.ts'))
    .filter((file) => /did you mean/i.test(readFileSync(join(src, file), 'utf8')))
  expect(writers).toEqual([])
})

test('a runner group the fleet file misspells gets "did you mean", before any request but the listings', async () => {
  sim().seed.group({ name: 'release-runners' })
  const dir = tempDir('fleet-miss-')
  mkdirSync(join(dir, '.github'))
  writeFileSync(
    join(dir, '.github/hosted-runners.yml'),
    'hosted-runners:\n  - runner-name: linux\n    image-id: "2306"\n    size: 4-core\n    runner-group: relase-runners\n'
  )
  const step = await runStep({ operation: 'apply' }, sim().url, { GITHUB_WORKSPACE: dir })
  expect(step.errors).toEqual([
    expect.stringContaining(
      "no runner group named 'relase-runners', in the file or on GitHub. Did you mean 'release-runners'?"
    )
  ])
  expect(sim().requests.filter((r) => r.method !== 'GET')).toEqual([])
})

test("a miss among a server's padded names is told at once: only names near the given one's length are measured", () => {
  // 1,000 names of 167,000 characters (a hostile listing's page): measured, they took minutes.
  const padded = Array.from({ length: 1000 }, (_, i) => `release-${i}${'x'.repeat(167_000)}`)
  expect(didYouMean('release-1', padded)).toBe('')
  expect(didYouMean('release-1', [...padded, 'release-11'])).toBe(" Did you mean 'release-11'?")
  expect(didYouMean('relase', ['release', 'build'])).toBe(" Did you mean 'release'?")
})

// The hosted-runner and machine operations, run as a workflow step against the loopback simulator.
import { runStep } from './support/step.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'

const sim = useSimulator()
const RUNNERS = '/orgs/acme/actions/hosted-runners'

test('list-runners fetches every page, 100 per page, and outputs the items and count', async () => {
  for (let i = 1; i <= 250; i++) sim().seed.runner({ name: `runner-${i}` })
  const step = await runStep({ operation: 'list-runners' }, sim().url)
  expect(step.exitCode).toBe(0)
  expect(sim().requests.map((r) => [r.path, r.query])).toEqual([
    [RUNNERS, { per_page: '100' }],
    [RUNNERS, { per_page: '100', page: '2' }],
    [RUNNERS, { per_page: '100', page: '3' }]
  ])
  expect(step.outputs.count).toBe('250')
  expect((step.result as Array<{ name: string }>).map((r) => r.name).slice(-1)).toEqual(['runner-250'])
  expect(step.summary).toContain('### `list-runners` on `acme`')
  expect(step.summary).toContain('| 1 | runner-1 | Ready |')
})

test('every request carries the API version header and the token', async () => {
  await runStep({ operation: 'get-limits', 'api-version': '2022-11-28' }, sim().url)
  expect(sim().requests[0]?.headers['x-github-api-version']).toBe('2022-11-28')
  expect(sim().requests[0]?.headers.authorization).toMatch(/^token ghp_/)
})

test('get-runner by id outputs the runner id, name and status', async () => {
  const runner = sim().seed.runner({ name: 'release' })
  const step = await runStep({ operation: 'get-runner', 'runner-id': String(runner.id) }, sim().url)
  expect(requestLines(sim())).toEqual([`GET ${RUNNERS}/${runner.id}`])
  expect(step.outputs).toMatchObject({
    'runner-id': String(runner.id),
    'runner-name': 'release',
    status: 'Ready'
  })
  expect(step.result).toMatchObject({ id: runner.id, image_details: { id: '2306' } })
  expect(step.summary).toContain('| status | Ready |')
})

test('create-runner sends the image, size and default group, and outputs the new runner', async () => {
  const step = await runStep(
    {
      operation: 'create-runner',
      'runner-name': 'release',
      'image-id': '2306',
      size: '8-core',
      'maximum-runners': '4'
    },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    {
      method: 'POST',
      path: RUNNERS,
      body: {
        name: 'release',
        image: { id: '2306', source: 'github' },
        size: '8-core',
        runner_group_id: 1,
        maximum_runners: 4
      }
    }
  ])
  expect(step.outputs).toMatchObject({ 'runner-name': 'release', status: 'Provisioning', changed: 'true' })
  expect(Number(step.outputs['runner-id'])).toBe(
    sim().state.runners.find((r: { name: string }) => r.name === 'release')?.id
  )
})

test('update-runner sends only the given fields, renaming when both id and name are given', async () => {
  const runner = sim().seed.runner({ name: 'old' })
  const step = await runStep(
    {
      operation: 'update-runner',
      'runner-id': String(runner.id),
      'runner-name': 'new',
      size: '16-core',
      'enable-static-ip': 'true'
    },
    sim().url
  )
  expect(step.errors).toEqual([])
  expect(writesSent(sim())).toEqual([
    {
      method: 'PATCH',
      path: `${RUNNERS}/${runner.id}`,
      body: { name: 'new', size: '16-core', enable_static_ip: true }
    }
  ])
  expect(step.outputs).toMatchObject({ 'runner-name': 'new', changed: 'true' })
})

test('update-runner in dry-run plans the request, sends no write, and says what would change', async () => {
  const runner = sim().seed.runner({ name: 'release' })
  const step = await runStep(
    { operation: 'update-runner', 'runner-id': String(runner.id), 'maximum-runners': '2', 'dry-run': 'true' },
    sim().url
  )
  expect(writesSent(sim())).toEqual([])
  expect(step.result).toEqual({
    dry_run: true,
    requests: [{ method: 'PATCH', path: `${RUNNERS}/${runner.id}`, body: { maximum_runners: 2 } }]
  })
  expect(step.outputs).toMatchObject({ changed: 'true', 'runner-id': String(runner.id) })
  expect(step.summary).toContain('(dry run)')
  expect(step.stdout).toContain(`[dry-run] PATCH ${RUNNERS}/${runner.id} {"maximum_runners":2}`)
})

test('delete-runner answers 202 with the runner, now Deleting', async () => {
  const runner = sim().seed.runner({ name: 'old' })
  const step = await runStep({ operation: 'delete-runner', 'runner-id': String(runner.id) }, sim().url)
  expect(writesSent(sim())).toEqual([{ method: 'DELETE', path: `${RUNNERS}/${runner.id}`, body: undefined }])
  expect(sim().requests[0]?.status).toBe(202)
  expect(step.outputs).toMatchObject({ 'runner-id': String(runner.id), status: 'Deleting', changed: 'true' })
})

test.each([
  ['list-github-images', 'images/github-owned', 'Ubuntu Latest (24.04)'],
  ['list-partner-images', 'images/partner', '2501'],
  ['list-machine-sizes', 'machine-sizes', '4-core'],
  ['list-platforms', 'platforms', 'linux-x64']
])('%s reads the wrapped list and outputs its items', async (operation, path, expected) => {
  const step = await runStep({ operation }, sim().url)
  expect(step.exitCode).toBe(0)
  expect(requestLines(sim())).toEqual([`GET ${RUNNERS}/${path}`])
  expect(Array.isArray(step.result)).toBe(true)
  expect(step.outputs.count).toBe(String((step.result as unknown[]).length))
  expect(step.outputs.result).toContain(expected)
})

test('get-limits outputs the limits object', async () => {
  const step = await runStep({ operation: 'get-limits' }, sim().url)
  expect(requestLines(sim())).toEqual([`GET ${RUNNERS}/limits`])
  expect(step.result).toHaveProperty('public_ips')
  expect(step.outputs.count).toBeUndefined()
})

// What the step does when the network or GitHub misbehaves: scripted faults on the simulator, and
// the step's final state, outputs and requests (nothing done twice).
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { runStep, TOKEN } from './support/step.js'
import { useSimulator } from './support/simulator.js'

const sim = useSimulator()
const RUNNERS = '/orgs/acme/actions/hosted-runners'
const statuses = () => sim().requests.map((r) => r.status)

describe('retries: network errors and 5xx, `retries` more times', () => {
  test('502 then 200', async () => {
    sim().fault({ method: 'GET', path: RUNNERS, status: 502 })
    const step = await runStep({ operation: 'list-runners' }, sim().url)
    expect(step.exitCode).toBe(0)
    expect(statuses()).toEqual([502, 200])
  })

  test('a connection reset, then an answer', async () => {
    sim().fault({ method: 'GET', path: RUNNERS, reset: true })
    const step = await runStep({ operation: 'list-runners' }, sim().url)
    expect(step.exitCode).toBe(0)
    expect(statuses()).toEqual([0, 200])
  })

  test('a persistent 500 is tried 1 + `retries` times, then fails with GitHub’s message', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status: 500, times: Infinity })
    const step = await runStep({ operation: 'get-limits', retries: '2' }, sim().url)
    expect(statuses()).toEqual([500, 500, 500])
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringMatching(
        /^get-limits failed: HTTP 500 from GET http:\/\/127\.0\.0\.1:\d+\/orgs\/acme\/actions\/hosted-runners\/limits: /
      )
    ])
    // The record survives the failure: `result` holds the error, and nothing was sent.
    expect(step.result).toEqual({ error: { message: step.errors[0], status: 500 } })
    expect(step.outputs.changed).toBe('false')
  })

  test('an answer slower than the request timeout is a network error, tried again', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, delayMs: 3000 })
    const step = await runStep({ operation: 'get-limits' }, sim().url)
    expect(step.errors).toEqual([])
    expect(sim().requests.filter((r) => r.path === `${RUNNERS}/limits`)).toHaveLength(2)
    expect(step.stdout).toMatch(/::debug::GET .*\/limits → no answer/)
  })

  test('a slow answer on every try fails, naming the timeout', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, delayMs: 3000, times: Infinity })
    const step = await runStep({ operation: 'get-limits', retries: '1' }, sim().url)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /^get-limits failed: network error on GET http:\/\/127\.0\.0\.1:\d+\/orgs\/acme\/actions\/hosted-runners\/limits: .*no answer within the 2 s request timeout/
    )
  })

  test('retries: 0 means one try', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status: 503, times: Infinity })
    const step = await runStep({ operation: 'get-limits', retries: '0' }, sim().url)
    expect(statuses()).toEqual([503])
    expect(step.exitCode).toBe(1)
  })

  test.each([400, 404, 409, 422])('a %i is never retried', async (status) => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status, times: Infinity })
    const step = await runStep({ operation: 'get-limits' }, sim().url)
    expect(statuses()).toEqual([status])
    expect(step.errors[0]).toContain(`HTTP ${status}`)
  })

  test('a PATCH whose answer was a 502 after GitHub acted is safe to send again', async () => {
    const runner = sim().seed.runner({ name: 'r' })
    sim().fault({ method: 'PATCH', path: `${RUNNERS}/${runner.id}`, status: 502, afterHandling: true })
    const step = await runStep(
      { operation: 'update-runner', 'runner-id': String(runner.id), 'maximum-runners': '7' },
      sim().url
    )
    expect(step.errors).toEqual([])
    expect(statuses()).toEqual([502, 200])
    expect(sim().state.runners.find((r: { id: number }) => r.id === runner.id)?.maximum_runners).toBe(7)
  })

  test('a DELETE whose answer was lost is sent again: a runner still Deleting answers 202 again', async () => {
    const runner = sim().seed.runner({ name: 'r' })
    sim().fault({ method: 'DELETE', path: `${RUNNERS}/${runner.id}`, reset: true, afterHandling: true })
    const step = await runStep({ operation: 'delete-runner', 'runner-id': String(runner.id) }, sim().url)
    expect(step.errors).toEqual([])
    expect(statuses()).toEqual([0, 202])
    expect(step.outputs).toMatchObject({ changed: 'true', status: 'Deleting' })
  })

  test('a DELETE whose answer was lost, then 404 on the retry, is deleted — not a failure', async () => {
    const image = sim().seed.image({ name: 'golden' })
    sim().seed.imageVersion(image.id, { version: '1.0.0' })
    sim().seed.imageVersion(image.id, { version: '2.0.0' })
    const path = `${RUNNERS}/images/custom/${image.id}/versions/1.0.0`
    sim().fault({ method: 'DELETE', path, reset: true, afterHandling: true })
    const inputs = {
      operation: 'delete-image-version',
      'custom-image': String(image.id),
      'image-version': '1.0.0'
    }
    const step = await runStep(inputs, sim().url)
    expect(step.errors).toEqual([])
    expect(statuses()).toEqual([0, 404])
    expect(step.outputs).toMatchObject({ changed: 'true', result: '{}' })
    expect(step.stdout).toContain('the answer was lost and it is now gone: deleted')
  })

  test('a DELETE answered 404 at the first try still fails: there was nothing to delete', async () => {
    const step = await runStep({ operation: 'delete-runner', 'runner-id': '4242' }, sim().url)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /HTTP 404 .*Not found: the organization or the hosted runner is not there, or the token cannot see it\./
    )
  })
})

describe('rate limits are waited out and do not count as retries', () => {
  test('a 429 with retry-after is waited out, even with retries: 0', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status: 429, headers: { 'retry-after': '3' } })
    const step = await runStep({ operation: 'get-limits', retries: '0' }, sim().url)
    expect(step.errors).toEqual([])
    expect(statuses()).toEqual([429, 200])
    expect(step.warnings).toEqual([expect.stringMatching(/rate limit .*waiting 3s before trying again/i)])
  })

  test('a secondary-limit 403 is waited out', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status: 403, headers: { 'retry-after': '2' } })
    const step = await runStep({ operation: 'get-limits', retries: '0' }, sim().url)
    expect(step.errors).toEqual([])
    expect(statuses()).toEqual([403, 200])
  })

  test('a secondary limit without retry-after waits a minute', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status: 403 })
    const step = await runStep({ operation: 'get-limits' }, sim().url)
    expect(step.warnings).toEqual([expect.stringMatching(/waiting 60s/)])
    expect(statuses()).toEqual([403, 200])
  })

  test('a primary limit (x-ratelimit-remaining: 0) is waited out until x-ratelimit-reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 5)
    sim().fault({
      method: 'GET',
      path: `${RUNNERS}/limits`,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url: 'https://docs.github.com/rest'
      }
    })
    const step = await runStep({ operation: 'get-limits', retries: '0' }, sim().url)
    expect(step.errors).toEqual([])
    expect(statuses()).toEqual([403, 200])
    expect(step.warnings[0]).toMatch(/waiting [5-7]s/)
  })

  test('a limit that resets in an hour fails at once, saying when it resets', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600
    sim().fault({
      method: 'GET',
      path: `${RUNNERS}/limits`,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url: 'https://docs.github.com/rest'
      }
    })
    const step = await runStep({ operation: 'get-limits' }, sim().url)
    expect(statuses()).toEqual([403])
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      `Rate limited: the limit resets at ${new Date(reset * 1000).toISOString()} (in 60 minutes)`
    )
    expect(step.errors[0]).toContain('at most 10 minutes')
  })

  test('a 429 asking for 20 minutes fails at once', async () => {
    sim().fault({ method: 'GET', path: `${RUNNERS}/limits`, status: 429, headers: { 'retry-after': '1200' } })
    const step = await runStep({ operation: 'get-limits' }, sim().url)
    expect(statuses()).toEqual([429])
    expect(step.errors[0]).toMatch(
      /Rate limited: GitHub asked to wait 1200s \(until .*\), and the action waits out rate limits of at most 10 minutes\./
    )
  })
})

describe('errors users can act on', () => {
  test('401: the token is invalid or expired', async () => {
    sim().fault({
      method: 'GET',
      path: `${RUNNERS}/limits`,
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
    })
    const step = await runStep({ operation: 'get-limits' }, sim().url)
    expect(step.errors[0]).toMatch(
      /^get-limits failed: HTTP 401 from GET .*: Bad credentials\. The token is invalid or expired/
    )
  })

  test.each([
    [
      'list-groups',
      '/orgs/acme/actions/runner-groups',
      /classic scope `admin:org`, or the organization permission 'Self-hosted runners'/
    ],
    [
      'list-images',
      `${RUNNERS}/images/custom`,
      /`manage_runners:org`, or the organization permission 'Hosted runner custom images'/
    ],
    ['list-runners', RUNNERS, /`manage_runners:org`, or the organization permission 'Administration'/]
  ])('403 on %s names the scope and permission its family needs', async (operation, path, permission) => {
    sim().fault({
      method: 'GET',
      path,
      status: 403,
      body: { message: 'Resource not accessible by personal access token', documentation_url: 'x' }
    })
    const step = await runStep({ operation }, sim().url)
    expect(step.errors[0]).toMatch(
      new RegExp(
        `^${operation} failed: HTTP 403 from GET .*: Resource not accessible by personal access token\\.`
      )
    )
    expect(step.errors[0]).toMatch(permission)
  })

  test('422 carries GitHub’s message and field errors', async () => {
    sim().seed.runner({ name: 'r' })
    const step = await runStep(
      {
        operation: 'create-runner',
        'runner-name': 'r',
        'image-id': '2306',
        size: '4-core',
        'runner-group': '1'
      },
      sim().url
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /^create-runner failed: HTTP 422 from POST .*\/hosted-runners: .*already exists/
    )
  })

  test('an unreachable API is a network error naming the URL, after the retries', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const step = await runStep({ operation: 'get-limits', retries: '1' }, `http://127.0.0.1:${port}`)
    expect(step.errors[0]).toMatch(
      /^get-limits failed: network error on GET http:\/\/127\.0\.0\.1:\d+\/orgs\/acme\/actions\/hosted-runners\/limits: /
    )
  })
})

describe('the token never leaks', () => {
  test('not in logs (with debug on), outputs, summary or errors', async () => {
    sim().fault({ method: 'GET', path: RUNNERS, status: 502 })
    process.env.RUNNER_DEBUG = '1'
    try {
      const ok = await runStep({ operation: 'list-runners' }, sim().url)
      const failed = await runStep({ operation: 'get-runner', 'runner-id': '999' }, sim().url)
      for (const step of [ok, failed]) {
        expect(step.stdout).toContain('::debug::')
        const everything = [
          step.stdout.replace(`::add-mask::${TOKEN}\n`, ''),
          JSON.stringify(step.outputs),
          step.summary,
          ...step.errors
        ]
        for (const text of everything) expect(text).not.toContain(TOKEN)
      }
    } finally {
      delete process.env.RUNNER_DEBUG
    }
  })
})

// Issue 10, hostile servers: The rows where the step process itself is the point, run as the runner does (`node dist/index.js`,
// Node 24): a cancel by signal, server text that must not become a workflow command on stdout, the
// outputs file and the process's memory, and the proxy variables the toolkit reads as it loads.
// Every row also passes the checks of ./support/hostile-rows.ts (token, foreign servers, crash messages).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from '@jest/globals'
import { gzipOfZeros, upstreamReply } from './support/hostile-server.js'
import {
  deletedVersions,
  errorText,
  failWhen,
  hostileRows,
  hostPort,
  IMAGES,
  infoLines,
  injectedCommands,
  RUNNERS,
  seedVersions,
  sentTo
} from './support/hostile-rows.js'
import { type HostileWorld, type HostileStep } from './support/hostile-world.js'

const row = hostileRows('bundle')

// --- 5. Cancel: a signal during the 4th DELETE

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  row(
    `cancel: ${signal} during the 4th DELETE reports the 3 done in outputs, summary and log`,
    async (w) => {
      const image = seedVersions(w, 6)
      w.script(({ req, countBefore, cancel }) => {
        if (req.method !== 'DELETE') return undefined
        if (countBefore('DELETE', /./) < 3) return undefined
        setTimeout(() => cancel(signal), 300)
        return { hang: true }
      })
      const step = await w.run(
        { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' },
        { deadlineMs: 15_000 }
      )
      const done = ['1.0.0', '1.1.0', '1.2.0']
      expect(sentTo(w, 'DELETE', /./).map((r) => r.path)).toEqual(
        [...done, '1.3.0'].map((v) => `${IMAGES}/${image.id}/versions/${v}`)
      )
      expect(step.timedOut).toBe(false)
      expect(step.exitCode).not.toBe(0)
      expect(deletedVersions(step).map((d) => d.version)).toEqual(done)
      expect(step.outputs.changed).toBe('true')
      expect(step.summary).toMatch(/cancel/i)
      for (const version of done) expect(step.summary).toContain(version)
      for (const version of done) {
        const logged = infoLines(step).filter(
          (l) => l.includes('DELETE') && l.includes(`/versions/${version}`)
        )
        expect({ version, logged: logged.length > 0 }).toEqual({ version, logged: true })
      }
      return step
    },
    40_000
  )
}

row(
  'cancel: apply cancelled during its 3rd prune DELETE reports each change as done or not-done in plan',
  async (w) => {
    const runners = [0, 1, 2, 3].map((i) => w.sim.seed.runner({ name: `tmp-${i}` }) as { id: number })
    const dir = mkdtempSync(join(tmpdir(), 'cancel-apply-'))
    mkdirSync(join(dir, '.github'))
    writeFileSync(join(dir, '.github/hosted-runners.yml'), 'organization: acme\nprune: true\n')
    w.script(({ req, countBefore, cancel }) => {
      if (req.method !== 'DELETE' || countBefore('DELETE', /./) < 2) return undefined
      setTimeout(() => cancel('SIGTERM'), 300)
      return { hang: true }
    })
    const step = await w.run({ operation: 'apply' }, { deadlineMs: 15_000, env: { GITHUB_WORKSPACE: dir } })
    rmSync(dir, { recursive: true, force: true })
    expect(step.exitCode).not.toBe(0)
    expect(step.outputs.changed).toBe('true')
    const plan = JSON.parse(step.outputs.plan as string) as Array<{ id: number; status: string }>
    expect(plan.map((c) => [c.id, c.status])).toEqual([
      [runners[0]?.id, 'done'],
      [runners[1]?.id, 'done'],
      [runners[2]?.id, 'not-done'],
      [runners[3]?.id, 'not-done']
    ])
    expect(step.summary).toMatch(/cancel/i)
    return step
  },
  40_000
)

row(
  'cancel: a DELETE in flight when the signal comes is reported as sent with its answer unknown',
  async (w) => {
    const image = seedVersions(w, 4)
    w.script(async ({ req, forward, countBefore, cancel }) => {
      if (req.method !== 'DELETE' || countBefore('DELETE', /./) < 1) return undefined
      // GitHub acts on the second DELETE, but its answer never arrives before the cancel.
      await forward()
      setTimeout(() => cancel('SIGTERM'), 200)
      return { hang: true }
    })
    const step = await w.run(
      { operation: 'cleanup-image-versions', 'custom-image': 'golden', keep: '1' },
      { deadlineMs: 15_000 }
    )
    expect(step.exitCode).not.toBe(0)
    expect(sentTo(w, 'DELETE', /./)).toHaveLength(2)
    expect(deletedVersions(step).map((d) => d.version)).toEqual(['1.0.0'])
    expect(step.summary).toContain(
      `**Sent, answer unknown:** \`DELETE ${IMAGES}/${image.id}/versions/1.1.0\``
    )
    return step
  },
  40_000
)

// --- 8. Server text never becomes a workflow command

const INJECTED = /pwned|set-output name=count/

async function alreadyGoneImageRow(w: HostileWorld, imageName: string): Promise<HostileStep> {
  const image = seedVersions(w, 2, imageName)
  failWhen(w, ({ req }) => req.method === 'DELETE', { status: 404, message: 'Not Found' })
  const step = await w.run({ operation: 'cleanup-image-versions', keep: '1' })
  expect(sentTo(w, 'DELETE', /./).map((r) => r.path)).toEqual([`${IMAGES}/${image.id}/versions/1.0.0`])
  expect(injectedCommands(step, INJECTED)).toEqual([])
  expect(step.outputs.count).not.toBe('999')
  return step
}

row('commands: an image named ::warning title=pwned::x in an "already gone" line is not a command', (w) =>
  alreadyGoneImageRow(w, '::warning title=pwned::x')
)
row('commands: an image name with \\n::set-output name=count::999 is not a command', (w) =>
  alreadyGoneImageRow(w, 'golden\n::set-output name=count::999')
)

row(
  'commands: runner names with \\n::set-output and \\r\\n::error:: in a list are not commands',
  async (w) => {
    w.sim.seed.runner({ name: 'a' })
    w.sim.seed.runner({ name: 'b' })
    const names = ['a\n::set-output name=count::999', 'b\r\n::error::pwned']
    w.script(async ({ req, forward }) => {
      if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
      const answer = await forward()
      const body = answer.json as { runners: Array<{ name: string }> }
      body.runners.forEach((runner, i) => (runner.name = names[i] ?? runner.name))
      return { status: 200, headers: { link: answer.headers.link ?? null }, json: body, gzip: true }
    })
    const step = await w.run({ operation: 'list-runners' })
    expect(injectedCommands(step, INJECTED)).toEqual([])
    expect(step.outputs.count).toBe('2')
    return step
  }
)

row(
  'commands: a 404 message carrying ::set-output and ::error:: lines stays inside one ::error::',
  async (w) => {
    failWhen(w, ({ req }) => req.path === `${RUNNERS}/999`, {
      status: 404,
      message: 'Not Found\n::set-output name=count::999\r\n::error::pwned'
    })
    const step = await w.run({ operation: 'get-runner', 'runner-id': '999' })
    expect(step.exitCode).toBe(1)
    expect(step.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1)
    expect(injectedCommands(step, INJECTED)).toEqual([])
    expect(step.outputs.count).not.toBe('999')
    return step
  }
)

row('commands: a status carrying the legacy ##[command] form is logged inert', async (w) => {
  const runner = w.sim.seed.runner({ name: 'build' })
  w.script(async ({ req, forward }) => {
    if (req.method !== 'GET' || req.path !== `${RUNNERS}/${runner.id}`) return undefined
    const answer = await forward()
    return {
      ...upstreamReply(answer),
      json: { ...(answer.json as object), status: 'Ready ##[error title=pwned]pwned' }
    }
  })
  const step = await w.run({
    operation: 'wait-runner',
    'runner-id': String(runner.id),
    'poll-interval': '1s',
    'wait-timeout': '2s'
  })
  expect(step.stdout.split('\n').filter((line) => line.includes('##[error'))).toEqual([])
  return step
})

// --- 11. Sizes

const GZIP_BOMB = gzipOfZeros(1 << 30)

row(
  'sizes: a gzip bomb (1 GiB of zeros) fails as too large without using the memory',
  async (w) => {
    w.script(({ req }) =>
      req.method === 'GET' && req.path === RUNNERS
        ? {
            headers: { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' },
            body: GZIP_BOMB,
            chunkBytes: 64 * 1024
          }
        : undefined
    )
    const step = await w.run(
      { operation: 'list-runners', retries: '0' },
      { deadlineMs: 25_000, watchMemory: true }
    )
    expect(step.timedOut).toBe(false)
    expect(step.exitCode).toBe(1)
    expect(errorText(step)).toMatch(/too large|larger than|too big|exceed/i)
    if (step.peakRssKb > 0) expect(step.peakRssKb).toBeLessThan(400 * 1024)
    return step
  },
  45_000
)

row(
  'sizes: a result over 1 MiB goes to result-file under RUNNER_TEMP; result is a note; the summary is cut',
  async (w) => {
    for (let i = 0; i < 3000; i++)
      w.sim.seed.runner({ name: `runner-${String(i).padStart(4, '0')}-`.padEnd(64, 'x') })
    const step = await w.run({ operation: 'list-runners' }, { deadlineMs: 25_000 })
    expect(step.exitCode).toBe(0)
    expect(step.outputs.count).toBe('3000')
    const file = step.outputs['result-file']
    expect(file?.startsWith(`${step.runnerTemp}/`)).toBe(true)
    expect((JSON.parse(readFileSync(file as string, 'utf8')) as unknown[]).length).toBe(3000)
    expect((step.outputs.result ?? '').length).toBeLessThan(64 * 1024)
    expect(Buffer.byteLength(step.summary)).toBeLessThan(1 << 20)
    expect(step.summary).toContain('more')
    return step
  },
  40_000
)

row(
  'proxies: a loopback api-url is never sent through https_proxy or http_proxy, whatever GITHUB_API_URL says',
  async (w) => {
    const proxy = await w.foreignServer('127.0.0.1')
    const proxyUrl = `http://${hostPort(proxy)}`
    const step = await w.run(
      { operation: 'get-limits' },
      { env: { https_proxy: proxyUrl, http_proxy: proxyUrl, GITHUB_API_URL: 'https://api.github.com' } }
    )
    expect(step.exitCode).toBe(0)
    expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}/limits$`))).toHaveLength(1)
    return step
  }
)

row('messages: a proxy URL with a bad % escape is not "URI malformed"', async (w) => {
  const proxy = 'http://%zz@127.0.0.1:1'
  // Not loopback, so the proxy applies; `.invalid` never resolves, so nothing leaves this machine.
  const step = await w.run(
    { operation: 'get-limits', retries: '0' },
    { apiUrl: 'https://ghe.example.invalid/api/v3', env: { HTTPS_PROXY: proxy, HTTP_PROXY: proxy } }
  )
  expect(step.stdout).not.toContain('URI malformed')
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toMatch(/proxy/i)
  return step
})

// The rows of the hostile-server tests (hostile-*.test.ts): each row arranges a world (./hostile-world.ts),
// runs the step, asserts its own expectations and returns the step; then every row also checks that
// the token never appears in stdout, outputs or summary, that no foreign server saw a request (or even a
// connection), that no error is a JavaScript crash message, and that the run ended by itself.
import { beforeAll, expect, test } from '@jest/globals'
import { loadStep } from './step.js'
import type { ForeignServer, Reply, ScriptContext, Seen } from './hostile-server.js'
import { HostileWorld, TOKEN, type HostileStep, type Via } from './hostile-world.js'

export const ORG = '/orgs/acme/actions'
export const RUNNERS = `${ORG}/hosted-runners`
export const IMAGES = `${RUNNERS}/images/custom`
export const GROUPS = `${ORG}/runner-groups`
export const DAY = 24 * 3600 * 1000
export const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString()
export const GITHUB_DOCS = 'https://docs.github.com/rest'

/** Answers GitHub's error (`message`, `documentation_url`) to the requests `when` picks; forwards the rest. */
export function failWhen(
  w: HostileWorld,
  when: (context: ScriptContext) => boolean,
  error: { status: number; message: string; headers?: Record<string, string> }
): void {
  const { status, message, headers } = error
  const reply: Reply = {
    status,
    ...(headers ? { headers } : {}),
    json: { message, documentation_url: GITHUB_DOCS }
  }
  w.script((context) => (when(context) ? reply : undefined))
}
/** JavaScript's own messages: never what a user should read as the step's error. */
export const CRASHES = [
  'Cannot set properties of undefined',
  'Maximum call stack',
  'URI malformed',
  'Cannot read properties',
  "Cannot use 'in' operator"
]

// --- Helpers

export const hostPort = (server: ForeignServer): string => `${server.host}:${server.port}`
/** `METHOD target`, and whether the token came with it: what a failure should show of a request. */
export const described = (seen: Seen[]): string[] =>
  seen.map(
    (r) => `${r.method} ${r.target}${r.headers.authorization?.includes(TOKEN) ? ' [WITH THE TOKEN]' : ''}`
  )
export const writesAt = (w: HostileWorld): Seen[] => w.front.requests.filter((r) => r.method !== 'GET')
export const sentTo = (w: HostileWorld, method: string, path: RegExp): Seen[] =>
  w.front.requests.filter((r) => r.method === method && path.test(r.path))
export const errorText = (step: HostileStep): string => step.errors.join('\n')
/** stdout lines that the runner would take as a command carrying `pattern`, other than the one `::error::`. */
export function injectedCommands(step: HostileStep, pattern: RegExp): string[] {
  const commands = step.stdout
    .split(/\r?\n|\r/)
    .filter((line) => /^::(warning|set-output|notice|error|add-mask|stop-commands|group|debug)/.test(line))
  const errors = commands.filter((line) => line.startsWith('::error::'))
  const ownError = errors.length === 1 ? errors[0] : undefined
  return commands.filter((line) => line !== ownError && !line.startsWith('::debug::') && pattern.test(line))
}
/** Lines on stdout that are plain log lines, not workflow commands. */
export const infoLines = (step: HostileStep): string[] =>
  step.stdout.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('::'))

/** golden: 1.0.0 (pinned by runner `pinned`), 1.1.0, 1.2.0 (newest, latest). With keep 1 only 1.1.0 goes. */
export function seedPinnedImage(w: HostileWorld): { id: number; name: string } {
  const image = w.sim.seed.image({ name: 'golden' })
  w.sim.seed.imageVersion(image.id, { version: '1.0.0', created_on: daysAgo(100) })
  w.sim.seed.imageVersion(image.id, { version: '1.1.0', created_on: daysAgo(50) })
  w.sim.seed.imageVersion(image.id, { version: '1.2.0', created_on: daysAgo(10) })
  w.sim.seed.runner({ name: 'pinned', image: { id: String(image.id), source: 'custom', version: '1.0.0' } })
  return image
}

/** An image with `count` Ready versions 1.0.0, 1.1.0, … (oldest first), no runner using any. */
export function seedVersions(w: HostileWorld, count: number, name = 'golden'): { id: number; name: string } {
  const image = w.sim.seed.image({ name })
  for (let minor = 0; minor < count; minor++)
    w.sim.seed.imageVersion(image.id, { version: `1.${minor}.0`, created_on: daysAgo(100 - minor) })
  return image
}

export const deletedVersions = (step: HostileStep): Array<{ version: string; already_gone?: boolean }> =>
  step.outputs.deleted === undefined ? [] : JSON.parse(step.outputs.deleted)

// --- The table

/** Arranges the world, runs the step, asserts the row's own expectations, returns the step. */
export type RowRun = (w: HostileWorld) => Promise<HostileStep>

/** The `row(name, run, timeoutMs?)` of a test file: one test per row, each in a world of its own. */
export function hostileRows(via: Via): (name: string, run: RowRun, timeoutMs?: number) => void {
  const names = new Set<string>()
  // Loading the action's modules is the first in-process row's cost otherwise, within its timeout.
  if (via === 'in-process') beforeAll(loadStep, 120_000)
  return (name, run, timeoutMs = 30_000) => {
    if (names.has(name)) throw new Error(`two hostile rows are named '${name}'`)
    names.add(name)
    test(
      name,
      async () => {
        const w = await HostileWorld.start(via)
        try {
          const step = await run(w).catch((error: unknown) => {
            if (process.env.HOSTILE_DEBUG) debugDump(name, w, w.last)
            throw error
          })
          if (process.env.HOSTILE_DEBUG) debugDump(name, w, step)
          everyRow(step, w)
        } finally {
          await w.close()
        }
      },
      timeoutMs
    )
  }
}

/** HOSTILE_DEBUG=1: what each row's step did, to tell a harness problem from a missing behaviour. */
function debugDump(name: string, w: HostileWorld, step: HostileStep | undefined): void {
  const lines = [
    `== ${name}`,
    step
      ? `exit ${step.exitCode}${step.signal ? ` (${step.signal})` : ''}, ${step.durationMs} ms, peak RSS ${Math.round(step.peakRssKb / 1024)} MB${step.timedOut ? ', TIMED OUT' : ''}`
      : '(no step)',
    `front saw ${w.front.requests.length}: ${described(w.front.requests).slice(0, 12).join(' | ')}`,
    ...(step
      ? [
          `errors: ${JSON.stringify(step.errors).slice(0, 600)}`,
          `outputs: ${JSON.stringify(step.outputs).slice(0, 300)}`
        ]
      : [])
  ]
  process.stderr.write(`${lines.join('\n')}\n`)
}

/** What every row must also hold. */
function everyRow(step: HostileStep, w: HostileWorld): void {
  expect(step.timedOut).toBe(false)
  // The mask command is the one line that names the token: the runner masks it from then on.
  expect(step.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN)
  expect(JSON.stringify(step.outputs)).not.toContain(TOKEN)
  expect(step.summary).not.toContain(TOKEN)
  for (const server of w.foreign) {
    expect({
      server: server.label,
      requests: described(server.requests),
      connections: server.connections
    }).toEqual({
      server: server.label,
      requests: [],
      connections: 0
    })
  }
  for (const crash of CRASHES) expect(errorText(step)).not.toContain(crash)
}

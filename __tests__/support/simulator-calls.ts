// Requests to a simulator as a client sends them, shared by the organization and enterprise simulator tests.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { expect } from '@jest/globals'
import type { Simulator } from '../../simulator/index.js'

export const HEADERS = { authorization: 'Bearer test-token', 'x-github-api-version': '2026-03-10' }

// Answers are already checked against the OpenAPI schemas by the simulator itself (a mismatch is a 500),
// so the tests read their bodies loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export interface Reply {
  status: number
  body: Json
  headers: Headers
}

/** One request; a string body is sent as is (to send JSON that does not parse). */
export async function call(
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = HEADERS
): Promise<Reply> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    ;(init.headers as Record<string, string>)['content-type'] = 'application/json'
  }
  const response = await fetch(sim.url + path, init)
  const text = await response.text()
  return {
    status: response.status,
    body: text === '' ? undefined : JSON.parse(text),
    headers: response.headers
  }
}

/** A hosted runner create body both scopes accept. */
export const createBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  image: { id: '2306', source: 'github' },
  size: '4-core',
  runner_group_id: 1,
  ...extra
})

export function noBody(body: unknown) {
  expect(body).toBeUndefined()
}

/** GETs each list at once and expects each to answer 200 with its total_count; the replies, in order. */
export async function expectTotals(
  sim: Simulator,
  totals: [path: string, count: number][]
): Promise<Reply[]> {
  const replies = await Promise.all(totals.map(([path]) => call(sim, 'GET', path)))
  expect(replies.map((reply) => [reply.status, reply.body.total_count])).toEqual(
    totals.map(([, count]) => [200, count])
  )
  return replies
}

/**
 * Runs `node simulator/cli.js …args`, hands `use` the lines of its first output and the URL it listens on,
 * then stops it with SIGTERM and expects a clean exit. A failed expectation does not leave the process
 * running (it would keep jest alive).
 */
export async function withCli(args: string[], use: (lines: string[], url: string) => Promise<void>) {
  const cli = fileURLToPath(new URL('../../simulator/cli.js', import.meta.url))
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer]
    const lines = chunk.toString().trim().split('\n')
    await use(lines, (lines[0] ?? '').replace('simulator listening on ', ''))
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
}

// Waiting for a hosted runner to be Ready, or to be gone: a pure verdict per look, and one loop.
import type { Api } from '../api.js'
import { describeMs } from '../input-formats.js'
import type { OperationInputs } from '../inputs.js'
import type { HostedRunner } from '../github-types.js'
import { runnerOutputs, type Outputs } from '../outputs.js'
import { PartialFailure } from '../failure.js'
import { LookupError } from '../references.js'
import { fieldsTable } from '../summary.js'
import type { CompositeOperation, OperationContext, Outcome } from './types.js'

export type WaitTarget = 'ready' | 'deleted'
export type Sighting = { runner: HostedRunner } | { gone: true }
export type Verdict = { done: true } | { fail: string } | { pollAgain: true }

export const DEFAULT_WAIT_TIMEOUT_MS = 15 * 60_000
export const DEFAULT_POLL_INTERVAL_MS = 15_000

/** What one look at the runner means for the wait. */
export function judge(seen: Sighting, target: WaitTarget, elapsedMs: number, timeoutMs: number): Verdict {
  if ('gone' in seen)
    return target === 'deleted' ? { done: true } : { fail: 'it was deleted while waiting for Ready' }
  const { status } = seen.runner
  if (target === 'ready' && status === 'Ready') return { done: true }
  if (status === 'Stuck') return { fail: 'its status is Stuck: GitHub could not provision it' }
  if (elapsedMs >= timeoutMs) {
    return { fail: `timed out after ${describeMs(timeoutMs)}; last status seen: ${status}` }
  }
  return { pollAgain: true }
}

export interface WaitOptions {
  target: WaitTarget
  timeoutMs: number
  pollMs: number
}

export function waitOptions(inputs: OperationInputs, target: WaitTarget): WaitOptions {
  return {
    target,
    timeoutMs: inputs.waitTimeout ?? DEFAULT_WAIT_TIMEOUT_MS,
    pollMs: inputs.pollInterval ?? DEFAULT_POLL_INTERVAL_MS
  }
}

export interface WaitResult {
  outputs: Outputs
  summary: string
}

/**
 * Polls the runner until the verdict is done or failed. Network errors and 5xx are retried by the
 * client; any other error (401, 403, a 404 when waiting for Ready) stops at once.
 */
export async function waitForRunner(
  api: Api,
  runner: { id: number; name?: string },
  options: WaitOptions
): Promise<WaitResult> {
  const started = Date.now()
  let last: HostedRunner | undefined
  for (let looks = 1; ; looks++) {
    const seen = await look(api, runner.id, options.target)
    if ('runner' in seen) last = seen.runner
    const elapsed = Date.now() - started
    const verdict = judge(seen, options.target, elapsed, options.timeoutMs)
    if ('pollAgain' in verdict) {
      await sleep(Math.min(options.pollMs, Math.max(0, options.timeoutMs - elapsed)))
      continue
    }
    const { outputs, summary } = report(runner, last, 'gone' in seen, looks, elapsed, options.target)
    if ('done' in verdict) return { outputs, summary }
    const name = last?.name ?? runner.name ?? String(runner.id)
    const wanted = options.target === 'ready' ? 'Ready' : 'deleted'
    const failure = new Error(`Runner '${name}' (id ${runner.id}) did not become ${wanted}: ${verdict.fail}.`)
    throw new PartialFailure(failure, outputs, summary)
  }
}

/** The outputs and summary of a finished wait: the runner as last seen, or `deleted`. */
function report(
  runner: { id: number; name?: string },
  last: HostedRunner | undefined,
  gone: boolean,
  looks: number,
  elapsedMs: number,
  target: WaitTarget
): WaitResult {
  const name = last?.name ?? runner.name
  const seen =
    gone || !last ? { runnerId: runner.id, runnerName: name, status: 'deleted' } : runnerOutputs(last)
  const waited = describeMs(Math.max(1000, Math.round(elapsedMs / 1000) * 1000))
  return {
    outputs: { result: gone || !last ? { id: runner.id, name, status: 'deleted' } : last, ...seen },
    summary: `Waited ${waited} over ${looks} look${looks === 1 ? '' : 's'} for \`${target}\`.\n\n${fieldsTable(seen)}`
  }
}

/**
 * After a write that concerns a runner: waits when `wait-for` asks (never in dry-run), so the outputs
 * are the runner's state after the wait. `keepResult` keeps the write's `result` instead of the runner.
 */
export async function thenWait(
  { api, inputs }: Pick<OperationContext, 'api' | 'inputs'>,
  done: Outcome,
  { keepResult }: { keepResult: boolean }
): Promise<Outcome> {
  const { runnerId, runnerName } = done.outputs
  if (!inputs.waitFor || api.dryRun || runnerId === undefined) return done
  const after = (waited: WaitResult): Outcome => ({
    outputs: {
      ...done.outputs,
      ...waited.outputs,
      result: keepResult ? done.outputs.result : waited.outputs.result
    },
    summary: `${done.summary}\n\n${waited.summary}`
  })
  const wait = waitOptions(inputs, inputs.waitFor)
  try {
    return after(await waitForRunner(api, { id: runnerId, name: runnerName }, wait))
  } catch (error) {
    // The write happened: a failed wait still reports it (`changed`, its summary) beside the wait's state.
    if (!(error instanceof PartialFailure)) throw error
    const { outputs, summary } = after(error)
    throw new PartialFailure(error.cause, outputs, summary)
  }
}

async function look(api: Api, id: number, target: WaitTarget): Promise<Sighting> {
  try {
    return {
      runner: await api.read('GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}', {
        hosted_runner_id: id
      })
    }
  } catch (error) {
    if (target === 'deleted' && (error as { status?: number }).status === 404) return { gone: true }
    throw error
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const WAIT_RUNNER: CompositeOperation = {
  kind: 'composite',
  name: 'wait-runner',
  reads: ['runnerId', 'runnerName', 'waitFor', 'waitTimeout', 'pollInterval'],
  requires: [['runnerId', 'runnerName']],
  target: 'runner',
  async run({ api, refs, inputs }) {
    const target = inputs.waitFor ?? 'ready'
    let id: number
    try {
      id = await refs.runnerId()
    } catch (error) {
      // A runner that no longer has a name to find is as deleted as it gets.
      if (target === 'deleted' && error instanceof LookupError) {
        return {
          outputs: {
            result: { name: inputs.runnerName, status: 'deleted' },
            runnerName: inputs.runnerName,
            status: 'deleted'
          },
          summary: `Runner '${inputs.runnerName}' is gone.`
        }
      }
      throw error
    }
    return waitForRunner(api, { id, name: inputs.runnerName }, waitOptions(inputs, target))
  }
}

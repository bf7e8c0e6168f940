// Waiting for a hosted runner to be Ready, or to be gone: a pure verdict per sighting, and one
// polling loop, used by wait-runner and by every write that takes `wait-for`.
import { HOSTED_RUNNER } from '../github/answer-shapes.js'
import { PartialFailure } from '../common/errors.js'
import type { HostedRunner } from '../github/types.js'
import { describeMs } from '../inputs/formats.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import { runnerOutputs } from '../report/outputs.js'
import type { RequestGateway } from '../github/request-gateway.js'
import { fieldsTable } from '../report/run-tables.js'
import { type Labels } from '../common/field-text.js'
import type { Outcome } from '../common/outcome.js'
import type { WaitClock } from '../github/client.js'
import { RUNNER } from '../resources/hosted-runner/routes.js'

export type WaitTarget = 'ready' | 'deleted'
export type Sighting = { runner: HostedRunner } | { gone: true }
export type Verdict = { done: true } | { fail: string } | { pollAgain: true }

export const DEFAULT_WAIT_TIMEOUT_MS = 15 * 60_000
/** The first interval; each next one is 1.5 times longer, up to a minute (provisioning takes minutes). */
export const DEFAULT_POLL_INTERVAL_MS = 15_000
const BACKOFF = 1.5
const MAX_BACKOFF_MS = 60_000

/** How long to wait before look number `sightings + 1`: `poll-interval`, growing ×1.5 up to 60 s. */
export function pollDelayMs(firstMs: number, sightings: number): number {
  return Math.round(Math.min(Math.max(firstMs, MAX_BACKOFF_MS), firstMs * BACKOFF ** (sightings - 1)))
}

const CHECK = "Check the runner in the organization's settings (Actions → Runners)"

/**
 * What one sighting of the runner means for the wait. `previous` is the status at the look before:
 * Shutdown fails once it is seen twice in a row (a runner may pass through it).
 */
export function verdictOf(
  seen: Sighting,
  target: WaitTarget,
  elapsedMs: number,
  timeoutMs: number,
  previous?: string
): Verdict {
  if ('gone' in seen)
    return target === 'deleted' ? { done: true } : { fail: 'it was deleted while waiting for Ready' }
  const { status } = seen.runner
  if (target === 'ready' && status === 'Ready') return { done: true }
  if (status === 'Stuck')
    return {
      fail: `its status is Stuck: GitHub could not provision it. ${CHECK}, its image and size; delete it and create it again`
    }
  if (target === 'ready' && status === 'Shutdown' && previous === 'Shutdown')
    return {
      fail: `its status stayed Shutdown across two looks: GitHub stopped it. ${CHECK}, the organization's Actions spending limit and billing, and its runner group's network configuration`
    }
  if (elapsedMs >= timeoutMs) {
    return { fail: `timed out after ${describeMs(timeoutMs)}; last status seen: ${status}` }
  }
  return { pollAgain: true }
}

export interface WaitOptions {
  target: WaitTarget
  timeoutMs: number
  pollMs: number
  clock: WaitClock
}

export function waitOptions(inputs: OperationInputs, target: WaitTarget, clock: WaitClock): WaitOptions {
  return {
    target,
    timeoutMs: inputs.waitTimeout ?? DEFAULT_WAIT_TIMEOUT_MS,
    pollMs: inputs.pollInterval ?? DEFAULT_POLL_INTERVAL_MS,
    clock
  }
}

/** What a wait works with: the operation's context, as far as a wait reads it. */
export interface WaitContext {
  gateway: RequestGateway
  inputs: OperationInputs
  log: { info(message: string): void; warning(message: string): void }
  names: { tableLabels: Labels }
  waitClock: WaitClock
}

type WaitLog = WaitContext['log']

/** While the status stays the same, a line at least this often says the wait goes on. */
const STILL_WAITING_EVERY_MS = 60_000

/**
 * Polls the runner until the verdict is done or failed, logging each change of status with the time
 * spent, and a line a minute while it stays the same. Network errors and 5xx are retried by the
 * client; any other error (401, 403, a 404 when waiting for Ready) stops at once.
 */
export async function waitForRunner(
  gateway: RequestGateway,
  log: WaitLog,
  runner: { id: number; name?: string },
  options: WaitOptions,
  labels?: Labels
): Promise<Outcome> {
  const { clock } = options
  const started = clock.now()
  const wanted = options.target === 'ready' ? 'Ready' : 'deleted'
  let last: HostedRunner | undefined
  let lastStatus: string | undefined
  let loggedAt = 0
  let changedAt = 0
  for (let sightings = 1; ; sightings++) {
    const seen = await observe(gateway, runner.id, options.target)
    const elapsed = clock.now() - started
    const status = 'runner' in seen ? seen.runner.status : 'deleted'
    const who = `Runner ${last?.name ?? runner.name ?? runner.id}`
    const previous = lastStatus
    if (previous === undefined)
      log.info(
        status === wanted
          ? `${who} is ${status}.`
          : `${who} is ${status}: waiting up to ${describeMs(options.timeoutMs)} for ${wanted}, looking every ${describeMs(options.pollMs)} at first.`
      )
    else if (status !== previous)
      log.info(
        `${who} is ${status} after ${elapsedText(elapsed)} (${previous} for ${elapsedText(elapsed - changedAt)}).`
      )
    else if (elapsed - loggedAt >= STILL_WAITING_EVERY_MS)
      log.info(`${who} is still ${status} after ${elapsedText(elapsed)}.`)
    if (status !== previous) changedAt = elapsed
    if (status !== previous || elapsed - loggedAt >= STILL_WAITING_EVERY_MS) loggedAt = elapsed
    lastStatus = status
    if ('runner' in seen) last = seen.runner
    const verdict = verdictOf(seen, options.target, elapsed, options.timeoutMs, previous)
    if ('pollAgain' in verdict) {
      const delay = pollDelayMs(options.pollMs, sightings)
      await clock.sleep(Math.min(delay, Math.max(0, options.timeoutMs - elapsed)))
      continue
    }
    const outcome = report(runner, 'gone' in seen ? undefined : last, sightings, elapsed, wanted, labels)
    if ('done' in verdict) return outcome
    const name = last?.name ?? runner.name ?? String(runner.id)
    const failure = new Error(`Runner '${name}' (id ${runner.id}) did not become ${wanted}: ${verdict.fail}.`)
    throw new PartialFailure(failure, outcome.outputs, outcome.summary)
  }
}

/** `45s`, `2m 5s`: time spent, rounded to the second. */
function elapsedText(ms: number): string {
  const seconds = Math.round(ms / 1000)
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${seconds % 60 ? ` ${seconds % 60}s` : ''}`
}

/**
 * The outputs and summary of a finished wait: the runner as last seen (once), or `deleted`. A wait
 * that found the runner as wanted at the first look waited for nothing and says nothing of waiting.
 */
function report(
  runner: { id: number; name?: string },
  last: HostedRunner | undefined,
  sightings: number,
  elapsedMs: number,
  wanted: string,
  labels?: Labels
): Outcome {
  const name = last?.name ?? runner.name
  const state = last ?? { id: runner.id, name, status: 'deleted' }
  const outputs = last ? runnerOutputs(last) : { runnerId: runner.id, runnerName: name, status: 'deleted' }
  const waited =
    sightings > 1
      ? `Waited ${elapsedText(elapsedMs)} (${sightings} looks) for runner \`${name ?? runner.id}\` to be ${wanted}.`
      : ''
  return {
    outputs: { result: state, ...outputs },
    summary: [waited, fieldsTable(state, labels)].filter(Boolean).join('\n\n')
  }
}

/** Whether a write that concerns this runner is followed by a wait (`wait-for`, never in dry-run). */
export function willWait(
  { gateway, inputs }: Pick<WaitContext, 'gateway' | 'inputs'>,
  runnerId: number | undefined
): boolean {
  return Boolean(inputs.waitFor) && !gateway.dryRun && runnerId !== undefined
}

/**
 * After a write that concerns a runner: waits when `wait-for` asks (never in dry-run), so the runner
 * outputs are its state after the wait. `result` stays the write's, or becomes the runner's.
 */
export async function waitAfterWrite(
  context: WaitContext,
  written: Outcome,
  { result }: { result: 'write' | 'runner' }
): Promise<Outcome> {
  const { gateway, inputs, log, names } = context
  const { runnerId, runnerName } = written.outputs
  if (!inputs.waitFor || !willWait(context, runnerId)) return written
  const after = (waited: Outcome): Outcome => ({
    outputs: {
      ...written.outputs,
      ...waited.outputs,
      result: result === 'write' ? written.outputs.result : waited.outputs.result
    },
    summary: `${written.summary}\n\n${waited.summary}`
  })
  const options = waitOptions(inputs, inputs.waitFor, context.waitClock)
  const target = { id: runnerId as number, name: runnerName }
  try {
    return after(await waitForRunner(gateway, log, target, options, names.tableLabels))
  } catch (error) {
    // The write happened: a failed wait still reports it (`changed`, its summary) beside the wait's state.
    if (!(error instanceof PartialFailure)) throw error
    const { outputs, summary } = after(error)
    throw new PartialFailure(error.cause, outputs, summary)
  }
}

async function observe(gateway: RequestGateway, id: number, target: WaitTarget): Promise<Sighting> {
  try {
    return {
      runner: await gateway.read(RUNNER, { hosted_runner_id: id }, HOSTED_RUNNER)
    }
  } catch (error) {
    if (target === 'deleted' && (error as { status?: number }).status === 404) return { gone: true }
    throw error
  }
}

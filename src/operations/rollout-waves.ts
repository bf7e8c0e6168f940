// The wave runner of a rollout: the plan's other writes first (groups, creates, updates that touch no
// image), then each wave through the one executor, each runner of the wave read until Ready by the one
// runner wait, and the deletions last. A wave that fails stops the rollout: with `rollback`, its runners
// are set back to the images they had and read until Ready again; the runners of later waves are never sent.
import { describeFailure, PartialFailure } from '../common/errors.js'
import {
  imageText,
  rolledOut,
  setBack,
  type RolloutPlan,
  type RolloutRunner
} from '../resources/hosted-runner/rollout.js'
import type { PlannedWrite } from '../core/planned-write.js'
import type { PlanEntry } from '../core/change.js'
import {
  progressOf,
  type RolloutProgress,
  type RunnerProgress
} from '../resources/hosted-runner/rollout-progress.js'
import type { OperationContext } from './context.js'
import { DEFAULT_POLL_INTERVAL_MS, waitForRunner, type WaitOptions } from '../execute/runner-wait.js'
import { executePlan, type ExecutionHooks } from '../engine/execute.js'

export interface RolloutHooks extends ExecutionHooks {
  /** The failure a stopped rollout ends the step with: what was done, and the rollout's state. */
  stopped(error: Error): PartialFailure
}

type Context = Pick<OperationContext, 'gateway' | 'retries' | 'inputs' | 'log' | 'names' | 'waitClock'>

const isDelete = (write: PlannedWrite) => write.route.startsWith('DELETE ')

/**
 * Sends the plan's writes; with a rollout, its image changes go wave by wave, and the deletions wait
 * until every wave is Ready (a group left by a rolled-out runner, a version retention would delete).
 */
export async function executeWithRollout(
  context: Context,
  entries: PlanEntry[],
  writes: PlannedWrite[],
  rollout: { plan: RolloutPlan; progress: RolloutProgress } | undefined,
  hooks: RolloutHooks
): Promise<void> {
  if (!rollout) {
    await executePlan(context, entries, writes, hooks)
    return
  }
  const rolled = new Set(rolledOut(rollout.plan).map((runner) => runner.write))
  const others = writes.filter((write) => !rolled.has(write))
  // One record across the phases: a change of a later phase depends on those of earlier ones.
  const send = async (some: PlannedWrite[], extra: ExecutionHooks = hooks) => {
    if (some.length > 0) await executePlan(context, entries, some, extra)
  }
  await send(others.filter((write) => !isDelete(write)))
  const { waves } = rollout.plan
  for (const [index, wave] of waves.entries()) {
    const where = `Rollout ${wave.label} (wave ${index + 1} of ${waves.length})`
    const verb = context.gateway.dryRun ? 'would change' : 'changing'
    context.log.info(`${where}: ${verb} ${wave.runners.map((r) => r.name).join(', ')}.`)
    const steps = wave.runners.map((runner) => progressOf(rollout.progress, runner.name) as RunnerProgress)
    const log = { ...context.log, info: (message: string) => context.log.info(`${where}: ${message}`) }
    await send(
      wave.runners.map((runner) => runner.write),
      {
        ...hooks,
        afterWrite(write, body, entry, answer) {
          const step = steps.find((s) => s.runner.write === write)
          if (step && !context.gateway.dryRun) step.step = 'sent'
          hooks.afterWrite?.(write, body, entry, answer)
        }
      }
    ).catch(async (error: unknown) => {
      // A write of the wave refused (a 422…) after others of it were sent: with rollback, those go back.
      const sent = steps.filter((s) => s.step === 'sent')
      if (context.gateway.dryRun || !rollout.plan.settings.rollback || sent.length === 0) throw error
      throw hooks.stopped(await writeFailed(context, log, { rollout, steps, wave: wave.label, error }))
    })
    if (context.gateway.dryRun) continue
    for (const step of steps) {
      step.step = 'waiting'
      const failure = await waitUntilReady(context, log, step, rollout.plan.settings.waitTimeoutMs).catch(
        (error: unknown) => {
          // A read refused (401, 403, 404): the step fails with the rollout's state, and the request's status.
          rollout.progress.stoppedAt = step.runner.name
          const read = describeFailure(`reading runner '${step.runner.name}'`, error)
          const message = `The rollout stopped in wave '${wave.label}': ${read} ${notSentText(rollout.progress)}`
          throw hooks.stopped(Object.assign(new Error(message.trim()), { status: statusOf(error) }))
        }
      )
      if (failure === undefined) continue
      rollout.progress.stoppedAt = step.runner.name
      throw hooks.stopped(
        await stop(context, log, { rollout, steps, failed: step, failure, wave: wave.label })
      )
    }
  }
  await send(others.filter(isDelete))
}

/** Reads the runner until it is Ready; the reason it is not, when it failed. */
async function waitUntilReady(
  context: Context,
  log: Context['log'],
  step: RunnerProgress,
  timeoutMs: number
): Promise<string | undefined> {
  const options: WaitOptions = {
    target: 'ready',
    timeoutMs,
    pollMs: context.inputs.pollInterval ?? DEFAULT_POLL_INTERVAL_MS,
    clock: context.waitClock
  }
  const { id, name } = step.runner
  try {
    const outcome = await waitForRunner(
      context.gateway,
      log,
      { id, name },
      options,
      context.names.tableLabels
    )
    step.status = outcome.outputs.status
    if (step.step === 'waiting') step.step = 'ready'
    return undefined
  } catch (error) {
    if (!(error instanceof PartialFailure)) throw error
    step.status = error.outputs.status
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause)
    return cause.replace(/^Runner '[^']*' \(id \d+\) /, '')
  }
}

interface Stop {
  rollout: { plan: RolloutPlan; progress: RolloutProgress }
  steps: RunnerProgress[]
  failed: RunnerProgress
  failure: string
  wave: string
}

/** The failed wave set back (with `rollback`), and the error that names the runner, its state and image. */
async function stop(context: Context, log: Context['log'], stopping: Stop): Promise<Error> {
  const { rollout, steps, failed, failure, wave } = stopping
  failed.step = 'failed'
  failed.failedAs = failed.status ?? 'not Ready'
  const { name, after, before } = failed.runner
  const lines = [
    `The rollout stopped in wave '${wave}': runner '${name}' is ${failed.status ?? 'not Ready'} on image ${imageText(after)}; it ${failure}`
  ]
  const sent = steps.filter((s) => s.step !== 'not sent')
  const { rollback, waitTimeoutMs } = rollout.plan.settings
  if (rollback) lines.push(await setBackWave(context, log, sent, waitTimeoutMs))
  else {
    const who = sent.map((s) => `'${s.runner.name}'`).join(', ')
    lines.push(
      `Rollback is off: ${who} ${sent.length === 1 ? 'stays' : 'stay'} on ${imageText(after)}, and had ${imageText(before)}.`
    )
  }
  lines.push(notSentText(rollout.progress))
  return new Error(lines.filter(Boolean).join(' '))
}

function notSentText(progress: RolloutProgress): string {
  const notSent = progress.runners.filter((r) => r.step === 'not sent')
  return notSent.length === 0
    ? ''
    : `Not sent, so on their image still: ${describe(notSent.map((r) => r.runner))}.`
}

/** A write of the wave failed after others of it were sent: those are set back, and the error says so. */
async function writeFailed(
  context: Context,
  log: Context['log'],
  { rollout, steps, wave, error }: Pick<Stop, 'rollout' | 'steps' | 'wave'> & { error: unknown }
): Promise<Error> {
  const cause = error instanceof PartialFailure ? error.cause : error
  const failed = steps.find((s) => s.step === 'not sent')
  rollout.progress.stoppedAt = failed?.runner.name
  const sent = steps.filter((s) => s.step === 'sent')
  const back = await setBackWave(context, log, sent, rollout.plan.settings.waitTimeoutMs)
  const text = [
    `The rollout stopped in wave '${wave}': ${describeFailure(`the change of runner '${failed?.runner.name ?? '?'}'`, cause)}.`,
    back,
    notSentText(rollout.progress)
  ]
  return Object.assign(new Error(text.filter(Boolean).join(' ')), { status: statusOf(cause) })
}

/** Sets every sent runner of the wave back to the image it had, then reads each until Ready again. */
async function setBackWave(
  context: Context,
  log: Context['log'],
  sent: RunnerProgress[],
  timeoutMs: number
): Promise<string> {
  const back = new Map<PlannedWrite, RunnerProgress>(sent.map((s) => [setBack(s.runner), s]))
  // Each set-back is a change of its own, bound to the runner: the one executor sends it.
  const entries: PlanEntry[] = [...back].map(([write, step]) => ({
    change: {
      kind: 'update',
      object: 'hosted-runner',
      id: step.runner.id,
      name: step.runner.name,
      fields: {}
    },
    writes: [write]
  }))
  try {
    await executePlan(context, entries, undefined, {
      afterWrite: (write) => {
        const step = back.get(write)
        if (step) step.step = 'set back'
      }
    })
  } catch (error) {
    const notBack = [...back.values()].filter((s) => !s.step.startsWith('set back'))
    return `Setting back failed (${error instanceof Error ? error.message : String(error)}): ${describe(notBack.map((s) => s.runner))} may still be on the new image.`
  }
  const notReady: string[] = []
  for (const step of back.values()) {
    const failure = await waitUntilReady(context, log, step, timeoutMs)
    if (failure !== undefined) {
      step.step = 'set back, not ready'
      notReady.push(`'${step.runner.name}' ${failure}`)
    }
  }
  const names = describe([...back.values()].map((s) => s.runner))
  return notReady.length === 0
    ? `Set back to the image each had, and Ready again: ${names}.`
    : `Set back to the image each had: ${names}; not Ready again: ${notReady.join('; ')}`
}

const describe = (runners: RolloutRunner[]) =>
  runners.map((r) => `'${r.name}' (${imageText(r.before)})`).join(', ') || 'none'

const statusOf = (error: unknown) => (error as { status?: unknown } | undefined)?.status

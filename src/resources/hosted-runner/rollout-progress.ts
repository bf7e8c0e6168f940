// Where a rollout is, runner by runner: planned, sent, read Ready, failed, set back or never sent, and the
// image each is set to now. The wave runner (operations/rollout-waves.ts) moves it on; the report reads it.
import { imageText, type RolloutPlan } from './rollout.js'
import type { RolloutRunner } from './rollout.js'

export type RunnerStep =
  'planned' | 'not sent' | 'sent' | 'waiting' | 'ready' | 'failed' | 'set back' | 'set back, not ready'

export interface RunnerProgress {
  runner: RolloutRunner
  wave: string
  step: RunnerStep
  /** The status last read, when it was read. */
  status?: string
  /** The status that stopped the rollout at this runner (Stuck, Shutdown, or the one seen at the timeout). */
  failedAs?: string
}

/** Where a rollout is, runner by runner, in wave order; `stoppedAt` names the runner that failed. */
export interface RolloutProgress {
  plan: RolloutPlan
  runners: RunnerProgress[]
  stoppedAt?: string
}

export function startProgress(plan: RolloutPlan, dryRun: boolean): RolloutProgress {
  const runners = plan.waves.flatMap((wave) =>
    wave.runners.map(
      (runner) => ({ runner, wave: wave.label, step: dryRun ? 'planned' : 'not sent' }) as const
    )
  )
  return { plan, runners: runners.map((r) => ({ ...r })) }
}

export function progressOf(progress: RolloutProgress, name: string): RunnerProgress | undefined {
  return progress.runners.find((r) => r.runner.name === name)
}

/** The image a runner is set to now, as far as the run knows: the new one once sent, the old one when set back. */
export function imageNow({ runner, step }: RunnerProgress): string {
  const before = step === 'planned' || step === 'not sent' || step.startsWith('set back')
  return imageText(before ? runner.before : runner.after)
}

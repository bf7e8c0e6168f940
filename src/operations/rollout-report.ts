// What a rollout leaves for a person: its waves, where each runner of each wave is and the image it is
// set to now, for the summary (also after a stop or a cancel) and for `plan`.
import { describeMs } from '../inputs/formats.js'
import { imageText, type RolloutPlan } from '../resources/hosted-runner/rollout.js'
import {
  imageNow,
  progressOf,
  type RolloutProgress,
  type RunnerProgress
} from '../resources/hosted-runner/rollout-progress.js'
import { cell, table } from '../report/markdown-table.js'

function settingsText({ settings }: RolloutPlan): string {
  const batch = 'count' in settings.batch ? String(settings.batch.count) : `${settings.batch.percent}%`
  return `canary ${settings.canary}, batch ${batch}, wait-timeout ${describeMs(settings.waitTimeoutMs)}, rollback ${settings.rollback ? 'on' : 'off'}`
}

const stepText = ({ step, status, failedAs }: RunnerProgress): string => {
  const failed = failedAs === undefined ? '' : `failed (${failedAs})`
  if (step === 'failed') return failed
  const now = step === 'set back, not ready' ? `${step} (${status ?? 'unknown'})` : step
  return failed ? `${failed}, ${now}` : now
}

/** The summary's rollout section: the waves in order, each runner with its image now and where it is. */
export function rolloutSection(progress: RolloutProgress | undefined): string {
  if (!progress) return ''
  const { waves } = progress.plan
  const order = waves.map((w) => `${w.label}: ${w.runners.map((r) => r.name).join(', ')}`).join('; ')
  const heading = `**Rollout** of image changes in ${waves.length} wave${waves.length === 1 ? '' : 's'} (${settingsText(progress.plan)}): ${cell(order)}.`
  const rows = progress.runners.map((r) => [
    r.wave,
    r.runner.name,
    `${imageText(r.runner.before)} → ${imageText(r.runner.after)}`,
    imageNow(r),
    stepText(r)
  ])
  return `${heading}\n\n${table(['wave', 'runner', 'image change', 'image now', 'state'], rows, { maxRows: Infinity })}`
}

/** A change of `plan` as apply records it: what the rollout adds is its wave and, after a stop, why. */
interface RecordLike {
  object: string
  name: string
  status: string
  note?: string
}

/**
 * The records of `plan` with each rolled-out runner's wave; once the rollout stopped, the failed runner
 * is `failed`, a runner set back or never sent is `not-done`, each with a note saying so.
 */
export function withRollout<R extends RecordLike>(records: R[], progress: RolloutProgress | undefined): R[] {
  if (!progress) return records
  return records.map((record) => {
    const at = record.object === 'hosted-runner' ? progressOf(progress, record.name) : undefined
    if (!at) return record
    const stopped = progress.stoppedAt
    const setBack = at.step.startsWith('set back') ? `${at.step} to ${imageText(at.runner.before)}` : ''
    if (at.failedAs !== undefined)
      return {
        ...record,
        wave: at.wave,
        status: 'failed',
        note: [`${at.failedAs} on ${imageText(at.runner.after)}`, setBack].filter(Boolean).join('; ')
      }
    if (setBack) return { ...record, wave: at.wave, status: 'not-done', note: setBack }
    if (stopped && at.step === 'not sent' && record.status !== 'failed')
      return {
        ...record,
        wave: at.wave,
        status: 'not-done',
        note: `not sent: the rollout stopped at '${stopped}'`
      }
    return { ...record, wave: at.wave }
  })
}

// The rollout of image changes, as a pure function: which planned writes change a hosted runner's image,
// and the waves they go out in (canary runners first, in the file's order, then a batch at a time). Each
// rolled-out runner keeps the image it had, so that a failed wave can be set back.
import type { HostedRunner } from '../../github/types.js'
import type { PlanEntry } from '../../core/change.js'
import { plannedWrite, type PlannedWrite } from '../../core/planned-write.js'
import { UPDATE_RUNNER } from './routes.js'

/** A batch: a number of runners, or a percentage of the runners the rollout changes. */
export type BatchSize = { count: number } | { percent: number }

/** The fleet file's `rollout` key, with its defaults filled in. */
export interface RolloutSettings {
  canary: number
  batch: BatchSize
  waitTimeoutMs: number
  rollback: boolean
}

export const ROLLOUT_DEFAULTS: RolloutSettings = {
  canary: 1,
  batch: { percent: 25 },
  waitTimeoutMs: 15 * 60_000,
  rollback: false
}

/** An image as a runner is set to use it: catalogue id, source, version (custom images only). */
export interface ImageRef {
  id?: string
  source?: string
  version?: string
  /** The name the run learned for the id: `golden-ubuntu (301)`. */
  label?: string
}

export interface RolloutRunner {
  name: string
  id: number
  /** The PATCH that changes its image, with any other change of the same runner. */
  write: PlannedWrite
  before: ImageRef
  after: ImageRef
}

export interface Wave {
  /** `canary`, `batch 1`, `batch 2`… */
  label: string
  runners: RolloutRunner[]
}

export interface RolloutPlan {
  settings: RolloutSettings
  waves: Wave[]
}

/** The update fields that name the image, by their API names. */
const IMAGE_FIELDS = ['image_id', 'image_source', 'image_version'] as const

/** Whether the write changes a hosted runner's image (id, source or version, `latest` included). */
export function changesImage(write: PlannedWrite): boolean {
  return write.route === UPDATE_RUNNER && IMAGE_FIELDS.some((field) => write.fields?.[field] !== undefined)
}

/** How many runners one batch holds, of `total` rolled out: a percentage rounds up, and a batch holds one at least. */
export function batchSizeOf(batch: BatchSize, total: number): number {
  const size = 'count' in batch ? batch.count : Math.ceil((total * batch.percent) / 100)
  return Math.max(1, size)
}

/** The waves of runners, in the file's order: `canary` runners first, then batches. */
export function wavesOf<T>(
  runners: readonly T[],
  settings: RolloutSettings
): Array<{ label: string; runners: T[] }> {
  const waves: Array<{ label: string; runners: T[] }> = []
  const canary = runners.slice(0, settings.canary)
  if (canary.length > 0) waves.push({ label: 'canary', runners: canary })
  const size = batchSizeOf(settings.batch, runners.length)
  for (let start = canary.length, n = 1; start < runners.length; start += size, n++)
    waves.push({ label: `batch ${n}`, runners: runners.slice(start, start + size) })
  return waves
}

/**
 * The rollout of a plan: every runner update that changes an image, in the plan's (the file's) order.
 * Undefined without `rollout` settings, or when no write changes an image.
 */
export function planRollout(
  entries: readonly PlanEntry[],
  settings: RolloutSettings | undefined,
  live: readonly HostedRunner[],
  imageLabels: ReadonlyMap<string, string>
): RolloutPlan | undefined {
  if (!settings) return undefined
  const runners: RolloutRunner[] = []
  for (const { change, writes } of entries)
    for (const write of writes.filter(changesImage)) {
      const id = write.params.hosted_runner_id as number
      const now = live.find((runner) => runner.id === id)?.image_details
      const before: ImageRef = { id: now?.id, source: now?.source, version: now?.version ?? undefined }
      const after: ImageRef = {
        id: (write.params.image_id as string | undefined) ?? before.id,
        source: (write.params.image_source as string | undefined) ?? before.source,
        version: (write.params.image_version as string | undefined) ?? before.version
      }
      // A new image without a version named starts from its newest (GitHub's default).
      if (write.params.image_id !== undefined && write.params.image_version === undefined)
        delete after.version
      const label = (ref: ImageRef): ImageRef => ({ ...ref, label: ref.id && imageLabels.get(ref.id) })
      runners.push({ name: change.name, id, write, before: label(before), after: label(after) })
    }
  if (runners.length === 0) return undefined
  return { settings, waves: wavesOf(runners, settings) }
}

/** The runners of the plan's waves, all together. */
export const rolledOut = (plan: RolloutPlan | undefined): RolloutRunner[] =>
  plan?.waves.flatMap((wave) => wave.runners) ?? []

/**
 * The write that sets a runner back to the image it had: the image fields its rollout write changed,
 * each to the value it had (a source goes with its id, as on any update).
 */
export function setBack(runner: RolloutRunner): PlannedWrite {
  const fields = runner.write.fields ?? {}
  const body: Record<string, unknown> = {}
  const changed: Record<string, { from: unknown; to: unknown }> = {}
  for (const field of IMAGE_FIELDS) {
    const value = fields[field]
    if (value === undefined || value.from === undefined || value.from === null) continue
    body[field] = value.from
    changed[field] = { from: value.to, to: value.from }
  }
  if (body.image_id !== undefined && runner.before.source !== undefined)
    body.image_source = runner.before.source
  // A custom image named without its version starts from its newest (GitHub's default): the version the
  // runner had goes back with its image, or the set-back would move it to another version.
  const { source, version } = runner.before
  if (body.image_id !== undefined && body.image_version === undefined && source === 'custom' && version) {
    body.image_version = version
    changed.image_version = { from: runner.after.version ?? null, to: version }
  }
  return plannedWrite(
    UPDATE_RUNNER,
    { hosted_runner_id: runner.id, ...body },
    `set runner '${runner.name}' back to ${imageText(runner.before)}`,
    changed
  )
}

/** `golden-ubuntu (301) 1.2.0`: an image as a person reads it. */
export function imageText(ref: ImageRef): string {
  const name = ref.label ?? ref.id ?? '(unknown image)'
  // GitHub-owned and partner images report `latest`: only a custom image's version says anything.
  return ref.version && ref.source === 'custom' ? `${name} ${ref.version}` : name
}

/** What the digest covers of a rollout: its settings and its waves, by runner name. */
export function rolloutDigest(plan: RolloutPlan | undefined, settings: RolloutSettings | undefined) {
  if (!settings) return undefined
  return {
    settings,
    waves: plan?.waves.map((wave) => ({ label: wave.label, runners: wave.runners.map((r) => r.name) })) ?? []
  }
}

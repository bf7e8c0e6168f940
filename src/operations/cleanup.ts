// `cleanup-image-versions`: reads the images in scope, their versions and the org's hosted runners, plans
// with the retention rule (cleanup-plan.ts), and only then deletes, one version at a time.
import type { CustomImage } from '../github/types.js'
import { describeMs } from '../inputs/formats.js'
import { aListOf, anObject, CUSTOM_IMAGE } from '../github/answer-shapes.js'
import { oneLine } from '../common/errors.js'
import { cell, table } from '../report/markdown-table.js'
import { policyOf, RETENTION_INPUTS } from '../resources/image-retention/fields.js'
import {
  DEFAULT_MAX_DELETIONS,
  planCleanup,
  type ImageInScope,
  type ImagePlan,
  type RetentionPolicy,
  type RunnerLike
} from '../resources/image-retention/plan.js'
import { BOTH_SCOPES } from '../common/scope.js'
import type { Operation, OperationContext, Outcome } from './types.js'
import { imageVersions } from '../resolve/current-state.js'
import { executePlan } from '../engine/execute.js'
import { precheck } from '../engine/prechecks.js'
import type { PlanEntry } from '../core/change.js'
import { passGate } from '../engine/gate.js'
import { planDigest } from '../engine/plan.js'
import { retentionEntries } from '../resources/image-retention/changes.js'
import { CUSTOM_IMAGES } from '../resources/image-retention/routes.js'

const IMAGES = CUSTOM_IMAGES

export interface DeletedVersion {
  image_id: number
  image_name: string
  version: string
  /** Found gone when deleted (another run, or GitHub's own retention, removed it first). */
  already_gone?: true
}

/** The `result` output. */
export interface CleanupResult {
  dry_run: boolean
  keep: number
  older_than: string | null
  /** Versions created at or after this instant are kept; null without `older-than`. */
  cutoff: string | null
  max_deletions: number
  planned_deletions: number
  images: ImagePlan[]
}

export const cleanupImageVersions: Operation = {
  name: 'cleanup-image-versions',
  scopes: BOTH_SCOPES,
  reads: [...RETENTION_INPUTS, 'maxDeletions', 'expectedPlanDigest', 'failOnChanges'],
  run: runCleanup
}

async function runCleanup(context: OperationContext): Promise<Outcome> {
  const { gateway, inputs, log, progress } = context
  const policy: RetentionPolicy = policyOf(inputs, new Date())
  const maxDeletions = inputs.maxDeletions ?? DEFAULT_MAX_DELETIONS

  const images = await readScope(context)
  const runners: RunnerLike[] = images.some(({ versions }) => versions.length > 0)
    ? await context.names.hostedRunners()
    : []
  const plan = planCleanup(images, runners, policy)
  const result = resultOf(plan, policy, maxDeletions, gateway.dryRun)
  const planned = toDelete(plan)
  log.group(
    `Retention plan: ${planned.length} of ${result.images.reduce((n, i) => n + i.versions.length, 0)} versions to delete`,
    plan.flatMap((image) =>
      image.versions.map((v) => `${image.image_name} ${v.version} (${v.state}): ${v.decision}, ${v.detail}`)
    )
  )
  // The same changes as apply's image retention: one delete per version, through the one gate and executor.
  const entries = retentionEntries(plan)
  const targetOf = new Map<PlanEntry, DeletedVersion>(
    entries.map((entry, i) => [entry, planned[i] as DeletedVersion])
  )
  const digest = planDigest(entries.map((entry) => entry.change))
  // Versions whose check just before the delete kept them, by `image_id@version`: why.
  const skipped = new Map<string, string>()
  const report = (deleted: DeletedVersion[], gone: DeletedVersion[], note: string): Outcome => ({
    outputs: { result, deleted, count: deleted.length, changed: deleted.length > 0, planDigest: digest },
    summary: summarize(result, { deleted, gone, skipped }, note)
  })
  passGate(
    {
      changes: entries.map((entry) => entry.change),
      digest,
      dryRun: gateway.dryRun,
      failOnChanges: inputs.failOnChanges,
      expectedDigest: inputs.expectedPlanDigest,
      requireReviewedPlan: false,
      maxDeletions,
      deletes: 'image versions',
      capAdvice: "or raise 'keep' or 'older-than'"
    },
    (note) =>
      report(
        [],
        [],
        note.replace(
          '**Stopped by the safety cap:** nothing was sent.',
          '**Stopped by the safety cap:** nothing was deleted.'
        )
      )
  )

  const deleted: DeletedVersion[] = []
  const gone: DeletedVersion[] = []
  if (entries.length > 0)
    await executePlan(context, entries, undefined, {
      // The same check as apply's image-retention: the runners read again just before each delete.
      check: precheck(gateway),
      skipped(entry, why) {
        const target = targetOf.get(entry) as DeletedVersion
        skipped.set(`${target.image_id}@${target.version}`, why)
      },
      afterWrite(_write, _body, entry, answer) {
        const target = targetOf.get(entry) as DeletedVersion
        if (answer.gone) {
          log.info(`Already gone (404): ${label(target)}.`)
          gone.push({ ...target, already_gone: true })
        } else (answer.status === 404 ? gone : deleted).push(target)
        progress(() =>
          report([...deleted], [...gone], 'Cancelled before the rest of the plan was carried out.')
        )
      },
      report: (note, done) => {
        const at = entries.find((entry) => done.statusOf(entry) === 'failed')
        const target = at && targetOf.get(at)
        // Without a failed delete, the run ended with skipped ones: the executor's note says so.
        if (!target) return report(deleted, gone, note)
        return report(
          deleted,
          gone,
          `**Stopped at ${label(target)}:** ${deleted.length} of ${planned.length} planned versions were deleted before it.`
        )
      }
    })
  return report(
    deleted,
    gone,
    planned.length === 0 ? 'Nothing to change: no version matches the policy.' : ''
  )
}

/** The images in scope with their versions: one request for the image(s), then one per image. */
async function readScope({ gateway, inputs, names }: OperationContext): Promise<ImageInScope[]> {
  const images: CustomImage[] = inputs.customImage
    ? [await names.customImage()]
    : (await gateway.read(IMAGES, {}, anObject({ images: aListOf(CUSTOM_IMAGE) }))).images
  const scope: ImageInScope[] = []
  for (const image of images) scope.push({ image, versions: await imageVersions(gateway, image.id) })
  return scope
}

/** In each image, oldest first: a run that stops part way has removed the oldest versions. */
function toDelete(plan: ImagePlan[]): DeletedVersion[] {
  return plan.flatMap((image) =>
    image.versions
      .filter((version) => version.decision === 'delete')
      .reverse()
      .map((version) => ({
        image_id: image.image_id,
        image_name: image.image_name,
        version: version.version
      }))
  )
}

function resultOf(
  plan: ImagePlan[],
  policy: RetentionPolicy,
  maxDeletions: number,
  dryRun: boolean
): CleanupResult {
  const { keep, olderThanMs, now } = policy
  return {
    dry_run: dryRun,
    keep,
    older_than: olderThanMs === undefined ? null : describeMs(olderThanMs),
    cutoff: olderThanMs === undefined ? null : new Date(now.getTime() - olderThanMs).toISOString(),
    max_deletions: maxDeletions,
    planned_deletions: toDelete(plan).length,
    images: plan
  }
}

function label(target: DeletedVersion): string {
  return `${target.image_name} (id ${target.image_id}) version ${target.version}`
}

function summarize(
  result: CleanupResult,
  {
    deleted,
    gone,
    skipped
  }: { deleted: DeletedVersion[]; gone: DeletedVersion[]; skipped: Map<string, string> },
  note: string
): string {
  const done = new Set(deleted.map((d) => `${d.image_id}@${d.version}`))
  const alreadyGone = new Set(gone.map((d) => `${d.image_id}@${d.version}`))
  const versions = result.images.reduce((sum, image) => sum + image.versions.length, 0)
  const verb = result.dry_run ? 'would be deleted (dry run: nothing was sent)' : 'deleted'
  const policy =
    `This run's rule: keep the ${result.keep} newest Ready versions per image; ` +
    (result.cutoff
      ? `delete only versions created before ${result.cutoff} (older than ${result.older_than})`
      : 'regardless of age') +
    `; max-deletions ${result.max_deletions}. ` +
    // GitHub Docs, "Enforcing policies for GitHub Actions in your enterprise", custom images retention.
    "GitHub's own custom image retention policy (an enterprise setting) runs beside this one and may delete unused versions first."
  const totals =
    `${result.images.length} image${result.images.length === 1 ? '' : 's'}, ${versions} version${versions === 1 ? '' : 's'}: ` +
    `${deleted.length} ${verb}, ${versions - result.planned_deletions} kept` +
    (gone.length > 0 ? `, ${gone.length} already gone` : '') +
    (deleted.length + gone.length < result.planned_deletions
      ? `, ${result.planned_deletions - deleted.length - gone.length} planned but not deleted.`
      : '.')
  const decisionOf = (imageId: number, version: string, decision: string): string => {
    if (decision === 'keep') return 'keep'
    if (alreadyGone.has(`${imageId}@${version}`)) return 'already gone'
    const why = skipped.get(`${imageId}@${version}`)
    if (why !== undefined) return `delete: not done (${why})`
    if (!done.has(`${imageId}@${version}`)) return 'delete: not done'
    return result.dry_run ? 'would delete' : 'deleted'
  }
  const tables = result.images.map((image) => {
    const heading = `#### \`${cell(oneLine(image.image_name))}\` (id ${image.image_id}, latest ${image.latest_version || 'none'})`
    if (image.versions.length === 0) return `${heading}\n\n_No versions._`
    const rows = image.versions.map((v) => [
      v.version,
      v.state,
      v.created_on,
      decisionOf(image.image_id, v.version, v.decision),
      v.detail
    ])
    // Every version it judged, not the first 50: the summary is the audit of a deletion run.
    const columns = ['version', 'state', 'created_on', 'decision', 'reason']
    return `${heading}\n\n${table(columns, rows, { maxRows: Infinity })}`
  })
  const body = result.images.length === 0 ? ['_No custom images in scope._'] : tables
  return [totals, policy, note, ...body].filter(Boolean).join('\n\n')
}

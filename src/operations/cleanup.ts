// `cleanup-image-versions`: reads the images in scope, their versions and the org's hosted runners, plans
// with the retention rule (cleanup-plan.ts), and only then deletes, one version at a time.
import { PartialFailure } from '../failure.js'
import type { CustomImage } from '../github-types.js'
import { describeMs } from '../input-formats.js'
import type { Outputs } from '../outputs.js'
import { cell, table } from '../summary.js'
import {
  planCleanup,
  type ImageInScope,
  type ImagePlan,
  type RetentionPolicy,
  type RunnerLike
} from './cleanup-plan.js'
import type { CompositeOperation, OperationContext, Outcome } from './types.js'

export const DEFAULT_KEEP = 5
export const DEFAULT_MAX_DELETIONS = 50

const IMAGES = 'GET /orgs/{org}/actions/hosted-runners/images/custom'
const VERSIONS = 'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions'
const DELETE_VERSION =
  'DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}'

export interface DeletedVersion {
  image_id: number
  image_name: string
  version: string
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

export const cleanupImageVersions: CompositeOperation = {
  kind: 'composite',
  name: 'cleanup-image-versions',
  reads: ['customImage', 'keep', 'olderThan', 'maxDeletions'],
  run: runCleanup
}

async function runCleanup(context: OperationContext): Promise<Outcome> {
  const { api, inputs, log } = context
  const policy: RetentionPolicy = {
    keep: inputs.keep ?? DEFAULT_KEEP,
    olderThanMs: inputs.olderThan,
    now: new Date()
  }
  const maxDeletions = inputs.maxDeletions ?? DEFAULT_MAX_DELETIONS

  const images = await readScope(context)
  const runners: RunnerLike[] = images.some(({ versions }) => versions.length > 0)
    ? await context.refs.hostedRunners()
    : []
  const plan = planCleanup(images, runners, policy)
  const result = resultOf(plan, policy, maxDeletions, api.dryRun)
  const planned = toDelete(plan)
  const report = (deleted: DeletedVersion[], note: string): { outputs: Outputs; summary: string } => ({
    outputs: { result, deleted, count: deleted.length, changed: deleted.length > 0 },
    summary: summarize(result, deleted, note)
  })

  if (planned.length > maxDeletions) {
    const message =
      `The plan would delete ${planned.length} image versions, more than max-deletions (${maxDeletions}): nothing was deleted. ` +
      `Check the plan in the step summary, then set 'max-deletions' to ${planned.length} or more, or raise 'keep' or 'older-than'.`
    const { outputs, summary } = report([], '**Stopped by the safety cap:** nothing was deleted.')
    throw new PartialFailure(new Error(message), outputs, summary)
  }

  const deleted: DeletedVersion[] = []
  for (const target of planned) {
    try {
      await api.write(DELETE_VERSION, { image_definition_id: target.image_id, version: target.version })
    } catch (error) {
      if ((error as { status?: number }).status !== 404) {
        const { outputs, summary } = report(
          deleted,
          `**Stopped at ${label(target)}:** ${deleted.length} of ${planned.length} planned versions were deleted before it.`
        )
        throw new PartialFailure(error, outputs, summary)
      }
      log.info(`${label(target)} was already gone (404): counted as deleted.`)
    }
    deleted.push(target)
  }
  return report(deleted, '')
}

/** The images in scope with their versions: one request for the image(s), then one per image. */
async function readScope({ api, inputs, refs }: OperationContext): Promise<ImageInScope[]> {
  const images: CustomImage[] = inputs.customImage
    ? [await refs.customImage()]
    : (await api.read(IMAGES, {})).images
  const scope: ImageInScope[] = []
  for (const image of images) {
    const { image_versions } = await api.read(VERSIONS, { image_definition_id: image.id })
    scope.push({ image, versions: image_versions })
  }
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

function summarize(result: CleanupResult, deleted: DeletedVersion[], note: string): string {
  const done = new Set(deleted.map((d) => `${d.image_id}@${d.version}`))
  const versions = result.images.reduce((sum, image) => sum + image.versions.length, 0)
  const verb = result.dry_run ? 'would be deleted (dry run: nothing was sent)' : 'deleted'
  const policy =
    `Policy: keep the ${result.keep} newest Ready versions per image; ` +
    (result.cutoff
      ? `delete only versions created before ${result.cutoff} (older than ${result.older_than})`
      : 'regardless of age') +
    `; max-deletions ${result.max_deletions}.`
  const totals =
    `${result.images.length} image${result.images.length === 1 ? '' : 's'}, ${versions} version${versions === 1 ? '' : 's'}: ` +
    `${deleted.length} ${verb}, ${versions - result.planned_deletions} kept` +
    (deleted.length < result.planned_deletions
      ? `, ${result.planned_deletions - deleted.length} planned but not deleted.`
      : '.')
  const decisionOf = (imageId: number, version: string, decision: string): string => {
    if (decision === 'keep') return 'keep'
    if (!done.has(`${imageId}@${version}`)) return 'delete: not done'
    return result.dry_run ? 'would delete' : 'deleted'
  }
  const tables = result.images.map((image) => {
    const heading = `#### \`${cell(image.image_name)}\` (id ${image.image_id}, latest ${image.latest_version || 'none'})`
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

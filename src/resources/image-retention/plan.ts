// The retention rule of `cleanup-image-versions` (README, Safety), as a pure function: the images in scope,
// the org's hosted runners and the policy in; every version of every image out, kept or deleted, and why.
import type { CustomImage, CustomImageVersion } from '../../github/types.js'

export interface RetentionPolicy {
  /** How many of the newest Ready versions of each image are kept. */
  keep: number
  /** Only versions created before `now - olderThanMs` are deleted; absent: regardless of age. */
  olderThanMs?: number
  now: Date
}

export type ImageLike = Pick<CustomImage, 'id' | 'name' | 'latest_version'>
export type VersionLike = Pick<CustomImageVersion, 'version' | 'state' | 'created_on'> &
  Partial<Pick<CustomImageVersion, 'size_gb' | 'state_details'>>
export interface RunnerLike {
  name: string
  image_details: { id: string; source: string; version?: string } | null
  status?: string
}

export interface ImageInScope {
  image: ImageLike
  versions: VersionLike[]
}

/**
 * Why a version is kept, in order of precedence: `reason` is the first that applies, `detail` says every
 * one that applies. `unprotected` is the reason of every deleted version.
 */
export const KEEP_REASONS = [
  'keep-newest',
  'latest',
  'pinned',
  'rolling-out',
  'not-finished',
  'undated',
  'too-young'
] as const
export type KeepReason = (typeof KEEP_REASONS)[number]
export type Reason = KeepReason | 'unprotected'

export interface VersionPlan {
  version: string
  state: string
  size_gb: number | null
  created_on: string
  decision: 'keep' | 'delete'
  reason: Reason
  detail: string
}

export interface ImagePlan {
  image_id: number
  image_name: string
  latest_version: string
  /** Newest first (see `newestFirst`). */
  versions: VersionPlan[]
}

const FINISHED_STATES = ['Ready', 'Failed']

export function planCleanup(
  images: ImageInScope[],
  runners: RunnerLike[],
  policy: RetentionPolicy
): ImagePlan[] {
  const cutoff = policy.olderThanMs === undefined ? undefined : policy.now.getTime() - policy.olderThanMs
  return images.map(({ image, versions }) => {
    const ordered = versions
      .map((version) => ({ version, time: Date.parse(version.created_on) }))
      .sort(newestFirst)
    // An undated version cannot be ranked by age: it is kept as `undated` and takes no place among the newest.
    const newestReady = new Set(
      ordered
        .filter(({ version, time }) => version.state === 'Ready' && !Number.isNaN(time))
        .slice(0, policy.keep)
        .map(({ version }) => version)
    )
    const rolling = rollingOut(runners, image)
    return {
      image_id: image.id,
      image_name: image.name,
      latest_version: image.latest_version,
      versions: ordered.map(({ version, time }) => {
        const why: Record<KeepReason, string | false> = {
          'rolling-out': rolling,
          'keep-newest': newestReady.has(version) && `one of the ${policy.keep} newest Ready versions`,
          latest: version.version === image.latest_version && "the image's latest version",
          pinned: pinnedBy(runners, image, version.version),
          'not-finished':
            !FINISHED_STATES.includes(version.state) &&
            `state '${version.state}' is not finished (neither Ready nor Failed)`,
          undated:
            Number.isNaN(time) &&
            `created_on '${version.created_on}' is not a date: a version of unknown age is kept`,
          'too-young':
            cutoff !== undefined &&
            time >= cutoff &&
            `created after the cut-off ${new Date(cutoff).toISOString()}`
        }
        const reasons = KEEP_REASONS.filter((reason) => why[reason] !== false)
        const kept = reasons.length > 0
        return {
          version: version.version,
          state: version.state,
          size_gb: version.size_gb ?? null,
          created_on: version.created_on,
          decision: kept ? 'keep' : 'delete',
          reason: reasons[0] ?? 'unprotected',
          detail: kept
            ? reasons.map((reason) => why[reason]).join('; ')
            : deletedBecause(version, cutoff, policy.keep)
        }
      })
    }
  })
}

/**
 * `rolling-out`: a runner of the image that GitHub is provisioning again (or that ended Stuck or Shutdown)
 * may be set back to any version of it: a rollout's rollback target is no runner's version until it is sent
 * back. Its image keeps every version until the runner is Ready. (GitHub's listing always gives a status:
 * its shape is checked; a runner the plan will set, without one, is not being provisioned yet.) The check
 * just before each delete (recheck.ts) asks the same of the runners as they are then.
 */
export function rollingOut(runners: readonly RunnerLike[], image: Pick<ImageLike, 'id'>): string | false {
  const moving = runners.filter((runner) => isInFlux(runner, image))
  if (moving.length === 0) return false
  const many = moving.length > 1
  const named = moving.map((runner) => `${runner.name} (${runner.status ?? 'status unknown'})`).join(', ')
  return `hosted runner${many ? 's' : ''} ${named} of this image ${many ? 'are' : 'is'} not Ready: a rollback may set ${many ? 'them' : 'it'} back to any of its versions`
}

function isInFlux(runner: RunnerLike, image: Pick<ImageLike, 'id'>): boolean {
  const details = runner.image_details
  const moving = runner.status !== undefined && runner.status !== 'Ready' && runner.status !== 'Deleting'
  return moving && details?.source === 'custom' && details.id === String(image.id)
}

/** `pinned`: a runner protects a version only when it is set to that exact version of this very image. */
export function pinnedBy(
  runners: readonly RunnerLike[],
  image: Pick<ImageLike, 'id'>,
  version: string
): string | false {
  const names = runners.filter((runner) => isPinnedTo(runner, image, version)).map((runner) => runner.name)
  return names.length > 0 && `used by hosted runner${names.length > 1 ? 's' : ''} ${names.join(', ')}`
}

function isPinnedTo(runner: RunnerLike, image: Pick<ImageLike, 'id'>, version: string): boolean {
  const details = runner.image_details
  return details?.source === 'custom' && details.id === String(image.id) && details.version === version
}

function deletedBecause(version: VersionLike, cutoff: number | undefined, keep: number): string {
  const what = version.state === 'Failed' ? 'Failed' : `Ready, not one of the ${keep} newest Ready versions`
  const age =
    cutoff === undefined
      ? 'no older-than: regardless of age'
      : `created before the cut-off ${new Date(cutoff).toISOString()}`
  return `${what}; ${age}`
}

/**
 * Newest first by `created_on`. Equal dates are ordered by semantic version, highest first (1.10.0
 * before 1.9.0), then versions that are not `x.y.z` after those that are, then by the version text,
 * highest first: so which of two versions built in the same second is kept never depends on the API's
 * order. Undated versions come last, in the same version order.
 */
function newestFirst(
  a: { version: VersionLike; time: number },
  b: { version: VersionLike; time: number }
): number {
  const aDated = !Number.isNaN(a.time)
  const bDated = !Number.isNaN(b.time)
  if (aDated !== bDated) return aDated ? -1 : 1
  if (aDated && a.time !== b.time) return b.time - a.time
  return compareVersionsDescending(a.version.version, b.version.version)
}

function compareVersionsDescending(a: string, b: string): number {
  const left = semver(a)
  const right = semver(b)
  if (left && right) {
    for (let i = 0; i < 3; i++) {
      const difference = (right[i] as number) - (left[i] as number)
      if (difference !== 0) return difference
    }
  } else if (left || right) {
    return left ? -1 : 1
  }
  return a === b ? 0 : a < b ? 1 : -1
}

function semver(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version)
  return match ? match.slice(1).map(Number) : undefined
}

export const DEFAULT_MAX_DELETIONS = 50

// What the check just before a version's delete (src/engine/prechecks.ts) asks of the hosted runners as
// they are then: the retention rule's own `pinned` and `rolling-out` (plan.ts), the two of its reasons
// that another hand can make true after the plan read the runners (a runner moved onto the version, a
// rollout started). A runner whose answer does not say which image and version it uses may be on this one.
import type { PlanEntry } from '../../core/change.js'
import type { RetentionEntry } from './changes.js'
import { pinnedBy, rollingOut, type RunnerLike } from './plan.js'

/** A runner as the listing gives it: `image_details` may be missing from an answer, and is then unknown. */
export interface ListedRunner {
  name: string
  status?: string
  image_details?: { id?: string; source?: string; version?: string } | null
}

export const isRetentionDelete = (entry: PlanEntry): entry is RetentionEntry =>
  entry.change.object === 'image-version' && 'provisioned' in entry

/** Why the version must not be deleted now, or undefined. */
export function keptNow(entry: RetentionEntry, runners: readonly ListedRunner[]): string | undefined {
  const image = { id: entry.image_id }
  const unknown = runners.filter((runner) => imageUnknown(runner, String(entry.image_id)))
  if (unknown.length > 0)
    return `the answer for hosted runner${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => r.name).join(', ')} does not say which image and version ${unknown.length > 1 ? 'they use' : 'it uses'}: ${unknown.length > 1 ? 'they' : 'it'} may use this one`
  const known = runners as RunnerLike[]
  const pinned = pinnedBy(known, image, entry.version)
  if (pinned) return `the retention rule now keeps it: ${pinned}`
  const rolling = rollingOut(
    known.filter((runner) => !sentByPlan(runner, entry.provisioned)),
    image
  )
  return rolling ? `the retention rule now keeps it: ${rolling}` : undefined
}

/**
 * Unknown: no `image_details`; or, unless it names GitHub's or a partner's image or another id, no id, no
 * version, or a source other than `custom`.
 */
function imageUnknown(runner: ListedRunner, imageId: string): boolean {
  const details = runner.image_details
  if (details === null) return false
  if (details === undefined) return true
  if (details.source === 'github' || details.source === 'partner') return false
  if (details.id !== undefined && details.id !== imageId) return false
  return details.source !== 'custom' || details.id === undefined || details.version === undefined
}

/**
 * Provisioning because this plan sent it to this image: the plan kept the version it had (the runner's
 * row as read) and the one it goes to, so its provisioning keeps nothing more. A runner that ended Stuck
 * or Shutdown, or that reports another image than the plan sent, is not the plan's doing.
 */
function sentByPlan(runner: RunnerLike, provisioned: readonly RunnerLike[]): boolean {
  const now = runner.image_details
  return (
    runner.status === 'Provisioning' &&
    provisioned.some(({ name, image_details: sent }) => {
      const version = sent?.version
      return (
        name === runner.name &&
        sent?.id === now?.id &&
        sent?.source === now?.source &&
        (version === undefined || version === now?.version)
      )
    })
  )
}

// The retention rule's deletes as changes of a plan, for `cleanup-image-versions` and `apply`'s
// image-retention alike: one delete per version, in each image oldest first (a run that stops part way
// has removed the oldest versions), bound to the version's image id and number and to what it saw.
import type { PlanEntry } from '../../core/change.js'
import type { ImagePlan, RunnerLike } from './plan.js'
import { DELETE_VERSION } from './routes.js'
import { plannedWrite } from '../../core/planned-write.js'

/** A version's delete, and what the check just before it (recheck.ts) reads the runners against. */
export interface RetentionEntry extends PlanEntry {
  image_id: number
  version: string
  /**
   * The runners the same plan sends to this image (creates, image changes), as it sends them: their
   * provisioning is the plan's own, whose versions before and after it keeps. Not part of the digest.
   */
  provisioned: RunnerLike[]
}

export function retentionEntries(
  plan: readonly ImagePlan[],
  provisioned: readonly RunnerLike[] = []
): RetentionEntry[] {
  return plan.flatMap((image) =>
    image.versions
      .filter((version) => version.decision === 'delete')
      .reverse()
      .map((version) => {
        const write = plannedWrite(
          DELETE_VERSION,
          { image_definition_id: image.image_id, version: version.version },
          `delete ${image.image_name} version ${version.version}`
        )
        return {
          change: {
            kind: 'delete' as const,
            object: 'image-version' as const,
            id: `${image.image_id}/${version.version}`,
            name: `${image.image_name}@${version.version}`,
            seen: { state: version.state, created_on: version.created_on },
            fields: {},
            reason: version.detail
          },
          // Already gone (404): another run, or GitHub's own retention, removed it first.
          writes: [{ ...write, goneIsDone: true }],
          image_id: image.image_id,
          version: version.version,
          provisioned: provisioned.filter(
            (runner) =>
              runner.image_details?.source === 'custom' && runner.image_details.id === String(image.image_id)
          )
        }
      })
  )
}

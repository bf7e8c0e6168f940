// The retention rule's deletes as changes of a plan, for `cleanup-image-versions` and `apply`'s
// image-retention alike: one delete per version, in each image oldest first (a run that stops part way
// has removed the oldest versions), bound to the version's image id and number and to what it saw.
import type { PlanEntry } from '../../core/change.js'
import type { ImagePlan } from './plan.js'
import { DELETE_VERSION } from './routes.js'
import { plannedWrite } from '../../core/planned-write.js'

export function retentionEntries(plan: readonly ImagePlan[]): PlanEntry[] {
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
          writes: [{ ...write, goneIsDone: true }]
        }
      })
  )
}

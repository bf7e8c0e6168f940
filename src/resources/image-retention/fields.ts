// The image retention kind: the rule of `cleanup-image-versions` for one custom image (or, without one,
// every image no other item names), one row per setting of its policy. cleanup-image-versions, the fleet
// file's `image-retention:` section and apply's plan read the policy through these rows. GitHub holds no
// retention policy, so export writes none.
import type { CustomImage } from '../../github/types.js'
import type { InputKey, OperationInputs } from '../../inputs/vocabulary.js'
import type { Kind } from '../kind.js'
import type { RetentionPolicy } from './plan.js'

export const DEFAULT_KEEP = 5

/** One setting of the policy: the input (and fleet file key) that sets it, and the policy's field. */
export interface PolicyRow {
  input: InputKey
  policy: Exclude<keyof RetentionPolicy, 'now'>
  /** What the policy holds when the input is not given. */
  absentMeans?: number
}

export const POLICY_ROWS: readonly PolicyRow[] = [
  { input: 'keep', policy: 'keep', absentMeans: DEFAULT_KEEP },
  { input: 'olderThan', policy: 'olderThanMs' }
]

export const IMAGE_RETENTION_KIND: Kind<CustomImage> = {
  section: 'image-retention',
  item: 'image-retention',
  object: 'image-version',
  description:
    'Retention of custom image versions, each as cleanup-image-versions takes it; an item without custom-image covers every custom image no other item names.',
  name: { input: 'customImage', fleetKey: 'custom-image', read: (image) => image.name },
  nameOptional: true,
  fields: [],
  moreInputs: POLICY_ROWS.map((row) => row.input)
}

/** What one retention rule reads: cleanup's inputs but its cap, and a fleet file item's keys. */
export const RETENTION_INPUTS: InputKey[] = ['customImage', ...POLICY_ROWS.map((row) => row.input)]

/** The policy the inputs (of a step, or of an item of the fleet file) ask for, as of `now`. */
export function policyOf(inputs: OperationInputs, now: Date): RetentionPolicy {
  const policy: Record<string, unknown> = { now }
  for (const row of POLICY_ROWS) policy[row.policy] = inputs[row.input] ?? row.absentMeans
  return policy as unknown as RetentionPolicy
}

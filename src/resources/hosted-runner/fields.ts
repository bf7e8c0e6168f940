// The hosted runner kind's settings, one row each: the input (and fleet file key) that sets it, its API
// field on create and update, where GitHub's answer holds it, and what export writes. ensure-runner,
// create-runner and update-runner, the fleet file's `hosted-runners:` section, apply's plan and export all
// come from these rows: a new setting is one row.
import type { GroupToCreate } from '../../common/group-to-create.js'
import { oneLine } from '../../common/errors.js'
import { inputsOf, wantedSettings, type FieldRow } from '../../core/field-table.js'
import type { HostedRunner } from '../../github/types.js'
import type { ImageSource } from '../../inputs/image-matching.js'
import { checkImageInputs, type InputKey, type OperationInputs } from '../../inputs/vocabulary.js'
import type { Kind, KindField } from '../kind.js'

/** A runner as wanted, with names resolved: its image by catalogue id, its group by id. */
export interface WantedRunner {
  name: string
  imageId?: string
  imageSource?: ImageSource
  imageVersion?: string
  size?: string
  /** The group's id, or a group the plan creates (apply). */
  runnerGroupId?: number | GroupToCreate
  maximumRunners?: number
  enableStaticIp?: boolean
  imageGen?: boolean
  /** Names the runner may still have on GitHub (the fleet file's `previous-names`): a rename. */
  previousNames?: string[]
}

type Row = FieldRow<WantedRunner, HostedRunner>
type SettingRow = Row & KindField<HostedRunner>

const isCustom = (wanted: WantedRunner, now: HostedRunner | undefined) =>
  (wanted.imageSource ?? now?.image_details?.source) === 'custom'
const asItIs = (value: unknown) => value as string | number | boolean

/** The effective image source: `image-source`, or `github` when an `image-id` is given without one. */
export const imageSourceOf = (i: OperationInputs): ImageSource | undefined =>
  i.imageId === undefined ? undefined : (i.imageSource ?? 'github')

const NAME_ROW: Row = {
  key: 'name',
  input: 'runnerName',
  create: 'name',
  update: 'name',
  read: (r) => r.name
}

/** The settings; the name is matched, and renamed by a PATCH of `name` (the first row of RUNNER_FIELDS). */
export const RUNNER_SETTING_ROWS: readonly SettingRow[] = [
  {
    key: 'imageId',
    input: 'imageId',
    fleetKey: 'image-id',
    create: 'image.id',
    update: 'image_id',
    read: (r) => r.image_details?.id,
    // By id and source: the display name goes in a comment.
    lookedUp: true,
    exported: asItIs,
    comment: (r) => (r.image_details?.display_name ? oneLine(r.image_details.display_name) : undefined)
  },
  {
    // The source names where the id comes from, so it is compared only together with the id.
    key: 'imageSource',
    input: 'imageSource',
    fleetKey: 'image-source',
    create: 'image.source',
    update: 'image_source',
    read: (r) => r.image_details?.source,
    applies: (wanted) => wanted.imageId !== undefined,
    wantedFrom: imageSourceOf,
    exported: asItIs
  },
  {
    // A version is "relevant only for custom images" (the spec); GitHub's own report `latest`.
    key: 'imageVersion',
    input: 'imageVersion',
    fleetKey: 'image-version',
    create: 'image.version',
    update: 'image_version',
    read: (r) => r.image_details?.version,
    applies: isCustom,
    // Only a custom image's pinned version: GitHub reports `latest` for one that follows its image.
    exported: (value, r) =>
      r.image_details?.source === 'custom' && /^\d+\.\d+\.\d+$/.test(String(value)) ? String(value) : null
  },
  {
    key: 'size',
    input: 'size',
    fleetKey: 'size',
    create: 'size',
    update: 'size',
    read: (r) => r.machine_size_details?.id,
    exported: asItIs
  },
  {
    key: 'runnerGroupId',
    input: 'runnerGroup',
    fleetKey: 'runner-group',
    create: 'runner_group_id',
    update: 'runner_group_id',
    read: (r) => r.runner_group_id,
    lookedUp: true,
    // By name; by id where the name would pick more than one group.
    exported: (value, _r, names) => names.groupName(value as number)
  },
  {
    key: 'maximumRunners',
    input: 'maximumRunners',
    fleetKey: 'maximum-runners',
    create: 'maximum_runners',
    update: 'maximum_runners',
    read: (r) => r.maximum_runners,
    exported: asItIs
  },
  {
    key: 'enableStaticIp',
    input: 'enableStaticIp',
    fleetKey: 'enable-static-ip',
    create: 'enable_static_ip',
    update: 'enable_static_ip',
    read: (r) => r.public_ip_enabled,
    exported: asItIs
  },
  {
    // Optional in GitHub's description: a runner answered without it is unknown, never a change.
    key: 'imageGen',
    input: 'imageGen',
    fleetKey: 'image-gen',
    create: 'image_gen',
    update: 'image_gen',
    read: (r) => r.image_gen,
    exported: asItIs
  }
]

/** Every row a create or an update sends, the name first. */
export const RUNNER_FIELDS: readonly Row[] = [NAME_ROW, ...RUNNER_SETTING_ROWS]

export const HOSTED_RUNNER_KIND: Kind<HostedRunner> = {
  section: 'hosted-runners',
  item: 'hosted-runner',
  object: 'hosted-runner',
  description:
    'Hosted runners, each as ensure-runner takes it. A runner not listed is left alone (unless prune is true).',
  name: { input: 'runnerName', fleetKey: 'runner-name', read: (r) => r.name },
  fields: RUNNER_SETTING_ROWS,
  moreInputs: ['previousNames'],
  // `image-source` only with `image-id`, `image-version` only for a custom image.
  itemRules: {
    check: checkImageInputs,
    schema: {
      dependentRequired: { 'image-source': ['image-id'] },
      if: {
        required: ['image-id', 'image-version'],
        properties: { 'image-id': true, 'image-version': true }
      },
      then: { required: ['image-source'], properties: { 'image-source': { const: 'custom' } } }
    }
  }
}

/** The settings of a hosted runner, as create, update and ensure read them. */
export const RUNNER_SETTINGS: InputKey[] = inputsOf(RUNNER_SETTING_ROWS)
/** What names and sets a hosted runner: ensure-runner's inputs. */
export const RUNNER_INPUTS: InputKey[] = ['runnerName', ...RUNNER_SETTINGS]

/** The runner settings the inputs ask for, before any name is looked up (image and group stay names). */
export const wantedRunnerSettings = (
  i: OperationInputs
): Omit<WantedRunner, 'name' | 'runnerGroupId' | 'imageId'> => wantedSettings(RUNNER_SETTING_ROWS, i)

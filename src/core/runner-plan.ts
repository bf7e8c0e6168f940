// A hosted runner's settings as one field table, and the plan that makes a runner what is wanted.
import { UserError } from '../common/errors.js'
import type { GroupToCreate } from '../common/group-to-create.js'
import type { ParamsOf } from '../github/request-gateway.js'
import type { HostedRunner } from '../github/types.js'
import type { ImageSource } from '../inputs/image-matching.js'
import type { InputKey, OperationInputs } from '../inputs/vocabulary.js'
import type { Labels } from '../common/field-text.js'
import { createBody, createdFields, differences, inputsOf, valueIn, type FieldRow } from './field-table.js'
import { change, plannedWrite, type PlannedWrite } from './planned-write.js'

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
const isCustom = (wanted: WantedRunner, now: HostedRunner | undefined) =>
  (wanted.imageSource ?? now?.image_details?.source) === 'custom'

export const RUNNER_FIELDS: readonly Row[] = [
  { key: 'name', input: 'runnerName', create: 'name', update: 'name', read: (r) => r.name },
  {
    key: 'imageId',
    input: 'imageId',
    create: 'image.id',
    update: 'image_id',
    read: (r) => r.image_details?.id
  },
  {
    // The source names where the id comes from, so it is compared only together with the id.
    key: 'imageSource',
    input: 'imageSource',
    create: 'image.source',
    update: 'image_source',
    read: (r) => r.image_details?.source,
    applies: (wanted) => wanted.imageId !== undefined
  },
  {
    // A version is "relevant only for custom images" (the spec); GitHub's own report `latest`.
    key: 'imageVersion',
    input: 'imageVersion',
    create: 'image.version',
    update: 'image_version',
    read: (r) => r.image_details?.version,
    applies: isCustom
  },
  { key: 'size', input: 'size', create: 'size', update: 'size', read: (r) => r.machine_size_details?.id },
  {
    key: 'runnerGroupId',
    input: 'runnerGroup',
    create: 'runner_group_id',
    update: 'runner_group_id',
    read: (r) => r.runner_group_id
  },
  {
    key: 'maximumRunners',
    input: 'maximumRunners',
    create: 'maximum_runners',
    update: 'maximum_runners',
    read: (r) => r.maximum_runners
  },
  {
    key: 'enableStaticIp',
    input: 'enableStaticIp',
    create: 'enable_static_ip',
    update: 'enable_static_ip',
    read: (r) => r.public_ip_enabled
  },
  // Optional in GitHub's description: a runner answered without it is unknown, never a change.
  { key: 'imageGen', input: 'imageGen', create: 'image_gen', update: 'image_gen', read: (r) => r.image_gen }
]

/** The settings of a hosted runner, as create, update and ensure read them. */
export const RUNNER_SETTINGS: InputKey[] = inputsOf(RUNNER_FIELDS).filter((key) => key !== 'runnerName')
/** What names and sets a hosted runner: ensure-runner's inputs, and a fleet file item's keys. */
export const RUNNER_INPUTS: InputKey[] = ['runnerName', ...RUNNER_SETTINGS]

const RUNNER = '/orgs/{org}/actions/hosted-runners'

/** The writes that make `current` what is wanted; only the wanted settings that were given count. */
export function planRunner(
  current: HostedRunner | undefined,
  wanted: WantedRunner,
  labels?: Labels
): PlannedWrite[] {
  if (!current) {
    if (wanted.imageId === undefined || wanted.size === undefined || wanted.runnerGroupId === undefined) {
      throw new UserError(
        'input',
        'image-id',
        `Runner '${wanted.name}' does not exist; to create it, give 'image-id' and 'size'.`
      )
    }
    const created = { ...wanted, imageSource: wanted.imageSource ?? 'github' }
    const fields = createdFields(RUNNER_FIELDS, created)
    delete fields.name
    const body = createBody(RUNNER_FIELDS, created)
    return [
      plannedWrite(
        `POST ${RUNNER}`,
        body as ParamsOf<`POST ${typeof RUNNER}`>,
        `create runner '${wanted.name}'`,
        fields
      )
    ]
  }

  const differing = differences(RUNNER_FIELDS, wanted, current)
  if (differing.length === 0) return []
  const body = Object.fromEntries(differing.map(({ row, want }) => [row.update, want]))
  if (body.image_id !== undefined && wanted.imageSource !== undefined) body.image_source = wanted.imageSource
  const what = differing.map(({ row, want, now }) => change(row.update, now, want, labels)).join('; ')
  const fields = Object.fromEntries(
    differing.map(({ row, want, now }) => [row.update, { from: now, to: want }])
  )
  return [
    plannedWrite(
      `PATCH ${RUNNER}/{hosted_runner_id}`,
      { hosted_runner_id: current.id, ...body },
      what,
      fields
    )
  ]
}

/** The fields of a planned create or update that GitHub's rules concern. */
export function runnerWriteOf(params: Record<string, unknown>) {
  const value = (key: keyof WantedRunner) =>
    valueIn(RUNNER_FIELDS.find((row) => row.key === key) as Row, params)
  return {
    imageId: value('imageId') as string | undefined,
    imageSource: value('imageSource') as ImageSource | undefined,
    imageVersion: value('imageVersion') as string | undefined,
    size: value('size') as string | undefined,
    enableStaticIp: value('enableStaticIp') as boolean | undefined,
    runnerGroupId: value('runnerGroupId') as number | GroupToCreate | undefined
  }
}

/** The effective image source: `image-source`, or `github` when an `image-id` is given without one. */
export const imageSourceOf = (i: OperationInputs): ImageSource | undefined =>
  i.imageId === undefined ? undefined : (i.imageSource ?? 'github')

/** The runner settings the inputs ask for, before any name is resolved (image and group stay names). */
export function wantedRunnerSettings(
  i: OperationInputs
): Omit<WantedRunner, 'name' | 'runnerGroupId' | 'imageId'> {
  const { imageVersion, size, maximumRunners, enableStaticIp, imageGen } = i
  return { imageSource: imageSourceOf(i), imageVersion, size, maximumRunners, enableStaticIp, imageGen }
}

// The plan that makes a hosted runner what is wanted, by its rows (fields.ts): a create, or a PATCH of
// the settings given that differ, or nothing.
import { UserError } from '../../common/errors.js'
import type { GroupToCreate } from '../../common/group-to-create.js'
import type { ParamsOf } from '../../github/request-gateway.js'
import type { HostedRunner } from '../../github/types.js'
import type { ImageSource } from '../../inputs/image-matching.js'
import type { Labels } from '../../common/field-text.js'
import { createBody, createdFields, differences, valueIn, type FieldRow } from '../../core/field-table.js'
import { change, plannedWrite, type PlannedWrite } from '../../core/planned-write.js'
import { RUNNER_FIELDS, type WantedRunner } from './fields.js'
import { CREATE_RUNNER, UPDATE_RUNNER } from './routes.js'

type Row = FieldRow<WantedRunner, HostedRunner>

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
        CREATE_RUNNER,
        body as ParamsOf<typeof CREATE_RUNNER>,
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
  return [plannedWrite(UPDATE_RUNNER, { hosted_runner_id: current.id, ...body }, what, fields)]
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

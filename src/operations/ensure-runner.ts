// ensure-runner: create the runner named `runner-name`, or change only the settings that differ.
import { InputError } from '../errors.js'
import { BOTH_SCOPES } from '../scope.js'
import type { OperationInputs } from '../input-vocabulary.js'
import type { HostedRunner } from '../github-types.js'
import type { NameResolver } from '../name-resolver.js'
import { isHostedRunner, runnerOutputs } from '../outputs.js'
import { checkImageInputs, RUNNER_SETTINGS, WAIT_INPUTS } from '../input-vocabulary.js'
import type { CatalogueImage, ImageSource } from '../name-matching.js'
import {
  change,
  createdMeanwhile,
  ensureResult,
  executePlan,
  plannedWrite,
  planTable,
  type PlannedWrite
} from './write-plan.js'
import type { Operation } from './types.js'
import { waitAfterWrite, willWait } from './runner-wait.js'
import { checkRunnerWrite, imageSourceOf, type RunnerWrite } from './runner-rules.js'
import { fieldsTable, type Labels } from '../summary.js'

export interface WantedRunner {
  name: string
  imageId?: string
  imageSource?: ImageSource
  imageVersion?: string
  size?: string
  runnerGroupId?: number
  maximumRunners?: number
  enableStaticIp?: boolean
  imageGen?: boolean
}

const RUNNER = '/orgs/{org}/actions/hosted-runners'

/** The writes that make `current` what is wanted; only the wanted settings that were given count. */
export function planRunner(
  current: HostedRunner | undefined,
  wanted: WantedRunner,
  labels?: Labels
): PlannedWrite[] {
  if (!current) {
    if (wanted.imageId === undefined || wanted.size === undefined || wanted.runnerGroupId === undefined) {
      throw new InputError(
        'image-id',
        `Runner '${wanted.name}' does not exist; to create it, give 'image-id' and 'size'.`
      )
    }
    const source = wanted.imageSource ?? 'github'
    const body = {
      name: wanted.name,
      // A version is "relevant only for custom images" (the spec); GitHub's own report `latest`.
      image: { id: wanted.imageId, source, version: source === 'custom' ? wanted.imageVersion : undefined },
      size: wanted.size,
      runner_group_id: wanted.runnerGroupId,
      maximum_runners: wanted.maximumRunners,
      enable_static_ip: wanted.enableStaticIp,
      image_gen: wanted.imageGen
    }
    const { image, size, runner_group_id, maximum_runners, enable_static_ip, image_gen } = body
    const flat = {
      image_id: image.id,
      image_source: source,
      image_version: image.version,
      size,
      runner_group_id,
      maximum_runners,
      enable_static_ip,
      image_gen
    }
    const fields = Object.fromEntries(
      Object.entries(flat)
        .filter(([, value]) => value !== undefined)
        .map(([field, value]) => [field, { from: null, to: value }])
    )
    return [plannedWrite(`POST ${RUNNER}`, body, `create runner '${wanted.name}'`, fields)]
  }

  const image = current.image_details
  const custom = (wanted.imageSource ?? image?.source) === 'custom'
  const comparisons: Array<[field: string, wanted: unknown, current: unknown]> = [
    ['name', wanted.name, current.name],
    ['size', wanted.size, current.machine_size_details?.id],
    ['image_id', wanted.imageId, image?.id],
    // The source names where the id comes from, so it is compared only together with the id.
    ['image_source', wanted.imageId === undefined ? undefined : wanted.imageSource, image?.source],
    ['image_version', custom ? wanted.imageVersion : undefined, image?.version],
    ['runner_group_id', wanted.runnerGroupId, current.runner_group_id],
    ['maximum_runners', wanted.maximumRunners, current.maximum_runners],
    ['enable_static_ip', wanted.enableStaticIp, current.public_ip_enabled],
    ['image_gen', wanted.imageGen, current.image_gen]
  ]
  const differing = comparisons.filter(([, want, now]) => want !== undefined && want !== now)
  if (differing.length === 0) return []
  const body = Object.fromEntries(differing.map(([field, want]) => [field, want]))
  if (body.image_id !== undefined && wanted.imageSource !== undefined) body.image_source = wanted.imageSource
  const what = differing.map(([field, want, now]) => change(field, now, want, labels)).join('; ')
  const fields = Object.fromEntries(differing.map(([field, want, now]) => [field, { from: now, to: want }]))
  return [
    plannedWrite(
      `PATCH ${RUNNER}/{hosted_runner_id}`,
      { hosted_runner_id: current.id, ...body },
      what,
      fields
    )
  ]
}

export const ENSURE_RUNNER: Operation = {
  name: 'ensure-runner',
  scopes: BOTH_SCOPES,
  reads: ['runnerId', 'runnerName', ...RUNNER_SETTINGS, ...WAIT_INPUTS],
  requires: ['runnerName'],
  picksRunner: true,
  renamesRunner: true,
  check: checkImageInputs,
  async run(context) {
    const { gateway, inputs, names, log } = context
    const name = inputs.runnerName as string
    const plan = async (now: HostedRunner | undefined) => {
      const image = await wantedImage(inputs, names, now)
      const runnerGroupId =
        now && inputs.runnerGroup === undefined ? undefined : await names.runnerGroupIdOrDefault()
      const writes = planRunner(
        now,
        { ...pick(inputs), imageId: image?.id, name, runnerGroupId },
        names.tableLabels
      )
      if (writes[0]) await checkRunnerWrite(names, runnerWriteOf(writes[0].params), { current: now, image })
      if (writes[0] && !now) writes[0].findCreated = () => names.findRunnerNamed(name, { fresh: true })
      return writes
    }
    let current = await currentRunner(inputs, names)
    let writes = await plan(current)
    let body: unknown
    try {
      body = (await executePlan(context, writes)).at(-1)
    } catch (error) {
      const made = current
        ? undefined
        : await createdMeanwhile(error, () => names.findRunnerNamed(name, { fresh: true }))
      if (!made) throw error
      log.info(`Runner '${name}' was created meanwhile by another run: ensuring its settings instead.`)
      current = made
      writes = await plan(current)
      body = (await executePlan(context, writes)).at(-1)
    }
    const runner = isHostedRunner(body) ? body : current
    const outputs = {
      result: { ...ensureResult(current !== undefined, writes, gateway.dryRun), runner: runner ?? null },
      changed: writes.length > 0,
      ...(runner ? runnerOutputs(runner) : { runnerName: name })
    }
    // The result stays what ensure did; the runner outputs become its state after any wait, and the
    // summary shows that state once.
    const shown = runner && !gateway.dryRun && !willWait(context, outputs.runnerId)
    const state = shown ? fieldsTable(runner, names.tableLabels) : ''
    const summary = [planTable(gateway, writes), state].filter(Boolean).join('\n\n')
    return waitAfterWrite(context, { outputs, summary }, { result: 'write' })
  }
}

async function currentRunner(
  inputs: OperationInputs,
  names: NameResolver
): Promise<HostedRunner | undefined> {
  if (inputs.runnerId !== undefined) return names.runnerById(inputs.runnerId)
  return names.findRunnerNamed(inputs.runnerName as string)
}

/**
 * The catalogue entry `image-id` names. When it already is the runner's image (its id, or for a GitHub
 * or partner image its display name) and source, nothing is read: a re-run reads no catalogue.
 */
export async function wantedImage(
  inputs: OperationInputs,
  names: NameResolver,
  now: HostedRunner | undefined
): Promise<CatalogueImage | undefined> {
  const source = imageSourceOf(inputs)
  if (source === undefined) return undefined
  const given = inputs.imageId as string
  const details = now?.image_details
  const same =
    details?.source === source &&
    (details.id === given ||
      (source !== 'custom' && details.display_name?.toLowerCase() === given.toLowerCase()))
  if (details && same) return { id: details.id, source, name: details.display_name, platform: now?.platform }
  return names.image(given, source)
}

/** The fields of a planned create or update that GitHub's rules concern. */
export function runnerWriteOf(params: Record<string, unknown>): RunnerWrite {
  const image = params.image as { id?: string; source?: ImageSource; version?: string } | undefined
  return {
    imageId: image?.id ?? (params.image_id as string | undefined),
    imageSource: image?.source ?? (params.image_source as ImageSource | undefined),
    imageVersion: image?.version ?? (params.image_version as string | undefined),
    size: params.size as string | undefined,
    enableStaticIp: params.enable_static_ip as boolean | undefined
  }
}

function pick(i: OperationInputs): Omit<WantedRunner, 'name' | 'runnerGroupId' | 'imageId'> {
  const { imageVersion, size, maximumRunners, enableStaticIp, imageGen } = i
  return { imageSource: imageSourceOf(i), imageVersion, size, maximumRunners, enableStaticIp, imageGen }
}

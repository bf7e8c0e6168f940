// ensure-runner: create the runner named `runner-name`, or change only the settings that differ.
import { InputError } from '../input-formats.js'
import type { OperationInputs } from '../inputs.js'
import type { HostedRunner } from '../github-types.js'
import type { References } from '../references.js'
import { isHostedRunner, runnerOutputs } from '../outputs.js'
import { RUNNER_SETTINGS, WAIT_INPUTS } from './endpoints.js'
import { change, ensureResult, plannedWrite, planTable, sendPlan, type PlannedWrite } from './plan.js'
import type { CompositeOperation } from './types.js'
import { thenWait } from './wait.js'

export interface WantedRunner {
  name: string
  imageId?: string
  imageSource?: 'github' | 'partner' | 'custom'
  imageVersion?: string
  size?: string
  runnerGroupId?: number
  maximumRunners?: number
  enableStaticIp?: boolean
  imageGen?: boolean
}

const RUNNER = '/orgs/{org}/actions/hosted-runners'

/** The writes that make `current` what is wanted; only the wanted settings that were given count. */
export function planRunner(current: HostedRunner | undefined, wanted: WantedRunner): PlannedWrite[] {
  if (!current) {
    if (wanted.imageId === undefined || wanted.size === undefined || wanted.runnerGroupId === undefined) {
      throw new InputError(
        'image-id',
        `Runner '${wanted.name}' does not exist; to create it, give 'image-id' and 'size'.`
      )
    }
    const body = {
      name: wanted.name,
      image: { id: wanted.imageId, source: wanted.imageSource ?? 'github', version: wanted.imageVersion },
      size: wanted.size,
      runner_group_id: wanted.runnerGroupId,
      maximum_runners: wanted.maximumRunners,
      enable_static_ip: wanted.enableStaticIp,
      image_gen: wanted.imageGen
    }
    return [plannedWrite(`POST ${RUNNER}`, body, `create runner '${wanted.name}'`)]
  }

  const image = current.image_details
  const comparisons: Array<[field: string, wanted: unknown, current: unknown]> = [
    ['name', wanted.name, current.name],
    ['size', wanted.size, current.machine_size_details?.id],
    ['image_id', wanted.imageId, image?.id],
    // The source names where the id comes from, so it is compared only together with the id.
    ['image_source', wanted.imageId === undefined ? undefined : wanted.imageSource, image?.source],
    ['image_version', wanted.imageVersion, image?.version],
    ['runner_group_id', wanted.runnerGroupId, current.runner_group_id],
    ['maximum_runners', wanted.maximumRunners, current.maximum_runners],
    ['enable_static_ip', wanted.enableStaticIp, current.public_ip_enabled],
    ['image_gen', wanted.imageGen, current.image_gen]
  ]
  const differing = comparisons.filter(([, want, now]) => want !== undefined && want !== now)
  if (differing.length === 0) return []
  const body = Object.fromEntries(differing.map(([field, want]) => [field, want]))
  if (body.image_id !== undefined && wanted.imageSource !== undefined) body.image_source = wanted.imageSource
  const what = differing.map(([field, want, now]) => change(field, now, want)).join('; ')
  return [plannedWrite(`PATCH ${RUNNER}/{hosted_runner_id}`, { hosted_runner_id: current.id, ...body }, what)]
}

export const ENSURE_RUNNER: CompositeOperation = {
  kind: 'composite',
  name: 'ensure-runner',
  reads: ['runnerId', 'runnerName', ...RUNNER_SETTINGS, ...WAIT_INPUTS],
  requires: ['runnerName'],
  target: 'runner',
  renamesRunner: true,
  async run({ api, refs, inputs }) {
    const name = inputs.runnerName as string
    const current = await currentRunner(inputs, refs)
    const writes = planRunner(current, {
      ...pick(inputs),
      name,
      runnerGroupId:
        current && inputs.runnerGroup === undefined ? undefined : await refs.runnerGroupIdOrDefault()
    })
    if (writes[0] && !current) writes[0].findCreated = () => refs.findRunnerNamed(name, { fresh: true })
    const body = await sendPlan(api, writes)
    const runner = isHostedRunner(body) ? body : current
    const outputs = {
      result: { ...ensureResult(current !== undefined, writes, api.dryRun), runner: runner ?? null },
      changed: writes.length > 0,
      ...(runner ? runnerOutputs(runner) : { runnerName: name })
    }
    // The result stays what ensure did; the runner outputs become its state after any wait.
    return thenWait({ api, inputs }, { outputs, summary: planTable(api, writes) }, { keepResult: true })
  }
}

async function currentRunner(inputs: OperationInputs, refs: References): Promise<HostedRunner | undefined> {
  if (inputs.runnerId !== undefined) return refs.runnerById(inputs.runnerId)
  return refs.findRunnerNamed(inputs.runnerName as string)
}

function pick(i: OperationInputs): Omit<WantedRunner, 'name' | 'runnerGroupId'> {
  const { imageId, imageSource, imageVersion, size, maximumRunners, enableStaticIp, imageGen } = i
  return { imageId, imageSource, imageVersion, size, maximumRunners, enableStaticIp, imageGen }
}

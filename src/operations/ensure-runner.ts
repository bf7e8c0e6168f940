// ensure-runner: create the runner named `runner-name`, or change only the settings that differ.
import { BOTH_SCOPES } from '../common/scope.js'
import { ensureResult } from '../core/planned-write.js'
import { planRunner, runnerWriteOf } from '../resources/hosted-runner/plan.js'
import { RUNNER_INPUTS, wantedRunnerSettings } from '../resources/hosted-runner/fields.js'
import { waitAfterWrite, willWait } from '../execute/runner-wait.js'
import { planTable } from '../report/plan-table.js'
import { createOrUpdate } from './ensure-loop.js'
import type { HostedRunner } from '../github/types.js'
import { checkImageInputs, WAIT_INPUTS, type OperationInputs } from '../inputs/vocabulary.js'
import { wantedImage } from '../resolve/current-state.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { isHostedRunner, runnerOutputs } from '../report/outputs.js'
import { fieldsTable } from '../report/run-tables.js'
import { checkRunnerWrite } from './runner-writes.js'
import type { Operation } from './types.js'

export const ENSURE_RUNNER: Operation = {
  name: 'ensure-runner',
  scopes: BOTH_SCOPES,
  reads: ['runnerId', ...RUNNER_INPUTS, ...WAIT_INPUTS],
  requires: ['runnerName'],
  picksRunner: true,
  renamesRunner: true,
  check: checkImageInputs,
  async run(context) {
    const { gateway, inputs, names } = context
    const name = inputs.runnerName as string
    const plan = async (now: HostedRunner | undefined) => {
      const image = await wantedImage(inputs, names, now)
      const runnerGroupId =
        now && inputs.runnerGroup === undefined ? undefined : await names.runnerGroupIdOrDefault()
      const writes = planRunner(
        now,
        { ...wantedRunnerSettings(inputs), imageId: image?.id, name, runnerGroupId },
        names.tableLabels
      )
      if (writes[0]) await checkRunnerWrite(names, runnerWriteOf(writes[0].params), { current: now, image })
      return writes
    }
    const found = await currentRunner(inputs, names)
    const find = (fresh: boolean) => names.findRunnerNamed(name, { fresh })
    const ensured = await createOrUpdate(context, { object: 'hosted-runner', name, find, plan }, found)
    const { before: current, writes, bodies } = ensured
    const body = bodies.at(-1)
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

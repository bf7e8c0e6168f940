// ensure-group: create the runner group named `group-name`, or change only what differs: its settings,
// and when given, its repositories (organizations, for an enterprise's group) and self-hosted runners
// exactly.
import { BOTH_SCOPES } from '../common/scope.js'
import { planGroup } from '../resources/runner-group/plan.js'
import { GROUP_INPUTS } from '../resources/runner-group/fields.js'
import { ensureResult, type PlannedWrite } from '../core/planned-write.js'
import { defaultGroupOf, groupWarning } from '../resources/runner-group/dropped-runners.js'
import { planTable } from '../report/plan-table.js'
import { createOrUpdate } from './ensure-loop.js'
import type { RunnerGroup } from '../github/types.js'
import { groupNow, wantedGroupOf } from '../resolve/current-state.js'
import { checkGroupNetwork } from '../resolve/runner-facts.js'
import type { Operation } from './types.js'

export const ENSURE_GROUP: Operation = {
  name: 'ensure-group',
  scopes: BOTH_SCOPES,
  reads: GROUP_INPUTS,
  requires: ['groupName'],
  async run(context) {
    const { gateway, inputs, names, log } = context
    const name = inputs.groupName as string
    const wanted = await wantedGroupOf(inputs, names)
    const nameOf = (id: number) => names.labels.get(id) ?? String(id)
    const plan = async (now: RunnerGroup | undefined) => {
      // The groups are read already (the group was found among them): naming the default group costs nothing.
      const defaultGroup = now && defaultGroupOf(await names.runnerGroups())
      const writes = planGroup(now && (await groupNow(now, wanted, names)), wanted, nameOf, { defaultGroup })
      if (now) await checkGroupNetwork(names, now, wanted.networkConfigurationId)
      for (const warning of warningsOf(writes)) log.warning(warning)
      return writes
    }
    const warningsOf = (writes: PlannedWrite[]) =>
      writes.flatMap((w) => (w.warning ? [groupWarning(name, w.warning)] : []))
    const found = await names.findRunnerGroupNamed(name)
    const find = (fresh: boolean) => names.findRunnerGroupNamed(name, { fresh })
    const ensured = await createOrUpdate(context, { object: 'runner-group', name, find, plan }, found)
    const { before: group, writes, bodies } = ensured
    const answered = bodies.find(isGroup)
    const created = group ? undefined : answered
    const after = created ?? group
    const kept = (answered ?? group)?.visibility
    if (
      !gateway.dryRun &&
      inputs.visibility !== undefined &&
      kept !== undefined &&
      kept !== inputs.visibility
    )
      log.warning(
        `Runner group '${name}': GitHub keeps visibility '${kept}' where '${inputs.visibility}' was asked (for organization groups it stores 'private' as 'all'); ensure-group does not ask again.`
      )
    return {
      outputs: {
        result: { ...ensureResult(group !== undefined, writes, gateway.dryRun), group: after ?? null },
        changed: writes.length > 0,
        runnerGroupId: after?.id
      },
      summary: [...warningsOf(writes).map((w) => `**Warning:** ${w}`), planTable(gateway, writes)].join(
        '\n\n'
      )
    }
  }
}

const isGroup = (body: unknown): body is RunnerGroup =>
  typeof (body as RunnerGroup | undefined)?.id === 'number' &&
  typeof (body as RunnerGroup).visibility === 'string'

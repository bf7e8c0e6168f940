// wait-runner: polls a hosted runner until it is Ready, or gone (`wait-for: deleted`).
import { isUserError } from '../common/errors.js'
import { WAIT_INPUTS } from '../inputs/vocabulary.js'
import { waitForRunner, waitOptions } from '../execute/runner-wait.js'
import { BOTH_SCOPES } from '../common/scope.js'
import type { Operation } from './types.js'

export const WAIT_RUNNER: Operation = {
  name: 'wait-runner',
  scopes: BOTH_SCOPES,
  reads: ['runnerId', 'runnerName', ...WAIT_INPUTS],
  requires: [['runnerId', 'runnerName']],
  picksRunner: true,
  async run({ gateway, names, inputs, log, waitClock }) {
    const target = inputs.waitFor ?? 'ready'
    let id: number
    try {
      id = await names.runnerId()
    } catch (error) {
      // A runner that no longer has a name to find is as deleted as it gets; but this run never saw
      // it, and a typo in a teardown would leave the runner meant (and billed) running: said loudly.
      // The step still succeeds: a teardown run again finds its runner gone.
      if (target === 'deleted' && isUserError(error, 'lookup')) {
        log.warning(
          `wait-for: deleted: ${error.message.replace(/^Input 'runner-name': /, '')} This run never saw runner '${inputs.runnerName}', so there was nothing to wait for: check the name, or a runner you meant to delete may still be running.`
        )
        return {
          outputs: {
            result: { name: inputs.runnerName, status: 'deleted', found: false },
            runnerName: inputs.runnerName,
            status: 'deleted'
          },
          summary: `**Not found:** no hosted runner is named \`${inputs.runnerName}\`, so there was nothing to wait for (a runner already gone, or a misspelt name: see the warning).`
        }
      }
      throw error
    }
    const options = waitOptions(inputs, target, waitClock)
    return waitForRunner(gateway, log, { id, name: inputs.runnerName }, options, names.tableLabels)
  }
}

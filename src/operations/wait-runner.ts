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
      // A runner that no longer has a name to find is as deleted as it gets.
      if (target === 'deleted' && isUserError(error, 'lookup')) {
        return {
          outputs: {
            result: { name: inputs.runnerName, status: 'deleted' },
            runnerName: inputs.runnerName,
            status: 'deleted'
          },
          summary: `Runner '${inputs.runnerName}' is gone.`
        }
      }
      throw error
    }
    const options = waitOptions(inputs, target, waitClock)
    return waitForRunner(gateway, log, { id, name: inputs.runnerName }, options, names.tableLabels)
  }
}

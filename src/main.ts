import { Api } from './api.js'
import { createClient, PRODUCTION_TIMING, type Timing } from './client.js'
import { describeFailure } from './errors.js'
import { PartialFailure } from './failure.js'
import { readSettings } from './inputs.js'
import { runEndpoint } from './operations/run-endpoint.js'
import type { Outcome } from './operations/types.js'
import { outputText } from './outputs.js'
import { References } from './references.js'
import { step } from './step.js'

function writeOutputs({ outputs }: Pick<Outcome, 'outputs'>): void {
  for (const [name, value] of Object.entries(outputText(outputs))) step.setOutput(name, value)
}

export async function run(timing: Timing = PRODUCTION_TIMING): Promise<void> {
  // Masked before anything else can print it.
  const token = step.input('token')
  if (token) step.mask(token.trim())
  // The input is not validated yet: only a plausible name goes into the summary and the error.
  const given = step.input('operation')
  const operationName = /^[a-z][a-z-]{0,40}$/.test(given) ? given : 'operation'
  let heading = `### \`${operationName}\``
  try {
    const settings = readSettings(step.input)
    heading = `### \`${operationName}\` on \`${settings.org}\`${settings.dryRun ? ' (dry run)' : ''}`
    for (const name of settings.ignored)
      step.warning(`Input '${name}' is not read by operation '${operationName}': ignored.`)

    const client = createClient(settings, step, timing)
    const { org, dryRun, retries } = settings
    const api = new Api(client, { org, dryRun, retries, backoffUnitMs: timing.backoffUnitMs }, step)
    const context = {
      inputs: settings.inputs,
      api,
      refs: new References(api, settings.inputs),
      log: step
    }
    const { operation } = settings
    const outcome: Outcome =
      operation.kind === 'endpoint' ? await runEndpoint(operation, context) : await operation.run(context)

    writeOutputs(outcome)
    await step.writeSummary(`${heading}\n\n${outcome.summary}\n`)
  } catch (error) {
    const partial = error instanceof PartialFailure ? error : undefined
    const message = describeFailure(operationName, partial ? partial.cause : error)
    if (partial) writeOutputs(partial)
    const done = partial ? `${partial.summary}\n\n` : ''
    await step.writeSummary(`${heading}\n\n${done}**Failed:** ${message}\n`).catch(() => undefined)
    step.fail(message)
  }
}

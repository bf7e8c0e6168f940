import { Api } from './api.js'
import { createClient } from './client.js'
import { describeFailure } from './errors.js'
import { readSettings } from './inputs.js'
import { runEndpoint } from './operations/run-endpoint.js'
import type { Outcome } from './operations/types.js'
import { outputText } from './outputs.js'
import { References } from './references.js'
import { step } from './step.js'

export async function run(): Promise<void> {
  // Masked before anything else can print it.
  const token = step.input('token')
  if (token) step.mask(token.trim())
  const operationName = step.input('operation').trim() || 'operation'
  let heading = `### \`${operationName}\``
  try {
    const settings = readSettings(step.input)
    heading = `### \`${operationName}\` on \`${settings.org}\`${settings.dryRun ? ' (dry run)' : ''}`
    for (const name of settings.ignored) step.warning(`Input '${name}' is not read by operation '${operationName}': ignored.`)

    const client = createClient(settings, step)
    const api = new Api(client, settings.org, settings.dryRun, step)
    const context = { settings, inputs: settings.inputs, api, refs: new References(api, settings.inputs), log: step }
    const { operation } = settings
    const outcome: Outcome = operation.kind === 'endpoint' ? await runEndpoint(operation, context) : await operation.run(context)

    for (const [name, value] of Object.entries(outputText(outcome.outputs))) step.setOutput(name, value)
    await step.writeSummary(`${heading}\n\n${outcome.summary}\n`)
  } catch (error) {
    const message = describeFailure(operationName, error)
    await step.writeSummary(`${heading}\n\n**Failed:** ${message}\n`).catch(() => undefined)
    step.fail(message)
  }
}

// One step: inputs → settings → operation → client → outputs and summary. The workflow side is
// @actions/core's; a cancel (SIGINT/SIGTERM) still leaves the outputs and summary of what was done.
import * as core from '@actions/core'
import { createClient, PRODUCTION_TIMING, type Timing } from './github/client.js'
import { describeFailure, oneLine, PartialFailure } from './common/errors.js'
import { annotationsOf } from './common/annotations.js'
import { NameResolver } from './lookups/name-resolver.js'
import { OPERATIONS } from './operations/index.js'
import type { Outcome } from './common/outcome.js'
import { writeOutputs } from './report/outputs.js'
import { RequestGateway } from './github/request-gateway.js'
import { readSettings } from './inputs/settings.js'
import { sentTable, writeSummary } from './report/summary.js'

/** Server text goes into these lines flattened, and never at a line's start: it cannot become a workflow command. */
const log = {
  info: (message: string) => core.info(oneLine(message).replace(/^::/, '» ::')),
  warning: (message: string) => core.warning(oneLine(message)),
  debug: (message: string) => core.debug(oneLine(message)),
  group(title: string, lines: string[]) {
    if (lines.length === 0) return
    core.startGroup(oneLine(title))
    for (const line of lines) log.info(line)
    core.endGroup()
  }
}

class Cancelled extends Error {}

/** The writes a run sent before it was cancelled, when its operation reported no progress of its own. */
function soFar(gateway: RequestGateway): Outcome {
  const { sent } = gateway
  return {
    outputs: { result: { cancelled: true, writes: sent }, changed: sent.length > 0 },
    summary: sent.length > 0 ? sentTable(sent) : ''
  }
}

/** Runs the step; resolves to 'cancelled' when a signal ended it (the caller then exits). */
export async function run(timing: Timing = PRODUCTION_TIMING): Promise<'done' | 'cancelled'> {
  // Masked before anything else can print it.
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const given = core.getInput('operation')
  // The input is not validated yet: only a known name goes into the summary and the error.
  const operationName = Object.hasOwn(OPERATIONS, given) ? given : 'unknown operation'
  let heading = `### \`${operationName}\``
  let latest: (() => Outcome) | undefined
  let gateway: RequestGateway | undefined
  let onSignal: ((signal: NodeJS.Signals) => void) | undefined
  const cancelled = new Promise<never>((_, reject) => {
    onSignal = (signal) => reject(new Cancelled(`${operationName} was cancelled (${signal})`))
  })
  process.once('SIGINT', onSignal!).once('SIGTERM', onSignal!)
  try {
    const settings = readSettings(core.getInput, OPERATIONS)
    const where =
      settings.scope.kind === 'org' ? settings.scope.org : `enterprise ${settings.scope.enterprise}`
    heading = `### \`${operationName}\` on \`${where}\`${settings.dryRun ? ' (dry run)' : ''}`
    for (const name of settings.ignored)
      core.warning(`Input '${name}' is not read by operation '${operationName}': ignored.`)
    for (const warning of settings.warnings) core.warning(warning)

    const client = createClient(settings, log, timing)
    gateway = new RequestGateway(client, settings.scope, settings.dryRun, log)
    const context = {
      inputs: settings.inputs,
      gateway,
      names: new NameResolver(gateway, settings.inputs),
      log,
      retries: { count: settings.retries, backoffUnitMs: timing.backoffUnitMs },
      progress: (partial: () => Outcome) => (latest = partial)
    }
    const outcome = await Promise.race([settings.operation.run(context), cancelled])
    writeOutputs(outcome.outputs)
    await writeSummary(`${heading}\n\n${outcome.summary}\n`)
    return 'done'
  } catch (error) {
    const cancel = error instanceof Cancelled
    gateway?.stop()
    const done =
      error instanceof PartialFailure ? error : cancel && gateway ? (latest?.() ?? soFar(gateway)) : undefined
    const message = cancel
      ? `${error.message}: the outputs and the summary say what was done before it.`
      : describeFailure(operationName, error instanceof PartialFailure ? error.cause : error)
    if (done) writeOutputs(done.outputs)
    const inFlight = cancel && gateway?.inFlight
    const unknown = inFlight
      ? `**Sent, answer unknown:** \`${inFlight.method} ${inFlight.path}\` was in flight when the run was cancelled: GitHub may have acted on it; check before running again.\n\n`
      : ''
    const before = (done?.summary ? `${done.summary}\n\n` : '') + unknown
    await writeSummary(`${heading}\n\n${before}**${cancel ? 'Cancelled' : 'Failed'}:** ${message}\n`).catch(
      () => undefined
    )
    // An error of the fleet file is an annotation on its file and line (a pull request shows it on the diff).
    const annotations = annotationsOf(error instanceof PartialFailure ? error.cause : error)
    if (annotations.length === 0) core.setFailed(message)
    else {
      for (const { file, line, message: text } of annotations)
        core.error(oneLine(`${operationName}: ${text}`), { file, startLine: line })
      process.exitCode = core.ExitCode.Failure
    }
    return cancel ? 'cancelled' : 'done'
  } finally {
    process.off('SIGINT', onSignal!).off('SIGTERM', onSignal!)
  }
}

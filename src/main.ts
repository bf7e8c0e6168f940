// One step: inputs → settings → operation → client → outputs and summary. Where the inputs come from
// and where the rest goes are the sinks: the action's are @actions/core's (below), the command line's
// are in src/cli. A cancel (SIGINT/SIGTERM) still leaves the outputs and summary of what was done.
import * as core from '@actions/core'
import {
  createClient,
  PRODUCTION_TIMING,
  REAL_CLOCK,
  realSleep,
  type ClientLog,
  type Timing
} from './github/client.js'
import { describeFailure, oneLine, PartialFailure } from './common/errors.js'
import { annotationsOf, type FileAnnotation } from './common/annotations.js'
import { NameResolver } from './lookups/name-resolver.js'
import { OPERATIONS } from './operations/index.js'
import type { Outcome, Outputs } from './common/outcome.js'
import type { OperationContext } from './operations/context.js'
import { writeOutputs } from './report/outputs.js'
import { RequestGateway } from './github/request-gateway.js'
import { readSettings, type ReadInput } from './inputs/settings.js'
import { unknownInputWarnings } from './inputs/unknown-inputs.js'
import { describeScope } from './common/scope.js'
import { sentTable } from './report/run-tables.js'
import { writeSummary } from './report/summary-writer.js'

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

export type RunLog = OperationContext['log'] & ClientLog

/** Where a run's inputs come from, and where its log, outputs, summary and failure go. */
export interface StepSinks {
  /** An input's text, '' when it was not given. */
  read: ReadInput
  /** The run's first line: the operation, scope and API URL (a terminal has its own heading). */
  announce?(line: string): void
  /** Warnings about inputs given that the action has not (the action's sinks: INPUT_* variables). */
  unknownInputs?(): string[]
  /** Called with the token before anything can print it. */
  secret(token: string): void
  log: RunLog
  /** What `apply` reads its fleet file relative to. */
  workspace: string
  outputs(outputs: Outputs): void
  summary(markdown: string): Promise<void>
  /**
   * `inputs`: refused before any request; `run`: failed, or cancelled, once running. `annotations`: the
   * problems of a file, each at its line.
   */
  fail(message: string, stage: 'inputs' | 'run', annotations: FileAnnotation[], cause?: unknown): void
}

/** The action fails with one error line, or with one annotation per problem of the fleet file. */
function failStep(message: string, _stage: 'inputs' | 'run', annotations: FileAnnotation[]): void {
  if (annotations.length === 0) return core.setFailed(message)
  for (const { file, line, message: text } of annotations)
    core.error(oneLine(text), { file, startLine: line })
  process.exitCode = core.ExitCode.Failure
}

function actionSinks(): StepSinks {
  return {
    read: core.getInput,
    announce: log.info,
    unknownInputs: () => unknownInputWarnings(process.env),
    secret: core.setSecret,
    log,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    outputs: writeOutputs,
    summary: writeSummary,
    fail: failStep
  }
}

class Cancelled extends Error {}

/** A failed run's `result`: the error first, then what the operation reported as done. */
function withError(error: { message: string; status?: number }, result: unknown): unknown {
  const done = result !== null && typeof result === 'object' && !Array.isArray(result) ? result : { result }
  return { error, ...done }
}

/** The writes a run sent before it was cancelled, when its operation reported no progress of its own. */
function outcomeOfWritesSent(gateway: RequestGateway): Outcome {
  const { sent } = gateway
  return {
    outputs: { result: { cancelled: true, writes: sent }, changed: sent.length > 0 },
    summary: sent.length > 0 ? sentTable(sent) : ''
  }
}

/** Runs the step; resolves to 'cancelled' when a signal ended it (the caller then exits). */
export function run(timing: Timing = PRODUCTION_TIMING): Promise<'done' | 'cancelled'> {
  return runOperation(actionSinks(), timing)
}

/** Runs one operation with these sinks; resolves to 'cancelled' when a signal ended it. */
export async function runOperation(sinks: StepSinks, timing: Timing): Promise<'done' | 'cancelled'> {
  const { log } = sinks
  // Masked before anything else can print it.
  const token = sinks.read('token')
  if (token) sinks.secret(token)
  // Said after the first line (the API URL and scope), or with an input error, which they may explain.
  const unknownInputs = sinks.unknownInputs?.() ?? []
  const tokenKind = { appInstallation: token?.trim().startsWith('ghs_') }
  const given = sinks.read('operation')
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
  let stage: 'inputs' | 'run' = 'inputs'
  try {
    const settings = readSettings(sinks.read, OPERATIONS)
    const where =
      settings.scope.kind === 'org' ? settings.scope.org : `enterprise ${settings.scope.enterprise}`
    heading = `### \`${operationName}\` on \`${where}\`${settings.dryRun ? ' (dry run)' : ''}`
    sinks.announce?.(
      `${operationName} on ${describeScope(settings.scope)} through ${settings.apiUrl}${settings.dryRun ? ' (dry run: nothing will be sent)' : ''}`
    )
    for (const warning of unknownInputs) log.warning(warning)
    for (const name of settings.ignored)
      log.warning(`Input '${name}' is not read by operation '${operationName}': ignored.`)
    for (const warning of settings.warnings) log.warning(warning)
    stage = 'run'

    const client = createClient(settings, log, timing)
    gateway = new RequestGateway(client, settings.scope, settings.dryRun, log, timing.listingBytes)
    const context = {
      inputs: settings.inputs,
      gateway,
      names: new NameResolver(gateway, settings.inputs),
      log,
      workspace: sinks.workspace,
      retries: {
        count: settings.retries,
        backoffUnitMs: timing.backoffUnitMs,
        sleep: timing.sleep ?? realSleep
      },
      waitClock: timing.waitClock ?? REAL_CLOCK,
      progress: (partial: () => Outcome) => (latest = partial)
    }
    const outcome = await Promise.race([settings.operation.run(context), cancelled])
    sinks.outputs(outcome.outputs)
    await sinks.summary(`${heading}\n\n${outcome.summary}\n`)
    return 'done'
  } catch (error) {
    if (stage === 'inputs') for (const warning of unknownInputs) log.warning(warning)
    const cancel = error instanceof Cancelled
    gateway?.stop()
    const done =
      error instanceof PartialFailure
        ? error
        : cancel && gateway
          ? (latest?.() ?? outcomeOfWritesSent(gateway))
          : undefined
    const message = cancel
      ? `${error.message}: the outputs and the summary say what was done before it.`
      : describeFailure(operationName, error instanceof PartialFailure ? error.cause : error, tokenKind)
    // `result` is set on every failure, input errors included: the error, and what was done before it.
    const cause = error instanceof PartialFailure ? error.cause : error
    const status = (cause as { status?: unknown } | undefined)?.status
    const record = { message, ...(typeof status === 'number' ? { status } : {}) }
    const outputs = done
      ? { ...done.outputs, result: withError(record, done.outputs.result) }
      : { result: { error: record }, changed: (gateway?.sent.length ?? 0) > 0 }
    try {
      sinks.outputs(outputs)
    } catch {
      // The outputs file itself failed: the error below still fails the step.
    }
    const inFlight = cancel && gateway?.inFlight
    const unknown = inFlight
      ? `**Sent, answer unknown:** \`${inFlight.method} ${inFlight.path}\` was in flight when the run was cancelled: GitHub may have acted on it; check before running again.\n\n`
      : ''
    const before = (done?.summary ? `${done.summary}\n\n` : '') + unknown
    await sinks
      .summary(`${heading}\n\n${before}**${cancel ? 'Cancelled' : 'Failed'}:** ${message}\n`)
      .catch(() => undefined)
    // An error of the fleet file is an annotation on its file and line (a pull request shows it on the diff).
    const annotations = annotationsOf(error instanceof PartialFailure ? error.cause : error).map((a) => ({
      ...a,
      message: `${operationName}: ${a.message}`
    }))
    sinks.fail(message, stage, annotations, error)
    return cancel ? 'cancelled' : 'done'
  } finally {
    process.off('SIGINT', onSignal!).off('SIGTERM', onSignal!)
  }
}

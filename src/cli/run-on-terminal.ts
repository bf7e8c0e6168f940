// The action's pipeline (src/main.ts) with the command line's inputs and the terminal for its sinks.
// Imported by command.ts only when there is an operation to run: this module loads the client.
// Checked first, as in the action: the toolkit reads the proxy variables as it loads.
import '../github/proxy-check.js'
import { PRODUCTION_TIMING } from '../github/client.js'
import { oneLine } from '../common/errors.js'
import { runOperation, type RunLog, type StepSinks } from '../main.js'
import type { Outputs } from '../common/outcome.js'
import { isPlanNotEmpty } from '../engine/gate.js'
import { TABLE_LIMITS } from '../report/markdown-table.js'
import { inputReader, type CommandLine } from './arguments.js'
import { inFlagTerms } from './flag-terms.js'
import { StatusLine, SYSTEM_CLOCK } from './status-line.js'
import { renderMarkdown, type Style } from './terminal.js'
import { EXIT, styleOf, usage, type CliEnding, type CliEnvironment, type Terminal } from './terminal-io.js'

/** The run's log: warnings always; the rest with --verbose, or else the latest line as the status. */
function terminalLog(term: Terminal, verbose: boolean): RunLog {
  const print = (message: string, style?: Style) => term.err(oneLine(message), style)
  return {
    info: (message) => (verbose ? print(message) : term.status?.show(oneLine(message))),
    warning: (message) => print(`warning: ${inFlagTerms(message)}`, 'yellow'),
    debug: (message) => verbose && print(message, 'dim'),
    group(title, lines) {
      if (!verbose || lines.length === 0) return
      print(title, 'bold')
      for (const line of lines) print(`  ${line}`)
    }
  }
}

/** The summary without its last paragraph when that is the error, which stderr tells (once). */
function withoutFailure(summary: string, message: string): string {
  for (const label of ['Failed', 'Cancelled']) {
    const paragraph = `**${label}:** ${message}\n`
    if (summary.endsWith(paragraph)) return summary.slice(0, -paragraph.length)
  }
  return summary
}

/**
 * What `--json` prints: `result`, with a plan's digest beside it. A failed run's `result` holds the error
 * as the action words it (`Input 'runners': …`): on a terminal it is `said`, in flag terms, as on stderr.
 */
function jsonOf(outputs: Outputs, said: string | undefined): unknown {
  const result = said === undefined ? (outputs.result ?? {}) : withErrorSaid(outputs.result, said)
  if (outputs.planDigest === undefined) return result
  return result !== null && typeof result === 'object' && !Array.isArray(result)
    ? { ...result, plan_digest: outputs.planDigest }
    : { result, plan_digest: outputs.planDigest }
}

/** A failed run's `result` with its error's message as the terminal says it; the rest as it is. */
function withErrorSaid(result: unknown, said: string): unknown {
  const { error } = (result ?? {}) as { error?: unknown }
  if (error === null || typeof error !== 'object') return result
  return { ...(result as object), error: { ...error, message: said } }
}

export async function runOnTerminal(
  line: CommandLine,
  term: Terminal,
  io: CliEnvironment
): Promise<CliEnding> {
  // A terminal has room for every row and every character of a value.
  Object.assign(TABLE_LIMITS, { maxRows: Infinity, maxCell: Infinity })
  // On a terminal, the latest line of the log is shown at the bottom, with the time spent.
  if (io.stderr.isTTY)
    term.status = new StatusLine({ write: term.errRaw, columns: io.stderr.columns }, io.clock ?? SYSTEM_CLOCK)
  let outputs: Outputs | undefined
  let summary = ''
  let failure: { message: string; stage: 'inputs' | 'run'; planNotEmpty: boolean } | undefined
  const sinks: StepSinks = {
    read: inputReader(line, io.env),
    secret: term.secret,
    log: terminalLog(term, line.verbose),
    workspace: io.cwd,
    outputs: (given) => (outputs = given),
    summary: async (markdown) => {
      summary = markdown
    },
    fail: (message, stage, _annotations, cause) =>
      (failure = { message, stage, planNotEmpty: isPlanNotEmpty(cause) })
  }
  const ending = await runOperation(sinks, io.timing ?? PRODUCTION_TIMING)
  term.status?.stop()
  // The one translation of a failure into the terminal's terms: stderr and --json say the same.
  const said = failure && inFlagTerms(failure.message)
  if (line.json) {
    if (outputs) term.out(`${JSON.stringify(jsonOf(outputs, said), null, 2)}\n`)
  } else if (failure?.stage !== 'inputs') {
    const shown = failure ? withoutFailure(summary, failure.message) : summary
    term.out(renderMarkdown(shown, styleOf(io.stdout, io.env)))
    if (outputs?.planDigest) term.out(`\nplan-digest: ${outputs.planDigest}\n`)
  }
  if (failure?.stage === 'inputs') return { status: usage(term, said as string), cancelled: false }
  if (failure) term.err(`${ending === 'cancelled' ? 'cancelled' : 'error'}: ${said}`, 'red')
  const status = !failure ? EXIT.success : failure.planNotEmpty ? EXIT.changes : EXIT.failure
  return { status, cancelled: ending === 'cancelled' }
}

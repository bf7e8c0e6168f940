// The command line: its words become help, or the action's own pipeline (src/main.ts) run with terminal
// sinks. stdout gets the summary rendered for a terminal, or with --json the `result` output; stderr
// gets warnings, errors, and on a terminal a status line. The token is never printed.
import { PRODUCTION_TIMING, type Timing } from '../github/client.js'
import { oneLine } from '../common/errors.js'
import { runOperation, type RunLog, type StepSinks } from '../main.js'
import { OPERATIONS } from '../operations/index.js'
import type { Outputs } from '../common/outcome.js'
import { TABLE_LIMITS } from '../report/markdown-table.js'
import { inputReader, parseCommandLine, UsageError, type CommandLine } from './arguments.js'
import { COMMAND, helpFor } from './help.js'
import { StatusLine, SYSTEM_CLOCK, type Clock, type Output } from './status-line.js'
import { paint, renderMarkdown, type Style, type TerminalStyle } from './terminal.js'

export interface CliEnvironment {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  /** The workspace: `apply` reads `--config` relative to it. */
  cwd: string
  stdout: Output
  stderr: Output
  timing?: Timing
  clock?: Clock
}

export const EXIT = { success: 0, failure: 1, usage: 2 } as const

/** A token shorter than this is not a token: hiding it would garble the output and protect nothing. */
const SHORTEST_SECRET = 4
const DEFAULT_WIDTH = 80

/** Colour on a terminal, unless NO_COLOR is set (whatever its value) or the terminal is dumb. */
export function styleOf(output: Output, env: NodeJS.ProcessEnv): TerminalStyle {
  const tty = output.isTTY === true
  const colour = tty && env.NO_COLOR === undefined && env.TERM !== 'dumb'
  return { width: (tty && output.columns) || DEFAULT_WIDTH, colour }
}

interface Terminal {
  out(text: string): void
  err(text: string, style?: Style): void
  status: StatusLine | undefined
  secrets: string[]
}

function terminal(io: CliEnvironment): Terminal {
  const secrets: string[] = []
  const redact = (text: string) => secrets.reduce((shown, secret) => shown.split(secret).join('***'), text)
  const errColour = styleOf(io.stderr, io.env).colour
  const status = io.stderr.isTTY
    ? new StatusLine(
        { write: (text) => io.stderr.write(redact(text)), columns: io.stderr.columns },
        io.clock ?? SYSTEM_CLOCK
      )
    : undefined
  return {
    secrets,
    status,
    out: (text) => io.stdout.write(redact(text)),
    err(text, style) {
      const line = `${paint(text, style, errColour)}\n`
      if (status) status.above(redact(line))
      else io.stderr.write(redact(line))
    }
  }
}

/** The run's log: warnings always; the rest with --verbose, or else the latest line as the status. */
function terminalLog(term: Terminal, verbose: boolean): RunLog {
  const print = (message: string, style?: Style) => term.err(oneLine(message), style)
  return {
    info: (message) => (verbose ? print(message) : term.status?.show(oneLine(message))),
    warning: (message) => print(`warning: ${message}`, 'yellow'),
    debug: (message) => verbose && print(message, 'dim'),
    group(title, lines) {
      if (!verbose || lines.length === 0) return
      print(title, 'bold')
      for (const line of lines) print(`  ${line}`)
    }
  }
}

function usage(term: Terminal, message: string): number {
  term.err(`${COMMAND}: ${message}`, 'red')
  term.err(`Run '${COMMAND} --help' for usage.`)
  return EXIT.usage
}

export interface CliEnding {
  status: number
  /** A signal cancelled the run: requests may still be in flight. */
  cancelled: boolean
}
const ended = (status: number): CliEnding => ({ status, cancelled: false })

/** Runs the command line to its end: help, a usage error, or the operation. */
export async function runCli(io: CliEnvironment): Promise<CliEnding> {
  const term = terminal(io)
  let line: CommandLine
  try {
    line = parseCommandLine(io.argv)
  } catch (error) {
    if (error instanceof UsageError) return ended(usage(term, error.message))
    throw error
  }
  const known = line.operation === undefined || Object.hasOwn(OPERATIONS, line.operation)
  // An unknown operation goes on to the settings reader, which refuses it as the action does.
  if (line.help && known) {
    term.out(helpFor(line.operation, styleOf(io.stdout, io.env)))
    return ended(EXIT.success)
  }
  if (line.operation === undefined)
    return ended(
      usage(
        term,
        `give an operation: ${COMMAND} <operation> [--<input> <value>]…; ${COMMAND} --help lists them.`
      )
    )
  return runOnTerminal(line, term, io)
}

/** The action's pipeline, with the command line's inputs and the terminal for its sinks. */
async function runOnTerminal(line: CommandLine, term: Terminal, io: CliEnvironment): Promise<CliEnding> {
  // A terminal has room for every row and every character of a value.
  Object.assign(TABLE_LIMITS, { maxRows: Infinity, maxCell: Infinity })
  let outputs: Outputs | undefined
  let summary = ''
  let failure: { message: string; stage: 'inputs' | 'run' } | undefined
  const sinks: StepSinks = {
    read: inputReader(line, io.env),
    secret: (token) => {
      if (token.length >= SHORTEST_SECRET) term.secrets.push(token)
    },
    log: terminalLog(term, line.verbose),
    workspace: io.cwd,
    outputs: (given) => (outputs = given),
    summary: async (markdown) => {
      summary = markdown
    },
    fail: (message, stage) => (failure = { message, stage })
  }
  const ending = await runOperation(sinks, io.timing ?? PRODUCTION_TIMING)
  term.status?.stop()
  if (failure?.stage === 'inputs') return ended(usage(term, failure.message))
  if (!line.json) term.out(renderMarkdown(summary, styleOf(io.stdout, io.env)))
  else if (outputs) term.out(`${JSON.stringify(outputs.result ?? {}, null, 2)}\n`)
  if (failure) term.err(`${ending === 'cancelled' ? 'cancelled' : 'error'}: ${failure.message}`, 'red')
  return { status: failure ? EXIT.failure : EXIT.success, cancelled: ending === 'cancelled' }
}

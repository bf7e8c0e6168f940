// The command line's two streams as a run uses them: stdout for what was asked (the summary, the JSON),
// stderr for the log, the errors and on a terminal a status line; the token never shown on either. A
// reader that closes a stream (EPIPE: `… | head`) ends what is written to it, never the run.
import type { Timing } from '../github/client.js'
import { COMMAND } from './help.js'
import type { Clock, Output, StatusLine } from './status-line.js'
import { paint, type Style, type TerminalStyle } from './text-layout.js'

/** A stream of the process, or a test's stand-in: `on('error')` tells of a closed pipe. */
export interface Stream extends Output {
  on?(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown
}

export interface CliEnvironment {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  /** The workspace: `apply` reads `--config` relative to it. */
  cwd: string
  stdout: Stream
  stderr: Stream
  /** The client's timing (tests: no real waits); the production timing when absent. */
  timing?: Timing
  clock?: Clock
}

export const EXIT = { success: 0, failure: 1, usage: 2, changes: 3 } as const

export interface CliEnding {
  status: number
  /** A signal cancelled the run: requests may still be in flight. */
  cancelled: boolean
}
export const ended = (status: number): CliEnding => ({ status, cancelled: false })

const DEFAULT_WIDTH = 80
/** A token shorter than this is not a token: hiding it would garble the output and protect nothing. */
const SHORTEST_SECRET = 4

/** Colour on a terminal, unless NO_COLOR is set (whatever its value) or the terminal is dumb. */
export function styleOf(output: Output, env: NodeJS.ProcessEnv): TerminalStyle {
  const tty = output.isTTY === true
  const colour = tty && env.NO_COLOR === undefined && env.TERM !== 'dumb'
  return { width: (tty && output.columns) || DEFAULT_WIDTH, colour }
}

export interface Terminal {
  out(text: string): void
  err(text: string, style?: Style): void
  /** stderr as it is, for the status line (which a run starts on a terminal): redacted, and dropped once closed. */
  errRaw(text: string): void
  status: StatusLine | undefined
  /** Hides a token from everything written after. */
  secret(token: string): void
}

/**
 * Writes to `stream` until its reader goes away: then every later write is dropped. The error that a
 * closed pipe raises is caught here, so that it neither ends the process nor stops the run.
 */
function guarded(stream: Stream): (text: string) => void {
  let open = true
  stream.on?.('error', () => (open = false))
  return (text) => {
    if (!open) return
    try {
      stream.write(text)
    } catch {
      open = false
    }
  }
}

export function terminal(io: CliEnvironment): Terminal {
  const secrets: string[] = []
  const redact = (text: string) => secrets.reduce((shown, secret) => shown.split(secret).join('***'), text)
  const writeOut = guarded(io.stdout)
  const writeErr = guarded(io.stderr)
  const errColour = styleOf(io.stderr, io.env).colour
  const term: Terminal = {
    status: undefined,
    errRaw: (text) => writeErr(redact(text)),
    secret: (token) => {
      if (token.length >= SHORTEST_SECRET) secrets.push(token)
    },
    out: (text) => writeOut(redact(text)),
    err(text, style) {
      const line = `${paint(text, style, errColour)}\n`
      if (term.status) term.status.above(redact(line))
      else writeErr(redact(line))
    }
  }
  return term
}

/** A usage error: told once on stderr, with where to find the usage; exit status 2. */
export function usage(term: Terminal, message: string): number {
  term.err(`${COMMAND}: ${message}`, 'red')
  term.err(`Run '${COMMAND} --help' for usage.`)
  return EXIT.usage
}

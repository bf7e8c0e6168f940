// The command line: its words become help, the version, a usage error, or the action's own pipeline run
// with terminal sinks (run-on-terminal.ts). Everything up to that last step loads no client: the run is
// imported only when there is one to make, so `--help` and a usage error answer at once.
import { quote } from '../inputs/formats.js'
import { didYouMean } from '../inputs/name-rule.js'
import { parseCommandLine, UsageError, type CommandLine } from './arguments.js'
import { CATALOGUE, PACKAGE_VERSION } from '../generated/catalogue.js'
import { COMMAND, helpFor } from './help.js'
import { ended, EXIT, styleOf, terminal, usage, type CliEnding, type CliEnvironment } from './terminal-io.js'

export { EXIT, styleOf, type CliEnding, type CliEnvironment }

/** Runs the command line to its end: help, the version, a usage error, or the operation. */
export async function runCli(io: CliEnvironment): Promise<CliEnding> {
  const term = terminal(io)
  let line: CommandLine
  try {
    line = parseCommandLine(io.argv)
  } catch (error) {
    if (error instanceof UsageError) return ended(usage(term, error.message))
    throw error
  }
  if (line.version) {
    term.out(`${COMMAND} ${PACKAGE_VERSION}\n`)
    return ended(EXIT.success)
  }
  const known = line.operation === undefined || Object.hasOwn(CATALOGUE, line.operation)
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
  if (!known) return ended(usage(term, unknownOperation(line.operation)))
  const { runOnTerminal } = await import('./run-on-terminal.js')
  return runOnTerminal(line, term, io)
}

/** As the settings reader says it, without loading it: the name, and the names it resembles. */
function unknownOperation(name: string): string {
  const guess = didYouMean(name, Object.keys(CATALOGUE), (n) => `\`${n}\``)
  return `unknown operation ${quote(name)}.${guess} '${COMMAND} --help' lists the operations.`
}

// How a problem of the fleet file is told: each at its file, line and key, all of them in one error, and
// each as an annotation on the file (a pull request shows it on its diff).
import { annotated } from '../common/annotations.js'
import { UserError } from '../common/errors.js'
import type { Fleet, FleetItem } from './fleet.js'

export interface Problem {
  line: number
  /** Where in the file: `hosted-runners[1].size`. */
  path: string
  message: string
}

const MAX_SHOWN_PROBLEMS = 20

/** A parser's message without its `Input 'x':` head: the file's key is named instead. */
export const withoutInputName = (message: string) => message.replace(/^Input '[^']*':? /, '')

const problemText = (file: string, p: Problem) =>
  `${file} line ${p.line}, key '${p.path}': ${p.message.replace(/\.$/, '')}.`

function describeProblems(file: string, problems: Problem[]): string {
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => problemText(file, p))
  const more =
    problems.length > MAX_SHOWN_PROBLEMS ? [`…and ${problems.length - MAX_SHOWN_PROBLEMS} more.`] : []
  const head = problems.length === 1 ? '' : `${file} has ${problems.length} problems: `
  return head + [...shown, ...more].join(' ')
}

/**
 * One error telling every problem; `file` as the `config` input gave it, `path` relative to the workspace.
 * Annotations are capped like the message: a file with thousands of problems is not thousands of lines.
 */
export function fleetFileError(file: string, path: string, problems: Problem[]): UserError {
  const message = describeProblems(file, problems)
  const annotations = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => ({
    file: path,
    line: p.line,
    message: problems.length === 1 ? message : problemText(file, p)
  }))
  return annotated(new UserError('input', 'config', message), annotations)
}

/** A problem of the whole file at one line (not valid YAML, over a bound), told as such. */
export function fileLineError(file: string, path: string, line: number, what: string): UserError {
  const message = `${file} line ${line}: ${what.replace(/\.$/, '')}.`
  return annotated(new UserError('input', 'config', message), [{ file: path, line, message }])
}

/** An error about one item, told with the file and line it comes from. */
export function atItem(fleet: Fleet, item: FleetItem, what: string, error: unknown): unknown {
  const prefix = `${fleet.file} line ${item.line} (${what})`
  const at = (message: string) => [{ file: fleet.path, line: item.line, message }]
  if (!(error instanceof UserError)) return error
  const message = `${prefix}: ${withoutInputName(error.message)}`
  return annotated(new UserError(error.kind, error.input, message), at(message))
}

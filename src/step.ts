// The workflow step's side of a run: inputs, masking, logs, outputs, the summary and the failure.
// Everything else in the action is free of it. This is the part of @actions/core the action uses,
// written out by the runner's rules (@actions/core would bring an HTTP client and undici with it).
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

/** A workflow command's data: the runner decodes `%25`, `%0D` and `%0A`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A workflow command's property value: as data, and `:` and `,` too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,…::data`, one line on stdout. */
export function command(name: string, data: string, properties: Record<string, string> = {}): void {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`)
  const props = list.length > 0 ? ` ${list.join(',')}` : ''
  process.stdout.write(`::${name}${props}::${escapeData(data)}${EOL}`)
}

/** `name<<delimiter`, the value, `delimiter`: a multi-line value in a file command ($GITHUB_OUTPUT). */
export function outputEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

export const step = {
  /** `INPUT_<NAME>` (upper-cased, spaces as `_`), trimmed; `''` when not given. */
  input: (name: string): string =>
    (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
  mask: (secret: string): void => command('add-mask', secret),
  info: (message: string): void => void process.stdout.write(`${message}${EOL}`),
  debug: (message: string): void => command('debug', message),
  warning: (message: string): void => command('warning', message),
  setOutput(name: string, value: string): void {
    const file = process.env.GITHUB_OUTPUT
    if (file) appendFileSync(file, outputEntry(name, value), 'utf8')
    else {
      // Outside a runner (or on a very old one): the deprecated command.
      process.stdout.write(EOL)
      command('set-output', value, { name })
    }
  },
  /** The one `::error::` of a failed step; the exit code becomes 1. */
  fail(message: string): void {
    process.exitCode = 1
    command('error', message)
  },
  async writeSummary(markdown: string): Promise<void> {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (file) await appendFile(file, `${markdown}${EOL}`, 'utf8')
  }
}

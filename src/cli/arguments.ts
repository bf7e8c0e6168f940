// The command line's words: `<operation> [--<input> <value>]…`, where every input of the action is a
// flag of the same name, beside the command line's own flags. Values are not read here: the action's
// settings reader reads them, with the same formats and messages.
import { UserError } from '../common/errors.js'
import { boolean, inputName } from '../inputs/formats.js'
import { INPUT_NAMES, VALUE_INPUTS } from '../inputs/vocabulary.js'
import { didYouMean } from '../inputs/name-rule.js'
import type { ReadInput } from '../inputs/settings.js'
import { ACTION_INPUTS } from '../generated/action-yml.js'

/** A command line that does not parse: exit status 2, nothing sent. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The command line's own flags, which the action does not have. */
export const OWN_FLAGS = {
  json: 'print the `result` output alone, as JSON, in place of the summary (for scripts)',
  verbose: 'print the log on stderr as it goes: requests sent, waits, items read',
  help: 'this help; after an operation, that operation’s inputs',
  version: 'print the version of hosted-runners'
} as const
type OwnFlag = keyof typeof OWN_FLAGS

export interface CommandLine {
  operation: string | undefined
  /** The inputs given, by name, as given. */
  inputs: ReadonlyMap<string, string>
  json: boolean
  verbose: boolean
  help: boolean
  version: boolean
}

const VALUE_KEY_OF = new Map(Object.keys(VALUE_INPUTS).map((key) => [inputName(key), key]))

/** A `true`/`false` input (a flag alone means `true`): its format is the vocabulary's boolean, or action.yml defaults it to one. */
export function isBooleanInput(name: string): boolean {
  const key = VALUE_KEY_OF.get(name) as keyof typeof VALUE_INPUTS | undefined
  const fallback = ACTION_INPUTS[name]?.default
  return (key !== undefined && VALUE_INPUTS[key] === boolean) || fallback === 'true' || fallback === 'false'
}

const isBooleanText = (word: string | undefined): boolean => {
  try {
    return word !== undefined && typeof boolean(word, '') === 'boolean'
  } catch {
    return false
  }
}

const FLAG_NAMES = [...INPUT_NAMES, ...Object.keys(OWN_FLAGS)]

function unknownFlag(name: string): UsageError {
  const guess = didYouMean(name, FLAG_NAMES, (n) => `\`--${n}\``)
  return new UsageError(`Unknown flag '--${name}'.${guess}`)
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  let operation: string | undefined
  const inputs = new Map<string, string>()
  const own: Record<OwnFlag, boolean> = { json: false, verbose: false, help: false, version: false }
  const setOperation = (name: string) => {
    if (operation !== undefined && operation !== name)
      throw new UsageError('Give one operation: the first word, or --operation, not both.')
    operation = name
  }
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string
    if (word === '-h') {
      own.help = true
      continue
    }
    if (!word.startsWith('--')) {
      if (word.startsWith('-'))
        throw new UsageError(`Unknown flag in position ${i + 1}: flags are --<input> (two hyphens).`)
      if (operation !== undefined)
        throw new UsageError(
          `Unexpected word in position ${i + 1}: give one operation, and each value after its flag (--<input> <value>).`
        )
      setOperation(word)
      continue
    }
    const equals = word.indexOf('=')
    const name = word.slice(2, equals < 0 ? undefined : equals)
    const inline = equals < 0 ? undefined : word.slice(equals + 1)
    if (Object.hasOwn(OWN_FLAGS, name)) {
      if (inline !== undefined) throw new UsageError(`Flag '--${name}' takes no value.`)
      own[name as OwnFlag] = true
      continue
    }
    if (!INPUT_NAMES.includes(name)) throw unknownFlag(name)
    let value = inline
    if (value === undefined && isBooleanInput(name)) {
      value = isBooleanText(argv[i + 1]) ? (argv[++i] as string) : 'true'
    } else if (value === undefined) {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`Flag '--${name}' needs a value: --${name} <value>, or --${name}=<value>.`)
      value = argv[++i] as string
    }
    // An empty value (`--dry-run=`, an unset variable in `--org "$ORG"`) would read as not given.
    if (value.trim() === '')
      throw new UsageError(
        `Flag '--${name}' is given an empty value: give it a value (--${name} <value>), or leave the flag out.`
      )
    if (inputs.has(name))
      throw new UsageError(
        `Flag '--${name}' is given twice: give it once (a list takes its items comma separated).`
      )
    if (name === 'operation') setOperation(value)
    else inputs.set(name, value)
  }
  return { operation, inputs, ...own }
}

export const ORG_REQUIRED =
  '--org is required outside a workflow (it has no default there): give --org <login>, or --enterprise <slug> for enterprise scope.'

/**
 * The REST API of `GH_HOST`, as gh reads it: github.com's is api.github.com, a GHE.com tenant's is on
 * its api. subdomain, any other host is GitHub Enterprise Server's /api/v3. A host is first named as gh
 * names it (go-gh's NormalizeHostname): any subdomain of github.com is github.com (`api.github.com`), and
 * of a tenant's `<tenant>.ghe.com` that tenant (`api.octo.ghe.com`).
 */
export function apiUrlOfHost(raw: string): string {
  const host = raw.trim().toLowerCase().replace(/\/+$/, '')
  if (!/^[a-z0-9.-]+(:\d+)?$/.test(host))
    throw new UserError(
      'input',
      'api-url',
      `GH_HOST must be a host name such as github.com or github.example.com; got ${JSON.stringify(raw.slice(0, 60))}.`
    )
  if (host === 'github.com' || host.endsWith('.github.com')) return 'https://api.github.com'
  const tenant = /(?:^|\.)([a-z0-9-]+)\.ghe\.com(:\d+)?$/.exec(host)
  if (tenant) return `https://api.${tenant[1]}.ghe.com${tenant[2] ?? ''}`
  return `https://${host}/api/v3`
}

/** GH_HOST names a GitHub Enterprise Server host (not github.com, not a GHE.com tenant), and --api-url is not given. */
function enterpriseServerHost(line: CommandLine, env: NodeJS.ProcessEnv): boolean {
  if (line.inputs.has('api-url') || !env.GH_HOST?.trim()) return false
  try {
    return apiUrlOfHost(env.GH_HOST).endsWith('/api/v3')
  } catch {
    return false // reading the API says what is wrong with GH_HOST
  }
}

/**
 * The inputs as the action's settings reader asks for them. The token comes from `--token`, else
 * GH_TOKEN, else GITHUB_TOKEN, which gh keeps for github.com and GHE.com: when GH_HOST is a GitHub
 * Enterprise Server host, from GH_ENTERPRISE_TOKEN, else GITHUB_ENTERPRISE_TOKEN, as gh reads them (gh
 * help environment), so that a github.com token is never sent to another host. The API from `--api-url`,
 * else GH_HOST (then the reader's own fallbacks, GITHUB_API_URL and api.github.com). `org` has no default
 * outside a workflow: the reader asks for it only when `enterprise` is not given, so refusing it here
 * keeps the action's order of checks.
 */
export function inputReader(line: CommandLine, env: NodeJS.ProcessEnv): ReadInput {
  return (name) => {
    if (name === 'operation') return line.operation ?? ''
    const given = line.inputs.get(name)
    if (name === 'token' && enterpriseServerHost(line, env))
      return given ?? (env.GH_ENTERPRISE_TOKEN || env.GITHUB_ENTERPRISE_TOKEN || '')
    if (name === 'token') return given ?? (env.GH_TOKEN || env.GITHUB_TOKEN || '')
    if (name === 'org' && given === undefined) throw new UserError('input', 'org', ORG_REQUIRED)
    if (name === 'api-url' && given === undefined && env.GH_HOST?.trim()) return apiUrlOfHost(env.GH_HOST)
    return given ?? ''
  }
}

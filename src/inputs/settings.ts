// Every input becomes one typed, validated Settings object here, before any request is sent.
import { UserError } from '../common/errors.js'
import { boolean, enterpriseSlug, inputName, matching, organization, quote, wholeNumber } from './formats.js'
import { SCOPE_ONLY_INPUTS, VALUE_INPUTS, type InputKey, type OperationInputs } from './vocabulary.js'
import { scopeName, type Scope, type ScopeKind } from '../common/scope.js'
import { didYouMean } from './name-rule.js'

export const DEFAULT_API_VERSION = '2026-03-10'

/** An input key, or a list of keys of which at least one must be given. */
export type Requirement = InputKey | InputKey[]

/** What the settings reader needs of an operation: where it exists, what it reads and checks. */
export interface OperationSpec {
  name: string
  /** Where the operation exists: an organization, an enterprise, or both. */
  scopes: readonly ScopeKind[]
  /** The inputs this operation reads; any other operation input is ignored with a warning. */
  reads: InputKey[]
  requires?: Requirement[]
  /** `runner-id` or `runner-name` picks an existing hosted runner. */
  picksRunner?: boolean
  /** With both `runner-id` and `runner-name`, the id picks the runner and the name is its new name. */
  renamesRunner?: boolean
  /** Checks between inputs, made before any request. */
  check?: (inputs: OperationInputs) => void
}

export type Catalogue<Op extends OperationSpec> = Readonly<Record<string, Op>>

export interface Settings<Op extends OperationSpec = OperationSpec> {
  operation: Op
  token: string
  /** The organization, or with `enterprise` given, the enterprise. */
  scope: Scope
  apiUrl: string
  apiVersion: string
  dryRun: boolean
  retries: number
  /** Only the inputs this operation reads and the user gave. */
  inputs: OperationInputs
  /** Inputs the user gave that this operation does not read. */
  ignored: string[]
  /** What the inputs' parsers noticed and accepted (a repeated list item). */
  warnings: string[]
}

export type ReadInput = (name: string) => string

/** The variable an input arrives in, as @actions/core reads it. */
const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

export function readSettings<Op extends OperationSpec>(
  read: ReadInput,
  catalogue: Catalogue<Op>,
  env: NodeJS.ProcessEnv = process.env
): Settings<Op> {
  const get = (name: string): string => read(name).trim()
  const operation = readOperation(get('operation'), catalogue)
  const token = get('token')
  if (token === '')
    throw new UserError(
      'input',
      'token',
      "Input 'token' is required: a token that may manage the organization's runners."
    )
  if (/[\s\p{Cc}]/u.test(token))
    throw new UserError('input', 'token', "Input 'token' must not contain spaces or line breaks.")

  const enterprise = get('enterprise')
  // With `enterprise`, `org` is not read: its default from action.yml always fills it.
  const scope: Scope = enterprise
    ? { kind: 'enterprise', enterprise: enterpriseSlug(enterprise, 'enterprise') }
    : { kind: 'org', org: organization(get('org'), 'org') }
  checkScope(operation, scope.kind, (key) => get(inputName(key)) !== '')

  const inputs: OperationInputs = {}
  const warnings: string[] = []
  const warn = (message: string) => warnings.push(message)
  const given = (key: InputKey): boolean => get(inputName(key)) !== ''
  for (const key of operation.reads) {
    const name = inputName(key)
    if (given(key)) Object.assign(inputs, { [key]: VALUE_INPUTS[key](get(name), name, warn) })
    // A digest given blank (spaces) is kept as given: the gate refuses it, never skips the review. An
    // empty one cannot be told from none: the runner sets INPUT_* to '' for every input not given
    // (actions/runner#1176); `require-reviewed-plan: true` in the fleet file refuses that case.
    else if (
      key === 'expectedPlanDigest' &&
      (read(name) !== '' || /^\s+$/.test(env[inputVariable(name)] ?? ''))
    )
      inputs.expectedPlanDigest = ''
  }
  checkRequirements(operation, inputs)

  return {
    operation,
    token,
    scope,
    apiUrl: readApiUrl(get('api-url') || env.GITHUB_API_URL?.trim() || 'https://api.github.com'),
    apiVersion: readApiVersion(get('api-version') || DEFAULT_API_VERSION),
    dryRun: boolean(get('dry-run') || 'false', 'dry-run'),
    retries: wholeNumber(10)(get('retries') || '3', 'retries'),
    inputs,
    ignored: (Object.keys(VALUE_INPUTS) as InputKey[])
      .filter((key) => !operation.reads.includes(key) && given(key))
      .map(inputName),
    warnings
  }
}

function readOperation<Op extends OperationSpec>(name: string, catalogue: Catalogue<Op>): Op {
  const OPERATION_NAMES = Object.keys(catalogue)
  if (name === '')
    throw new UserError(
      'input',
      'operation',
      `Input 'operation' is required: one of ${OPERATION_NAMES.join(', ')}.`
    )
  const operation = Object.hasOwn(catalogue, name) ? catalogue[name] : undefined
  if (operation) return operation
  const guess = didYouMean(name, OPERATION_NAMES, (n) => `\`${n}\``)
  throw new UserError(
    'input',
    'operation',
    `Input 'operation': unknown operation ${quote(name)}.${guess} Valid operations: ${OPERATION_NAMES.join(', ')}.`
  )
}

/** An operation, or an input, that does not exist at the scope is refused naming where it does. */
function checkScope(operation: OperationSpec, kind: ScopeKind, given: (key: InputKey) => boolean): void {
  if (!operation.scopes.includes(kind)) {
    const where = operation.scopes.map(scopeName).join(' or ')
    const fix = kind === 'enterprise' ? "remove the 'enterprise' input" : "give the 'enterprise' input"
    throw new UserError(
      'input',
      'enterprise',
      `Operation '${operation.name}' exists at ${where} scope only, not at ${scopeName(kind)} scope: ${fix}.`
    )
  }
  const other: ScopeKind = kind === 'org' ? 'enterprise' : 'org'
  for (const key of SCOPE_ONLY_INPUTS[other]) {
    if (operation.reads.includes(key) && given(key)) {
      throw new UserError(
        'input',
        inputName(key),
        `Input '${inputName(key)}' is for ${scopeName(other)} scope; this run is at ${scopeName(kind)} scope.`
      )
    }
  }
}

function checkRequirements(operation: OperationSpec, inputs: OperationInputs): void {
  for (const requirement of operation.requires ?? []) {
    const anyOf = typeof requirement === 'string' ? [requirement] : requirement
    if (!anyOf.some((key) => inputs[key] !== undefined)) {
      const names = anyOf.map((key) => `'${inputName(key)}'`).join(' or ')
      throw new UserError(
        'input',
        inputName(anyOf[0] as string),
        `Operation '${operation.name}' needs input ${names}.`
      )
    }
  }
  if (
    operation.picksRunner &&
    !operation.renamesRunner &&
    inputs.runnerId !== undefined &&
    inputs.runnerName !== undefined
  ) {
    throw new UserError(
      'input',
      'runner-id',
      `Operation '${operation.name}' picks one runner: give 'runner-id' or 'runner-name', not both.`
    )
  }
  operation.check?.(inputs)
}

function readApiVersion(raw: string): string {
  const version = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date `YYYY-MM-DD`, such as `2026-03-10`')(
    raw,
    'api-version'
  )
  const date = new Date(`${version}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== version) {
    throw new UserError('input', 'api-version', `Input 'api-version' must be a real date; got ${quote(raw)}.`)
  }
  return version
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/

function readApiUrl(raw: string): string {
  const shown = quote(withoutCredentials(raw))
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new UserError(
      'input',
      'api-url',
      `Input 'api-url' must be an absolute URL such as https://api.github.com; got ${shown}.`
    )
  }
  if (url.username || url.password) {
    throw new UserError(
      'input',
      'api-url',
      `Input 'api-url' must not carry credentials (user:password@); got ${shown}.`
    )
  }
  if (raw.includes('?') || raw.includes('#')) {
    throw new UserError(
      'input',
      'api-url',
      `Input 'api-url' must not carry a query or a fragment; got ${shown}.`
    )
  }
  const plainLoopback = url.protocol === 'http:' && LOOPBACK.test(url.hostname)
  if (url.protocol !== 'https:' && !plainLoopback) {
    throw new UserError(
      'input',
      'api-url',
      `Input 'api-url' must use https:// (plain http:// only for a loopback host); got ${shown}.`
    )
  }
  return url.href.replace(/\/+$/, '')
}

/** A URL as it may be shown: `user:password@` removed, whether or not it parses. */
function withoutCredentials(raw: string): string {
  return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1')
}

// Every input becomes one typed, validated Settings object here, before any request is sent.
import {
  InputError,
  inputName,
  RUNNER_NAME,
  boolean,
  duration,
  idOrName,
  list,
  matching,
  oneOf,
  organization,
  positiveInteger,
  quote,
  repositoryRef,
  runnerRef,
  text,
  wholeNumber,
  workflowRef
} from './input-formats.js'
import { OPERATIONS, OPERATION_NAMES, type Operation } from './operations/index.js'

const SECOND = 1000
const HOUR = 3600 * SECOND

/** The inputs an operation may read, by key; the input's name is the key in kebab-case. */
const VALUE_INPUTS = {
  runnerId: positiveInteger,
  runnerName: matching(RUNNER_NAME, '1–64 characters of a-z A-Z 0-9 . - _'),
  imageId: text(256),
  imageSource: oneOf(['github', 'partner', 'custom'] as const),
  imageVersion: matching(/^\d+\.\d+\.\d+$/, 'a version `x.y.z`, such as `1.2.0`'),
  size: text(256),
  runnerGroup: idOrName(64),
  maximumRunners: positiveInteger,
  enableStaticIp: boolean,
  imageGen: boolean,
  waitFor: oneOf(['ready', 'deleted'] as const, { ignoreCase: true }),
  waitTimeout: duration({ days: false, min: SECOND, max: 24 * HOUR }),
  pollInterval: duration({ days: false, min: SECOND, max: HOUR }),
  customImage: idOrName(256),
  visibleToRepository: text(256),
  groupName: text(64),
  visibility: oneOf(['all', 'selected', 'private'] as const),
  repositories: list(repositoryRef),
  runners: list(runnerRef),
  allowsPublicRepositories: boolean,
  restrictedToWorkflows: boolean,
  selectedWorkflows: list(workflowRef),
  networkConfigurationId: text(256),
  keep: wholeNumber(10_000),
  olderThan: duration({ days: true, min: 0, max: 3650 * 24 * HOUR }),
  maxDeletions: wholeNumber(100_000)
}

export type InputKey = keyof typeof VALUE_INPUTS
export type OperationInputs = { [K in InputKey]?: ReturnType<(typeof VALUE_INPUTS)[K]> }

const COMMON_INPUTS = ['operation', 'token', 'org', 'api-url', 'api-version', 'dry-run', 'retries'] as const

/** Every input the action reads, as action.yml must declare them. */
export const INPUT_NAMES: readonly string[] = [...COMMON_INPUTS, ...Object.keys(VALUE_INPUTS).map(inputName)]

export interface Settings {
  operation: Operation
  token: string
  org: string
  apiUrl: string
  apiVersion: string
  dryRun: boolean
  retries: number
  /** Only the inputs this operation reads and the user gave. */
  inputs: OperationInputs
  /** Inputs the user gave that this operation does not read. */
  ignored: string[]
}

export type ReadInput = (name: string) => string

export function readSettings(read: ReadInput, env: NodeJS.ProcessEnv = process.env): Settings {
  const get = (name: string): string => read(name).trim()
  const operation = readOperation(get('operation'))
  const token = get('token')
  if (token === '')
    throw new InputError(
      'token',
      "Input 'token' is required: a token that may manage the organization's runners."
    )
  if (/[\s\p{Cc}]/u.test(token))
    throw new InputError('token', "Input 'token' must not contain spaces or line breaks.")

  const inputs: OperationInputs = {}
  const given = (key: InputKey): boolean => get(inputName(key)) !== ''
  for (const key of operation.reads) {
    if (given(key)) Object.assign(inputs, { [key]: VALUE_INPUTS[key](get(inputName(key)), inputName(key)) })
  }
  checkRequirements(operation, inputs)

  return {
    operation,
    token,
    org: organization(get('org'), 'org'),
    apiUrl: readApiUrl(get('api-url') || env.GITHUB_API_URL?.trim() || 'https://api.github.com'),
    apiVersion: matching(/^\d{4}-\d{2}-\d{2}$/, 'a date `YYYY-MM-DD`, such as `2026-03-10`')(
      get('api-version') || '2026-03-10',
      'api-version'
    ),
    dryRun: boolean(get('dry-run') || 'false', 'dry-run'),
    retries: wholeNumber(10)(get('retries') || '3', 'retries'),
    inputs,
    ignored: (Object.keys(VALUE_INPUTS) as InputKey[])
      .filter((key) => !operation.reads.includes(key) && given(key))
      .map(inputName)
  }
}

function readOperation(name: string): Operation {
  if (name === '')
    throw new InputError('operation', `Input 'operation' is required: one of ${OPERATION_NAMES.join(', ')}.`)
  const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined
  if (!operation) {
    throw new InputError(
      'operation',
      `Input 'operation' must be one of ${OPERATION_NAMES.join(', ')}; got ${quote(name)}.`
    )
  }
  return operation
}

function checkRequirements(operation: Operation, inputs: OperationInputs): void {
  for (const requirement of operation.requires ?? []) {
    const anyOf = typeof requirement === 'string' ? [requirement] : requirement
    if (!anyOf.some((key) => inputs[key] !== undefined)) {
      const names = anyOf.map((key) => `'${inputName(key)}'`).join(' or ')
      throw new InputError(
        inputName(anyOf[0] as string),
        `Operation '${operation.name}' needs input ${names}.`
      )
    }
  }
  if (
    operation.target === 'runner' &&
    !operation.renamesRunner &&
    inputs.runnerId !== undefined &&
    inputs.runnerName !== undefined
  ) {
    throw new InputError(
      'runner-id',
      `Operation '${operation.name}' picks one runner: give 'runner-id' or 'runner-name', not both.`
    )
  }
  operation.check?.(inputs)
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/

function readApiUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(
      'api-url',
      `Input 'api-url' must be an absolute URL such as https://api.github.com; got ${quote(raw)}.`
    )
  }
  const plainLoopback = url.protocol === 'http:' && LOOPBACK.test(url.hostname)
  if (url.protocol !== 'https:' && !plainLoopback) {
    throw new InputError(
      'api-url',
      `Input 'api-url' must use https:// (plain http:// only for a loopback host); got ${quote(raw)}.`
    )
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InputError(
      'api-url',
      `Input 'api-url' must not carry credentials, a query or a fragment; got ${quote(url.origin)}.`
    )
  }
  return url.href.replace(/\/+$/, '')
}

// The action's failures, and the one message a user can act on for any of them: the operation, the
// HTTP status, GitHub's own message and field errors, and a hint for 401, 403, 404 and rate limits.
import { MAX_RATE_LIMIT_WAIT_SECONDS } from './bounds.js'
import type { Outputs } from './outcome.js'

/**
 * A failure the user can mend, found before the request it is about:
 * - `input`: an input that does not fit;
 * - `lookup`: a name the user gave that GitHub does not have (or has more than once);
 * - `refusal`: a write GitHub would refuse; the message says what to do instead.
 * `input` names the input (or fleet-file key) the message is about.
 */
export type UserErrorKind = 'input' | 'lookup' | 'refusal'

export class UserError extends Error {
  constructor(
    readonly kind: UserErrorKind,
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/** Whether `error` is a UserError (of `kind`, when given). */
export function isUserError(error: unknown, kind?: UserErrorKind): error is UserError {
  return error instanceof UserError && (kind === undefined || error.kind === kind)
}

/** An answer that is not what the request promises: never relied on, never retried. */
export class UnexpectedAnswer extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnexpectedAnswer'
  }
}

/** A rate limit the action will not wait out (too long, or too many waits): never retried. */
export class RateLimitStop extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RateLimitStop'
  }
}

/**
 * A failure after part of the work was done: the step still writes these outputs and this summary
 * (for example, which versions were deleted before a delete failed), then fails with the cause.
 */
export class PartialFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly outputs: Outputs,
    readonly summary: string
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'PartialFailure'
  }
}

interface RequestFailure {
  status: number
  message: string
  request?: { method?: string; url?: string }
  response?: { data?: unknown; headers?: Record<string, string | undefined> }
}

interface GitHubErrorBody {
  message?: unknown
  errors?: unknown
}

const PERMISSIONS = {
  'runner groups':
    "classic scope `admin:org`, or the organization permission 'Self-hosted runners' (fine-grained token or GitHub App)",
  'custom images':
    "classic scope `manage_runners:org`, or the organization permission 'Hosted runner custom images' (fine-grained token or GitHub App)",
  'hosted runners':
    "classic scope `manage_runners:org`, or the organization permission 'Administration' (fine-grained token or GitHub App)",
  repositories: "read access to the repository (classic scope `repo` for private ones, or 'Metadata: read')"
} as const

function isRequestFailure(error: unknown): error is RequestFailure {
  return (
    error instanceof Error &&
    typeof (error as Partial<RequestFailure>).status === 'number' &&
    'request' in error
  )
}

/** What is known of the token without printing it: a GitHub App installation token starts `ghs_`. */
export interface TokenKind {
  appInstallation?: boolean
}

export function describeFailure(operation: string, error: unknown, token: TokenKind = {}): string {
  if (error instanceof UserError) return `${operation}: ${error.message}`
  if (!isRequestFailure(error))
    return `${operation} failed: ${oneLine(error instanceof Error ? error.message : String(error))}`

  const { method = '', url = '' } = error.request ?? {}
  const target = `${method} ${url.replace(/[?#].*$/, '')}`
  if (!error.response) return `${operation} failed: network error on ${target}: ${oneLine(error.message)}`

  const said = oneLine(githubSaid(error))
  const hint =
    rateLimitHint(error) ??
    appCannotDelete(error, target, token) ??
    enterprisePolicy(error, target, url) ??
    hintFor(error, url)
  return `${operation} failed: HTTP ${error.status} from ${target}: ${said}${hint ? `. ${hint}` : ''}`
}

/** GitHub's message and field errors, each once (a 422 often repeats its message in `errors`). */
function githubSaid(error: RequestFailure): string {
  const body = (error.response?.data ?? {}) as GitHubErrorBody
  const fieldErrors = (Array.isArray(body.errors) ? body.errors : []).map((e: unknown) => {
    if (typeof e === 'string') return e
    const item = (e ?? {}) as Record<string, unknown>
    return typeof item.message === 'string'
      ? item.message
      : [item.resource, item.field, item.code].filter((part) => typeof part === 'string').join(' ')
  })
  const message = typeof body.message === 'string' ? body.message : `HTTP ${error.status}`
  const parts = [message, ...fieldErrors].map((part) => part.trim().replace(/\.$/, '')).filter(Boolean)
  return [...new Set(parts)].join('; ')
}

/**
 * A 403 on `DELETE …/hosted-runners/{hosted_runner_id}` to a GitHub App token. GitHub's current REST reference
 * lists the organization's route for GitHub App installation tokens with the "Administration" organization
 * permission (write); its OpenAPI description (@octokit/openapi 23.0.2) still marks it
 * `x-github.enabledForGitHubApps: false`, as it does every enterprise route. So the hint names both ways out.
 */
function appCannotDelete(error: RequestFailure, target: string, token: TokenKind): string | undefined {
  if (error.status !== 403 || !/^DELETE \S*\/actions\/hosted-runners\/\d+$/.test(target)) return undefined
  if (!token.appInstallation && !/not accessible by integration/i.test(githubSaid(error))) return undefined
  const kind = token.appInstallation ? 'a GitHub App installation token (ghs_…)' : 'a GitHub App token'
  if (target.includes('/enterprises/'))
    return `The token is ${kind}, and GitHub Apps cannot use the enterprise's runner endpoints: delete enterprise runners with a personal access token, classic with the \`manage_runners:enterprise\` scope.`
  return `The token is ${kind}: GitHub's REST reference lets a GitHub App delete a hosted runner with the organization permission "Administration" (write), which this App may lack (GitHub's older API description did not allow Apps at all). Give the App "Administration": write, or delete runners (delete-runner, and a prune of runners in apply) with a personal access token, classic with the \`manage_runners:org\` scope.`
}

/**
 * A 403 or 422 on an organization's create of a network configuration: the enterprise's policy may forbid
 * it. GitHub Docs, "Troubleshooting Azure private network configurations for GitHub-hosted runners in
 * your enterprise": "By default, organizations in an enterprise cannot create new network configurations
 * and only inherit enterprise-level network configurations."
 */
function enterprisePolicy(error: RequestFailure, target: string, url: string): string | undefined {
  if (error.status !== 403 && error.status !== 422) return undefined
  if (!/^POST \S*\/orgs\/[^/]+\/settings\/network-configurations$/.test(target)) return undefined
  const policy =
    "The enterprise's policy may forbid it: by default, organizations in an enterprise cannot create network configurations and only inherit the enterprise's (GitHub Docs). Ask an enterprise owner to allow it, or give the runner group the enterprise's configuration by its id"
  return error.status === 403 ? `${policy}. Or: ${hintFor(error, url)}` : policy
}

function hintFor(error: RequestFailure, url: string): string {
  const family =
    url.includes('/runner-groups') || url.includes('/actions/runners')
      ? 'runner groups'
      : url.includes('/images/custom')
        ? 'custom images'
        : url.includes('/repos/')
          ? 'repositories'
          : 'hosted runners'
  if (error.status === 401) return 'The token is invalid or expired: check the `token` input.'
  // GitHub's GHEC description: enterprise runner routes are not enabled for GitHub Apps, and its docs
  // say fine-grained tokens cannot use them.
  if (error.status === 403 && url.includes('/enterprises/'))
    return 'The token may not do this: enterprise runners, images and groups need a classic personal access token with the `manage_runners:enterprise` scope, from an enterprise owner (GitHub Apps and fine-grained tokens cannot use these endpoints).'
  if (error.status === 404 && url.includes('/enterprises/'))
    return `Not found: the enterprise or the ${family.replace(/s$/, '')} is not there, or the token cannot see it.`
  if (error.status === 403) return forbiddenHint(error, family)
  if (error.status === 404)
    return `Not found: the organization or the ${family.replace(/s$/, '')} is not there, or the token cannot see it.`
  return ''
}

/**
 * Which kind of token was refused, and what it lacks. GitHub says "by integration" to a GitHub App
 * token (the workflow's GITHUB_TOKEN is one), "by personal access token" to a fine-grained one, and
 * sends `x-oauth-scopes` only for a classic personal access token.
 */
function forbiddenHint(error: RequestFailure, family: keyof typeof PERMISSIONS): string {
  const need = `${family} need the ${PERMISSIONS[family]}`
  const said = githubSaid(error)
  const scopes = error.response?.headers?.['x-oauth-scopes']
  if (/not accessible by integration/i.test(said))
    return `The token is a GitHub App token or the workflow's GITHUB_TOKEN, which can never manage organization runners: use a GitHub App installed on the organization, or a personal access token; ${need}.`
  if (/not accessible by personal access token/i.test(said))
    return `The token is a fine-grained personal access token without the permission: ${need}, with the organization as its resource owner.`
  if (typeof scopes === 'string')
    return `The token is a classic personal access token with the scopes '${oneLine(scopes) || 'none'}': ${need}, and its user must be allowed to manage the organization's runners.`
  return `The token may not do this (GitHub sent no scope header, so it is not a classic personal access token: a GITHUB_TOKEN cannot manage organization runners): ${need}, from an organization owner.`
}

/** A rate limit the action would not wait out: when it resets, or how long GitHub asked to wait. */
function rateLimitHint(error: RequestFailure): string | undefined {
  const headers = error.response?.headers ?? {}
  const primary = headers['x-ratelimit-remaining'] === '0'
  if (!(error.status === 403 || error.status === 429)) return undefined
  if (!(primary || error.status === 429 || /rate limit/i.test(githubSaid(error)))) return undefined
  const limit = `the action waits out rate limits of at most ${MAX_RATE_LIMIT_WAIT_SECONDS / 60} minutes`
  return `Rate limited, and ${limit}.`
}

const MAX_SAID = 600

/** Server text in an error line: one line, cut short, never a workflow command of its own. */
export function oneLine(text: string): string {
  // The runner also reads the legacy `##[command]` form anywhere in a line.
  const flat = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/##\[/g, '#\u200b#[')
    .trim()
  return flat.length > MAX_SAID ? `${flat.slice(0, MAX_SAID)}…` : flat
}

/** A URL's path, for messages: no origin, no query. */
export function pathOf(url: string): string {
  try {
    return new URL(url, 'http://base.invalid').pathname
  } catch {
    return url.replace(/\?.*$/, '')
  }
}

/** Names as an error message lists them: `'a', 'b'`. */
export const quotedNames = (names: readonly string[]): string => names.map((name) => `'${name}'`).join(', ')

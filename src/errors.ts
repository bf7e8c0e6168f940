// Turns any failure into the one message a user can act on: the operation, the HTTP status,
// GitHub's own message and field errors, and a hint for 401, 403 and 404.
import { InputError } from './input-formats.js'
import { MAX_RATE_LIMIT_WAIT_SECONDS } from './client.js'
import { LookupError } from './references.js'

interface RequestFailure {
  status: number
  message: string
  request?: { method?: string; url?: string }
  response?: { data?: unknown; headers?: Record<string, string | undefined> }
}

interface GitHubErrorBody {
  message?: string
  errors?: Array<string | { resource?: string; field?: string; code?: string; message?: string }>
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

export function describeFailure(operation: string, error: unknown): string {
  if (error instanceof InputError || error instanceof LookupError) return `${operation}: ${error.message}`
  if (!isRequestFailure(error))
    return `${operation} failed: ${error instanceof Error ? error.message : String(error)}`

  const { method = '', url = '' } = error.request ?? {}
  const target = `${method} ${redactQuery(url)}`
  if (!error.response) return `${operation} failed: network error on ${target}: ${error.message}`

  const body = (error.response.data ?? {}) as GitHubErrorBody
  const fieldErrors = (body.errors ?? []).map((e) =>
    typeof e === 'string' ? e : (e.message ?? [e.resource, e.field, e.code].filter(Boolean).join(' '))
  )
  const said = shorten([body.message ?? error.message, ...fieldErrors].filter(Boolean).join('; ')).replace(
    /\.$/,
    ''
  )
  const hint = rateLimitHint(error) ?? hintFor(error.status, url)
  return `${operation} failed: HTTP ${error.status} from ${target}: ${said}${hint ? `. ${hint}` : ''}`
}

function hintFor(status: number, url: string): string {
  const family =
    url.includes('/runner-groups') || url.includes('/actions/runners')
      ? 'runner groups'
      : url.includes('/images/custom')
        ? 'custom images'
        : url.includes('/repos/')
          ? 'repositories'
          : 'hosted runners'
  if (status === 401) return 'The token is invalid or expired: check the `token` input.'
  if (status === 403)
    return `The token may not do this: ${family} need the ${PERMISSIONS[family]}, from an organization owner.`
  if (status === 404)
    return `Not found: the organization or the ${family.replace(/s$/, '')} is not there, or the token cannot see it.`
  return ''
}

/** A rate limit the action would not wait out: when it resets, or how long GitHub asked to wait. */
function rateLimitHint(error: RequestFailure): string | undefined {
  const headers = error.response?.headers ?? {}
  const message = String((error.response?.data as GitHubErrorBody | undefined)?.message ?? error.message)
  const primary = headers['x-ratelimit-remaining'] === '0'
  if (
    !(error.status === 403 || error.status === 429) ||
    !(primary || /rate limit/i.test(message) || error.status === 429)
  ) {
    return undefined
  }
  const limit = `the action waits out rate limits of at most ${MAX_RATE_LIMIT_WAIT_SECONDS / 60} minutes`
  const reset = Number(headers['x-ratelimit-reset'])
  if (primary && reset > 0) {
    const minutes = Math.ceil((reset * 1000 - Date.now()) / 60_000)
    return `Rate limited: the limit resets at ${new Date(reset * 1000).toISOString()} (in ${minutes} minutes), and ${limit}.`
  }
  const retryAfter = Number(headers['retry-after'])
  const wait =
    retryAfter > 0
      ? `GitHub asked to wait ${retryAfter}s (until ${new Date(Date.now() + retryAfter * 1000).toISOString()})`
      : 'GitHub asked to wait'
  return `Rate limited: ${wait}, and ${limit}.`
}

const MAX_SAID = 600

/** What GitHub said goes into one error line: a server's novel is cut short. */
function shorten(text: string): string {
  return text.length > MAX_SAID ? `${text.slice(0, MAX_SAID)}…` : text
}

function redactQuery(url: string): string {
  return url.replace(/\?.*$/, '')
}

// @ts-check
// What GitHub checks about a request before its body: the credentials, the API version, and whether the
// kind of token may call the operation at all.
import { HttpError } from './errors.js'

export const API_VERSIONS = ['2022-11-28', '2026-03-10']

/**
 * A GitHub App installation token: GitHub changelog 2021-03-31, "Authentication token format updates are
 * generally available" (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available/):
 * "ghs_ for GitHub App server-to-server tokens".
 */
const INSTALLATION_TOKEN = /^ghs_/

/**
 * The request's credentials and API version; throws GitHub's 401 or 400.
 * @param {Record<string, string>} headers lower-case names
 * @param {string | undefined} token when set, the only token accepted
 * @returns {string} the token sent
 */
export function checkHeaders(headers, token) {
  const credentials = /^(?:token|bearer) +(\S+)$/i.exec(headers.authorization ?? '')
  if (!credentials) throw new HttpError(401, 'Requires authentication')
  const sent = /** @type {string} */ (credentials[1])
  if (token !== undefined && sent !== token) throw new HttpError(401, 'Bad credentials')
  const version = headers['x-github-api-version']
  if (version === undefined) {
    const message = `The X-GitHub-Api-Version header is required here (GitHub would assume 2022-11-28); send one of ${API_VERSIONS.join(', ')}.`
    throw new HttpError(400, message)
  }
  if (!API_VERSIONS.includes(version)) throw new HttpError(400, `API version ${version} is not supported.`)
  return sent
}

/**
 * Operations the description marks not enabled for GitHub Apps that GitHub's current REST reference lists
 * for GitHub App installation access tokens: "Delete a GitHub-hosted runner for an organization", with the
 * "Administration" organization permission (write) (GitHub Docs, REST API, "GitHub-hosted runners"; the
 * description in @octokit/openapi 23.0.2 still says `enabledForGitHubApps: false`). The docs are followed;
 * the simulator does not model an App's permissions.
 */
const APPS_ALLOWED_BY_THE_DOCS = new Set(['DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}'])

/**
 * An operation the description marks `x-github.enabledForGitHubApps: false` refuses a GitHub App installation
 * token with GitHub's 403 "Resource not accessible by integration" (the message GitHub gives an App that
 * lacks access): in @octokit/openapi 23.0.2 every enterprise route, and the organization's runner delete,
 * which the current docs allow (above). Other tokens (classic and fine-grained PATs, OAuth and
 * user-to-server tokens) pass: the simulator does not model scopes.
 * @param {string} sent the token
 * @param {{ key: string, enabledForGitHubApps: boolean }} operation
 */
export function checkTokenKind(sent, operation) {
  if (
    INSTALLATION_TOKEN.test(sent) &&
    !operation.enabledForGitHubApps &&
    !APPS_ALLOWED_BY_THE_DOCS.has(operation.key)
  ) {
    throw new HttpError(403, 'Resource not accessible by integration')
  }
}

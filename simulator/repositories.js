// @ts-check
/* global structuredClone */
// Repositories (GET /repos/{owner}/{repo}, and the repositories of a runner group) and the org's
// self-hosted runners (GET /orgs/{org}/actions/runners, with its `name` filter).
import { notFound } from './errors.js'
import { answer, paginate } from './http.js'
import { responseSchema } from './spec.js'

/** @typedef {import('./state.js').Repository} Repository */

const HTML = 'https://github.com'

/**
 * The owner as a "Simple User" (an organization, for the org's repositories).
 * @param {string} login
 * @param {string} api
 */
function owner(login, api) {
  const user = `${api}/users/${login}`
  return {
    login,
    id: 9919,
    node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
    avatar_url: `https://avatars.githubusercontent.com/u/9919?v=4`,
    gravatar_id: '',
    url: user,
    html_url: `${HTML}/${login}`,
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: 'Organization',
    site_admin: false
  }
}

/** The API URL templates of a repository: field -> path under /repos/{owner}/{repo}. */
const URL_FIELDS = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}'
}

/**
 * The full repository object of GET /repos/{owner}/{repo}.
 * @param {Repository} repo
 * @param {string} api the simulator's base URL
 */
export function repositoryJson(repo, api) {
  const fullName = `${repo.owner}/${repo.name}`
  const url = `${api}/repos/${fullName}`
  const urls = Object.fromEntries(Object.entries(URL_FIELDS).map(([field, path]) => [field, url + path]))
  return {
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
    name: repo.name,
    full_name: fullName,
    owner: owner(repo.owner, api),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: `${HTML}/${fullName}`,
    description: repo.description,
    fork: repo.fork,
    url,
    ...urls,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `${HTML}/${fullName}.git`,
    svn_url: `${HTML}/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1024,
    default_branch: repo.default_branch,
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    archived: repo.archived,
    disabled: false,
    license: null,
    pushed_at: repo.created_at,
    created_at: repo.created_at,
    updated_at: repo.created_at,
    network_count: 0,
    subscribers_count: 0
  }
}

/** @type {string[] | undefined} */
let minimalFields

/**
 * A repository as runner-group listings answer it ("Minimal Repository"): the full object cut to the
 * fields that schema names.
 * @param {Repository} repo
 * @param {string} api
 */
export function minimalRepositoryJson(repo, api) {
  minimalFields ??= Object.keys(
    responseSchema('GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories', 200).properties
      .repositories.items.properties
  )
  const full = /** @type {Record<string, unknown>} */ (repositoryJson(repo, api))
  return Object.fromEntries(
    /** @type {string[]} */ (minimalFields).filter((f) => f in full).map((f) => [f, full[f]])
  )
}

/** @type {Record<string, import('./http.js').Route>} */
export const lookupRoutes = {
  'GET /orgs/{org}/actions/runners': {
    resource: 'Runner',
    handle: (context) => {
      const { name } = context.query
      const runners = context.state.selfHostedRunners.filter(
        (runner) => name === undefined || runner.name === name
      )
      return paginate(context, runners, 'runners', (runner) => structuredClone(runner))
    }
  },
  // The organization's repositories, a bare array 100 a page (GitHub's default per_page is 30) with
  // a `link` header, in order of creation (GitHub's default sort, `created`).
  'GET /orgs/{org}/repos': {
    resource: 'Repository',
    handle: (context) => {
      const { state, params, baseUrl } = context
      if (params.org.toLowerCase() !== state.org.toLowerCase()) throw notFound()
      const owned = state.repositories.filter((repo) => repo.owner.toLowerCase() === params.org.toLowerCase())
      const page = paginate(context, owned, 'repositories', (repo) => minimalRepositoryJson(repo, baseUrl))
      return { ...page, body: /** @type {{ repositories: unknown[] }} */ (page.body).repositories }
    }
  },
  'GET /repos/{owner}/{repo}': {
    resource: 'Repository',
    handle: ({ state, params, baseUrl }) => {
      const lower = (/** @type {string} */ text) => text.toLowerCase()
      const repo = state.repositories.find(
        (candidate) =>
          lower(candidate.owner) === lower(params.owner) && lower(candidate.name) === lower(params.repo)
      )
      if (!repo) throw notFound()
      return answer(200, repositoryJson(repo, baseUrl))
    }
  }
}

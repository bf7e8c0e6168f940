// Every bound the action keeps whatever a server answers: docs/reliability.md states
// them. A run that would pass one fails, saying which.

/** One rate-limit wait longer than this fails at once, saying when the limit resets. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 600
/** Rate-limit waits in one step, and their total: past either, the step fails. */
export const MAX_RATE_LIMIT_WAITS = 10
export const MAX_RATE_LIMIT_WAIT_TOTAL_SECONDS = 1800
/** No rate-limit wait is shorter: `retry-after: 0` or a reset in the past would loop. */
export const MIN_RATE_LIMIT_WAIT_SECONDS = 1

/**
 * Pages of one listing (100 items a page) for which GitHub states no limit of its own: a guess, 10,000
 * items, far above what such lists (hosted runners, runner groups, network configurations) hold.
 */
export const MAX_PAGES = 100

/** A listing GitHub lets grow past MAX_PAGES pages: the most items GitHub allows in it, and who says so. */
export interface ListingLimit {
  items: number
  /** What the items are, for the message when the bound is hit. */
  what: string
  /** Where GitHub states the limit, or that the bound is a guess. */
  source: string
}

const REPOSITORIES_PER_OWNER = 100_000
const REPOSITORY_LIMIT = "GitHub's limit of 100,000 repositories per owner (GitHub changelog, 2025-03-30)"

/**
 * Listings bounded by GitHub's own limits rather than MAX_PAGES, by route (the organization's form; an
 * enterprise's twin has the same bound). A server that announces more, or goes on past it, is refused
 * with the bound named. The organization's repository listing is read only while it is cheaper than one
 * GET per name (lookups/org-repositories.ts), so it never refuses an organization's real size.
 */
export const LISTING_LIMITS: Readonly<Record<string, ListingLimit>> = {
  'GET /orgs/{org}/repos': {
    items: REPOSITORIES_PER_OWNER,
    what: 'repositories of an organization',
    source: REPOSITORY_LIMIT
  },
  'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories': {
    items: REPOSITORIES_PER_OWNER,
    what: 'repositories of a runner group',
    source: REPOSITORY_LIMIT
  },
  'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners': {
    items: 10_000,
    what: 'self-hosted runners of a runner group',
    source:
      "GitHub's limit of 10,000 self-hosted runners per runner group (GitHub Docs, usage limits for self-hosted runners)"
  },
  'GET /orgs/{org}/actions/runners': {
    items: 100_000,
    what: 'self-hosted runners of an organization or enterprise',
    source: 'a guess: GitHub limits each runner group to 10,000 and states no limit for the whole scope'
  }
}

/** The bound of one listing: its row of LISTING_LIMITS, else MAX_PAGES pages. */
export function listingLimit(route: string): ListingLimit {
  const orgForm = route.replace('/enterprises/{enterprise}/actions/', '/orgs/{org}/actions/')
  return (
    LISTING_LIMITS[orgForm] ?? {
      items: MAX_PAGES * 100,
      what: 'items',
      source: 'a guess, as GitHub states no limit for this list'
    }
  )
}
/** One answer's body, counted after decompression. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024

/**
 * Memory one listing may keep: its items as kept (whole, or what a name lookup keeps of each), counted
 * page by page, so that answers padded to MAX_ANSWER_BYTES cannot make one listing hold 100 (or 1,000)
 * of them. The measure is an estimate of what V8 takes for the parsed items (src/github/kept-bytes.ts).
 * MAX_PAGES pages of 100 items at 16 KiB an item, rounded up to 160 MiB. GitHub's OpenAPI examples of
 * the items listed take 320 B (a network configuration) to 775 B (a self-hosted runner), and 11.1 KB
 * for a repository; 5,000 hosted runners keep about 3.4 MB. A listing GitHub lets grow past MAX_PAGES
 * pages (LISTING_LIMITS) keeps no more: its name lookups keep an id and a name of each item (~130 B).
 */
export const MAX_LISTING_BYTES = 160 * 1024 * 1024
export const LISTING_BYTES_SOURCE =
  "10,000 items of 16 KiB, a guess far above GitHub's examples (a repository 11.1 KB, other items under 1 KB)"

/** Redirects followed for one request, all within `api-url`'s origin. */
export const MAX_REDIRECTS = 5
/** How long one try may take for its whole answer before it counts as a network error. */
export const REQUEST_TIMEOUT_MS = 30_000

/** GitHub refuses a step summary over 1 MiB; the action's stays well under it. */
export const MAX_SUMMARY_BYTES = 900 * 1024
/** An output over this goes to a file under RUNNER_TEMP instead (GitHub's limit is 1 MiB a value). */
export const MAX_OUTPUT_BYTES = 1024 * 1024

/** The fleet file of `apply`: its size, read before anything else. */
export const MAX_FLEET_FILE_BYTES = 1024 * 1024
/** Items of one list of the fleet file (a section, or a value such as `repositories`). */
export const MAX_FLEET_LIST_ITEMS = 10_000
/** Items of the fleet file's sections together: runner groups, hosted runners, retention entries. */
export const MAX_FLEET_ITEMS = 10_000

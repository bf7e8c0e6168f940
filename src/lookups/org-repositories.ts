// Repository names resolved through the organization's repository listing (GET /orgs/{org}/repos, 100
// a page) when that takes fewer requests than one GET /repos/{owner}/{repo} per name. GitHub's listing
// takes no name filter (its parameters are type, sort, direction, per_page and page), so the first page
// says how many pages there are, and the rest are read only when they cost fewer requests than the names
// the first page did not hold, and stay within GitHub's own limit of repositories per owner. Compared
// with one GET per name, this costs at most that first page more. The caller passes every name the run
// needs at once: the choice is made for all of them together, not per group.
import { listingLimit } from '../common/bounds.js'
import { REPOSITORY } from '../github/answer-shapes.js'
import type { RequestGateway } from '../github/request-gateway.js'
import type { ReadOncePerRun } from './read-once.js'

/** What a name lookup keeps of a listed repository: a listing of thousands stays small. */
export interface Listed {
  id: number
  full_name: string
}

const LISTING = 'GET /orgs/{org}/repos'
const listed = (item: unknown): Listed => {
  const { id, full_name } = item as Listed
  return { id: Number(id), full_name }
}

/** The cache key of a repository looked up by name. */
export const repositoryKey = (owner: string, name: string) => `repo:${owner}/${name}`.toLowerCase()

/**
 * Reads as much of the listing as pays, and returns the repositories it found by lower-case
 * `owner/name`; `complete` when every page was read (a name not in it is not there, or the token cannot
 * see it). Each page is read at most once per run.
 */
export async function listRepositories(
  gateway: RequestGateway,
  perRun: ReadOncePerRun,
  org: string,
  wanted: string[]
): Promise<{ found: Map<string, Listed>; complete: boolean }> {
  const found = new Map<string, Listed>()
  // A page is read once per run, and counted by the call that reads it.
  const kept = gateway.keptBytes()
  const page = (n: number) =>
    perRun.once(`org-repositories:${org.toLowerCase()}:${n}`, async () => {
      const { items, pages } = await gateway.readPage(LISTING, { org }, n, REPOSITORY, kept, listed)
      return { repositories: items as Listed[], pages }
    })
  const take = (repositories: Listed[]) => {
    for (const repository of repositories) found.set(repository.full_name.toLowerCase(), repository)
  }
  const first = await page(1)
  take(first.repositories)
  const missing = wanted.filter((name) => !found.has(name)).length
  const rest = first.pages - 1
  if (rest === 0) return { found, complete: true }
  // Past GitHub's limit the count is not a real organization's: one GET per name still answers.
  const readable = first.pages <= Math.ceil(listingLimit(LISTING).items / 100)
  if (rest > missing || !readable) return { found, complete: false }
  for (let n = 2; n <= first.pages; n++) take((await page(n)).repositories)
  return { found, complete: true }
}

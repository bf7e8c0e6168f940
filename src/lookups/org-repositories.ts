// Repository names resolved through the organization's repository listing (GET /orgs/{org}/repos, 100
// a page) when that takes fewer requests than one GET /repos/{owner}/{repo} per name: the first page says
// how many pages there are, and the rest are read only when they cost fewer requests than the names the
// first page did not hold. Compared with one GET per name, this costs at most that first page more.
import { REPOSITORY } from '../github/answer-shapes.js'
import type { RequestGateway } from '../github/request-gateway.js'
import type { ReadOncePerRun } from './read-once.js'

interface Listed {
  id: number
  full_name: string
}

/** The cache key of a repository looked up by name. */
export const repositoryKey = (owner: string, name: string) => `repo:${owner}/${name}`.toLowerCase()

/**
 * Reads as much of the listing as pays, and returns the ids it found by lower-case `owner/name`; `complete`
 * when every page was read (a name not in it is not there, or the token cannot see it).
 */
export async function listRepositories(
  gateway: RequestGateway,
  perRun: ReadOncePerRun,
  org: string,
  wanted: string[]
): Promise<{ found: Map<string, Listed>; complete: boolean }> {
  const found = new Map<string, Listed>()
  const page = (n: number) =>
    perRun.once(`org-repositories:${n}`, async () => {
      const { items, pages } = await gateway.readPage('GET /orgs/{org}/repos', { org }, n, REPOSITORY)
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
  if (rest > missing) return { found, complete: false }
  for (let n = 2; n <= first.pages; n++) take((await page(n)).repositories)
  return { found, complete: true }
}

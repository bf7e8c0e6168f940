// Issue 28, bounds that protect and never refuse a real size: a listing that never ends is refused with
// its bound named (GitHub's own limit for that list, or the guess for lists GitHub does not bound), and
// an organization's repository listing too long to pay is never refused: names take one GET each.
import { expect } from '@jest/globals'
import { upstreamReply } from './support/hostile-server.js'
import { errorText, GROUPS, hostileRows, RUNNERS, sentTo, type RowRun } from './support/hostile-rows.js'

const row = hostileRows('in-process')

/** A page of 100 made-up self-hosted runners, numbered from `first`. */
const selfHosted = (first: number) =>
  Array.from({ length: 100 }, (_, i) => ({
    id: first + i,
    name: `runner-${first + i}`,
    os: 'linux',
    status: 'online',
    busy: false,
    labels: []
  }))

row(
  "endless: a group's self-hosted runners whose count grows with every page stop at GitHub's 10,000, named",
  async (w) => {
    const group = w.sim.seed.group({ name: 'ci' })
    const path = `${GROUPS}/${group.id}/runners`
    w.script(({ req, front }) => {
      if (req.method !== 'GET' || req.path !== path) return undefined
      const page = Number(req.query.page ?? 1)
      const next = `${front.url}${path}?per_page=100&page=${page + 1}`
      // Always one page more than read so far: only the bound ends it.
      return {
        json: { total_count: (page + 1) * 100, runners: selfHosted(page * 100) },
        headers: { link: `<${next}>; rel="next"` }
      }
    })
    const step = await w.run(
      { operation: 'list-group-runners', 'runner-group': 'ci' },
      { deadlineMs: 20_000 }
    )
    expect(step.exitCode).toBe(1)
    expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(100)
    expect(errorText(step)).toContain(
      "more than the bound of 10000 self-hosted runners of a runner group, GitHub's limit of 10,000 self-hosted runners per runner group"
    )
    return step
  }
)

row(
  'endless: a hosted-runner listing that never ends stops at the guessed bound, which says it is one',
  async (w) => {
    w.script(({ req, front }) => {
      if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
      const page = Number(req.query.page ?? 1)
      return {
        // Empty pages under a count that never fills: only the page bound ends it.
        json: { total_count: 10_000, runners: [] },
        headers: { link: `<${front.url}${RUNNERS}?per_page=100&page=${page + 1}>; rel="next"` }
      }
    })
    const step = await w.run({ operation: 'list-runners' }, { deadlineMs: 20_000 })
    expect(step.exitCode).toBe(1)
    expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}$`))).toHaveLength(100)
    expect(errorText(step)).toContain(
      'still a next page after 100 pages, more than the bound of 10000 items, a guess'
    )
    return step
  }
)

row("a count past GitHub's limit is refused at the first page, naming the bound", async (w) => {
  const group = w.sim.seed.group({ name: 'ci' })
  const path = `${GROUPS}/${group.id}/runners`
  w.script(({ req, front }) =>
    req.method === 'GET' && req.path === path
      ? {
          json: { total_count: 10_001, runners: selfHosted(1) },
          headers: { link: `<${front.url}${path}?per_page=100&page=2>; rel="next"` }
        }
      : undefined
  )
  const step = await w.run({ operation: 'list-group-runners', 'runner-group': 'ci' })
  expect(step.exitCode).toBe(1)
  expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(1)
  expect(errorText(step)).toContain(
    'total_count is 10001, more than the bound of 10000 self-hosted runners of a runner group'
  )
  return step
})

/**
 * `ensure-group` naming 2 repositories, with the organization's first repository page answered empty and
 * `link` pointing on (`front` is the server's URL): the names are one GET each, never "not found".
 */
function namesTakeOneGetEach(link: (front: string) => string): RowRun {
  return async (w) => {
    w.sim.seed.repository({ name: 'app' })
    w.sim.seed.repository({ name: 'infra' })
    w.script(async ({ req, forward, front }) => {
      if (req.method !== 'GET' || req.path !== '/orgs/acme/repos') return undefined
      const answer = await forward()
      return { ...upstreamReply(answer), json: [], headers: { link: link(front.url) } }
    })
    const step = await w.run({
      operation: 'ensure-group',
      'group-name': 'release',
      visibility: 'selected',
      repositories: 'app, infra',
      'dry-run': 'true'
    })
    expect(step.errors).toEqual([])
    expect(sentTo(w, 'GET', /^\/orgs\/acme\/repos$/)).toHaveLength(1)
    expect(sentTo(w, 'GET', /^\/repos\//).map((r) => r.path)).toEqual([
      '/repos/acme/app',
      '/repos/acme/infra'
    ])
    return step
  }
}

row(
  'a repository listing that claims a billion pages is not refused: the 2 names are one GET each',
  namesTakeOneGetEach((front) => `<${front}/orgs/acme/repos?per_page=100&page=1000000000>; rel="last"`)
)

row('a real size past 100 pages is read whole: a group holding 10,050 repositories, 101 pages', async (w) => {
  const group = w.sim.seed.group({ name: 'everyone', visibility: 'selected' })
  const path = `${GROUPS}/${group.id}/repositories`
  const TOTAL = 10_050
  // GitHub's answer cut to what the action reads, so that the simulator's schema check of 10,050
  // repositories does not cost the test seconds.
  w.script(({ req, front }) => {
    if (req.method !== 'GET' || req.path !== path) return undefined
    const page = Number(req.query.page ?? 1)
    const ids = Array.from(
      { length: Math.min(100, TOTAL - (page - 1) * 100) },
      (_, i) => (page - 1) * 100 + i + 1
    )
    const repositories = ids.map((id) => ({ id, name: `repo-${id}`, full_name: `acme/repo-${id}` }))
    const headers: Record<string, string> = {}
    if (page * 100 < TOTAL) headers.link = `<${front.url}${path}?per_page=100&page=${page + 1}>; rel="next"`
    return { json: { total_count: TOTAL, repositories }, headers }
  })
  const step = await w.run({ operation: 'list-group-repos', 'runner-group': 'everyone' })
  expect(step.errors).toEqual([])
  expect(step.outputs.count).toBe(String(TOTAL))
  expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(101)
  return step
})

// A first page without the two names, a `next` link and no `last` link (a proxy that drops it).
row(
  'a repository listing that says there is a next page but not how many is not taken as whole: the names are one GET each',
  namesTakeOneGetEach((front) => `<${front}/orgs/acme/repos?per_page=100&page=2>; rel="next"`)
)

// Issue 28, memory stays flat: what one listing keeps is bounded (MAX_LISTING_BYTES, 160 MiB of memory),
// whatever its pages hold. Run as a runner runs it, the bundle is answered 100 pages of 100 items, each
// page just under the 16 MiB an answer may hold, its items padded: it stops at page 11, its memory under
// 1 GiB. In process, every listing path (a list read whole, a lookup's readAll, a name lookup keeping an
// id and a name, the organization's repository pages), at both scopes, is held to the same bound scaled
// down tenfold with its pages (as the tests' waits are), and stops at page 11 too. A listing whose pages
// are as large but which keeps little of them is read whole, and so is a real size at the real bound:
// 12,000 repositories at the weight of GitHub's example.
import { expect } from '@jest/globals'
import { MAX_ANSWER_BYTES, MAX_LISTING_BYTES } from '../src/common/bounds.js'
import { errorText, GROUPS, hostileRows, RUNNERS, sentTo, writesAt } from './support/hostile-rows.js'
import type { HostileStep, HostileWorld } from './support/hostile-world.js'

const row = hostileRows('in-process')
const bundleRow = hostileRows('bundle')
const ENTERPRISE = '/enterprises/octo-ent/actions'
const PAGES = 20
/** Each item's padding: 100 items make a page of just under MAX_ANSWER_BYTES. */
const PAD = 'x'.repeat(167_000)
/** Ten such pages keep just under the 160 MiB bound (16.7 MB each): the eleventh is refused, not kept. */
const REFUSED_AT = 11
/** In process, the bound and the padding a tenth of production's: the same pages refused, a tenth of the bytes. */
const SCALED = { listingBytes: MAX_LISTING_BYTES / 10 }
const SCALED_PAD = 'x'.repeat(16_000)

/**
 * `path` answered as `pages` pages of 100 items, the n-th of the list `item(n, PAD)`, with `next` and
 * `last` links; `key` names the list in a `{total_count, [key]: [...]}` answer, none for a bare list.
 * Each page is under 16 MiB.
 */
function paddedListing(
  w: HostileWorld,
  path: string,
  key: string | undefined,
  item: (n: number, pad: string) => object,
  pages = PAGES,
  pad = SCALED_PAD
): void {
  // The padding goes in as a short mark, replaced in the JSON text: stringifying 16 MiB is slow.
  const MARK = '<pad>'
  const page = (p: number): Buffer => {
    const items = Array.from({ length: 100 }, (_, i) => item((p - 1) * 100 + i + 1, MARK))
    const text = JSON.stringify(key ? { total_count: pages * 100, [key]: items } : items).replaceAll(
      MARK,
      pad
    )
    expect(text.length).toBeLessThan(MAX_ANSWER_BYTES)
    return Buffer.from(text)
  }
  w.script(({ req, front }) => {
    if (req.method !== 'GET' || req.path !== path) return undefined
    const n = Number(req.query.page ?? 1)
    const at = (p: number) => `<${front.url}${path}?per_page=100&page=${p}>`
    const next = n < pages ? `${at(n + 1)}; rel="next", ` : ''
    return {
      body: page(n),
      headers: { 'content-type': 'application/json; charset=utf-8', link: `${next}${at(pages)}; rel="last"` }
    }
  })
}

/** The step failed at page 11 of `path`, naming the bound (160 MiB, or its tenth in process), and sent nothing but reads. */
function refusedAtTheBound(w: HostileWorld, step: HostileStep, path: string, bound = 16): HostileStep {
  expect(step.exitCode).toBe(1)
  expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(REFUSED_AT)
  expect(errorText(step)).toMatch(
    new RegExp(
      `unexpected answer from GET ${path}: the items it keeps take about \\d+ MiB by page ${REFUSED_AT}, more than the bound of ${bound} MiB one listing may keep, 10,000 items of 16 KiB, a guess`
    )
  )
  expect(writesAt(w)).toEqual([])
  return step
}

row(
  'a list read whole (list-runners): padded hosted runners stop at page 11, naming the bound',
  async (w) => {
    paddedListing(w, RUNNERS, 'runners', (id, pad) => ({
      id,
      name: `runner-${id}`,
      status: 'Ready',
      notes: pad
    }))
    const step = await w.run({ operation: 'list-runners' }, SCALED)
    return refusedAtTheBound(w, step, RUNNERS)
  }
)

row('a list read whole at enterprise scope (list-groups): padded groups stop at page 11', async (w) => {
  const path = `${ENTERPRISE}/runner-groups`
  paddedListing(w, path, 'runner_groups', (id, pad) => ({
    id,
    name: `group-${id}`,
    visibility: 'all',
    default: false,
    notes: pad
  }))
  const step = await w.run({ operation: 'list-groups', enterprise: 'octo-ent' }, SCALED)
  return refusedAtTheBound(w, step, path)
})

row("a lookup's readAll (a group by name): padded runner groups stop at page 11", async (w) => {
  paddedListing(w, GROUPS, 'runner_groups', (id, pad) => ({
    id,
    name: `group-${id}`,
    visibility: 'all',
    default: id === 1,
    inherited: false,
    notes: pad
  }))
  const step = await w.run({ operation: 'get-group', 'runner-group': 'ci' }, SCALED)
  return refusedAtTheBound(w, step, GROUPS)
})

row('a name lookup keeping id and name: self-hosted runners with padded names stop at page 11', async (w) => {
  w.sim.seed.group({ name: 'ci' })
  const path = '/orgs/acme/actions/runners'
  paddedListing(w, path, 'runners', (id, pad) => ({ id, name: `runner-${id}-${pad}` }))
  const step = await w.run(
    { operation: 'set-group-runners', 'runner-group': 'ci', runners: 'build-1' },
    SCALED
  )
  return refusedAtTheBound(w, step, path)
})

row(
  "a group's members kept as id and login at enterprise scope: padded logins stop at page 11",
  async (w) => {
    const group = w.sim.seed.enterprise.group({ name: 'platform', visibility: 'selected' })
    const path = `${ENTERPRISE}/runner-groups/${group.id}/organizations`
    paddedListing(w, path, 'organizations', (id, pad) => ({ id, login: `org-${id}-${pad}` }))
    const step = await w.run(
      {
        operation: 'ensure-group',
        enterprise: 'octo-ent',
        'group-name': 'platform',
        visibility: 'selected',
        organizations: 'acme',
        'dry-run': 'true'
      },
      SCALED
    )
    return refusedAtTheBound(w, step, path)
  }
)

row(
  "the organization's repository pages, kept as id and full name: padded names stop at page 11",
  async (w) => {
    const path = '/orgs/acme/repos'
    paddedListing(w, path, undefined, (id, pad) => ({
      id,
      name: `repo-${id}`,
      full_name: `acme/repo-${id}-${pad}`
    }))
    // 20 names the first page does not hold: reading the 19 other pages pays.
    const names = Array.from({ length: 20 }, (_, i) => `wanted-${i}`)
    const step = await w.run(
      {
        operation: 'ensure-group',
        'group-name': 'release',
        visibility: 'selected',
        repositories: names.join(', '),
        'dry-run': 'true'
      },
      SCALED
    )
    expect(sentTo(w, 'GET', /^\/repos\//)).toEqual([])
    return refusedAtTheBound(w, step, path)
  }
)

row(
  'a name lookup keeps only ids and names: 20 pages of padded self-hosted runners (over twice the bound) are read whole',
  async (w) => {
    w.sim.seed.group({ name: 'ci' })
    const path = '/orgs/acme/actions/runners'
    paddedListing(w, path, 'runners', (id, pad) => ({ id, name: `runner-${id}`, notes: pad }))
    const step = await w.run(
      {
        operation: 'set-group-runners',
        'runner-group': 'ci',
        runners: 'runner-1999',
        'dry-run': 'true'
      },
      SCALED
    )
    expect(step.errors).toEqual([])
    expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(PAGES)
    expect(step.stdout).toContain('"runners":[1999]')
    return step
  },
  60_000
)

row(
  "a real size is read whole: a group of 12,000 repositories at the weight of GitHub's example (10.7 KB of JSON each), scaled with the bound to 1,200",
  async (w) => {
    const app = w.sim.seed.repository({ name: 'app' })
    const group = w.sim.seed.group({
      name: 'everyone',
      visibility: 'selected',
      selected_repository_ids: [app.id]
    })
    const path = `${GROUPS}/${group.id}/repositories`
    // A tenth of 12,000 under a tenth of the bound: the items are the same, so is the share of the bound.
    const TOTAL = 1_200
    let repository: Record<string, unknown> | undefined
    w.script(async ({ req, front, forward }) => {
      if (req.method !== 'GET' || req.path !== path) return undefined
      // The simulator's repository, with a template repository as GitHub's example has, and a
      // description that brings it to the example's 10,655 bytes.
      if (!repository) {
        const listed = ((await forward()).json as { repositories: Array<Record<string, unknown>> })
          .repositories[0]
        const grown = { ...listed, template_repository: { ...listed }, description: '' }
        repository = { ...grown, description: 'd'.repeat(10_655 - JSON.stringify(grown).length) }
      }
      const page = Number(req.query.page ?? 1)
      const repositories = Array.from({ length: 100 }, (_, i) => ({
        ...repository,
        id: (page - 1) * 100 + i + 1
      }))
      const headers: Record<string, string> = {}
      if (page * 100 < TOTAL) headers.link = `<${front.url}${path}?per_page=100&page=${page + 1}>; rel="next"`
      return { json: { total_count: TOTAL, repositories }, headers }
    })
    const step = await w.run(
      { operation: 'list-group-repos', 'runner-group': 'everyone' },
      { deadlineMs: 60_000, ...SCALED }
    )
    expect(JSON.stringify(repository).length).toBe(10_655)
    expect(step.errors).toEqual([])
    expect(step.outputs.count).toBe(String(TOTAL))
    expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(TOTAL / 100)
    return step
  },
  90_000
)

bundleRow(
  'the bundle, as a runner runs it: 100 padded pages (the page bound) are refused at page 11, its memory well under 1 GiB',
  async (w) => {
    paddedListing(
      w,
      RUNNERS,
      'runners',
      (id, pad) => ({ id, name: `runner-${id}`, status: 'Ready', notes: pad }),
      100,
      PAD
    )
    const step = await w.run({ operation: 'list-runners' }, { deadlineMs: 25_000, watchMemory: true })
    // Keeping every page would be 100 x 16 MiB; the bound keeps 10 of them and reads one more.
    if (step.peakRssKb > 0) expect(step.peakRssKb).toBeLessThan(1024 * 1024)
    return refusedAtTheBound(w, step, RUNNERS, 160)
  },
  45_000
)

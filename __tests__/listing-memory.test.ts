// Issue 28, memory stays flat: what one listing keeps is bounded (MAX_LISTING_BYTES, 160 MiB of memory),
// whatever its pages hold. A server answers 20 pages of 100 items, each page just under the 16 MiB an
// answer may hold, its items padded where the listing keeps them: every listing path (a list read
// whole, a lookup's readAll, a name lookup keeping an id and a name, the organization's repository
// pages), at both scopes, stops at page 11, before it keeps more than the bound. A listing whose pages
// are as large but which keeps little of them is read whole.
import { expect } from '@jest/globals'
import { MAX_ANSWER_BYTES } from '../src/common/bounds.js'
import { errorText, GROUPS, hostileRows, RUNNERS, sentTo, writesAt } from './support/hostile-rows.js'
import type { HostileStep, HostileWorld } from './support/hostile-world.js'

const row = hostileRows('in-process')
const ENTERPRISE = '/enterprises/octo-ent/actions'
const PAGES = 20
/** Each item's padding: 100 items make a page of just under MAX_ANSWER_BYTES. */
const PAD = 'x'.repeat(167_000)
/** Ten such pages keep just under the 160 MiB bound (16.7 MB each): the eleventh is refused, not kept. */
const REFUSED_AT = 11

/**
 * `path` answered as PAGES pages of 100 items, the n-th of the list `item(n, PAD)`, with `next` and
 * `last` links; `key` names the list in a `{total_count, [key]: [...]}` answer, none for a bare list.
 * Each page is under 16 MiB.
 */
function paddedListing(
  w: HostileWorld,
  path: string,
  key: string | undefined,
  item: (n: number, pad: string) => object
): void {
  // The padding goes in as a short mark, replaced in the JSON text: stringifying 16 MiB is slow.
  const MARK = '<pad>'
  const page = (p: number): Buffer => {
    const items = Array.from({ length: 100 }, (_, i) => item((p - 1) * 100 + i + 1, MARK))
    const text = JSON.stringify(key ? { total_count: PAGES * 100, [key]: items } : items).replaceAll(
      MARK,
      PAD
    )
    expect(text.length).toBeLessThan(MAX_ANSWER_BYTES)
    return Buffer.from(text)
  }
  w.script(({ req, front }) => {
    if (req.method !== 'GET' || req.path !== path) return undefined
    const n = Number(req.query.page ?? 1)
    const at = (p: number) => `<${front.url}${path}?per_page=100&page=${p}>`
    const next = n < PAGES ? `${at(n + 1)}; rel="next", ` : ''
    return {
      body: page(n),
      headers: { 'content-type': 'application/json; charset=utf-8', link: `${next}${at(PAGES)}; rel="last"` }
    }
  })
}

/** The step failed at page 11 of `path`, naming the bound, and sent nothing but reads. */
function refusedAtTheBound(w: HostileWorld, step: HostileStep, path: string): HostileStep {
  expect(step.exitCode).toBe(1)
  expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(REFUSED_AT)
  expect(errorText(step)).toMatch(
    new RegExp(
      `unexpected answer from GET ${path}: the items it keeps take about \\d+ MiB by page ${REFUSED_AT}, more than the bound of 160 MiB one listing may keep, 10,000 items of 16 KiB, a guess`
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
    const step = await w.run({ operation: 'list-runners' })
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
  const step = await w.run({ operation: 'list-groups', enterprise: 'octo-ent' })
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
  const step = await w.run({ operation: 'get-group', 'runner-group': 'ci' })
  return refusedAtTheBound(w, step, GROUPS)
})

row('a name lookup keeping id and name: self-hosted runners with padded names stop at page 11', async (w) => {
  w.sim.seed.group({ name: 'ci' })
  const path = '/orgs/acme/actions/runners'
  paddedListing(w, path, 'runners', (id, pad) => ({ id, name: `runner-${id}-${pad}` }))
  const step = await w.run({ operation: 'set-group-runners', 'runner-group': 'ci', runners: 'build-1' })
  return refusedAtTheBound(w, step, path)
})

row(
  "a group's members kept as id and login at enterprise scope: padded logins stop at page 11",
  async (w) => {
    const group = w.sim.seed.enterprise.group({ name: 'platform', visibility: 'selected' })
    const path = `${ENTERPRISE}/runner-groups/${group.id}/organizations`
    paddedListing(w, path, 'organizations', (id, pad) => ({ id, login: `org-${id}-${pad}` }))
    const step = await w.run({
      operation: 'ensure-group',
      enterprise: 'octo-ent',
      'group-name': 'platform',
      visibility: 'selected',
      organizations: 'acme',
      'dry-run': 'true'
    })
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
    const step = await w.run({
      operation: 'ensure-group',
      'group-name': 'release',
      visibility: 'selected',
      repositories: names.join(', '),
      'dry-run': 'true'
    })
    expect(sentTo(w, 'GET', /^\/repos\//)).toEqual([])
    return refusedAtTheBound(w, step, path)
  }
)

row(
  'a name lookup keeps only ids and names: 20 pages of padded self-hosted runners (over 300 MiB) are read whole',
  async (w) => {
    w.sim.seed.group({ name: 'ci' })
    const path = '/orgs/acme/actions/runners'
    paddedListing(w, path, 'runners', (id, pad) => ({ id, name: `runner-${id}`, notes: pad }))
    const step = await w.run({
      operation: 'set-group-runners',
      'runner-group': 'ci',
      runners: 'runner-1999',
      'dry-run': 'true'
    })
    expect(step.errors).toEqual([])
    expect(sentTo(w, 'GET', new RegExp(`^${path}$`))).toHaveLength(PAGES)
    expect(step.stdout).toContain('"runners":[1999]')
    return step
  },
  60_000
)

// What the executor reads again just before a delete, by kind, with the fewest requests: that the
// object still carries the name and values the plan saw (one GET), and for a group, that it holds no
// runner the plan does not move or delete (two more: its self-hosted and its hosted runners); before a
// group's new runner list, that it drops no runner registered since the plan (one read); before an
// image version's delete, that the retention rule still deletes it by the hosted runners as they are
// (one read: their listing). A change whose check fails is not sent (src/engine/execute.ts skips it and
// what depends on it).
import { HOSTED_RUNNER, NAMED } from '../github/answer-shapes.js'
import type { RequestGateway } from '../github/request-gateway.js'
import type { PlanEntry, ResourceKind } from '../core/change.js'
import { RUNNER, RUNNERS } from '../resources/hosted-runner/routes.js'
import { GROUP } from '../resources/runner-group/routes.js'
import { GROUP_HOSTED_RUNNERS, GROUP_RUNNERS, SET_RUNNERS } from '../resources/runner-group/routes.js'
import { isRetentionDelete, keptNow, type ListedRunner } from '../resources/image-retention/recheck.js'

type Check = (gateway: RequestGateway, entry: PlanEntry) => Promise<string | undefined>

/** Gone already: the DELETE finds it gone too, which is done. */
const goneIsUndefined = (error: unknown) => {
  if ((error as { status?: number }).status === 404) return undefined
  throw error
}

/** The seen values the answer says otherwise (only values the answer holds are compared). */
function changedSince(seen: Record<string, unknown>, now: Record<string, unknown>): string | undefined {
  const differing = Object.entries(seen).filter(
    ([key, value]) =>
      (value === null || typeof value !== 'object') && key in now && now[key] !== value && key !== 'name'
  )
  if (differing.length === 0) return undefined
  return `its ${differing.map(([key, value]) => `${key} is now ${JSON.stringify(now[key])}, not ${JSON.stringify(value)}`).join(', ')} as the plan saw`
}

function renamed(entry: PlanEntry, now: { name?: unknown }): string | undefined {
  const name = String(entry.change.seen?.name ?? entry.change.name)
  if (now.name === name) return undefined
  return `it is now named '${String(now.name)}', not '${name}' as the plan saw`
}

const runnerDelete: Check = async (gateway, entry) => {
  const now = await gateway
    .read(RUNNER, { hosted_runner_id: entry.change.id as number }, NAMED)
    .catch(goneIsUndefined)
  if (now === undefined) return undefined
  return renamed(entry, now) ?? changedSince(entry.change.seen ?? {}, now as Record<string, unknown>)
}

const groupDelete: Check = async (gateway, entry) => {
  const runner_group_id = entry.change.id as number
  const now = await gateway.read(GROUP, { runner_group_id }, NAMED).catch(goneIsUndefined)
  if (now === undefined) return undefined
  const name = renamed(entry, now)
  if (name) return name
  const [selfHosted, hosted] = await Promise.all([
    gateway.readAll(GROUP_RUNNERS, { runner_group_id }, 'runners', NAMED),
    hostedRunnersIn(gateway, runner_group_id)
  ])
  // Expected there now: only the runners the plan deletes, and runners GitHub is deleting. A runner the
  // plan saw there and moved out, or a self-hosted one another group's list took, is gone by now; one that
  // is there again (moved back meanwhile, a move GitHub did not make) would go to the default group.
  const deleted = new Set(
    (entry.change.depends_on ?? [])
      .flatMap((key) => /^delete hosted-runner (\d+)$/.exec(key)?.[1] ?? [])
      .map(Number)
  )
  const going = (runner: { id: number; status?: unknown }) =>
    deleted.has(runner.id) || runner.status === 'Deleting'
  const newcomers = [
    ...selfHosted.map((r) => `self-hosted runner '${r.name}' (id ${r.id})`),
    ...hosted.filter((r) => !going(r)).map((r) => `hosted runner '${r.name}' (id ${r.id})`)
  ]
  if (newcomers.length === 0) return undefined
  return `it now holds ${newcomers.join(', ')}, which the plan does not move or delete, and GitHub would move to the default group`
}

/**
 * A group's new self-hosted runner list replaces the old one whole, and GitHub moves a runner it drops to
 * the default group: just before it is sent, the group must hold no runner that the plan did not see there
 * (registered since) and that the list would drop.
 */
const groupRunnerList: Check = async (gateway, entry) => {
  const list = entry.writes.find((write) => write.route === SET_RUNNERS)
  const ids = list?.fields?.runners
  if (!list || !ids) return undefined
  const known = new Set([...(ids.from as number[]), ...(ids.to as number[])])
  const now = await gateway.readAll(
    GROUP_RUNNERS,
    { runner_group_id: list.params.runner_group_id as number },
    'runners',
    NAMED
  )
  const dropped = now.filter((runner) => !known.has(runner.id))
  if (dropped.length === 0) return undefined
  const named = dropped.map((r) => `self-hosted runner '${r.name}' (id ${r.id})`).join(', ')
  return `it now holds ${named}, which the plan did not see there: its new runner list would drop ${dropped.length === 1 ? 'it' : 'them'}, and GitHub would move ${dropped.length === 1 ? 'it' : 'them'} to the default group`
}

/**
 * A group's hosted runners: its own list at organization scope (one request); an enterprise's group has
 * none (GitHub's GHEC description), so the enterprise's hosted runners are read and filtered.
 */
async function hostedRunnersIn(
  gateway: RequestGateway,
  groupId: number
): Promise<Array<{ id: number; name: string; status?: unknown }>> {
  const item = NAMED
  if (gateway.scope.kind === 'org')
    return gateway.readAll(GROUP_HOSTED_RUNNERS, { runner_group_id: groupId }, 'runners', item) as Promise<
      Array<{ id: number; name: string; status?: unknown }>
    >
  const all = (await gateway.readAll(RUNNERS, {}, 'runners', item)) as Array<{
    id: number
    name: string
    runner_group_id?: unknown
  }>
  // Fail closed: a runner whose answer does not say its group may be in this one.
  return all.filter(
    (runner) => runner.runner_group_id === groupId || typeof runner.runner_group_id !== 'number'
  )
}

/**
 * The retention rule read the hosted runners once, then deletes one version a second: a runner moved onto
 * a version, or a rollout started, since that read keeps the version (recheck.ts). The scope's runner
 * listing is read again before every delete (one request per 100 runners), never kept for the next one:
 * writes go at least a second apart (GitHub's spacing), so a kept listing would be a second older at each
 * delete, the window this check is there to close. Read each time, it is at most one spacing old when the
 * DELETE goes, and costs no time: it is read while the delete waits for its turn. Fail closed: a runner
 * whose answer does not say its image keeps the version. The version itself is not read (one more
 * request): the rule deletes only Ready and Failed versions, whose number and date do not change; the one
 * later state GitHub documents, disabled by its own retention, leaves a version no runner can use
 * (docs/github-behaviour.md). A version already gone is done.
 */
const versionDelete: Check = async (gateway, entry) => {
  if (!isRetentionDelete(entry)) return 'internal: an image version delete without its retention plan'
  const runners = await gateway.readAll(RUNNERS, {}, 'runners', HOSTED_RUNNER)
  return keptNow(entry, runners as ListedRunner[])
}

/** The checks, by kind of object and what is done to it. */
const CHECKS: Partial<Record<`${'delete' | 'update'} ${ResourceKind}`, Check>> = {
  'delete hosted-runner': runnerDelete,
  'delete runner-group': groupDelete,
  'update runner-group': groupRunnerList,
  'delete image-version': versionDelete
}

/** The executor's `check` hook: the kind's precondition, when it has one. */
export const precheck =
  (gateway: RequestGateway) =>
  (entry: PlanEntry): Promise<string | undefined> => {
    const { kind, object } = entry.change
    const check = kind === 'create' ? undefined : CHECKS[`${kind} ${object}`]
    return check && entry.change.id !== null ? check(gateway, entry) : Promise.resolve(undefined)
  }

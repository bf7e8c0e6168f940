// The plan of `apply`, as a pure function: the wanted fleet (names already resolved to ids) and the live
// state in, the changes out, each with the writes that make it, in the order they are safe to send.
// The ensure and cleanup planners compare, so values GitHub normalises compare as they do there.
import type { HostedRunner, RunnerGroup } from '../github/types.js'
import {
  planCleanup,
  type ImageInScope,
  type RetentionPolicy,
  type RunnerLike
} from '../resources/image-retention/plan.js'
import { retentionEntries } from '../resources/image-retention/changes.js'
import { RETENTION_WRITE_ORDER } from '../resources/image-retention/routes.js'
import { planGroup } from '../resources/runner-group/plan.js'
import { RUNNER_GROUP_KIND, type GroupNow, type WantedGroup } from '../resources/runner-group/fields.js'
import { DELETE_GROUP, GROUP_WRITE_ORDER } from '../resources/runner-group/routes.js'
import { defaultGroupOf } from '../resources/runner-group/dropped-runners.js'
import { planRunner } from '../resources/hosted-runner/plan.js'
import { HOSTED_RUNNER_KIND, type WantedRunner } from '../resources/hosted-runner/fields.js'
import { CREATE_RUNNER, DELETE_RUNNER, RUNNER_WRITE_ORDER } from '../resources/hosted-runner/routes.js'
import { changesImage } from '../resources/hosted-runner/rollout.js'
import { plannedWrite, type PlannedWrite } from '../core/planned-write.js'
import { groupDeleteNeeds, prunable } from '../core/prune-rules.js'
import { changeKey, type Change, type PlanEntry, type ResourceKind } from '../core/change.js'
import type { ScopeKind } from '../common/scope.js'
import type { Route } from '../github/request-gateway.js'
import { isGroupToCreate } from '../common/group-to-create.js'
import { matchLive } from '../core/renames.js'

export type { Change, PlanEntry } from '../core/change.js'
export type ObjectKind = ResourceKind

export interface WantedFleet {
  groups: WantedGroup[]
  runners: WantedRunner[]
  retention: Array<ImageInScope & { policy: RetentionPolicy }>
  prune: boolean
}

export interface LiveFleet {
  groups: RunnerGroup[]
  runners: HostedRunner[]
  /** The member lists read of existing groups, by group id. */
  members: Map<number, Omit<GroupNow, 'group'>>
  /** The self-hosted runners of each group prune would delete, by group id. */
  selfHosted?: Map<number, Array<{ id: number; name: string }>>
  /** Where the groups are: an organization's have `inherited`, an enterprise's do not. */
  scope?: ScopeKind
}

/** How ids are shown: group, member and image names the run learned. */
export interface FleetLabels {
  groups: ReadonlyMap<number, string>
  members: ReadonlyMap<number, string>
  images: ReadonlyMap<string, string>
}

/**
 * The order writes are sent in, by route: groups first (a runner may join one), their member lists,
 * then runners, then deletions, runners before the groups they leave, image versions last.
 */
const WRITE_ORDER: Readonly<Partial<Record<Route, number>>> = {
  ...GROUP_WRITE_ORDER,
  ...RUNNER_WRITE_ORDER,
  ...RETENTION_WRITE_ORDER
}

export function orderOf(write: PlannedWrite): number {
  const order = write.order ?? WRITE_ORDER[write.route]
  if (order === undefined) throw new Error(`internal: no place in the write order for ${write.route}`)
  return order
}

export function planFleet(wanted: WantedFleet, live: LiveFleet, labels: FleetLabels): PlanEntry[] {
  const entries: PlanEntry[] = []
  const add = (
    [kind, object, name, id]: [Change['kind'], ObjectKind, string, Change['id']],
    writes: PlannedWrite[],
    extra: Pick<Change, 'reason' | 'seen' | 'depends_on'> = {}
  ) => {
    if (writes.length === 0) return
    const fields = Object.assign({}, ...writes.map((w) => readableFields(w.fields ?? {}, labels)))
    const warning = writes.flatMap((w) => w.warning ?? []).join('; ')
    entries.push({
      change: { kind, object, id, name, ...extra, fields, ...(warning ? { warning } : {}) },
      writes
    })
  }
  // Objects the file declares, by their name on GitHub (a rename keeps its object out of prune).
  const matchedGroups = new Set<number>()
  const matchedRunners = new Set<number>()
  // The runners this plan sends to an image, as it sends them: a retention delete's check counts their
  // provisioning as the plan's own (src/resources/image-retention/recheck.ts).
  const provisioned: RunnerLike[] = []
  const defaultGroup = defaultGroupOf(live.groups)
  // The groups whose new list takes each runner: one the other groups take goes there, not to the default.
  const takenBy = new Map<number, WantedGroup[]>()
  for (const group of wanted.groups)
    for (const id of group.runnerIds ?? []) takenBy.set(id, [...(takenBy.get(id) ?? []), group])
  for (const group of wanted.groups) {
    const now = matchLive(live.groups, group.name, group.previousNames)
    if (now) matchedGroups.add(now.id)
    const placedElsewhere = (id: number) => (takenBy.get(id) ?? []).some((other) => other !== group)
    const writes = planGroup(
      now && { group: now, ...live.members.get(now.id) },
      group,
      (id) => labels.members.get(id) ?? String(id),
      { defaultGroup, placedElsewhere }
    )
    add([now ? 'update' : 'create', 'runner-group', group.name, now?.id ?? null], writes, seenName(now))
  }
  for (const runner of wanted.runners) {
    const now = matchLive(live.runners, runner.name, runner.previousNames)
    if (now) matchedRunners.add(now.id)
    const runnerLabels = { groups: labels.groups, members: labels.members }
    const writes = planRunner(now, runner, runnerLabels)
    if (writes.some((write) => write.route === CREATE_RUNNER || changesImage(write)))
      provisioned.push(pinOf(runner, now))
    // A runner put in a group the plan creates depends on that create.
    const group = writes[0]?.params.runner_group_id
    const after = isGroupToCreate(group)
      ? {
          depends_on: [
            changeKey({ kind: 'create', object: 'runner-group', id: null, name: group.toBeCreated })
          ]
        }
      : {}
    add([now ? 'update' : 'create', 'hosted-runner', runner.name, now?.id ?? null], writes, {
      ...seenName(now),
      ...after
    })
  }
  if (wanted.prune) {
    // GitHub treats names as unique regardless of case: a name the file gives in another case is declared.
    // A runner's previous names are declared too, as a group's are: in doubt (both names exist), neither is deleted.
    const declaredRunners = new Set(
      wanted.runners.flatMap((r) => [r.name, ...(r.previousNames ?? [])]).map((name) => name.toLowerCase())
    )
    // A runner already being deleted (a prune of an earlier run) is not deleted again.
    const undeclared = (r: HostedRunner) =>
      !declaredRunners.has(r.name.toLowerCase()) && !matchedRunners.has(r.id) && r.status !== 'Deleting'
    for (const runner of live.runners.filter(undeclared))
      add(['delete', 'hosted-runner', runner.name, runner.id], [deleteRunner(runner)], {
        reason: 'prune: not in the file',
        seen: { name: runner.name, runner_group_id: runner.runner_group_id ?? null }
      })
    const pruned = prunedGroups(wanted, live).filter((g) => !matchedGroups.has(g.id))
    for (const group of pruned)
      add(['delete', 'runner-group', group.name, group.id], [deleteGroup(group)], {
        reason: 'prune: not in the file'
      })
    // A group's delete depends on the changes that move or delete what it holds, and binds what it saw.
    for (const entry of entries.filter(
      (e) => e.change.object === 'runner-group' && e.change.kind === 'delete'
    )) {
      const needs = groupDeleteNeeds(
        entries,
        pruned.find((g) => g.id === entry.change.id) as RunnerGroup,
        live
      )
      entry.change.seen = needs.seen
      if (needs.dependsOn.length > 0) entry.change.depends_on = needs.dependsOn
    }
  }
  const pins = [
    ...live.runners,
    ...wanted.runners.map((r) => pinOf(r, matchLive(live.runners, r.name, r.previousNames)))
  ]
  for (const { policy, ...image } of wanted.retention)
    entries.push(...retentionEntries(planCleanup([image], pins, policy), provisioned))
  return entries
}

const seenName = (now: { name: string } | undefined) => (now ? { seen: { name: now.name } } : {})

/** Every write of the plan, in the safe order. */
export function orderedWrites(entries: PlanEntry[]): PlannedWrite[] {
  const writes = entries.flatMap((entry) => entry.writes)
  return writes
    .map((write, index) => ({ write, index, order: orderOf(write) }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ write }) => write)
}

/** The live groups prune deletes: those the file does not declare, and may be pruned. */
export function prunedGroups(wanted: WantedFleet, live: LiveFleet): RunnerGroup[] {
  if (!wanted.prune) return []
  // A group's previous names are declared too: in doubt (both names exist), neither is deleted.
  const declared = new Set(
    wanted.groups.flatMap((g) => [g.name, ...(g.previousNames ?? [])]).map((name) => name.toLowerCase())
  )
  return live.groups.filter((g) => !declared.has(g.name.toLowerCase()) && prunable(g, live.scope))
}

/**
 * The image a declared runner is set to use once the plan is applied protects its version from retention,
 * as a runner set to it now does: what the file names, and what it leaves as it is (a file that names only
 * `image-version` keeps the runner's custom image).
 */
function pinOf(runner: WantedRunner, now: HostedRunner | undefined): RunnerLike {
  const had = now?.image_details ?? undefined
  const id = runner.imageId ?? had?.id
  const source = runner.imageId === undefined ? had?.source : (runner.imageSource ?? 'github')
  // A new image named without its version starts from its newest, which retention keeps anyway.
  const version = runner.imageVersion ?? (id === had?.id ? (had?.version ?? undefined) : undefined)
  return {
    name: runner.name,
    image_details:
      source === 'custom' && id !== undefined ? { id, source: 'custom', version: version ?? undefined } : null
  }
}

function deleteRunner(runner: HostedRunner): PlannedWrite {
  const write = plannedWrite(DELETE_RUNNER, { hosted_runner_id: runner.id }, `delete runner '${runner.name}'`)
  return { ...write, goneIsDone: true }
}

function deleteGroup(group: RunnerGroup): PlannedWrite {
  const write = plannedWrite(
    DELETE_GROUP,
    { runner_group_id: group.id },
    `delete runner group '${group.name}'`
  )
  return { ...write, goneIsDone: true }
}

/** Each API field a write sets, by the fleet file key of the kind's row that sets it. */
const FILE_KEYS = new Map(
  [HOSTED_RUNNER_KIND, RUNNER_GROUP_KIND].flatMap((kind) =>
    kind.fields.map((row) => [row.update, row.fleetKey] as const)
  )
)

/** API field names become the file's keys (the kinds' rows); ids become the names the run learned. */
function readableFields(fields: NonNullable<PlannedWrite['fields']>, labels: FleetLabels) {
  const key = (field: string) => FILE_KEYS.get(field) ?? field
  const show = (field: string, value: unknown): unknown => {
    if (value === null || value === undefined) return null
    // A group, or a network configuration, that the plan creates: by its name.
    if (isGroupToCreate(value)) return value.toBeCreated
    if (field === 'runner_group_id') return labels.groups.get(value as number) ?? value
    if (field === 'image_id') return labels.images.get(value as string) ?? value
    if (['repositories', 'organizations', 'runners'].includes(field) && Array.isArray(value))
      return value.map((id) => labels.members.get(id) ?? id)
    return value
  }
  return Object.fromEntries(
    Object.entries(fields).map(([field, { from, to }]) => [
      key(field),
      { from: show(field, from), to: show(field, to) }
    ])
  )
}

// `apply`: the fleet file (src/fleet/config.ts) compared with what GitHub has (src/fleet/resolve.ts)
// gives a plan (src/core/fleet-plan.ts); dry-run shows it, otherwise one executor sends its writes in the
// safe order, filling in the ids of groups created on the way.
import { PartialFailure } from '../common/errors.js'
import { atItem, readFleetFile } from '../fleet/config.js'
import { orderedWrites, planFleet, sameName, type Change, type PlanEntry } from '../core/fleet-plan.js'
import { resolveFleet, type Resolved } from '../fleet/resolve.js'
import { cell, table } from '../report/summary.js'
import { BOTH_SCOPES } from '../common/scope.js'
import { DEFAULT_MAX_DELETIONS } from '../core/cleanup-plan.js'
import { checkRunnerWrite, type RunnerWrite } from './runner-rules.js'
import { runnerWriteOf } from '../core/runner-plan.js'
import type { Operation, OperationContext, Outcome } from './types.js'
import type { PlannedWrite } from '../core/planned-write.js'
import { executePlan } from '../execute/write-plan.js'
import { matchLive } from '../core/renames.js'
import { checkReviewedPlan, planDigest } from '../report/plan-digest.js'

export const APPLY: Operation = {
  name: 'apply',
  scopes: BOTH_SCOPES,
  reads: ['config', 'maxDeletions', 'expectedPlanDigest'],
  run: runApply
}

type Status = 'done' | 'failed' | 'not done'

async function runApply(context: OperationContext): Promise<Outcome> {
  const { gateway, inputs, names, log, progress } = context
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const fleet = readFleetFile(inputs.config, workspace, gateway.scope.kind)
  for (const warning of fleet.warnings) log.warning(warning)

  const resolved = await resolveFleet(fleet, names)
  const groupLabels = new Map([...names.groupLabels, ...resolved.newGroups])
  const labels = { groups: groupLabels, members: names.labels, images: resolved.imageLabels }
  const entries = planFleet(resolved.wanted, resolved.live, labels)
  for (const entry of entries.filter(
    (e) => e.change.object === 'hosted-runner' && e.change.kind !== 'delete'
  )) {
    // GitHub's rules (a size not offered, a static IP on macOS…) are the file's errors: named by line.
    const item = fleet.runners.find((i) => sameName(String(i.inputs.runnerName), entry.change.name))
    await checkRunner(context, entry, resolved, item?.inputs.previousNames).catch((error: unknown) => {
      throw item ? atItem(fleet, item, `hosted runner '${entry.change.name}'`, error) : error
    })
  }
  const plan = entries.map((entry) => entry.change)
  log.group(
    `Plan of ${fleet.file}: ${plan.length} change${plan.length === 1 ? '' : 's'}`,
    plan.map((c) => `${c.kind} ${c.object} ${c.name}${changesText(c) ? `: ${changesText(c)}` : ''}`)
  )
  const writes = orderedWrites(entries)
  const digest = planDigest(plan)
  const status = new Map<PlannedWrite, Status>()
  const report = (note: string): Outcome => ({
    outputs: {
      result: { dry_run: gateway.dryRun, file: fleet.file, changes: plan.length, plan },
      plan,
      planDigest: digest,
      changed: gateway.dryRun ? plan.length > 0 : status.size > 0 && [...status.values()].includes('done')
    },
    summary: summarize(fleet.file, entries, status, gateway.dryRun, note)
  })

  checkReviewedPlan(inputs.expectedPlanDigest, digest, () => report(''))
  const maxDeletions = inputs.maxDeletions ?? DEFAULT_MAX_DELETIONS
  const deletions = plan.filter((c) => c.kind === 'delete').length
  if (deletions > maxDeletions) {
    const message =
      `The plan would delete ${deletions} objects, more than max-deletions (${maxDeletions}): nothing was sent. ` +
      `Check the plan in the step summary, then set 'max-deletions' to ${deletions} or more, or declare what should stay.`
    const { outputs, summary } = report('**Stopped by the safety cap:** nothing was sent.')
    throw new PartialFailure(new Error(message), outputs, summary)
  }

  const created = new Map<number, number>()
  await executePlan(context, writes, {
    prepare: (write) => withGroupIds(write, created, resolved.newGroups, gateway.dryRun),
    sent(write, body) {
      status.set(write, 'done')
      const id = (body as { id?: unknown } | undefined)?.id
      const placeholder = isGroupCreate(write)
        ? [...resolved.newGroups].find(([, name]) => write.params.name === name)
        : undefined
      if (placeholder && typeof id === 'number') {
        created.set(placeholder[0], id)
        groupLabels.set(id, placeholder[1])
      }
      progress(() => report('Cancelled before the rest of the plan was carried out.'))
    },
    partial(error, _done, rest) {
      if (rest[0]) status.set(rest[0], 'failed')
      const { outputs, summary } = report(
        `**Stopped at:** ${rest[0]?.change ?? 'a write'}; the writes before it were sent.`
      )
      return new PartialFailure(error, outputs, summary)
    }
  })
  const note = plan.length === 0 ? '' : gateway.dryRun ? 'Dry run: nothing was sent.' : ''
  return report(note)
}

const isGroupCreate = (write: PlannedWrite) => write.route === 'POST /orgs/{org}/actions/runner-groups'

/** GitHub's rules, checked for each runner create or update before any write is sent. */
async function checkRunner(
  { names }: OperationContext,
  entry: PlanEntry,
  { live, images }: Resolved,
  previousNames?: string[]
): Promise<void> {
  const [write] = entry.writes
  if (!write) return
  const current = matchLive(live.runners, entry.change.name, previousNames)
  const rule: RunnerWrite = runnerWriteOf(write.params)
  await checkRunnerWrite(names, rule, { current, image: images.get(entry.change.name) })
}

/** A runner's group that the plan creates gets its id from the create's answer (a note in dry-run). */
function withGroupIds(
  write: PlannedWrite,
  created: Map<number, number>,
  newGroups: Map<number, string>,
  dryRun: boolean
): PlannedWrite {
  const id = write.params.runner_group_id
  if (typeof id !== 'number' || id >= 0) return write
  const real = created.get(id) ?? (dryRun ? `(id of the new group '${newGroups.get(id)}')` : undefined)
  if (real === undefined)
    throw new Error(`internal: runner group '${newGroups.get(id)}' was not created first`)
  return { ...write, params: { ...write.params, runner_group_id: real } }
}

const shown = (value: unknown): string =>
  value === null || value === undefined
    ? '(none)'
    : Array.isArray(value)
      ? value.join(', ') || '(none)'
      : String(value)

function changesText(change: Change): string {
  const fields = Object.entries(change.fields).map(([key, { from, to }]) =>
    change.kind === 'create' ? `${key}: ${shown(to)}` : `${key}: ${shown(from)} → ${shown(to)}`
  )
  return [...fields, ...(change.reason ? [change.reason] : [])].join('; ')
}

function summarize(
  file: string,
  entries: PlanEntry[],
  status: Map<PlannedWrite, Status>,
  dryRun: boolean,
  note: string
): string {
  if (entries.length === 0) return `Nothing to change: GitHub already matches \`${cell(file)}\`.`
  const count = (kind: Change['kind']) => entries.filter((e) => e.change.kind === kind).length
  const totals = `Plan of \`${cell(file)}\`: ${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete.`
  const stateOf = (entry: PlanEntry): string => {
    if (dryRun) return 'planned'
    const states = entry.writes.map((w) => status.get(w) ?? 'not done')
    return states.includes('failed') ? 'failed' : states.every((s) => s === 'done') ? 'done' : 'not done'
  }
  const rows = entries.map(({ change }, i) => [
    change.kind,
    change.object,
    change.name,
    changesText(change),
    stateOf(entries[i] as PlanEntry)
  ])
  const columns = ['kind', 'object', 'name', 'changes', 'status']
  return [totals, note, table(columns, rows, { maxRows: Infinity })].filter(Boolean).join('\n\n')
}

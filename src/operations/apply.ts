// `apply`: the fleet file (src/fleet/read-fleet-file.ts) compared with what GitHub has (src/fleet/resolve.ts)
// gives a plan (src/engine/fleet-plan.ts); dry-run shows it, otherwise one executor sends its writes in the
// safe order, filling in the ids of groups created on the way.
import { PartialFailure, UnexpectedAnswer } from '../common/errors.js'
import { isGroupToCreate, type GroupToCreate } from '../common/group-to-create.js'
import { atItem } from '../fleet/fleet-problems.js'
import { readFleetFile } from '../fleet/read-fleet-file.js'
import { NameIndex } from '../inputs/name-rule.js'
import { orderOf, orderedWrites, planFleet } from '../engine/fleet-plan.js'
import { changeLabel, type PlanEntry } from '../core/change.js'
import { describeStrandings, strandings } from '../core/prune-rules.js'
import { resolveFleet, type Resolved } from '../fleet/resolve.js'
import { checkOwner } from '../fleet/owner.js'
import { changeRecord, changesText, planWarnings, summarize } from './apply-report.js'
import { BOTH_SCOPES, describeScope } from '../common/scope.js'
import { DEFAULT_MAX_DELETIONS } from '../resources/image-retention/plan.js'
import { turnsStaticIpOn, type GroupNetwork, type RunnerWrite } from '../resources/hosted-runner/rules.js'
import { staticIpShortfall } from '../core/static-ip-budget.js'
import { checkRunnerWrite } from './runner-writes.js'
import { checkGroupNetwork, publicIpLimits } from '../resolve/runner-facts.js'
import { runnerWriteOf } from '../resources/hosted-runner/plan.js'
import type { Operation, OperationContext, Outcome } from './types.js'
import type { PlannedWrite } from '../core/planned-write.js'
import { executeWithRollout } from './rollout-waves.js'
import { planRollout, rolloutDigest } from '../resources/hosted-runner/rollout.js'
import { startProgress } from '../resources/hosted-runner/rollout-progress.js'
import { rolloutSection, withRollout } from './rollout-report.js'
import { ExecutionRecord } from '../engine/execute.js'
import { passGate } from '../engine/gate.js'
import { planDigest } from '../engine/plan.js'
import { precheck } from '../engine/prechecks.js'
import { matchLive } from '../core/renames.js'
import { planKinds } from '../fleet/resolve-kinds.js'
import { CreatedConfigurations } from '../resources/network-configuration/created.js'
import { CREATE_GROUP } from '../resources/runner-group/routes.js'

export const APPLY: Operation = {
  name: 'apply',
  scopes: BOTH_SCOPES,
  reads: ['config', 'maxDeletions', 'expectedPlanDigest', 'failOnChanges', 'pollInterval'],
  run: runApply
}

async function runApply(context: OperationContext): Promise<Outcome> {
  const { gateway, inputs, names, log, progress, workspace } = context
  const fleet = readFleetFile(inputs.config, workspace, gateway.scope.kind)
  checkOwner(fleet, gateway.scope)
  for (const warning of fleet.warnings) log.warning(warning)

  const resolved = await resolveFleet(fleet, names)
  const groupLabels = new Map(names.groupLabels)
  const labels = { groups: groupLabels, members: names.labels, images: resolved.imageLabels }
  // The kinds' sections first: their writes go before the groups that name them.
  const entries = [...planKinds(fleet, resolved.kinds), ...planFleet(resolved.wanted, resolved.live, labels)]
  const groupItems = new NameIndex(fleet.groups, (i) => String(i.inputs.groupName))
  const wantedGroups = new NameIndex(resolved.wanted.groups)
  for (const { change } of entries.filter(
    (e) => e.change.object === 'runner-group' && e.change.kind === 'update'
  )) {
    const item = groupItems.find(change.name)
    const wanted = wantedGroups.find(change.name)
    const now = wanted && matchLive(resolved.live.groups, wanted.name, wanted.previousNames)
    // The runners' listing is read already: this costs no request.
    if (now)
      await checkGroupNetwork(names, now, wanted.networkConfigurationId).catch((error: unknown) => {
        throw item ? atItem(fleet, item, `runner group '${change.name}'`, error) : error
      })
  }
  const staticIpsTurnedOn: string[] = []
  const runnerItems = new NameIndex(fleet.runners, (i) => String(i.inputs.runnerName))
  for (const entry of entries.filter(
    (e) => e.change.object === 'hosted-runner' && e.change.kind !== 'delete'
  )) {
    // GitHub's rules (a size not offered, a static IP on macOS…) are the file's errors: named by line.
    const item = runnerItems.find(entry.change.name)
    const turnsOn = await checkRunner(context, entry, resolved, item?.inputs.previousNames).catch(
      (error: unknown) => {
        throw item ? atItem(fleet, item, `hosted runner '${entry.change.name}'`, error) : error
      }
    )
    if (turnsOn) staticIpsTurnedOn.push(entry.change.name)
  }
  // A create whose answer is lost is looked up by name before it is sent again, as create-runner does.
  const findCreated = {
    'network-configuration': (name: string) => names.findNetworkConfigurationNamed(name, { fresh: true }),
    'runner-group': (name: string) => names.findRunnerGroupNamed(name, { fresh: true }),
    'hosted-runner': (name: string) => names.findRunnerNamed(name, { fresh: true })
  } as const
  for (const { change, writes } of entries)
    if (change.kind === 'create' && writes[0] && change.object in findCreated)
      writes[0].findCreated = () => findCreated[change.object as keyof typeof findCreated](change.name)
  const plan = entries.map((entry) => entry.change)
  log.group(
    `Plan of ${fleet.file}: ${plan.length} change${plan.length === 1 ? '' : 's'}`,
    plan.map((c) => {
      const text = changesText(c)
      return text ? `${changeLabel(c)}: ${text}` : changeLabel(c)
    })
  )
  // Told before the gate and the first write, in dry-run too: a runner list that drops runners.
  for (const warning of planWarnings(plan)) log.warning(warning)
  const writes = orderedWrites(entries)
  const rolloutPlan = planRollout(entries, fleet.rollout, resolved.live.runners, resolved.imageLabels)
  const rollout = rolloutPlan && { plan: rolloutPlan, progress: startProgress(rolloutPlan, gateway.dryRun) }
  // The digest covers the changes (and the rollout), not their run's status: what was reviewed is what is compared.
  const digest = planDigest(plan, rolloutDigest(rolloutPlan, fleet.rollout))
  // Filled in as the writes are sent: a cancel, a failure or the end reports from it.
  const record = new ExecutionRecord(gateway.dryRun)
  const report = (note: string, { planned = gateway.dryRun } = {}): Outcome => {
    const records = withRollout(
      entries.map((entry) => changeRecord(entry, record, planned)),
      rollout?.progress
    )
    return {
      outputs: {
        result: { dry_run: gateway.dryRun, file: fleet.file, changes: plan.length, plan: records },
        plan: records,
        planDigest: digest,
        changed: gateway.dryRun
          ? plan.length > 0
          : [...record.writes.values()].some((s) => s.state === 'done')
      },
      summary: [summarize(fleet.file, records, note), rolloutSection(rollout?.progress)]
        .filter(Boolean)
        .join('\n\n')
    }
  }

  const stranded = strandings(entries, resolved.live, resolved.live.groups)
  if (stranded.length > 0) {
    const { outputs, summary } = report('**Refused:** prune would strand runners; nothing was sent.', {
      planned: true
    })
    throw new PartialFailure(new Error(describeStrandings(fleet.file, stranded)), outputs, summary)
  }

  if (staticIpsTurnedOn.length > 0) {
    const limits = await publicIpLimits(names)
    const where = describeScope(gateway.scope)
    const shortfall = staticIpShortfall(fleet.file, where, staticIpsTurnedOn, limits)
    if (shortfall) {
      const { outputs, summary } = report('**Refused:** too few static IP addresses; nothing was sent.', {
        planned: true
      })
      throw new PartialFailure(shortfall, outputs, summary)
    }
  }

  passGate(
    {
      changes: plan,
      digest,
      dryRun: gateway.dryRun,
      failOnChanges: inputs.failOnChanges,
      expectedDigest: inputs.expectedPlanDigest,
      requireReviewedPlan: fleet.requireReviewedPlan,
      maxDeletions: inputs.maxDeletions ?? DEFAULT_MAX_DELETIONS,
      deletes: 'objects',
      capAdvice: 'or declare what should stay'
    },
    (note, asPlanned) => report(note, { planned: asPlanned || gateway.dryRun })
  )

  /** The ids of the groups created so far, by name. */
  const created = new Map<string, number>()
  // What a create makes is new: an answer giving the id of an object the plan read is not trusted (what
  // names the new object would point at that one); it is then looked up by its name, as when the id is missing.
  const existing = new Set<unknown>([
    ...resolved.live.groups.map((group) => group.id),
    ...resolved.kinds.flatMap(({ live }) => live.map((object) => (object as { id?: unknown }).id))
  ])
  const newId = (write: PlannedWrite, body: unknown) =>
    write.route.startsWith('POST ') && existing.has((body as { id?: unknown } | undefined)?.id) ? {} : body
  const configurations = new CreatedConfigurations()
  const findNamed = (name: string) => names.findNetworkConfigurationNamed(name, { fresh: true })
  await executeWithRollout(context, entries, writes, rollout, {
    prepare: async (write) =>
      withGroupIds(await configurations.fill(write, { dryRun: gateway.dryRun, findNamed }), {
        created,
        context
      }),
    check: precheck(gateway),
    waveOf: orderOf,
    afterWrite(write, answer) {
      const body = newId(write, answer)
      configurations.sent(write, body)
      const id = (body as { id?: unknown } | undefined)?.id
      const name = write.params.name
      const wholeId = typeof id === 'number' && Number.isSafeInteger(id) && id > 0
      if (isGroupCreate(write) && typeof name === 'string' && wholeId) {
        created.set(name, id)
        groupLabels.set(id, name)
      }
      progress(() => report('Cancelled before the rest of the plan was carried out.'))
    },
    report: (note) => report(note),
    record,
    stopped(error) {
      const { outputs, summary } = report(
        '**Rollout stopped:** the runners after the failed wave were not sent.'
      )
      return new PartialFailure(error, outputs, summary)
    }
  })
  const note = plan.length === 0 ? '' : gateway.dryRun ? 'Dry run: nothing was sent.' : ''
  return report(note)
}

const isGroupCreate = (write: PlannedWrite) => write.route === CREATE_GROUP

/** GitHub's rules, checked for each runner create or update before any write is sent; true when it turns a static IP on. */
async function checkRunner(
  { names }: OperationContext,
  entry: PlanEntry,
  { live, images, wanted }: Resolved,
  previousNames?: string[]
): Promise<boolean> {
  const [write] = entry.writes
  if (!write) return false
  const current = matchLive(live.runners, entry.change.name, previousNames)
  const rule: RunnerWrite = runnerWriteOf(write.params)
  await checkRunnerWrite(names, rule, {
    current,
    image: images.get(entry.change.name),
    groupOf: async (id) => groupAfterPlan(id, { live, wanted })
  })
  return turnsStaticIpOn(rule, current)
}

/** A group as the plan leaves it: its name and network configuration, from the file where it says. */
function groupAfterPlan(
  id: number | GroupToCreate,
  { live, wanted }: Pick<Resolved, 'live' | 'wanted'>
): GroupNetwork | undefined {
  const now = isGroupToCreate(id) ? undefined : live.groups.find((group) => group.id === id)
  const name = isGroupToCreate(id) ? id.toBeCreated : now?.name
  if (name === undefined) return undefined
  const declared = wanted.groups.find((group) =>
    now ? matchLive([now], group.name, group.previousNames) : group.name === name
  )
  const configuration = declared?.networkConfigurationId ?? now?.network_configuration_id
  return {
    name: declared?.name ?? name,
    networkConfigurationId: isGroupToCreate(configuration)
      ? `'${configuration.toBeCreated}', to be created`
      : configuration
  }
}

/**
 * A runner's group that the plan creates gets its id from the create's answer (a note in dry-run);
 * when that answer held no id (a 204, HTML, `{}`), the group is looked up by its name.
 */
async function withGroupIds(
  write: PlannedWrite,
  { created, context }: { created: Map<string, number>; context: OperationContext }
): Promise<PlannedWrite> {
  const group = write.params.runner_group_id
  if (!isGroupToCreate(group)) return write
  const name = group.toBeCreated
  if (context.gateway.dryRun)
    return { ...write, params: { ...write.params, runner_group_id: `(id of the new group '${name}')` } }
  if (!created.has(name)) {
    const found = await context.names.findRunnerGroupNamed(name, { fresh: true })
    if (!found)
      throw new UnexpectedAnswer(
        `GitHub's answer to the create of runner group '${name}' held no id, and no group of that name is there now: ${write.change} was not sent`
      )
    created.set(name, found.id)
  }
  return { ...write, params: { ...write.params, runner_group_id: created.get(name) } }
}

// An endpoint operation: one row of the table (its route, how inputs map to parameters, what it
// outputs) and the one way every row runs: build the parameters, send (or plan) the requests, and
// turn the answers into outputs and a summary.
import { aListOf, anObject, type Shape } from '../github/answer-shapes.js'
import { executePlan } from '../engine/execute.js'
import { endpointChange } from './endpoint-change.js'
import { PartialFailure } from '../common/errors.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import type { Outputs } from '../common/outcome.js'
import { isHostedRunner, runnerOutputs } from '../report/outputs.js'
import type { Params, ParamsOf, Route, SentWrite } from '../github/request-gateway.js'
import { bodyText } from '../common/field-text.js'
import { fieldsTable, itemLines, itemsTable, plannedTable, sentTable } from '../report/run-tables.js'
import { waitAfterWrite, willWait } from '../execute/runner-wait.js'
import { BOTH_SCOPES } from '../common/scope.js'
import type { Operation, OperationContext, Outcome } from './types.js'

interface EndpointRow<P = Params> extends Partial<Omit<Operation, 'name' | 'run'>> {
  /** A single read's answer: the shape the action relies on. */
  answer?: Shape
  /** A list answer: the key holding its items, whether it is paginated, and each item's shape. */
  list?: { key: string; paged: boolean; item: Shape }
  /** Sets `runner-id`/`runner-name`/`status`, or `runner-group-id`. */
  outputsFor?: 'runner' | 'group' | 'network-configuration'
  /** The request's parameters (`org` is added). */
  params?: (inputs: OperationInputs, names: NameResolver) => Promise<P> | P
  /** One request per item: the parameters of each. */
  paramsPerItem?: (inputs: OperationInputs, names: NameResolver) => Promise<P[]>
  /** A create: finds, by name, what a create whose answer was lost may have made. */
  findCreated?: (inputs: OperationInputs, names: NameResolver) => Promise<unknown | undefined>
  /** What a person should know before the write is sent (in dry-run too): logged, and first in the summary. */
  notice?: (params: P, context: OperationContext) => Promise<WriteNotice | undefined>
}

export interface WriteNotice {
  level: 'info' | 'warning'
  text: string
}

/** One row of the endpoint table; the route's parameter types check `params`. */
export function endpoint<R extends Route>(
  name: string,
  route: R,
  row: EndpointRow<ParamsOf<R>> = {}
): Operation {
  const { scopes = BOTH_SCOPES, reads = [], requires, picksRunner, renamesRunner, check } = row
  const runRow = row as EndpointRow
  return {
    name,
    scopes,
    reads,
    requires,
    picksRunner,
    renamesRunner,
    check,
    run: (context) => runEndpoint(name, route, runRow, context)
  }
}

async function runEndpoint(
  name: string,
  route: Route,
  row: EndpointRow,
  context: OperationContext
): Promise<Outcome> {
  const { inputs, names } = context
  const paramSets = row.paramsPerItem
    ? await row.paramsPerItem(inputs, names)
    : [(await row.params?.(inputs, names)) ?? {}]
  return route.startsWith('GET ')
    ? read(name, route, row, context, paramSets[0] as Params)
    : write(route, row, context, paramSets)
}

async function read(
  name: string,
  route: Route,
  row: EndpointRow,
  context: OperationContext,
  params: Params
): Promise<Outcome> {
  const { gateway, names, log } = context
  if (!row.list) {
    const body = await gateway.read(route, params, row.answer ?? anObject())
    return {
      outputs: { result: body, ...(await subjectOutputs(row, context, params, body)) },
      summary: fieldsTable(body, names.tableLabels)
    }
  }
  const { key, paged, item } = row.list
  const items = paged
    ? await gateway.readEvery(route, params, key, item)
    : (((await gateway.read(route, params, anObject({ [key]: aListOf(item) }))) as Record<string, unknown[]>)[
        key
      ] ?? [])
  log.group(`${name}: ${items.length} found`, itemLines(items, names.tableLabels))
  return {
    outputs: {
      result: items,
      count: items.length,
      ...(await subjectOutputs(row, context, params, undefined))
    },
    summary: `${items.length} found.\n\n${itemsTable(items, names.tableLabels)}`
  }
}

async function write(
  route: Route,
  row: EndpointRow,
  context: OperationContext,
  paramSets: Params[]
): Promise<Outcome> {
  const { gateway, inputs, names, log } = context
  const { findCreated } = row
  const notice = paramSets[0] && (await row.notice?.(paramSets[0], context))
  if (notice) log[notice.level](notice.text)
  const outcome = async (body?: unknown): Promise<Outcome> => {
    const labels = names.tableLabels
    const outputs = {
      result: gateway.dryRun
        ? { dry_run: true, requests: gateway.planned }
        : row.paramsPerItem
          ? gateway.sent
          : body,
      changed: gateway.dryRun ? gateway.planned.length > 0 : gateway.sent.length > 0,
      ...(await subjectOutputs(row, context, paramSets[0] ?? {}, body))
    }
    const group = outputs.runnerGroupId
    const heading =
      group !== undefined && labels.groups.has(group)
        ? `Runner group \`${labels.groups.get(group)}\` (id ${group}).`
        : ''
    // The name of what each per-item write's last path segment names, or the body a write carried.
    const details = row.paramsPerItem
      ? (w: SentWrite) => labels.members.get(Number(w.path.split('/').pop())) ?? ''
      : (w: SentWrite) => bodyText(gateway.sentBody(w), labels)
    // After a wait, the runner's state is shown once, as the wait found it.
    const state = willWait(context, outputs.runnerId) ? '' : fieldsTable(body, labels)
    const done = gateway.dryRun
      ? plannedTable(gateway.planned, labels)
      : [sentTable(gateway.sent, details), state].filter(Boolean).join('\n\n')
    const told = notice && (notice.level === 'warning' ? `**Warning:** ${notice.text}` : notice.text)
    return { outputs, summary: [heading, told, done].filter(Boolean).join('\n\n') }
  }
  // An endpoint operation is a plan of one change (one per item for per-item rows), run by the executor.
  const entries = paramSets.map((params) => endpointChange(gateway.describe(route, params), route, params))
  if (findCreated && entries[0]?.writes[0])
    entries[0].writes[0].findCreated = () => findCreated(inputs, names)
  const record = await executePlan(context, entries, undefined, {
    // The writes before a failed one happened: they stay in the outputs and the summary.
    report: () => undefined
  }).catch(async (error: unknown) => {
    if (gateway.sent.length === 0) throw error
    const { outputs, summary } = await outcome()
    throw new PartialFailure(error, outputs, summary)
  })
  // After a wait for `deleted`, the DELETE's answer stays the result.
  return waitAfterWrite(context, await outcome(record.bodies.at(-1)), {
    result: inputs.waitFor === 'deleted' ? 'write' : 'runner'
  })
}

/** The outputs naming what the operation was about (runner, group or network configuration), from the answer when it is one, else from what the inputs named. */
async function subjectOutputs(
  row: EndpointRow,
  context: OperationContext,
  params: Params,
  body: unknown
): Promise<Partial<Outputs>> {
  if (row.outputsFor === 'runner') {
    if (isHostedRunner(body)) return runnerOutputs(body)
    return {
      runnerId: row.picksRunner ? await context.names.runnerId() : undefined,
      runnerName: context.inputs.runnerName
    }
  }
  if (row.outputsFor === 'network-configuration') {
    const fromBody = (body as { id?: unknown } | undefined)?.id
    const id = params.network_configuration_id ?? fromBody
    return { networkConfigurationId: typeof id === 'string' ? id : undefined }
  }
  if (row.outputsFor === 'group') {
    const fromBody = (body as { id?: unknown } | undefined)?.id
    return {
      runnerGroupId:
        (params.runner_group_id as number | undefined) ??
        (typeof fromBody === 'number' ? fromBody : undefined)
    }
  }
  return {}
}

// Runs one row of the endpoint table: builds its parameters, sends (or plans) its requests and turns
// the answers into outputs and a summary.
import type { Api, Params } from '../api.js'
import { isHostedRunner, runnerOutputs, type Outputs } from '../outputs.js'
import { fieldsTable, itemsTable, table } from '../summary.js'
import type { EndpointOperation, OperationContext, Outcome } from './types.js'
import { thenWait } from './wait.js'

export async function runEndpoint(op: EndpointOperation, context: OperationContext): Promise<Outcome> {
  const { inputs, refs } = context
  const paramSets = op.paramsEach
    ? await op.paramsEach(inputs, refs)
    : [(await op.params?.(inputs, refs)) ?? {}]
  return op.route.startsWith('GET ')
    ? read(op, context, paramSets[0] as Params)
    : write(op, context, paramSets)
}

async function read(op: EndpointOperation, context: OperationContext, params: Params): Promise<Outcome> {
  const { api } = context
  if (!op.list) {
    const body = await api.read(op.route, params)
    return {
      outputs: { result: body, ...(await concerned(op, context, params, body)) },
      summary: fieldsTable(body)
    }
  }
  const items = op.list.allPages
    ? await api.readAll(op.route, params)
    : (((await api.read(op.route, params)) as Record<string, unknown[]>)[op.list.items] ?? [])
  return {
    outputs: { result: items, count: items.length, ...(await concerned(op, context, params, undefined)) },
    summary: `${items.length} found.\n\n${itemsTable(items)}`
  }
}

async function write(
  op: EndpointOperation,
  context: OperationContext,
  paramSets: Params[]
): Promise<Outcome> {
  const { api, inputs, refs } = context
  const { findCreated } = op
  let body: unknown
  for (const params of paramSets) {
    const sent = findCreated
      ? await api.create(op.route, params, () => findCreated(inputs, refs))
      : await api.write(op.route, params)
    body = sent?.data
  }
  const outputs: Outputs = {
    result: api.dryRun ? { dry_run: true, requests: api.planned } : op.paramsEach ? api.writes : body,
    changed: true,
    ...(await concerned(op, context, paramSets[0] ?? {}, body))
  }
  const summary = api.dryRun
    ? plannedSummary(api)
    : [sentSummary(api), op.paramsEach ? '' : fieldsTable(body)].filter(Boolean).join('\n\n')
  // After a wait for `deleted`, the DELETE's answer stays the result.
  return thenWait(context, { outputs, summary }, { keepResult: inputs.waitFor === 'deleted' })
}

function plannedSummary(api: Api): string {
  const rows = api.planned.map((r) => [r.method, r.path, r.body])
  return `Dry run: nothing was sent. Planned requests:\n\n${table(['method', 'path', 'body'], rows)}`
}

function sentSummary(api: Api): string {
  return table(
    ['method', 'path', 'status'],
    api.writes.map((w) => [w.method, w.path, w.status])
  )
}

/** The runner or group outputs, from the answer when it is one, else from what the inputs named. */
async function concerned(
  op: EndpointOperation,
  context: OperationContext,
  params: Params,
  body: unknown
): Promise<Partial<Outputs>> {
  if (op.concerns === 'runner') {
    if (isHostedRunner(body)) return runnerOutputs(body)
    return {
      runnerId: op.target === 'runner' ? await context.refs.runnerId() : undefined,
      runnerName: context.inputs.runnerName
    }
  }
  if (op.concerns === 'group') {
    const fromBody = (body as { id?: unknown } | undefined)?.id
    return {
      runnerGroupId:
        (params.runner_group_id as number | undefined) ??
        (typeof fromBody === 'number' ? fromBody : undefined)
    }
  }
  return {}
}

// Runs one row of the endpoint table: builds its parameters, sends (or plans) its requests and turns
// the answer into outputs and a summary.
import type { Params } from '../api.js'
import { isHostedRunner, runnerOutputs, type Outputs } from '../outputs.js'
import { fieldsTable, itemsTable, table } from '../summary.js'
import type { EndpointOperation, OperationContext, Outcome } from './types.js'

export async function runEndpoint(op: EndpointOperation, context: OperationContext): Promise<Outcome> {
  const { api, inputs, refs } = context
  const paramSets = op.paramsEach ? await op.paramsEach(inputs, refs) : [(await op.params?.(inputs, refs)) ?? {}]
  const first = paramSets[0] as Params
  const isRead = op.route.startsWith('GET ')

  if (isRead) {
    const result = op.list?.allPages ? await api.readAll(op.route, first) : await api.read(op.route, first)
    const items = op.list && !op.list.allPages ? (result as Record<string, unknown[]>)[op.list.items] ?? [] : result
    const outputs: Outputs = { result: items, ...(op.list ? { count: (items as unknown[]).length } : {}) }
    Object.assign(outputs, await concerned(op, context, first, items))
    const summary = op.list ? `${(items as unknown[]).length} found.\n\n${itemsTable(items as unknown[])}` : fieldsTable(items)
    return { outputs, summary }
  }

  let body: unknown
  for (const params of paramSets) body = (await api.write(op.route, params))?.data
  const outputs: Outputs = { result: {}, changed: true, ...(await concerned(op, context, first, body)) }
  if (api.dryRun) {
    outputs.result = { dry_run: true, requests: api.planned }
    return { outputs, summary: `Dry run: nothing was sent. Planned requests:\n\n${table(['method', 'path', 'body'], api.planned.map((r) => [r.method, r.path, r.body]))}` }
  }
  outputs.result = op.paramsEach ? api.writes : body
  const sent = table(['method', 'path', 'status'], api.writes.map((w) => [w.method, w.path, w.status]))
  return { outputs, summary: op.paramsEach ? sent : [sent, fieldsTable(body)].filter(Boolean).join('\n\n') }
}

/** The runner or group outputs, from the answer when it is one, else from what the inputs named. */
async function concerned(op: EndpointOperation, context: OperationContext, params: Params, body: unknown): Promise<Outputs | object> {
  if (op.concerns === 'runner') {
    if (isHostedRunner(body)) return runnerOutputs(body)
    return {
      runnerId: op.target === 'runner' ? await context.refs.runnerId() : undefined,
      runnerName: context.inputs.runnerName
    }
  }
  if (op.concerns === 'group') {
    const fromBody = (body as { id?: unknown } | undefined)?.id
    return { runnerGroupId: (params.runner_group_id as number | undefined) ?? (typeof fromBody === 'number' ? fromBody : undefined) }
  }
  return {}
}

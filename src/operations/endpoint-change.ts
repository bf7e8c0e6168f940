// An endpoint operation's write as a change of a plan: what the request does (its method), to what kind
// of object (its route), with which id (its path's last id parameter) and the values it sends.
import type { PlanEntry, ResourceKind } from '../core/change.js'
import { plannedWrite } from '../core/planned-write.js'
import type { Params, PlannedRequest, Route } from '../github/request-gateway.js'

/** The kind of object a route writes, by the resource its path names last. */
const KINDS: ReadonlyArray<[RegExp, ResourceKind]> = [
  [/\/versions\/\{version\}$/, 'image-version'],
  [/\/images\/custom\/\{image_definition_id\}$/, 'custom-image'],
  [/\/hosted-runners(\/\{hosted_runner_id\})?$/, 'hosted-runner'],
  [/\/runner-groups(\/\{runner_group_id\})?$/, 'runner-group'],
  [/\/network-configurations(\/\{network_configuration_id\})?$/, 'network-configuration']
]

export function endpointChange(request: PlannedRequest, route: Route, params: Params): PlanEntry {
  const [method, path] = route.split(' ') as [string, string]
  const object = KINDS.find(([pattern]) => pattern.test(path))?.[1] ?? 'request'
  const idName = [...path.matchAll(/\{(\w+)\}/g)].at(-1)?.[1]
  const id =
    method === 'POST' || idName === undefined || idName === 'org' || idName === 'enterprise'
      ? null
      : params[idName]
  const kind = method === 'DELETE' ? 'delete' : method === 'POST' ? 'create' : 'update'
  const label = `${request.method} ${request.path}`
  const body = request.body as Record<string, unknown> | undefined
  return {
    change: {
      kind,
      object,
      id: typeof id === 'number' || typeof id === 'string' ? id : null,
      name: typeof body?.name === 'string' ? body.name : label,
      fields: Object.fromEntries(Object.entries(body ?? {}).map(([key, to]) => [key, { from: null, to }]))
    },
    writes: [plannedWrite(route, params as never, label)]
  }
}

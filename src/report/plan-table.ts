// The writes of a plan of one object (an ensure operation), as the summary shows them.
import type { PlannedWrite } from '../core/planned-write.js'
import type { RequestGateway } from '../github/request-gateway.js'
import { table } from './markdown-table.js'

export function planTable(gateway: RequestGateway, writes: PlannedWrite[]): string {
  if (writes.length === 0) return 'Nothing to change: everything already matches.'
  const rows = writes.map((w) => {
    const request = gateway.describe(w.route, w.params)
    return [w.change, `${request.method} ${request.path}`]
  })
  const verb = gateway.dryRun ? 'Dry run: nothing was sent. Would change' : 'Changed'
  return `${verb}:\n\n${table(['change', 'request'], rows)}`
}

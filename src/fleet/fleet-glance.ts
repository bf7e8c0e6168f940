// The step summary of `export`: the fleet at a glance. Per group, its hosted runners and who may use
// it; then the totals: runners, static IPs used against the limit, custom image storage.
import type { HostedRunner, RunnerGroup } from '../github/types.js'
import { cell, table } from '../report/markdown-table.js'
import type { GroupMembers } from './export-writer.js'

export interface Glance {
  file: string
  groups: Array<{ group: RunnerGroup; members: GroupMembers }>
  runners: HostedRunner[]
  /** `GET …/hosted-runners/limits`, when it could be read. */
  staticIps?: { used: number; maximum: number }
  /** The custom images' stored versions, in GB, when they could be read. */
  imageStorageGb?: number
}

const whoMayUse = (group: RunnerGroup, members: GroupMembers): string => {
  const granted = members.repositories ?? members.organizations
  const who =
    group.visibility === 'selected'
      ? granted && granted.length > 0
        ? granted.join(', ')
        : 'no one yet (selected, none granted)'
      : group.visibility === 'private'
        ? 'private repositories'
        : `all ${members.organizations ? 'organizations' : 'repositories'}`
  const workflows = group.restricted_to_workflows
    ? `; workflows: ${(group.selected_workflows ?? []).join(', ') || 'none'}`
    : ''
  return who + workflows
}

export function fleetGlance({ file, groups, runners, staticIps, imageStorageGb }: Glance): string {
  const sections = groups.map(({ group, members }) => {
    const mine = runners.filter((r) => r.runner_group_id === group.id)
    const rows = mine.map((r) => [
      r.name,
      r.machine_size_details?.id,
      r.image_details?.display_name ?? r.image_details?.id,
      r.status,
      r.last_active_on ?? 'never'
    ])
    const head = `**${cell(group.name)}**${group.default ? ' (default)' : ''}${group.inherited ? ' (inherited)' : ''}: ${cell(whoMayUse(group, members))}`
    return mine.length === 0
      ? `${head}. No hosted runners.`
      : `${head}\n\n${table(['runner', 'size', 'image', 'status', 'last active'], rows, { maxRows: Infinity })}`
  })
  const staticIpText = staticIps
    ? `${staticIps.used} of ${staticIps.maximum}`
    : 'unknown (limits not readable)'
  const storageText =
    imageStorageGb === undefined ? 'unknown (custom images not readable)' : `${imageStorageGb} GB`
  const totals = table(
    ['hosted runners', 'static IPs used', 'custom image storage'],
    [[runners.length, staticIpText, storageText]]
  )
  return [
    `Exported ${groups.length} runner group${groups.length === 1 ? '' : 's'} and ${runners.length} hosted runner${runners.length === 1 ? '' : 's'} to \`${cell(file)}\`. Nothing was sent to GitHub.`,
    totals,
    ...sections
  ].join('\n\n')
}

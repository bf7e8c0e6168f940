// The step summary of `export`: the fleet at a glance. Per group, its hosted runners and who may use
// it; then the totals: runners, static IPs used against the limit, custom image storage.
import type { HostedRunner, RunnerGroup } from '../github/types.js'
import { cell, table } from '../report/markdown-table.js'
import type { GroupMembers } from './export-writer.js'

export interface Glance {
  file: string
  /** What the file holds, by section: `[count, plural noun]` (`[1, 'runner groups']`). */
  written: Array<[number, string]>
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

/** `2 network configurations, 1 runner group and 0 hosted runners`. */
function counted(written: Array<[number, string]>): string {
  const parts = written.map(([count, noun]) => `${count} ${count === 1 ? noun.replace(/s$/, '') : noun}`)
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing')
}

export function fleetGlance(glance: Glance): string {
  const { file, written, groups, runners, staticIps, imageStorageGb } = glance
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
    // What the file holds; the tables below show every group, GitHub's own (default, inherited) too.
    `Exported ${counted(written)} to \`${cell(file)}\`. Nothing was sent to GitHub.`,
    totals,
    ...sections
  ].join('\n\n')
}

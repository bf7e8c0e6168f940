// `export`: reads the scope's runner groups, their members and hosted runners, and writes them as a
// fleet file in the workspace (config), so that `apply` of it plans nothing. Sends no write to GitHub.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { BOTH_SCOPES } from '../common/scope.js'
import { prunable } from '../core/prune-rules.js'
import type { RunnerGroup } from '../github/types.js'
import { pickNamed } from '../inputs/name-rule.js'
import { publicIpLimits } from '../resolve/runner-facts.js'
import {
  fleetJson,
  fleetYaml,
  groupItem,
  type ExportedFleet,
  type GroupMembers
} from '../fleet/export-writer.js'
import { fleetGlance } from '../fleet/fleet-glance.js'
import { existingFile, workspaceFile } from '../fleet/workspace-path.js'
import { SCHEMA_FILE_NAME, writeSchemaBeside } from '../fleet/schema-file.js'
import type { Operation, OperationContext, Outcome } from './types.js'
import { KINDS } from '../resources/index.js'
import { plansItself } from '../resources/fleet-kind.js'
import { exportedItem, nameFits, type Kind } from '../resources/kind.js'
import { configurationNames } from '../resources/network-configuration/export-names.js'
import { HOSTED_RUNNER_KIND } from '../resources/hosted-runner/fields.js'

export const EXPORT: Operation = {
  name: 'export',
  scopes: BOTH_SCOPES,
  reads: ['config'],
  run: runExport
}

async function runExport(context: OperationContext): Promise<Outcome> {
  const { gateway, inputs, names } = context
  // Checked before any request: a path out of the workspace fails at once.
  const target = workspaceFile(inputs.config, context.workspace, { forWriting: true })
  const [groups, runners] = await Promise.all([names.runnerGroups(), names.hostedRunners()])
  // The default group and inherited groups are GitHub's: apply never creates or prunes them.
  const exported = groups.filter((group) => prunable(group, gateway.scope.kind))
  const members = await Promise.all(exported.map((group) => membersOf(context, group)))
  const live = runners.filter((r) => r.status !== 'Deleting')
  // A runner's group by name (quoted when YAML would read it as anything else); by id, a YAML integer,
  // where the name would pick more than one group.
  const groupName = (id: number) => {
    const name = names.groupLabels.get(id)
    return name === undefined || pickNamed(groups, name).length !== 1 ? id : name
  }
  const kinds = await Promise.all(
    KINDS.filter(plansItself).map(async ({ kind, list }) => ({ kind, live: await list(names) }))
  )
  const configurationName = configurationNames(await names.networkConfigurations())
  const exportNames = { groupName, configurationName }
  const fleet: ExportedFleet = {
    scope: gateway.scope,
    kinds: kinds.map(({ kind, live }) => ({
      section: kind.section,
      items: live
        .filter((object) => named(context, kind, object))
        .map((object) => exportedItem(kind, object, exportNames))
    })),
    groups: exported.map((group, i) => groupItem(group, members[i] as GroupMembers, exportNames)),
    runners: live.map((runner) => exportedItem(HOSTED_RUNNER_KIND, runner, exportNames))
  }
  for (const group of exported) {
    const others = pickNamed(groups, group.name).filter((other) => other.id !== group.id)
    if (others.length > 0)
      context.log.warning(
        `Runner group '${group.name}' (id ${group.id}) shares its name with group id ${others.map((o) => o.id).join(', ')}: apply refuses the name as ambiguous until one of them is renamed.`
      )
  }
  mkdirSync(dirname(target.full), { recursive: true })
  writeNewFile(target.full, target.given, fleetYaml(fleet))
  const schema = writeSchemaBeside(target.full)
  if (schema.outcome === 'kept')
    context.log.warning(
      `${SCHEMA_FILE_NAME} beside ${target.relative} is not this release's schema: left as it is (delete it and export again to have an editor check the file with this release's rules).`
    )
  const kindCounts = fleet.kinds.map(({ section, items }) => `${items.length} ${section}`)
  context.log.info(
    `Wrote ${target.relative}: ${[...kindCounts, `${fleet.groups.length} groups`, `${fleet.runners.length} runners`].join(', ')}.`
  )

  const [staticIps, imageStorageGb] = await Promise.all([staticIpUse(context), imageStorage(context)])
  // The summary shows every group, GitHub's own too, with who may use the exported ones.
  const everyGroup = groups.map((group) => ({
    group,
    members: prunable(group, gateway.scope.kind) ? (members[exported.indexOf(group)] as GroupMembers) : {}
  }))
  return {
    outputs: {
      result: fleetJson(fleet),
      count:
        fleet.kinds.reduce((sum, { items }) => sum + items.length, 0) +
        fleet.groups.length +
        fleet.runners.length
    },
    summary: fleetGlance({
      file: target.relative,
      written: [
        ...fleet.kinds.map(({ section, items }): [number, string] => [
          items.length,
          section.replace(/-/g, ' ')
        ]),
        [fleet.groups.length, 'runner groups'],
        [fleet.runners.length, 'hosted runners']
      ],
      groups: everyGroup,
      runners: live,
      staticIps,
      imageStorageGb
    })
  }
}

/** Created, never opened: `wx` fails on anything there, a link too, made while the export read GitHub. */
function writeNewFile(full: string, given: string, text: string): void {
  try {
    writeFileSync(full, text, { encoding: 'utf8', flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw existingFile(given, false)
    throw error
  }
}

/** Who the group grants, by name: repositories (bare names in the organization) or organizations. */
async function membersOf({ gateway, names }: OperationContext, group: RunnerGroup): Promise<GroupMembers> {
  const label = (id: number) => names.labels.get(id) ?? String(id)
  const scope = gateway.scope
  const members: GroupMembers = {}
  if (group.visibility === 'selected') {
    if (scope.kind === 'org') {
      const prefix = `${scope.org.toLowerCase()}/`
      members.repositories = (await names.groupRepositoryIds(group.id)).map((id) => {
        const name = label(id)
        return name.toLowerCase().startsWith(prefix) ? name.slice(prefix.length) : name
      })
    } else members.organizations = (await names.groupOrganizationIds(group.id)).map(label)
  }
  members.runners = (await names.groupRunnerIds(group.id)).map(label)
  return members
}

/** Static IPs in use against the limit; unknown when the limits cannot be read (the export stands). */
async function staticIpUse({ names, log }: OperationContext) {
  try {
    const public_ips = await publicIpLimits(names)
    return { used: public_ips.current_usage, maximum: public_ips.maximum }
  } catch (error) {
    log.warning(`The static IP limits could not be read: ${(error as Error).message}`)
    return undefined
  }
}

async function imageStorage({ names, log }: OperationContext) {
  try {
    const images = await names.customImages()
    return images.reduce((sum, image) => sum + (image.total_versions_size ?? 0), 0)
  } catch (error) {
    log.warning(`The custom images could not be read: ${(error as Error).message}`)
    return undefined
  }
}

/** An object whose name the file could not hold is left out of it, with a warning (apply leaves it alone). */
function named<L>({ log }: OperationContext, kind: Kind<L>, object: L): boolean {
  const name = kind.name.read(object)
  if (nameFits(kind, name)) return true
  log.warning(
    `Export left out ${kind.object.replace('-', ' ')} ${JSON.stringify(name)}: its name is not one the fleet file's '${kind.name.fleetKey}' takes; apply leaves it as it is.`
  )
  return false
}

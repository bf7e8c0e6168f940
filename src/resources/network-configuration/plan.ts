// The plan of the fleet file's `network-configurations:` section, as a pure function of the items and the
// scope's listing: a create for each configuration not there (by name, ignoring case), a PATCH of the
// settings given that differ (and of the name, when only its case differs), nothing otherwise. Never a
// delete: network configurations are never pruned. Each write goes before the runner groups'.
import { UserError } from '../../common/errors.js'
import type { PlanEntry } from '../../core/change.js'
import { plannedWrite, sameSet, type PlannedWrite } from '../../core/planned-write.js'
import { matchLive } from '../../core/renames.js'
import type { OperationInputs } from '../../inputs/vocabulary.js'
import { IDS_AS_THEY_ARE } from '../kind.js'
import { CONFIGURATION_FIELDS, configurationBody, type NetworkConfiguration } from './fields.js'
import { CONFIGURATION_WRITE_ORDER, CREATE_CONFIGURATION, UPDATE_CONFIGURATION } from './routes.js'

type Fields = NonNullable<PlannedWrite['fields']>

export function planConfigurations(
  items: readonly OperationInputs[],
  live: readonly NetworkConfiguration[]
): PlanEntry[] {
  const entries: PlanEntry[] = []
  for (const inputs of items) {
    const name = inputs.networkConfigurationName as string
    const now = matchLive(live, name)
    const write = now ? updateOf(now, inputs, name) : createOf(inputs, name)
    if (write)
      entries.push({
        change: {
          kind: now ? 'update' : 'create',
          object: 'network-configuration',
          id: now?.id ?? null,
          name,
          ...(now ? { seen: { name: now.name } } : {}),
          fields: write.fields ?? {}
        },
        writes: [write]
      })
  }
  return entries
}

/** The names of the configurations the items create: those not among the scope's. */
export const configurationsToCreate = (
  items: readonly OperationInputs[],
  live: readonly NetworkConfiguration[]
): string[] =>
  items
    .map((inputs) => inputs.networkConfigurationName as string)
    .filter((name) => matchLive(live, name) === undefined)

function createOf(inputs: OperationInputs, name: string): PlannedWrite {
  if (inputs.networkSettingsId === undefined)
    throw new UserError(
      'input',
      'network-settings-id',
      `Network configuration '${name}' does not exist: to create it, give 'network-settings-id' (the id of its network settings resource, created in Azure).`
    )
  const fields: Fields = { name: { from: null, to: name } }
  for (const field of CONFIGURATION_FIELDS) {
    const value = inputs[field.input] ?? field.createDefault
    if (value !== undefined) fields[field.fleetKey] = { from: null, to: value }
  }
  const body = { name, ...configurationBody(inputs, 'create') } as {
    name: string
    network_settings_ids: string[]
  }
  const write = plannedWrite(CREATE_CONFIGURATION, body, `create network configuration '${name}'`, fields)
  return { ...write, order: CONFIGURATION_WRITE_ORDER }
}

function updateOf(
  now: NetworkConfiguration,
  inputs: OperationInputs,
  name: string
): PlannedWrite | undefined {
  const body: Record<string, unknown> = {}
  const fields: Fields = {}
  // GitHub keeps names unique ignoring case: another case in the file is a rename to it.
  if (now.name !== name) {
    body.name = name
    fields.name = { from: now.name, to: name }
  }
  for (const field of CONFIGURATION_FIELDS) {
    const value = inputs[field.input]
    if (value === undefined) continue
    const want = field.toApi ? field.toApi(value) : value
    const current = field.read(now) ?? field.absentMeans
    if (current === undefined) continue
    const same = Array.isArray(want) && Array.isArray(current) ? sameSet(want, current) : want === current
    if (same) continue
    body[field.update] = want
    fields[field.fleetKey] = { from: field.exported(current, now, IDS_AS_THEY_ARE) ?? current, to: value }
  }
  if (Object.keys(body).length === 0) return undefined
  const what = Object.keys(fields).join(', ')
  const write = plannedWrite(
    UPDATE_CONFIGURATION,
    { network_configuration_id: now.id, ...body },
    `update network configuration '${name}': ${what}`,
    fields
  )
  return { ...write, order: CONFIGURATION_WRITE_ORDER }
}

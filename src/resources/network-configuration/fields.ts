// The network configuration kind's settings, one row each: the input, its API field on create, update and
// read, its fleet file key and what export writes. The create and update operations' bodies, the plan of
// the `network-configurations:` section and export all come from these rows.
import type { OperationInputs } from '../../inputs/vocabulary.js'
import type { Kind, KindField } from '../kind.js'

/**
 * A hosted compute network configuration as GitHub answers it. `compute_service` may be `codespaces`
 * (GitHub's description of the answer: none, actions, codespaces), which a request cannot send.
 */
export interface NetworkConfiguration {
  id: string
  name: string
  compute_service?: string
  network_settings_ids?: string[]
  failover_network_settings_ids?: string[]
  failover_network_enabled?: boolean
}

type Field = KindField<NetworkConfiguration>

/** The one id of a list GitHub holds exactly one of (at most one failover); a list of another length is not written. */
const onlyOne = (value: unknown) =>
  Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined
const listOfOne = (value: unknown) => [value]

export const CONFIGURATION_FIELDS: readonly Field[] = [
  {
    // "Exactly one resource identifier must be specified in the list" (the description): one id in the file.
    input: 'networkSettingsId',
    fleetKey: 'network-settings-id',
    create: 'network_settings_ids',
    update: 'network_settings_ids',
    toApi: listOfOne,
    read: (c) => c.network_settings_ids,
    exported: onlyOne
  },
  {
    input: 'computeService',
    fleetKey: 'compute-service',
    create: 'compute_service',
    update: 'compute_service',
    read: (c) => c.compute_service,
    // The create operation's default (interface); Terraform documents GitHub's own default as `none`.
    createDefault: 'actions',
    // `codespaces` is answered but cannot be sent: left out, so apply leaves it as it is.
    exported: (value) => (value === 'none' || value === 'actions' ? value : undefined)
  },
  {
    input: 'failoverNetworkSettingsId',
    fleetKey: 'failover-network-settings-id',
    create: 'failover_network_settings_ids',
    update: 'failover_network_settings_ids',
    toApi: listOfOne,
    read: (c) => c.failover_network_settings_ids,
    // A guess, no source: a configuration without a failover is answered without the field (the
    // description's examples have none). Read as unknown, a wanted failover would never be sent.
    absentMeans: [],
    exported: onlyOne
  },
  {
    input: 'failoverNetworkEnabled',
    fleetKey: 'failover-network-enabled',
    create: 'failover_network_enabled',
    update: 'failover_network_enabled',
    read: (c) => c.failover_network_enabled,
    // A guess, as above: absent means the failover is off.
    absentMeans: false,
    exported: (value) => (typeof value === 'boolean' ? value : undefined)
  }
]

export const NETWORK_CONFIGURATION_KIND: Kind<NetworkConfiguration> = {
  section: 'network-configurations',
  item: 'network-configuration',
  object: 'network-configuration',
  description:
    'Network configurations (private networking), each as create-network-configuration takes it, by name. Created or updated before the runner groups that name them in network-configuration-id; never pruned.',
  name: { input: 'networkConfigurationName', fleetKey: 'name', read: (c) => c.name },
  fields: CONFIGURATION_FIELDS
}

/** The inputs of the settings, as the create and update operations read them. */
export const CONFIGURATION_SETTINGS = CONFIGURATION_FIELDS.map((field) => field.input)

/** A create's or an update's body fields: only the settings given, each in the API's form. */
export function configurationBody(
  inputs: OperationInputs,
  which: 'create' | 'update'
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of CONFIGURATION_FIELDS) {
    const value = inputs[field.input] ?? (which === 'create' ? field.createDefault : undefined)
    if (value !== undefined) body[field[which]] = field.toApi ? field.toApi(value) : value
  }
  return body
}

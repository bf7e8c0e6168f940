// Private networking: the hosted compute network configurations a runner group may use, one row each.
// The action names the organization routes; at enterprise scope they go to their enterprise twins.
import { UserError } from '../common/errors.js'
import { NETWORK_CONFIGURATION, NETWORK_SETTINGS } from '../github/answer-shapes.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { endpoint } from './run-endpoint.js'

const CONFIGURATIONS = '/orgs/{org}/settings/network-configurations'
const SETTINGS_INPUTS = [
  'networkSettingsId',
  'computeService',
  'failoverNetworkSettingsId',
  'failoverNetworkEnabled'
] as const

const ONE_CONFIGURATION = {
  answer: NETWORK_CONFIGURATION,
  reads: ['networkConfigurationId'],
  requires: ['networkConfigurationId'],
  outputsFor: 'network-configuration',
  params: async (_: OperationInputs, names: NameResolver) => ({
    network_configuration_id: await names.networkConfigurationId()
  })
} as const satisfies Parameters<typeof endpoint>[2]

/** The body fields of a create or an update: only what was given. */
const configurationFields = (i: OperationInputs) => ({
  name: i.networkConfigurationName,
  compute_service: i.computeService,
  // GitHub takes exactly one network settings resource, and at most one for failover (its description).
  network_settings_ids: i.networkSettingsId === undefined ? undefined : [i.networkSettingsId],
  failover_network_settings_ids:
    i.failoverNetworkSettingsId === undefined ? undefined : [i.failoverNetworkSettingsId],
  failover_network_enabled: i.failoverNetworkEnabled
})

export const NETWORK_OPERATIONS = [
  endpoint('list-network-configurations', `GET ${CONFIGURATIONS}`, {
    list: { key: 'network_configurations', paged: true, item: NETWORK_CONFIGURATION }
  }),
  endpoint(
    'get-network-configuration',
    `GET ${CONFIGURATIONS}/{network_configuration_id}`,
    ONE_CONFIGURATION
  ),
  endpoint('create-network-configuration', `POST ${CONFIGURATIONS}`, {
    reads: ['networkConfigurationName', ...SETTINGS_INPUTS],
    requires: ['networkConfigurationName', 'networkSettingsId'],
    outputsFor: 'network-configuration',
    answer: NETWORK_CONFIGURATION,
    findCreated: (i, names) =>
      names.findNetworkConfigurationNamed(i.networkConfigurationName as string, { fresh: true }),
    params: (i) => ({
      ...configurationFields(i),
      compute_service: i.computeService ?? 'actions',
      name: i.networkConfigurationName as string,
      network_settings_ids: [i.networkSettingsId as string]
    })
  }),
  endpoint('update-network-configuration', `PATCH ${CONFIGURATIONS}/{network_configuration_id}`, {
    ...ONE_CONFIGURATION,
    reads: ['networkConfigurationId', 'networkConfigurationName', ...SETTINGS_INPUTS],
    check: (i) => {
      if ([i.networkConfigurationName, ...SETTINGS_INPUTS.map((key) => i[key])].every((v) => v === undefined))
        throw new UserError(
          'input',
          'network-configuration-name',
          `Operation 'update-network-configuration' has nothing to change: give 'network-configuration-name' or any of ${SETTINGS_INPUTS.map((key) => `'${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}'`).join(', ')}.`
        )
    },
    params: async (i, names) => ({
      network_configuration_id: await names.networkConfigurationId(),
      ...configurationFields(i)
    })
  }),
  endpoint(
    'delete-network-configuration',
    `DELETE ${CONFIGURATIONS}/{network_configuration_id}`,
    ONE_CONFIGURATION
  ),
  endpoint('get-network-settings', 'GET /orgs/{org}/settings/network-settings/{network_settings_id}', {
    answer: NETWORK_SETTINGS,
    reads: ['networkSettingsId'],
    requires: ['networkSettingsId'],
    params: (i) => ({ network_settings_id: i.networkSettingsId as string })
  })
]

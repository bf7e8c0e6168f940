// Private networking: the hosted compute network configurations a runner group may use, one row each.
// The action names the organization routes; at enterprise scope they go to their enterprise twins.
import { UserError } from '../common/errors.js'
import { BOTH_SCOPES } from '../common/scope.js'
import { NETWORK_CONFIGURATION, NETWORK_SETTINGS } from '../github/answer-shapes.js'
import { inputName } from '../inputs/formats.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { fieldsTable } from '../report/run-tables.js'
import { CONFIGURATION_SETTINGS, configurationBody } from '../resources/network-configuration/fields.js'
import {
  CONFIGURATIONS as LIST_CONFIGURATIONS,
  CREATE_CONFIGURATION,
  DELETE_CONFIGURATION,
  NETWORK_SETTINGS as NETWORK_SETTINGS_ROUTE,
  UPDATE_CONFIGURATION
} from '../resources/network-configuration/routes.js'
import { endpoint } from './run-endpoint.js'
import type { Operation } from './types.js'

const SETTINGS_INPUTS = CONFIGURATION_SETTINGS

const ONE_CONFIGURATION = {
  answer: NETWORK_CONFIGURATION,
  reads: ['networkConfigurationId'],
  requires: ['networkConfigurationId'],
  outputsFor: 'network-configuration',
  params: async (_: OperationInputs, names: NameResolver) => ({
    network_configuration_id: await names.networkConfigurationId()
  })
} as const satisfies Parameters<typeof endpoint>[2]

/** The body fields of an update: only what was given (the kind's rows). */
const configurationFields = (i: OperationInputs) => ({
  name: i.networkConfigurationName,
  ...configurationBody(i, 'update')
})

/**
 * get-network-configuration: a value of an id's form is read directly, with no listing first (it may be
 * the enterprise's configuration, seen from an organization); a name is found in the scope's listing.
 */
const GET_CONFIGURATION: Operation = {
  name: 'get-network-configuration',
  scopes: BOTH_SCOPES,
  reads: ['networkConfigurationId'],
  requires: ['networkConfigurationId'],
  run: async ({ names }) => {
    const configuration = await names.networkConfiguration()
    return {
      outputs: { result: configuration, networkConfigurationId: configuration.id },
      summary: fieldsTable(configuration, names.tableLabels)
    }
  }
}

export const NETWORK_OPERATIONS = [
  endpoint('list-network-configurations', LIST_CONFIGURATIONS, {
    list: { key: 'network_configurations', paged: true, item: NETWORK_CONFIGURATION }
  }),
  GET_CONFIGURATION,
  endpoint('create-network-configuration', CREATE_CONFIGURATION, {
    reads: ['networkConfigurationName', ...SETTINGS_INPUTS],
    requires: ['networkConfigurationName', 'networkSettingsId'],
    outputsFor: 'network-configuration',
    answer: NETWORK_CONFIGURATION,
    findCreated: (i, names) =>
      names.findNetworkConfigurationNamed(i.networkConfigurationName as string, { fresh: true }),
    params: (i) => ({
      ...(configurationBody(i, 'create') as { network_settings_ids: string[] }),
      name: i.networkConfigurationName as string
    })
  }),
  endpoint('update-network-configuration', UPDATE_CONFIGURATION, {
    ...ONE_CONFIGURATION,
    reads: ['networkConfigurationId', 'networkConfigurationName', ...SETTINGS_INPUTS],
    check: (i) => {
      if ([i.networkConfigurationName, ...SETTINGS_INPUTS.map((key) => i[key])].every((v) => v === undefined))
        throw new UserError(
          'input',
          'network-configuration-name',
          `Operation 'update-network-configuration' has nothing to change: give 'network-configuration-name' or any of ${SETTINGS_INPUTS.map((key) => `'${inputName(key)}'`).join(', ')}.`
        )
    },
    params: async (i, names) => ({
      network_configuration_id: await names.networkConfigurationId(),
      ...configurationFields(i)
    })
  }),
  endpoint('delete-network-configuration', DELETE_CONFIGURATION, ONE_CONFIGURATION),
  endpoint('get-network-settings', NETWORK_SETTINGS_ROUTE, {
    answer: NETWORK_SETTINGS,
    reads: ['networkSettingsId'],
    requires: ['networkSettingsId'],
    params: (i) => ({ network_settings_id: i.networkSettingsId as string })
  })
]

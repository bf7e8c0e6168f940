// @ts-check
/* global structuredClone */
// Hosted compute networking (Azure private networking for GitHub-hosted runners), in an organization
// (under /orgs/{org}/settings) and in an enterprise: network configurations, which runner groups point at
// through `network_configuration_id`, and the network settings resources they use. A network settings
// resource is created in Azure (GitHub Docs, "Configuring private networking for GitHub-hosted runners":
// "enter the network settings resource ID you retrieved when you configured your Azure resources"), never
// through this API: the simulator only has those a seed made, and answers them read-only.
import { createHash } from 'node:crypto'
import { HttpError, notFound, unprocessable } from './errors.js'
import { answer, noContent, paginate } from './http.js'
import { findByName } from './state.js'

/**
 * @typedef {{ id: string, name: string, compute_service: 'none' | 'actions', network_settings_ids: string[],
 *   failover_network_settings_ids?: string[], failover_network_enabled?: boolean, created_on: string }} NetworkConfiguration
 * @typedef {{ id: string, name: string, subnet_id: string, region: string }} NetworkSettings
 * @typedef {import('./state.js').State} State
 * @typedef {import('./http.js').Context} Context
 * @typedef {Partial<Omit<NetworkConfiguration, 'id' | 'created_on'>>} ConfigurationFields
 */

const RESOURCE = 'NetworkConfiguration'
// The description: "Must be between 1 and 100 characters and may only contain upper and lowercase letters
// a-z, numbers 0-9, '.', '-', and '_'."
const NAME_RULE = /^[A-Za-z0-9._-]{1,100}$/

/**
 * A new opaque id in GitHub's style for this scope's networking resources: upper-case hex, like the
 * description's examples ("123ABC456DEF789"). Deterministic, so a test run is repeatable; the scope is part
 * of it, so an organization's ids never name an enterprise's resources.
 * @param {State} state
 */
export function networkId(state) {
  const serial = state.nextId.network++
  return createHash('sha256').update(`${state.scope}:${serial}`).digest('hex').slice(0, 20).toUpperCase()
}

/** GitHub's timestamps carry no milliseconds ("2024-04-26T11:31:07Z", the description's example). */
function now() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The configuration that uses a network settings resource, as primary or failover.
 * @param {State} state
 * @param {string} settingsId
 */
function configurationUsing(state, settingsId) {
  return state.networkConfigurations.find(
    (config) =>
      config.network_settings_ids.includes(settingsId) ||
      (config.failover_network_settings_ids ?? []).includes(settingsId)
  )
}

/**
 * @param {State} state
 * @param {string} name
 * @param {string} [selfId]
 */
function checkName(state, name, selfId) {
  if (!NAME_RULE.test(name)) {
    const message =
      "Name must be between 1 and 100 characters and may only contain upper and lowercase letters a-z, numbers 0-9, '.', '-', and '_'."
    throw unprocessable(RESOURCE, 'name', 'invalid', message)
  }
  // Unique names, ignoring case, as for runners and runner groups: a guess (not documented).
  const taken = findByName(state.networkConfigurations, name)
  if (taken && taken.id !== selfId) {
    throw unprocessable(
      RESOURCE,
      'name',
      'already_exists',
      `A network configuration named '${name}' already exists.`
    )
  }
}

/**
 * Each id names a network settings resource of the scope that no other configuration uses. Terraform's
 * provider, docs for github_organization_network_configuration: "A network settings resource can only be
 * associated with one network configuration at a time", and the value "must reference an existing hosted
 * compute network settings resource".
 * @param {State} state
 * @param {NetworkConfiguration} config
 */
function checkSettings(state, config) {
  const failover = config.failover_network_settings_ids ?? []
  // The description: "Exactly one resource identifier must be specified in the list" (a PATCH may send []).
  if (config.network_settings_ids.length !== 1) {
    const message =
      'network_settings_ids: exactly one network settings resource identifier must be specified.'
    throw unprocessable(RESOURCE, 'network_settings_ids', 'invalid', message)
  }
  for (const [field, ids] of /** @type {const} */ ([
    ['network_settings_ids', config.network_settings_ids],
    ['failover_network_settings_ids', failover]
  ])) {
    for (const id of ids) {
      if (!state.networkSettings.some((settings) => settings.id === id)) {
        throw unprocessable(RESOURCE, field, 'invalid', `No network settings resource '${id}'.`)
      }
      const user = configurationUsing(state, id)
      if (user && user.id !== config.id) {
        const message = `The network settings resource '${id}' is already used by the network configuration '${user.name}'.`
        throw unprocessable(RESOURCE, field, 'invalid', message)
      }
    }
  }
  // A failover that is the primary itself, or enabled without one: guesses.
  if (failover.some((id) => config.network_settings_ids.includes(id))) {
    const message = 'The failover network settings resource must differ from the primary one.'
    throw unprocessable(RESOURCE, 'failover_network_settings_ids', 'invalid', message)
  }
  if (config.failover_network_enabled && failover.length === 0) {
    const message = 'failover_network_enabled needs a failover network settings resource.'
    throw unprocessable(RESOURCE, 'failover_network_enabled', 'invalid', message)
  }
}

/**
 * A network configuration built and checked from a create request (the POST handler's and the seeds'),
 * then stored.
 * @param {State} state
 * @param {ConfigurationFields & { name: string }} fields
 * @returns {NetworkConfiguration}
 */
export function addNetworkConfiguration(state, fields) {
  checkName(state, fields.name)
  /** @type {NetworkConfiguration} */
  const config = {
    id: '',
    // Terraform's provider documents `compute_service` as defaulting to `none`; that GitHub's API
    // defaults the same way is a guess.
    compute_service: 'none',
    network_settings_ids: [],
    ...structuredClone(fields),
    created_on: now()
  }
  checkSettings(state, config)
  config.id = networkId(state)
  state.networkConfigurations.push(config)
  return config
}

/**
 * A network settings resource, as Azure would have made it (seeds only).
 * @param {State} state
 * @param {Partial<NetworkSettings> & { name: string }} fields
 * @returns {NetworkSettings}
 */
export function addNetworkSettings(state, { name, ...fields }) {
  if (findByName(state.networkSettings, name)) throw new Error(`the name '${name}' is taken`)
  const vnet = `/subscriptions/0f4ea3d2-7c41-4b9e-9a51-3d1c2b6e8a90/resourceGroups/${state.org}-network`
  /** @type {NetworkSettings} */
  const settings = {
    id: fields.id ?? networkId(state),
    name,
    subnet_id: `${vnet}/providers/Microsoft.Network/virtualNetworks/${name}/subnets/runners`,
    region: 'eastus',
    ...fields
  }
  state.networkSettings.push(settings)
  return settings
}

/** @param {Context} context */
function findConfiguration({ state, params }) {
  const config = state.networkConfigurations.find((item) => item.id === params.network_configuration_id)
  if (!config) throw notFound()
  return config
}

/**
 * The network configuration a runner group of this scope may name: the scope's own, or, for an
 * organization, one of its enterprise's. GitHub Docs, "Troubleshooting Azure private network
 * configurations ... in your enterprise": "By default, organizations in an enterprise cannot create new
 * network configurations and only inherit enterprise-level network configurations."
 * @param {Context} context
 * @param {string} id
 */
export function usableConfiguration({ state, root }, id) {
  const inherited = state.scope === 'org' ? root.enterprise.networkConfigurations : []
  return [...state.networkConfigurations, ...inherited].find((config) => config.id === id)
}

/**
 * The runner groups, of either scope, that point at a network configuration.
 * @param {Context} context
 * @param {string} id
 */
function groupsUsing({ root }, id) {
  return [...root.groups, ...root.enterprise.groups].filter((group) => group.network_configuration_id === id)
}

/** @param {Context} context */
function updateConfiguration(context) {
  const { state, body } = context
  const config = findConfiguration(context)
  if (body.name !== undefined) checkName(state, body.name, config.id)
  /** @type {NetworkConfiguration} */
  const next = { ...structuredClone(config), ...structuredClone(body) }
  // An empty failover list removes the failover (a guess: PATCH allows `[]`).
  if (next.failover_network_settings_ids?.length === 0) delete next.failover_network_settings_ids
  checkSettings(state, next)
  state.networkConfigurations[state.networkConfigurations.indexOf(config)] = next
  return answer(200, structuredClone(next))
}

/** @param {Context} context */
function deleteConfiguration(context) {
  const { state } = context
  const config = findConfiguration(context)
  // A configuration a runner group still uses cannot be deleted: a guess. GitHub Docs ("Deleting a subnet")
  // only has one "Review the list of runner groups using the network configuration" before deleting it.
  const users = groupsUsing(context, config.id)
  if (users.length > 0) {
    const names = users.map((group) => group.name).join(', ')
    const message = `The network configuration '${config.name}' is used by runner groups: ${names}. Remove it from them first.`
    throw unprocessable(RESOURCE, 'network_configuration_id', 'invalid', message)
  }
  state.networkConfigurations.splice(state.networkConfigurations.indexOf(config), 1)
  return noContent()
}

/** @param {Context} context */
function getSettings({ state, params }) {
  const settings = state.networkSettings.find((item) => item.id === params.network_settings_id)
  if (!settings) throw notFound()
  const user = configurationUsing(state, settings.id)
  return answer(200, { ...structuredClone(settings), ...(user ? { network_configuration_id: user.id } : {}) })
}

/**
 * The routes of one scope: `base` is '/orgs/{org}/settings' or '/enterprises/{enterprise}'.
 * @param {string} base
 * @returns {Record<string, import('./http.js').Route>}
 */
export function networkRoutes(base) {
  const configs = `${base}/network-configurations`
  const config = `${configs}/{network_configuration_id}`
  return {
    [`GET ${configs}`]: {
      resource: RESOURCE,
      handle: (context) =>
        paginate(context, context.state.networkConfigurations, 'network_configurations', (item) =>
          structuredClone(item)
        )
    },
    [`POST ${configs}`]: {
      resource: RESOURCE,
      handle: (context) => {
        // An organization whose enterprise's policy forbids it (state.js): that GitHub answers 403 with
        // this message is a guess.
        if (
          context.state.scope === 'org' &&
          !context.root.enterprise.organizationsCreateNetworkConfigurations
        )
          throw new HttpError(
            403,
            "The enterprise's policy does not allow organizations to create network configurations."
          )
        return answer(201, structuredClone(addNetworkConfiguration(context.state, context.body)))
      }
    },
    [`GET ${config}`]: {
      resource: RESOURCE,
      handle: (context) => answer(200, structuredClone(findConfiguration(context)))
    },
    [`PATCH ${config}`]: { resource: RESOURCE, handle: updateConfiguration },
    [`DELETE ${config}`]: { resource: RESOURCE, handle: deleteConfiguration },
    [`GET ${base}/network-settings/{network_settings_id}`]: {
      resource: 'NetworkSettings',
      handle: getSettings
    }
  }
}

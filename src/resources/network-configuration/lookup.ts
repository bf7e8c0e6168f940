// A network configuration by id or by name, under the one name rule. An id GitHub's listing of the scope
// does not hold may still be one a runner group can use: an organization's group may use its
// enterprise's configurations, which the organization's listing does not show ("By default, organizations
// in an enterprise cannot create new network configurations and only inherit enterprise-level network
// configurations": GitHub Docs, "Troubleshooting Azure private network configurations for GitHub-hosted
// runners in your enterprise"). Such a value is sent as an id as given, with a notice, and GitHub decides.
import { UserError } from '../../common/errors.js'
import type { ConfigurationToCreate } from '../../common/group-to-create.js'
import { NETWORK_CONFIGURATION } from '../../github/answer-shapes.js'
import { didYouMean, pickByName } from '../../inputs/name-rule.js'
import type { ReadsOnce } from '../fleet-kind.js'
import type { NetworkConfiguration } from './fields.js'
import { CONFIGURATIONS } from './routes.js'

/**
 * What a value may be when it is not found: an id, if it has the form of one. Every id GitHub documents
 * is upper-case letters and digits ("123456789ABCDEF" in the REST reference's example answers, at both
 * scopes); that every real id has that form is a guess. Anything else (`corp-vnet`) is a name, which
 * must be found.
 */
export const ID_FORM = /^[0-9A-Z]{1,100}$/

export type ConfigurationRef =
  { id: string; found: NetworkConfiguration } | { id: string; notice: string } | ConfigurationToCreate

export interface RefContext {
  input: string
  /** `organization 'acme'`, for messages. */
  where: string
  /** The scope's configurations, as listed. */
  live: readonly NetworkConfiguration[]
  /** The names of those the plan creates (the fleet file's section). */
  planned?: readonly string[]
}

/** The configuration `given` names: by id, by name, a planned one, else an id as given (with a notice). */
export function configurationRef(given: string, context: RefContext): ConfigurationRef {
  const { input, where, live, planned = [] } = context
  const byId = live.find((configuration) => configuration.id === given)
  const found = byId ?? pickByName(live, given, input, 'network configurations')
  if (found) return { id: found.id, found }
  const toCreate = planned.find((name) => name.toLowerCase() === given.toLowerCase())
  if (toCreate !== undefined) return { toBeCreated: toCreate }
  if (ID_FORM.test(given))
    return {
      id: given,
      notice: `Input '${input}': '${given}' is not among the network configurations of ${where}, by id or by name: it is sent as an id, as given. An organization's runner group may use its enterprise's network configuration; GitHub refuses an id that names none.`
    }
  const names = [...live.map((configuration) => configuration.name), ...planned]
  throw new UserError(
    'lookup',
    input,
    `Input '${input}': no network configuration named '${given}' in ${where}${planned.length > 0 ? ' or in the fleet file' : ''}.${didYouMean(given, names)} A name must be found; an id not found (upper-case letters and digits) is sent as given.`
  )
}

/** Every network configuration of the scope (every page), read at most once per run; `fresh` reads again. */
export function listConfigurations(
  reader: ReadsOnce,
  { fresh = false } = {}
): Promise<NetworkConfiguration[]> {
  if (fresh) reader.perRun.forget('network-configurations')
  return reader.perRun.once('network-configurations', () =>
    reader.gateway.readAll(CONFIGURATIONS, {}, 'network_configurations', NETWORK_CONFIGURATION)
  )
}

// How export writes a runner group's network configuration: by its name, which apply resolves back to
// the same id, when the scope lists it under a name that picks it alone; else by its id, as GitHub holds
// it (an organization's group may use its enterprise's configuration, which the organization's listing
// does not show: apply sends such an id as given).
import { pickNamed } from '../../inputs/name-rule.js'
import { nameFits } from '../kind.js'
import { NETWORK_CONFIGURATION_KIND, type NetworkConfiguration } from './fields.js'

export function configurationNames(live: readonly NetworkConfiguration[]): (id: string) => string {
  return (id) => {
    const configuration = live.find((candidate) => candidate.id === id)
    if (!configuration) return id
    const picked = pickNamed(live, configuration.name)
    // Another configuration's id equal to this name would be found first by id.
    const clash = live.some((candidate) => candidate.id === configuration.name)
    const fits = nameFits(NETWORK_CONFIGURATION_KIND, configuration.name)
    return picked.length === 1 && !clash && fits ? configuration.name : id
  }
}

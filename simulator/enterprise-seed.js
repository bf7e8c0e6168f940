// @ts-check
// Seeds for the enterprise scope (sim.seed.enterprise.*: the same helpers as the organization's, on the
// enterprise's own state, with enterprise runner groups and organizations) and its part of the demo.
import { requireKnown } from './group-members.js'
import { checkName } from './groups.js'
import { findOrganization } from './organizations.js'
import { createSeeder, seedDemoImage } from './seed.js'
import { newGroup } from './state.js'

/** @typedef {import('./state.js').EnterpriseState} EnterpriseState */
/** @typedef {import('./state.js').RootState} RootState */
/** @typedef {import('./state.js').RunnerGroup} RunnerGroup */
/** @typedef {import('./state.js').Organization} Organization */

/**
 * Refusals read `seed.enterprise.<kind>: <why>`, as the organization's seeds read `seed.<kind>: <why>`.
 * @template {Record<string, (...args: any[]) => any>} T
 * @param {T} methods
 * @returns {T}
 */
function explained(methods) {
  const wrapped = Object.entries(methods).map(([kind, method]) => [
    kind,
    (/** @type {any[]} */ ...args) => {
      try {
        return method(...args)
      } catch (error) {
        if (!(error instanceof Error)) throw error
        const own = `seed.${kind}`
        const message = error.message.startsWith(own)
          ? `seed.enterprise.${error.message.slice('seed.'.length)}`
          : `seed.enterprise.${kind}: ${error.message}`
        throw new Error(message, { cause: error })
      }
    }
  ])
  return /** @type {T} */ (Object.fromEntries(wrapped))
}

/** @param {EnterpriseState} enterprise */
export function createEnterpriseSeeder(enterprise) {
  const { runner, image, imageVersion, selfHostedRunner, networkSettings, networkConfiguration } =
    createSeeder(enterprise)
  return explained({
    /**
     * As sim.seed.runner; `maximum_runners` defaults to 50, as GHEC documents for an enterprise's create.
     * @param {import('./seed.js').RunnerSeed} fields
     */
    runner: (fields) => runner({ maximum_runners: 50, ...fields }),
    image,
    imageVersion,
    selfHostedRunner,
    networkSettings,
    networkConfiguration,

    /**
     * An enterprise runner group: `visibility` 'all' (default) or 'selected' (GHEC), and the ids of the
     * enterprise's organizations it grants in `selected_organization_ids`.
     * @param {Partial<RunnerGroup> & { name: string }} fields
     */
    group({ selected_organization_ids, ...fields }) {
      if (typeof fields.name !== 'string' || fields.name === '') throw new TypeError('a group needs a name')
      checkName(enterprise, fields.name)
      const visibility = fields.visibility ?? 'all'
      if (visibility !== 'all' && visibility !== 'selected') {
        throw new TypeError(`an enterprise group's visibility is 'all' or 'selected', not '${visibility}'`)
      }
      if (selected_organization_ids !== undefined && visibility !== 'selected') {
        throw new TypeError("selected_organization_ids needs visibility 'selected'")
      }
      const ids = selected_organization_ids ?? []
      requireKnown(enterprise.organizations, ids, 'selected_organization_ids', 'organization')
      const group = newGroup(enterprise, { ...fields, visibility, selected_organization_ids: [...ids] })
      enterprise.groups.push(group)
      return group
    },

    /**
     * Another organization of the enterprise (GET /orgs/{org} answers it; groups can grant it).
     * @param {Partial<Organization> & { login: string }} fields
     * @returns {Organization}
     */
    organization({ login, ...fields }) {
      if (typeof login !== 'string' || login === '') throw new TypeError('an organization needs a login')
      if (findOrganization(enterprise.organizations, login)) throw new Error(`the login '${login}' is taken`)
      const id = fields.id ?? enterprise.nextOrganizationId++
      if (enterprise.organizations.some((org) => org.id === id)) throw new Error(`the id ${id} is taken`)
      const org = { id, login, description: null, created_at: '2021-06-01T12:00:00Z', ...fields }
      enterprise.organizations.push(org)
      return org
    }
  })
}

/** @typedef {ReturnType<typeof createEnterpriseSeeder>} EnterpriseSeeder */
/** @typedef {import('./seed.js').Seeder & { enterprise: EnterpriseSeeder }} Seeders */

/**
 * The organization's seeds (sim.seed.*) and the enterprise's (sim.seed.enterprise.*).
 * @param {RootState} root
 * @returns {Seeders}
 */
export function createSeeders(root) {
  return Object.assign(createSeeder(root), { enterprise: createEnterpriseSeeder(root.enterprise) })
}

/**
 * The enterprise's part of the demo, beside its two organizations: the group 'platform' (visibility
 * selected, granted to the simulator's organization), a self-hosted runner in it, the custom image
 * 'octo-golden' with five versions (1.1.0 pinned by a runner, 1.3.0 Failed), two hosted runners, the
 * network configuration 'octo-vnet' (no group uses it) and a spare network settings resource 'octo-spare'.
 * @param {EnterpriseSeeder} seed
 * @param {EnterpriseState} enterprise
 */
export function seedEnterpriseDemo(seed, enterprise) {
  const org = findOrganization(enterprise.organizations, enterprise.org)
  const platform = seed.group({
    name: 'platform',
    visibility: 'selected',
    selected_organization_ids: org ? [org.id] : []
  })
  seed.selfHostedRunner({ name: 'ent-agent-1', runner_group_id: platform.id })
  const golden = seedDemoImage(
    seed,
    { name: 'octo-golden', platform: 'linux-x64' },
    [
      ['1.0.0', 150, 'Ready'],
      ['1.1.0', 100, 'Ready'],
      ['1.2.0', 60, 'Ready'],
      ['1.3.0', 30, 'Failed'],
      ['2.0.0', 10, 'Ready']
    ],
    45
  )
  seed.runner({ name: 'ent-linux-4core', size: '4-core', runner_group_id: platform.id })
  seed.runner({
    name: 'ent-golden',
    image: { id: String(golden.id), source: 'custom', version: '1.1.0' },
    size: '8-core',
    runner_group_id: platform.id
  })
  seed.networkConfiguration({ name: 'octo-vnet' })
  seed.networkSettings({ name: 'octo-spare', region: 'westeurope' })
  return enterprise
}

// @ts-check
// The enterprise scope (GitHub Enterprise Cloud), checked against simulator/openapi-ghec.json: every
// hosted-runner and custom-image route of an organization has its twin under /enterprises/{enterprise}
// (the same bodies, the same answers), served by the same handlers on the enterprise's own state; the
// enterprise's runner groups (enterprise-groups.js); its network configurations (networks.js); and
// GET /orgs/{org}, which resolves organization logins to ids for those groups.
import { notFound } from './errors.js'
import { enterpriseGroupRoutes } from './enterprise-groups.js'
import { catalogueRoutes } from './catalogues.js'
import { answer } from './http.js'
import { imageRoutes } from './images.js'
import { networkRoutes } from './networks.js'
import { findOrganization, organizationFullJson } from './organizations.js'
import { lookupRoutes } from './repositories.js'
import { runnerRoutes } from './runners.js'

/** @typedef {import('./http.js').Route} Route */

const ORG_ACTIONS = '/orgs/{org}/actions/'
const ENTERPRISE_ACTIONS = '/enterprises/{enterprise}/actions/'

/**
 * The enterprise twins of organization routes: the same handler under the enterprise's path.
 * @param {Record<string, Route>} routes
 * @returns {Record<string, Route>}
 */
function twins(routes) {
  return Object.fromEntries(
    Object.entries(routes).map(([key, route]) => [key.replace(ORG_ACTIONS, ENTERPRISE_ACTIONS), route])
  )
}

const runnerTwins = twins(runnerRoutes)
const createRunner = `POST ${ENTERPRISE_ACTIONS}hosted-runners`
const orgCreateRunner = /** @type {Route} */ (runnerTwins[createRunner])
// GHEC description: an enterprise runner's `maximum_runners` defaults to 50 (the organization route
// documents no default; the simulator's organization runners get 10).
runnerTwins[createRunner] = {
  ...orgCreateRunner,
  handle: (context) => orgCreateRunner.handle({ ...context, body: { maximum_runners: 50, ...context.body } })
}

/** @type {Record<string, Route>} every operation of openapi-ghec.json */
export const enterpriseRoutes = {
  ...runnerTwins,
  ...twins(catalogueRoutes),
  ...twins(imageRoutes),
  ...enterpriseGroupRoutes,
  ...networkRoutes('/enterprises/{enterprise}'),
  [`GET ${ENTERPRISE_ACTIONS}runners`]: /** @type {Route} */ (
    lookupRoutes['GET /orgs/{org}/actions/runners']
  ),
  // Every organization the simulator knows answers: its own and the enterprise's (logins are
  // case-insensitive on GitHub); any other is 404, as GitHub answers for one the token cannot see.
  'GET /orgs/{org}': {
    resource: 'Organization',
    anyOrg: true,
    handle: ({ root, params, baseUrl }) => {
      const org = findOrganization(root.enterprise.organizations, params.org)
      if (!org) throw notFound()
      return answer(200, organizationFullJson(org, baseUrl))
    }
  }
}

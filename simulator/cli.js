#!/usr/bin/env node
// @ts-check
// node simulator/cli.js [--port N] [--org acme] [--enterprise octo-ent] [--seed demo]
// Starts the GitHub API simulator and runs until SIGINT or SIGTERM.
import { parseArgs } from 'node:util'
import { startSimulator } from './index.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    org: { type: 'string', default: 'acme' },
    enterprise: { type: 'string', default: 'octo-ent' },
    seed: { type: 'string' }
  }
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not '${values.port}'`)
  process.exit(2)
}
if (values.seed !== undefined && values.seed !== 'demo') {
  console.error(`--seed knows only 'demo', not '${values.seed}'`)
  process.exit(2)
}

const seed = values.seed === 'demo' ? 'demo' : undefined
const sim = await startSimulator({ port, org: values.org, enterprise: values.enterprise, seed })
const { enterprise } = sim.state
const organizations = enterprise.organizations.map((org) => `${org.login} (id ${org.id})`).join(', ')
const counts = (/** @type {import('./state.js').State} */ scope) =>
  `${scope.runners.length} hosted runners, ${scope.images.length} custom images, ` +
  `${scope.groups.length} runner groups, ${scope.selfHostedRunners.length} self-hosted runners, ` +
  `${scope.networkConfigurations.length} network configurations`
// One write: the first line alone is what scripts read for the URL.
console.log(
  [
    `simulator listening on ${sim.url}`,
    `organization ${sim.state.org}: ${counts(sim.state)}, ${sim.state.repositories.length} repositories`,
    `enterprise ${enterprise.slug}: ${counts(enterprise)}; organizations ${organizations}`
  ].join('\n')
)

const stop = async () => {
  await sim.close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)

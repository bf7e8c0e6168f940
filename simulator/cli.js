#!/usr/bin/env node
// @ts-check
// node simulator/cli.js [--port N] [--org acme] [--seed demo]
// Starts the GitHub API simulator and runs until SIGINT or SIGTERM.
import { parseArgs } from 'node:util'
import { startSimulator } from './index.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    org: { type: 'string', default: 'acme' },
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

const sim = await startSimulator({ port, org: values.org, seed: values.seed === 'demo' ? 'demo' : undefined })
console.log(`simulator listening on ${sim.url}`)

const stop = async () => {
  await sim.close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)

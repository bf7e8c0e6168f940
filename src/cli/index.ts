#!/usr/bin/env node
// `hosted-runners <operation> [--<input> <value>]…`: the action's operations from a terminal.
import { runCli } from './command.js'

const { argv, env, stdout, stderr } = process
void runCli({ argv: argv.slice(2), env, cwd: process.cwd(), stdout, stderr }).then(
  ({ status, cancelled }) => {
    process.exitCode = status
    // A cancelled run leaves requests in flight: it ends here, once its summary is printed.
    if (cancelled) process.exit()
  }
)

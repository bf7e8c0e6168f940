// Runs dist/index.js once as a runner runs a step: `node dist/index.js` on the project's Node 24, with
// exactly the environment given (INPUT_* variables and the step files). Shared by the demo and smoke scripts.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ACTION_NODE } from './action-node.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Outputs written as `name<<DELIMITER\nvalue\nDELIMITER\n` by @actions/core. */
export function parseOutputs(text) {
  const outputs = {}
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm)) outputs[match[1]] = match[3]
  return outputs
}

/** Resolves to the exit code, stdout and stderr together, and the outputs read from `env.GITHUB_OUTPUT`. */
export function runBundle(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(ACTION_NODE, [join(ROOT, 'dist/index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({ code, log, outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8')) })
    })
  })
}

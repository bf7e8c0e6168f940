// The Node that runs dist/index.js in this project's scripts and tests: the `node` devDependency
// (node_modules/node/bin/node), the same major version as action.yml's `runs.using: node24`. Not
// process.execPath, which is whatever Node started the script (the machine's own may be older).
// __tests__/support/step.ts resolves the same binary for the tests.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const ACTION_NODE_MAJOR = 24
const CANDIDATES = ['node_modules/node/bin/node', 'node_modules/.bin/node']

/** Resolves the binary and its version; throws with a clear message when missing or not Node 24. */
export function resolveActionNode() {
  const bin = CANDIDATES.map((path) => join(ROOT, path)).find((path) => existsSync(path))
  if (bin === undefined)
    throw new Error(
      `Node ${ACTION_NODE_MAJOR} not found: none of ${CANDIDATES.join(', ')} exists under ${ROOT}. ` +
        'It is the `node` devDependency: run npm ci.'
    )
  let version
  try {
    version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()
  } catch (error) {
    throw new Error(`${bin} --version failed: ${error.message}`, { cause: error })
  }
  if (!version.startsWith(`v${ACTION_NODE_MAJOR}.`))
    throw new Error(`${bin} is Node ${version}, not Node ${ACTION_NODE_MAJOR} as action.yml's runs.using`)
  return { bin, version, shown: relative(ROOT, bin) }
}

const resolved = resolveActionNode()
/** Absolute path of the Node 24 binary. */
export const ACTION_NODE = resolved.bin
/** Its `node --version`, e.g. 'v24.21.0'. */
export const ACTION_NODE_VERSION = resolved.version
/** The one line scripts and the test run print: which Node runs the action. */
export const ACTION_NODE_LINE = `dist/index.js runs on Node ${resolved.version} (${resolved.shown})`

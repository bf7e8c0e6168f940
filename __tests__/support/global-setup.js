// jest globalSetup: says once, at the top of the test output, which Node runs dist/index.js in the
// tests (runBundle in ./step.ts spawns the same binary). A plain ES module: jest loads it untransformed.
import { ACTION_NODE_LINE } from '../../scripts/action-node.mjs'

export default function globalSetup() {
  console.log(`\n${ACTION_NODE_LINE}`)
}

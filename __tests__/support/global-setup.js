// jest globalSetup: says once, at the top of the test output, which Node runs dist/index.js in the
// tests (runBundle in ./step.ts spawns the same binary), and gives the run its own temp dir: TMPDIR
// for the test workers (they inherit it) and so for every temp dir a test or an in-process step makes.
// global-teardown.js fails the run if anything is left in it. A plain ES module: jest loads it untransformed.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACTION_NODE_LINE } from '../../scripts/action-node.mjs'

export default function globalSetup() {
  console.log(`\n${ACTION_NODE_LINE}`)
  const dir = mkdtempSync(join(tmpdir(), 'hosted-runners-tests-'))
  process.env.HOSTED_RUNNERS_TEST_TMPDIR = dir
  process.env.TMPDIR = dir
}

// jest globalTeardown: the run's temp dir (global-setup.js) must be empty: every temp dir a test, a
// step (RUNNER_TEMP, result-file) or a script makes is removed by whoever made it. Fails the run otherwise,
// naming what was left; removes the dir either way.
import { readdirSync, rmSync } from 'node:fs'

export default function globalTeardown() {
  const dir = process.env.HOSTED_RUNNERS_TEST_TMPDIR
  if (!dir) return
  const left = readdirSync(dir)
  rmSync(dir, { recursive: true, force: true })
  if (left.length > 0)
    throw new Error(`The tests left ${left.length} file(s) in the temp dir: ${left.slice(0, 20).join(', ')}`)
}

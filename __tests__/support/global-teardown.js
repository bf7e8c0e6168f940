// jest globalTeardown: the run's temp dir (global-setup.js) must be empty: every temp dir a test, a
// step (RUNNER_TEMP, result-file) or a script makes is removed by whoever made it. Fails the run otherwise,
// naming what was left; removes the dir either way.
import { readdirSync, rmSync } from 'node:fs'

/** Tools' own caches, which they keep in the temp dir across runs by design: Node's compile cache, tsx's. */
const TOOL_CACHES = [/^node-compile-cache$/, /^tsx-\d+$/]

export default function globalTeardown() {
  const dir = process.env.HOSTED_RUNNERS_TEST_TMPDIR
  if (!dir) return
  const left = readdirSync(dir).filter((name) => !TOOL_CACHES.some((cache) => cache.test(name)))
  rmSync(dir, { recursive: true, force: true })
  if (left.length > 0)
    throw new Error(`The tests left ${left.length} file(s) in the temp dir: ${left.slice(0, 20).join(', ')}`)
}

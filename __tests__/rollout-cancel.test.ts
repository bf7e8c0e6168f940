// A cancel mid-rollout, through dist/index.js: the step is signalled while it reads the canary (which
// the simulator keeps Provisioning), and its outputs and summary say which runner is on which image.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { useSimulator } from './support/simulator.js'
import { fleetFile, fleetOn, runnerRequests } from './support/rollout-fleet.js'
import { useWorkspace } from './support/workspace.js'
import { ACTION_NODE, parseOutputFile, ROOT, stepEnv } from './support/step.js'

const sim = useSimulator({ readyAfterPolls: 1000 })
const ws = useWorkspace()

test('a cancel while the canary is read reports the canary on the new image and the others on their own', async () => {
  fleetOn(sim(), 3)
  ws().writeFleet(fleetFile(3, '2.0.0', 'rollout:\n  canary: 1\n  batch: 2\n'))
  const dir = mkdtempSync(join(tmpdir(), 'rollout-cancel-'))
  const files = { dir, output: join(dir, 'output'), summary: join(dir, 'summary') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  try {
    const env = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: ws().dir,
      ...stepEnv({ operation: 'apply', 'poll-interval': '1s' }, sim().url, files)
    }
    const child = spawn(ACTION_NODE, [join(ROOT, 'dist/index.js')], { env, stdio: 'ignore' })
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    // Signalled once the canary has been read (it stays Provisioning): no time is waited on purpose.
    const seen = () => runnerRequests(sim()).includes('GET r1')
    for (let i = 0; i < 400 && !seen(); i++) await new Promise((resolve) => setTimeout(resolve, 25))
    child.kill('SIGTERM')
    expect(await closed).not.toBe(0)
    expect(runnerRequests(sim()).filter((r) => r.startsWith('PATCH'))).toEqual(['PATCH r1'])
    const summary = readFileSync(files.summary, 'utf8')
    const outputs = parseOutputFile(readFileSync(files.output, 'utf8'))
    expect(summary).toMatch(/\*\*Cancelled:\*\*/)
    expect(summary).toMatch(/\| canary \| r1 \| [^|]+ \| golden \(\d+\) 2\.0\.0 \| waiting \|/)
    expect(summary).toMatch(/\| batch 1 \| r2 \| [^|]+ \| golden \(\d+\) 1\.0\.0 \| not sent \|/)
    expect(summary).toMatch(/\| batch 1 \| r3 \| [^|]+ \| golden \(\d+\) 1\.0\.0 \| not sent \|/)
    const plan = JSON.parse(outputs.plan as string) as Array<{ name: string; status: string }>
    expect(plan.map((c) => [c.name, c.status])).toEqual([
      ['r1', 'done'],
      ['r2', 'not-done'],
      ['r3', 'not-done']
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

// The action runs on Node 24 everywhere: action.yml declares `runs.using: node24`, and the tests that run
// dist/index.js (runBundle) spawn the project's Node 24, the `node` devDependency, not jest's own Node.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { ACTION_NODE, ACTION_NODE_VERSION, ROOT } from './support/step.js'

describe('the Node that runs the action', () => {
  it('is Node 24, the binary runBundle spawns', () => {
    const version = execFileSync(ACTION_NODE, ['-p', 'process.version'], { encoding: 'utf8' }).trim()
    expect(version).toMatch(/^v24\./)
    expect(version).toBe(ACTION_NODE_VERSION)
  })

  it("is the `node` devDependency's version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    const pinned: string = pkg.devDependencies.node
    if (/^\d+\.\d+\.\d+$/.test(pinned)) expect(ACTION_NODE_VERSION).toBe(`v${pinned}`)
    else expect(pinned).toMatch(/^\D*24(\.|$)/)
  })

  it("matches action.yml's runs.using: node24", () => {
    const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } }
    expect(action.runs.using).toBe('node24')
  })
})

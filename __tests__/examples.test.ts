// The example workflows under examples/ cannot drift from the contract: every step that uses the action
// names a known operation and only inputs that action.yml declares, and gives the token from a secret.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { OPERATION_NAMES } from '../src/operations/index.js'
import { ROOT } from './support/step.js'

const USES = 'OWNER/hosted-runners-action@v1'

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on?: unknown
  jobs?: Record<string, { steps?: Step[] }>
}

const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }
const INPUTS = Object.keys(action.inputs)
const dir = join(ROOT, 'examples')
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.yml'))
  .sort()

/** Every step of the workflow that uses this action, named `<job>[<index>]`. */
function actionSteps(workflow: Workflow): [string, Step][] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, { steps = [] }]) =>
    steps.flatMap((step, index): [string, Step][] => (step.uses === USES ? [[`${job}[${index}]`, step]] : []))
  )
}

describe('examples/', () => {
  it('holds the three example workflows', () => {
    expect(files).toEqual(
      expect.arrayContaining(['cleanup-image-versions.yml', 'release-runner.yml', 'repo-access-sync.yml'])
    )
  })

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const workflow = load(text) as Workflow
    const steps = actionSteps(workflow)

    it('begins with a comment saying what it does', () => {
      expect(text).toMatch(/^# \S/)
    })

    it('is a workflow with at least one step that uses the action', () => {
      expect(workflow.on).toBeDefined()
      expect(steps.length).toBeGreaterThan(0)
      // Any other reference to the action (a typo in the owner or version) would escape these checks.
      const uses = Object.values(workflow.jobs ?? {}).flatMap(({ steps = [] }) => steps.map((s) => s.uses))
      for (const ref of uses) if (ref?.includes('hosted-runners-action')) expect(ref).toBe(USES)
    })

    it('names a known operation and only declared inputs in every step that uses the action', () => {
      const problems = steps.flatMap(([where, step]) => {
        const given = step.with ?? {}
        const unknown = Object.keys(given).filter((name) => !INPUTS.includes(name))
        return [
          ...(OPERATION_NAMES.includes(String(given.operation))
            ? []
            : [`${where}: unknown operation '${String(given.operation)}'`]),
          ...unknown.map((name) => `${where}: input '${name}' is not declared in action.yml`)
        ]
      })
      expect(problems).toEqual([])
    })

    it('reads the token from the RUNNERS_ADMIN_TOKEN secret', () => {
      for (const [where, step] of steps) {
        expect([where, step.with?.token]).toEqual([where, '${{ secrets.RUNNERS_ADMIN_TOKEN }}'])
      }
    })
  })
})

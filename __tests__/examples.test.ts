// The workflows a user copies cannot drift from the contract: every example under examples/ and every
// YAML block of the README parses (js-yaml), and every step that uses the action names a known
// operation, only inputs action.yml declares, a token from a secret or an App token, and only outputs
// action.yml declares. Examples that run on pull requests are safe by default.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { OPERATION_NAMES } from '../src/operations/index.js'
import { ROOT } from './support/step.js'

const ACTION = 'OWNER/hosted-runners-action'
/** `@v1`, or a full commit SHA with the version in a comment after it. */
const PINNED = new RegExp(`^\\s*(?:- )?uses: ${ACTION}@(?:v1|[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+)$`)
const TOKENS =
  /^\$\{\{ (secrets\.(ENTERPRISE_)?RUNNERS_(ADMIN|READ)_TOKEN|steps\.[\w-]+\.outputs\.token) \}\}$/

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  if?: string
  environment?: unknown
  steps?: Step[]
}
interface Workflow {
  on?: unknown
  jobs?: Record<string, Job>
}

const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const INPUTS = Object.keys(action.inputs)
const OUTPUTS = Object.keys(action.outputs)

const exampleDir = join(ROOT, 'examples')
const all = readdirSync(exampleDir)
  .filter((file) => file.endsWith('.yml'))
  .sort()
  .map((file) => ({ name: `examples/${file}`, text: readFileSync(join(exampleDir, file), 'utf8') }))
/** Fleet files of `apply` (they name the JSON Schema) are not workflows: they are checked as fleet files. */
const SCHEMA_COMMENT = /^# yaml-language-server: \$schema=\S*hosted-runners\.schema\.json\n/
const fleets = all.filter((e) => SCHEMA_COMMENT.test(e.text))
const examples = all.filter((e) => !SCHEMA_COMMENT.test(e.text))

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const readmeBlocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => ({
  name: `README.md line ${readme.slice(0, match.index).split('\n').length}`,
  text: match[1] as string
}))

/** The steps of a workflow, of a list of steps, or the one step a block shows. */
function stepsOf(doc: unknown): [string, Step, Job | undefined][] {
  const workflow = doc as Workflow
  if (workflow?.jobs)
    return Object.entries(workflow.jobs).flatMap(([job, body]) =>
      (body.steps ?? []).map((step, i): [string, Step, Job] => [`${job}[${i}]`, step, body])
    )
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && 'uses' in doc ? [doc] : []
  return (list as Step[]).map((step, i): [string, Step, undefined] => [`step[${i}]`, step, undefined])
}

const usesAction = (step: Step) => String(step.uses ?? '').startsWith(`${ACTION}@`)

function problems(text: string): string[] {
  const doc = load(text)
  const steps = stepsOf(doc)
  const ours = steps.filter(([, step]) => usesAction(step))
  const ids = new Set(ours.map(([, step]) => step.id).filter(Boolean))
  const found = ours.flatMap(([where, step]) => {
    const given = step.with ?? {}
    return [
      ...(OPERATION_NAMES.includes(String(given.operation))
        ? []
        : [`${where}: unknown operation '${String(given.operation)}'`]),
      ...Object.keys(given)
        .filter((name) => !INPUTS.includes(name))
        .map((name) => `${where}: input '${name}' is not declared in action.yml`),
      ...(TOKENS.test(String(given.token)) ? [] : [`${where}: token ${String(given.token)}`])
    ]
  })
  for (const line of text.split('\n'))
    if (line.includes(`uses: ${ACTION}`) && !PINNED.test(line)) found.push(`not @v1 or a pinned SHA: ${line}`)
  for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g))
    if (ids.has(id) && !OUTPUTS.includes(output as string))
      found.push(`steps.${id}.outputs.${output}: not an output in action.yml`)
  return found
}

describe.each([...examples, ...readmeBlocks])('$name', ({ text }) => {
  it('parses, and every step that uses the action fits action.yml', () => {
    expect(() => load(text)).not.toThrow()
    expect(problems(text)).toEqual([])
  })
})

describe('README.md', () => {
  it('has YAML blocks, most of them using the action', () => {
    const using = readmeBlocks.filter(({ text }) => text.includes(`uses: ${ACTION}@`))
    expect(using.length).toBeGreaterThanOrEqual(6)
  })

  it('shows a step pinned to a full commit SHA with its version in a comment', () => {
    expect(readme).toMatch(new RegExp(`uses: ${ACTION}@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+`))
  })
})

describe.each(fleets)('$name', ({ name, text }) => {
  it('is a fleet file that apply reads without a problem', () => {
    expect(() => parseFleet(text, name, 'org')).not.toThrow()
    expect(parseFleet(text, name, 'org').runners.length).toBeGreaterThan(0)
  })
})

describe('examples/', () => {
  it('holds the sample fleet file', () => {
    expect(fleets.map((e) => e.name)).toEqual(['examples/fleet.yml'])
  })

  it('holds the three example workflows', () => {
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'examples/cleanup-image-versions.yml',
        'examples/release-runner.yml',
        'examples/repo-access-sync.yml',
        'examples/fleet-plan.yml',
        'examples/fleet-apply.yml'
      ])
    )
  })

  describe.each(examples)('$name', ({ text }) => {
    const workflow = parsed(text) ?? {}
    it('begins with a comment saying what it does, and uses the action', () => {
      expect(text).toMatch(/^# \S/)
      expect(workflow.on).toBeDefined()
      expect(stepsOf(workflow).some(([, step]) => usesAction(step))).toBe(true)
    })
  })
})

/** Whether a job can run for a pull request, judged from the workflow's triggers and the job's `if`. */
function runsOnPullRequests(workflow: Workflow, job: Job): boolean {
  const triggers = typeof workflow.on === 'string' ? [workflow.on] : Object.keys(workflow.on ?? {})
  if (!triggers.some((t) => t.startsWith('pull_request'))) return false
  const condition = job.if ?? ''
  return !/event_name != 'pull_request'|event_name == '(schedule|workflow_dispatch|push)'/.test(condition)
}

/** The parsed document; a block that does not parse fails its own test above, not this suite. */
function parsed(text: string): Workflow | undefined {
  try {
    return load(text) as Workflow
  } catch {
    return undefined
  }
}

describe.each([...examples, ...readmeBlocks])('$name is safe by default', ({ text }) => {
  const workflow = parsed(text) ?? {}
  const jobs = Object.values(workflow?.jobs ?? {})

  it('on pull requests: dry-run hard-coded, a read-only token, no forks', () => {
    for (const job of jobs.filter((j) => runsOnPullRequests(workflow, j))) {
      expect(job.if ?? '').toContain('github.event.pull_request.head.repo.full_name == github.repository')
      for (const step of (job.steps ?? []).filter(usesAction)) {
        expect(step.with?.['dry-run']).toBe(true)
        expect(step.with?.token).not.toContain('ADMIN')
      }
    }
  })

  it('deletes image versions and applies fleets only behind an environment, on the default branch', () => {
    for (const job of jobs) {
      const cleanup = (job.steps ?? []).filter(
        (step) =>
          usesAction(step) &&
          ['cleanup-image-versions', 'apply'].includes(String(step.with?.operation)) &&
          step.with?.['dry-run'] !== true
      )
      if (cleanup.length === 0) continue
      expect(job.environment).toBeTruthy()
      expect(job.if ?? '').toMatch(/schedule|default_branch/)
    }
  })
})

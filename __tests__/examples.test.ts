// The workflows a user copies cannot drift from the contract: every example under examples/ and every
// YAML block of the README and of docs/ parses (js-yaml), and every step that uses the action names a
// known operation, only inputs action.yml declares, a token from a secret or an App token, and only
// outputs action.yml declares. Examples that run on pull requests are safe by default, an admin
// credential lives only in a job behind an environment limited to the default branch, other actions are
// on the majors that run on Node 24, and a reviewed apply applies the digest its plan job printed.
// (__tests__/workflow-lint.test.ts lints the same workflows with actionlint.)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
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
  outputs?: Record<string, string>
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
const yamlBlocks = (file: string) => {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => ({
    name: `${file} line ${text.slice(0, match.index).split('\n').length}`,
    text: match[1] as string
  }))
}
const docs = existsSync(join(ROOT, 'docs'))
  ? readdirSync(join(ROOT, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => `docs/${file}`)
  : []
const readmeBlocks = yamlBlocks('README.md')
const docBlocks = docs.flatMap(yamlBlocks)

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

describe.each([...examples, ...readmeBlocks, ...docBlocks])('$name', ({ text }) => {
  it('parses, and every step that uses the action fits action.yml', () => {
    expect(() => load(text)).not.toThrow()
    expect(problems(text)).toEqual([])
  })
})

describe('README.md', () => {
  it('has YAML blocks using the action, and docs/ more of them', () => {
    const using = (blocks: Array<{ text: string }>) =>
      blocks.filter(({ text }) => text.includes(`uses: ${ACTION}@`)).length
    expect(using(readmeBlocks)).toBeGreaterThanOrEqual(3)
    expect(using([...readmeBlocks, ...docBlocks])).toBeGreaterThanOrEqual(6)
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

describe.each([...examples, ...readmeBlocks, ...docBlocks])('$name is safe by default', ({ text }) => {
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

/** A secret that can change the fleet: an admin token, or a GitHub App's private key (it makes one). */
const ADMIN_SECRET = /\bsecrets\.\w*(ADMIN|PRIVATE_KEY)\w*/

/** The jobs of a block: a workflow's, or the one job a block of `steps:` shows. */
function jobsOf(doc: unknown): Array<[string, Job]> {
  const workflow = doc as Workflow & Job
  if (workflow?.jobs) return Object.entries(workflow.jobs)
  return workflow && typeof workflow === 'object' && Array.isArray(workflow.steps)
    ? [['block', workflow]]
    : []
}

describe.each([...examples, ...readmeBlocks, ...docBlocks])(
  '$name keeps admin credentials safe',
  ({ text }) => {
    const doc = parsed(text)

    it('holds an admin credential only in a job behind an environment', () => {
      const jobs = jobsOf(doc)
      for (const [name, job] of jobs)
        if (ADMIN_SECRET.test(JSON.stringify(job)))
          expect({ job: name, environment: job.environment ?? null }).toEqual({
            job: name,
            environment: expect.any(String)
          })
      // Steps alone have no job to put behind an environment: they hold no admin credential.
      if (jobs.length === 0) expect(text).not.toMatch(ADMIN_SECRET)
    })

    it('says on each environment line that it deploys from the default branch only', () => {
      for (const line of text.split('\n').filter((l) => /^\s*environment:/.test(l)))
        expect(line).toMatch(/ # .*\bdefault branch\b/)
    })

    it('applies (not a dry run) only the digest of a plan made before it', () => {
      const jobs = Object.fromEntries(jobsOf(doc))
      const isPlan = (step: Step | undefined) =>
        step?.with?.operation === 'apply' && step.with['dry-run'] === true && usesAction(step)
      const stepIn = (job: Job | undefined, id: string) => job?.steps?.find((step) => step.id === id)
      for (const job of Object.values(jobs))
        for (const step of (job.steps ?? []).filter(usesAction)) {
          if (step.with?.operation !== 'apply' || step.with['dry-run'] === true) continue
          const digest = String(step.with['expected-plan-digest'] ?? '')
          const fromStep = /^\$\{\{ steps\.([\w-]+)\.outputs\.plan-digest \}\}$/.exec(digest)
          const fromJob = /^\$\{\{ needs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(digest)
          if (fromStep) {
            expect(isPlan(stepIn(job, fromStep[1] as string))).toBe(true)
          } else {
            expect({ digest, from: fromJob ? 'a plan job' : 'nowhere' }).toEqual({
              digest,
              from: 'a plan job'
            })
            const planJob = jobs[fromJob?.[1] as string]
            const output = /^\$\{\{ steps\.([\w-]+)\.outputs\.plan-digest \}\}$/.exec(
              planJob?.outputs?.[fromJob?.[2] as string] ?? ''
            )
            expect(isPlan(stepIn(planJob, output?.[1] ?? ''))).toBe(true)
          }
        }
    })

    it('on a schedule, plans (a drift check) with fail-on-changes', () => {
      const workflow = doc as Workflow | undefined
      const triggers = typeof workflow?.on === 'string' ? [workflow.on] : Object.keys(workflow?.on ?? {})
      if (!triggers.includes('schedule')) return
      for (const [, job] of jobsOf(doc))
        for (const step of (job.steps ?? []).filter(usesAction))
          if (step.with?.operation === 'apply' && step.with['dry-run'] === true)
            expect(step.with['fail-on-changes']).toBe(true)
    })
  }
)

/** The first major of each action that runs on Node 24 (GitHub removed Node 20 from its runners). */
const NODE24_MAJORS: Record<string, number> = {
  'actions/checkout': 5,
  'actions/github-script': 8,
  'actions/create-github-app-token': 3,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6
}
const projectWorkflows = readdirSync(join(ROOT, '.github/workflows'))
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => ({
    name: `.github/workflows/${file}`,
    text: readFileSync(join(ROOT, '.github/workflows', file), 'utf8')
  }))

describe.each([...examples, ...readmeBlocks, ...docBlocks, ...projectWorkflows])('$name', ({ text }) => {
  it('uses other actions on the majors that run on Node 24', () => {
    const found = [...text.matchAll(/uses:\s*['"]?([\w.-]+\/[\w.-]+)@([^\s'"#]+)/g)]
      .filter(([, name]) => name !== ACTION)
      .map(([, name, ref]) => ({ name, ref, major: /^v(\d+)/.exec(ref as string)?.[1] }))
    for (const { name, ref, major } of found) {
      const first = NODE24_MAJORS[name as string]
      expect({ name, ref, known: first !== undefined }).toEqual({ name, ref, known: true })
      expect({ name, ref, node24: Number(major) >= (first ?? Infinity) }).toEqual({ name, ref, node24: true })
    }
  })
})

// `npm run demo` works for a newcomer: scripts/demo.mjs runs the committed bundle through its tour against
// the simulator, every step passes, and the output shows what the README promises.
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { ROOT } from './support/step.js'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function runDemo(): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Not a TTY (pipes): the output carries no color codes.
    const child = spawn(process.execPath, ['scripts/demo.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, TMPDIR: tmpdir() },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 55_000
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('npm run demo', () => {
  let demo: Run
  beforeAll(async () => {
    demo = await runDemo()
  }, 60_000)

  it('exits 0 with no error and no color codes', () => {
    expect(demo.stderr).toBe('')
    expect(demo.code).toBe(0)
    expect(demo.stdout).not.toContain('::error::')
    expect(demo.stdout).not.toContain('\x1b[')
    expect(demo.stdout).toContain('All 11 steps passed.')
  })

  it('shows a header for every step of the tour, in order', () => {
    const headers = [
      '▶ list-machine-sizes',
      '▶ create-runner  runner-name=release-runner image-id=Ubuntu Latest (24.04) size=4-core wait-for=ready',
      '▶ list-runners',
      '▶ set-group-repos  runner-group=build',
      '▶ list-image-versions  custom-image=acme-base',
      '▶ cleanup-image-versions  dry-run=true keep=2',
      '▶ apply  config=.github/hosted-runners.yml',
      '▶ apply  config=.github/hosted-runners.yml dry-run=true'
    ]
    for (const header of headers) expect(demo.stdout).toContain(header)
    const at = headers.map((header) => demo.stdout.indexOf(header))
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('shows the outputs, truncating long results', () => {
    expect(demo.stdout).toMatch(/^ {4}count = 7$/m) // machine sizes, 96-core included
    expect(demo.stdout).toMatch(/^ {4}runner-id = \d+$/m)
    expect(demo.stdout).toMatch(/^ {4}runner-name = release-runner$/m)
    expect(demo.stdout).toMatch(/^ {4}status = Ready$/m)
    expect(demo.stdout).toMatch(/^ {4}runner-group-id = \d+$/m)
    expect(demo.stdout).toMatch(/^ {4}result = \[$/m)
    expect(demo.stdout).toMatch(/… \d+ more lines/)
  })

  it("prints each step's summary after its outputs", () => {
    const sections = demo.stdout.split(/^▶ /m).slice(1)
    expect(sections).toHaveLength(11)
    for (const section of sections) {
      const operation = section.split(/\s/)[0]
      const where = section.split('\n')[0]?.includes('enterprise=octo-ent') ? 'enterprise octo-ent' : 'acme'
      expect(section.indexOf('\n  summary\n')).toBeGreaterThan(section.indexOf('\n  outputs\n'))
      expect(section).toContain(`    ### \`${operation}\` on \`${where}\``)
    }
    const create = sections[1] as string
    const summary = create.slice(create.indexOf('\n  summary\n'), create.indexOf('\n  requests\n'))
    expect(summary).toContain('| status | Ready |')
    expect(summary).not.toContain('Provisioning')
  })

  it('shows the requests the simulator received, the wait included', () => {
    const create = demo.stdout.slice(
      demo.stdout.indexOf('▶ create-runner'),
      demo.stdout.indexOf('▶ list-runners')
    )
    expect(create).toMatch(/POST \/orgs\/acme\/actions\/hosted-runners → 201/)
    expect(
      create.match(/GET \/orgs\/acme\/actions\/hosted-runners\/\d+ → 200/g)?.length
    ).toBeGreaterThanOrEqual(2)
    expect(demo.stdout).toMatch(/PUT \/orgs\/acme\/actions\/runner-groups\/\d+\/repositories → 204/)
  })

  it('applies a fleet file, then shows the plan of its edit: exactly the edits, sent nowhere', () => {
    const [apply, replan] = demo.stdout.split('▶ apply').slice(1) as [string, string]
    expect(apply).toMatch(/POST \/orgs\/acme\/actions\/runner-groups → 201/)
    expect(apply).toContain('| create | hosted-runner | release-linux |')
    expect(replan).toContain(
      '| update | runner-group | release | repositories: acme/api, acme/web → acme/api, acme/web, acme/docs | planned |'
    )
    expect(replan).toContain(
      '| update | hosted-runner | release-linux | maximum-runners: 10 → 20 | planned |'
    )
    expect(replan).not.toMatch(/^ {4}(POST|PATCH|PUT|DELETE) /m)
  })

  it('plans deletions in the dry-run cleanup and sends none', () => {
    const cleanup = demo.stdout.slice(demo.stdout.indexOf('▶ cleanup-image-versions'))
    expect(cleanup).toMatch(
      /\[dry-run\] DELETE \/orgs\/acme\/actions\/hosted-runners\/images\/custom\/\d+\/versions\/1\.0\.0/
    )
    expect(cleanup).toMatch(/^ {4}count = 2$/m)
    expect(cleanup).toContain('"image_name": "acme-base"')
    expect(cleanup).not.toMatch(/^ {4}DELETE /m)
  })
})

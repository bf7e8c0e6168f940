// The one executor (src/engine/execute.ts) and the one gate (src/engine/gate.ts), in process against
// the simulator: the order of its hooks (what a rollout builds on), a change skipped with everything
// that depends on it, the record of each change, and the gate's rules as one list.
import { executePlan, type ExecutionHooks } from '../src/engine/execute.js'
import { GATE_RULES, passGate, type GateFacts } from '../src/engine/gate.js'
import { changeKey, type PlanEntry } from '../src/core/change.js'
import { plannedWrite } from '../src/core/planned-write.js'
import { createClient, PRODUCTION_TIMING, type Timing } from '../src/github/client.js'
import { RequestGateway } from '../src/github/request-gateway.js'
import { PartialFailure } from '../src/common/errors.js'
import { useSimulator, writesSent } from './support/simulator.js'
import { expect, test } from '@jest/globals'

const sim = useSimulator()
const RETRIES = { count: 0, backoffUnitMs: 1, sleep: async () => {} }

function gateway(dryRun = false, timing: Partial<Timing> = { writeSpacingMs: 0 }): RequestGateway {
  const settings = { token: 't', apiUrl: sim().url, apiVersion: '2026-03-10', retries: 0 }
  const quiet = { debug: () => {}, warning: () => {} }
  const client = createClient(settings, quiet, { ...PRODUCTION_TIMING, backoffUnitMs: 1, ...timing })
  return new RequestGateway(client, { kind: 'org', org: 'acme' }, dryRun, {
    info: () => {},
    warning: () => {}
  })
}

/** A runner's maximum set to `max`: a change of one write, in the wave `wave`. */
function setMaximum(id: number, name: string, max: number, dependsOn: string[] = []): PlanEntry {
  return {
    change: {
      kind: 'update',
      object: 'hosted-runner',
      id,
      name,
      seen: { name },
      fields: { 'maximum-runners': { from: null, to: max } },
      ...(dependsOn.length > 0 ? { depends_on: dependsOn } : {})
    },
    writes: [
      plannedWrite(
        'PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}',
        { hosted_runner_id: id, maximum_runners: max },
        `maximum_runners → ${max}`
      )
    ]
  }
}

test('hooks run in order around each change, with a boundary between waves', async () => {
  const [a, b, c] = ['canary', 'one', 'two'].map((name) => sim().seed.runner({ name }) as { id: number }) as [
    { id: number },
    { id: number },
    { id: number }
  ]
  const entries = [setMaximum(a.id, 'canary', 2), setMaximum(b.id, 'one', 2), setMaximum(c.id, 'two', 2)]
  const wave = new Map(entries.map((e, i) => [e.writes[0], i === 0 ? 0 : 1]))
  const seen: string[] = []
  const hooks: ExecutionHooks = {
    waveOf: (write) => wave.get(write) as number,
    boundary: (next, record) => {
      seen.push(`boundary ${next}: ${entries.filter((e) => record.statusOf(e) === 'done').length} done`)
    },
    beforeChange: (e) => void seen.push(`before ${e.change.name}`),
    afterWrite: (_w, _body, e, answer) => void seen.push(`wrote ${e.change.name} ${answer.status}`),
    afterChange: (e, record) => void seen.push(`after ${e.change.name} ${record.statusOf(e)}`)
  }
  const record = await executePlan({ gateway: gateway(), retries: RETRIES }, entries, undefined, hooks)
  expect(seen).toEqual([
    'before canary',
    'wrote canary 200',
    'after canary done',
    'boundary 1: 1 done',
    'before one',
    'wrote one 200',
    'after one done',
    'before two',
    'wrote two 200',
    'after two done'
  ])
  expect(entries.map((e) => record.statusOf(e))).toEqual(['done', 'done', 'done'])
})

test('a change whose check fails is skipped with all that depends on it; the rest is sent; the step fails naming them', async () => {
  const [a, b, c] = ['a', 'b', 'c'].map((name) => sim().seed.runner({ name }) as { id: number }) as [
    { id: number },
    { id: number },
    { id: number }
  ]
  const first = setMaximum(a.id, 'a', 3)
  const dependent = setMaximum(b.id, 'b', 3, [changeKey(first.change)])
  const free = setMaximum(c.id, 'c', 3)
  const hooks: ExecutionHooks = {
    check: async (e) => (e === first ? 'it changed since the plan' : undefined),
    report: (note, record) => ({
      outputs: { result: [first, dependent, free].map((e) => record.statusOf(e)), changed: true },
      summary: note
    })
  }
  const run = executePlan(
    { gateway: gateway(), retries: RETRIES },
    [first, dependent, free],
    undefined,
    hooks
  )
  const failure = (await run.catch((error: unknown) => error)) as PartialFailure
  expect(failure).toBeInstanceOf(PartialFailure)
  expect(failure.message).toContain(`update hosted-runner 'a' (id ${a.id}): it changed since the plan`)
  expect(failure.message).toContain(
    `update hosted-runner 'b' (id ${b.id}): it depends on update hosted-runner 'a' (id ${a.id}), which was not done`
  )
  expect(failure.outputs.result).toEqual(['not-done', 'not-done', 'done'])
  expect(writesSent(sim()).map((w) => w.path)).toEqual([`/orgs/acme/actions/hosted-runners/${c.id}`])
})

test("a change's check reads after the wait for its write's slot, so that the write follows it at once", async () => {
  const [a, b] = ['one', 'two'].map((name) => sim().seed.runner({ name }) as { id: number }) as [
    { id: number },
    { id: number }
  ]
  // GitHub's spacing of a second between writes, on a clock that moves only when the client sleeps.
  let now = 0
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) }
  const seen: string[] = []
  await executePlan(
    { gateway: gateway(false, { writeSpacingMs: 1000, ...clock }), retries: RETRIES },
    [setMaximum(a.id, 'one', 2), setMaximum(b.id, 'two', 2)],
    undefined,
    {
      check: async (e) => void seen.push(`check ${e.change.name} at ${now}`),
      afterWrite: (_w, _body, e) => void seen.push(`wrote ${e.change.name} at ${now}`)
    }
  )
  // Before, the second check read at 0 and its write waited a second after it.
  expect(seen).toEqual(['check one at 0', 'wrote one at 0', 'check two at 1000', 'wrote two at 1000'])
})

test('in dry-run nothing is sent, nothing is checked, and every change is planned', async () => {
  const runner = sim().seed.runner({ name: 'a' })
  const entry = setMaximum(runner.id, 'a', 4)
  let asked = 0
  const check = async () => {
    asked++
    return 'never asked'
  }
  const record = await executePlan({ gateway: gateway(true), retries: RETRIES }, [entry], undefined, {
    check
  })
  expect(record.statusOf(entry)).toBe('planned')
  expect(asked).toBe(0)
  expect(writesSent(sim())).toEqual([])
})

test('the gate is one list of rules: the first refusal stops the plan and names its changes with their ids', () => {
  const change = setMaximum(7, 'tmp', 1).change
  const facts: GateFacts = {
    changes: [{ ...change, kind: 'delete' }],
    digest: 'a'.repeat(64),
    dryRun: false,
    requireReviewedPlan: false,
    maxDeletions: 0,
    deletes: 'objects',
    capAdvice: 'or declare what should stay'
  }
  expect(GATE_RULES).toHaveLength(4)
  const refused = (f: GateFacts) => {
    try {
      passGate(f, (note) => ({ outputs: { result: null }, summary: note }))
      return undefined
    } catch (error) {
      return (error as PartialFailure).message
    }
  }
  expect(refused(facts)).toContain('would delete 1 objects, more than max-deletions (0)')
  expect(refused({ ...facts, expectedDigest: '' })).toContain("'expected-plan-digest' is blank")
  expect(refused({ ...facts, requireReviewedPlan: true })).toContain(
    "require-reviewed-plan: true, and 'expected-plan-digest' is not given: nothing was sent. Run the plan (dry-run) job"
  )
  expect(refused({ ...facts, requireReviewedPlan: true })).toContain("delete hosted-runner 'tmp' (id 7)")
  expect(refused({ ...facts, maxDeletions: 1, failOnChanges: true })).toContain(
    "The plan holds 1 change and input 'fail-on-changes' is true: nothing was sent."
  )
  expect(refused({ ...facts, maxDeletions: 1, expectedDigest: 'A'.repeat(64) })).toBeUndefined()
})

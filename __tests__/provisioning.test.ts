// Provisioning pipelines re-run the same workflow: waiting, names, idempotent ensure, and creates
// whose answer is lost — on the loopback simulator, whose state proves the effect.
import { runStep } from './support/step.js'
import { requestLines, useSimulator, writesSent } from './support/simulator.js'

const sim = useSimulator({ readyAfterPolls: 2, goneAfterPolls: 1 })
const RUNNERS = '/orgs/acme/actions/hosted-runners'
const CREATE = { 'runner-name': 'release', 'image-id': '2306', size: '4-core' }
const named = (name: string) => sim().state.runners.filter((r: { name: string }) => r.name === name)

describe('waiting', () => {
  test('create-runner with wait-for: ready polls Provisioning → Ready; status is the state after the wait', async () => {
    const step = await runStep(
      { operation: 'create-runner', ...CREATE, 'wait-for': 'Ready', 'poll-interval': '1s' },
      sim().url
    )
    expect(step.errors).toEqual([])
    const id = named('release')[0]?.id
    expect(requestLines(sim())).toEqual([
      `GET ${RUNNERS}/images/github-owned`,
      'GET /orgs/acme/actions/runner-groups',
      `GET ${RUNNERS}/machine-sizes`,
      `POST ${RUNNERS}`,
      `GET ${RUNNERS}/${id}`,
      `GET ${RUNNERS}/${id}`,
      `GET ${RUNNERS}/${id}`
    ])
    expect(step.outputs).toMatchObject({ 'runner-id': String(id), status: 'Ready', changed: 'true' })
    expect(step.result).toMatchObject({ id, status: 'Ready' })
  })

  test('a wait that fails after the create still reports the create: changed, the runner, the POST', async () => {
    const step = await runStep(
      {
        operation: 'create-runner',
        ...CREATE,
        'wait-for': 'ready',
        'wait-timeout': '1s',
        'poll-interval': '1s'
      },
      sim().url
    )
    const id = named('release')[0]?.id
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(/did not become Ready: timed out after 1s; last status seen: Provisioning/)
    expect(step.outputs).toMatchObject({ changed: 'true', 'runner-id': String(id), status: 'Provisioning' })
    expect(step.summary).toContain(`| POST | ${RUNNERS} | 201 |`)
    expect(step.summary).toContain('**Failed:**')
  })

  test('a Stuck runner fails the wait at once, with its status in the outputs', async () => {
    const runner = sim().seed.runner({ name: 'stuck', status: 'Stuck' })
    const step = await runStep(
      { operation: 'wait-runner', 'runner-name': 'stuck', 'poll-interval': '1s' },
      sim().url
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      `wait-runner failed: Runner 'stuck' (id ${runner.id}) did not become Ready: its status is Stuck: GitHub could not provision it. Check the runner in the organization's settings (Actions → Runners), its image and size; delete it and create it again.`
    ])
    expect(step.outputs).toMatchObject({ status: 'Stuck', 'runner-id': String(runner.id) })
    expect(requestLines(sim()).filter((l) => l.startsWith(`GET ${RUNNERS}/`))).toHaveLength(1)
  })

  test('the timeout fails saying the last status seen', async () => {
    sim().seed.runner({ name: 'slow', status: 'Provisioning' })
    const step = await runStep(
      { operation: 'wait-runner', 'runner-name': 'slow', 'wait-timeout': '2s', 'poll-interval': '1s' },
      sim().url
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /did not become Ready: timed out after 2s; last status seen: Provisioning\.$/
    )
    expect(step.outputs.status).toBe('Provisioning')
    expect(step.summary).toContain('**Failed:**')
  })

  test('delete-runner with wait-for: deleted waits through Deleting until 404; status is `deleted`', async () => {
    const runner = sim().seed.runner({ name: 'old' })
    const step = await runStep(
      { operation: 'delete-runner', 'runner-name': 'old', 'wait-for': 'deleted', 'poll-interval': '1s' },
      sim().url
    )
    expect(step.errors).toEqual([])
    expect(requestLines(sim())).toEqual([
      `GET ${RUNNERS}`,
      `DELETE ${RUNNERS}/${runner.id}`,
      `GET ${RUNNERS}/${runner.id}`,
      `GET ${RUNNERS}/${runner.id}`
    ])
    expect(sim().requests.at(-1)?.status).toBe(404)
    expect(step.outputs).toMatchObject({ status: 'deleted', 'runner-id': String(runner.id), changed: 'true' })
    expect(step.result).toMatchObject({ id: runner.id, status: 'Deleting' })
  })

  test('wait-runner for `deleted` on a name already gone succeeds without polling', async () => {
    const step = await runStep(
      { operation: 'wait-runner', 'runner-name': 'gone', 'wait-for': 'deleted' },
      sim().url
    )
    expect(step.exitCode).toBe(0)
    expect(step.outputs.status).toBe('deleted')
    expect(requestLines(sim())).toEqual([`GET ${RUNNERS}`])
  })

  test('a transient 502 while polling is retried and the wait goes on', async () => {
    const runner = sim().seed.runner({ name: 'r', status: 'Ready' })
    sim().fault({ method: 'GET', path: `${RUNNERS}/${runner.id}`, status: 502 })
    const step = await runStep({ operation: 'wait-runner', 'runner-id': String(runner.id) }, sim().url)
    expect(step.errors).toEqual([])
    expect(step.outputs.status).toBe('Ready')
    expect(sim().requests.map((r) => r.status)).toEqual([502, 200])
  })

  test('a 403 while polling stops at once with the permission hint', async () => {
    const runner = sim().seed.runner({ name: 'r', status: 'Provisioning' })
    const forbidden = {
      message: 'Resource not accessible by personal access token',
      documentation_url: 'https://docs.github.com/rest'
    }
    sim().fault({
      method: 'GET',
      path: `${RUNNERS}/${runner.id}`,
      status: 403,
      body: forbidden,
      times: Infinity
    })
    const step = await runStep({ operation: 'wait-runner', 'runner-id': String(runner.id) }, sim().url)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(/HTTP 403 .*manage_runners:org.*'Administration'/)
    expect(sim().requests).toHaveLength(1)
  })

  test('dry-run does not wait', async () => {
    const step = await runStep(
      { operation: 'create-runner', ...CREATE, 'wait-for': 'ready', 'dry-run': 'true' },
      sim().url
    )
    expect(step.exitCode).toBe(0)
    expect(requestLines(sim())).toEqual([
      `GET ${RUNNERS}/images/github-owned`,
      'GET /orgs/acme/actions/runner-groups',
      `GET ${RUNNERS}/machine-sizes`
    ])
    expect(step.outputs.status).toBeUndefined()
  })
})

describe('a create whose answer is lost never leaves two runners or groups', () => {
  test('connection reset after GitHub created the runner: found by name, not sent again', async () => {
    sim().fault({ method: 'POST', path: RUNNERS, reset: true, afterHandling: true })
    const step = await runStep({ operation: 'create-runner', ...CREATE }, sim().url)
    expect(step.errors).toEqual([])
    expect(named('release')).toHaveLength(1)
    expect(requestLines(sim()).filter((l) => l.startsWith('POST'))).toHaveLength(1)
    expect(step.outputs['runner-id']).toBe(String(named('release')[0]?.id))
  })

  test('a 502 after GitHub acted: found by name', async () => {
    sim().fault({ method: 'POST', path: RUNNERS, status: 502, afterHandling: true })
    const step = await runStep({ operation: 'create-runner', ...CREATE }, sim().url)
    expect(step.errors).toEqual([])
    expect(named('release')).toHaveLength(1)
    expect(requestLines(sim()).filter((l) => l.startsWith('POST'))).toHaveLength(1)
  })

  test('a 502 before GitHub acted: not found by name, so the create is sent again', async () => {
    sim().fault({ method: 'POST', path: RUNNERS, status: 502 })
    const step = await runStep({ operation: 'create-runner', ...CREATE }, sim().url)
    expect(step.errors).toEqual([])
    expect(named('release')).toHaveLength(1)
    expect(
      sim()
        .requests.filter((r) => r.method === 'POST')
        .map((r) => r.status)
    ).toEqual([502, 201])
  })

  test('a 422 is final: not retried, no lookup', async () => {
    sim().seed.runner({ name: 'release' })
    const step = await runStep({ operation: 'create-runner', ...CREATE }, sim().url)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(/^create-runner failed: HTTP 422 from POST .*already exists/)
    expect(requestLines(sim()).filter((l) => l.startsWith('POST'))).toHaveLength(1)
  })

  test('ensure-group: reset after GitHub created the group is found by name', async () => {
    sim().fault({
      method: 'POST',
      path: '/orgs/acme/actions/runner-groups',
      reset: true,
      afterHandling: true
    })
    const step = await runStep({ operation: 'ensure-group', 'group-name': 'deploy' }, sim().url)
    expect(step.errors).toEqual([])
    expect(sim().state.groups.filter((g: { name: string }) => g.name === 'deploy')).toHaveLength(1)
    expect(step.outputs.changed).toBe('true')
  })
})

describe('ensure-runner re-runs send no writes when nothing changed', () => {
  test('create, then no change, then one change', async () => {
    const group = sim().seed.group({ name: 'release-group' })
    const wanted = {
      operation: 'ensure-runner',
      ...CREATE,
      'runner-group': 'release-group',
      'maximum-runners': '3'
    }
    const created = await runStep(wanted, sim().url)
    expect(created.errors).toEqual([])
    expect(created.outputs.changed).toBe('true')
    expect(named('release')[0]).toMatchObject({ runner_group_id: group.id, maximum_runners: 3 })

    sim().clearRequests()
    const again = await runStep(wanted, sim().url)
    expect(again.outputs.changed).toBe('false')
    expect(writesSent(sim())).toEqual([])
    expect(again.result).toMatchObject({ action: 'none', changes: [] })

    sim().clearRequests()
    const resized = await runStep({ ...wanted, size: '8-core' }, sim().url)
    expect(resized.outputs.changed).toBe('true')
    expect(writesSent(sim())).toEqual([
      { method: 'PATCH', path: `${RUNNERS}/${named('release')[0]?.id}`, body: { size: '8-core' } }
    ])
    expect(resized.summary).toContain('size: 4-core → 8-core')
  })

  test('dry-run plans the same writes and sends none', async () => {
    const step = await runStep({ operation: 'ensure-runner', ...CREATE, 'dry-run': 'true' }, sim().url)
    expect(writesSent(sim())).toEqual([])
    expect(step.outputs.changed).toBe('true')
    expect(step.summary).toContain('Dry run: nothing was sent.')
    expect(named('release')).toEqual([])
  })

  test('creating needs image-id and size', async () => {
    const step = await runStep({ operation: 'ensure-runner', 'runner-name': 'new' }, sim().url)
    expect(step.errors).toEqual([
      "ensure-runner: Runner 'new' does not exist; to create it, give 'image-id' and 'size'."
    ])
    expect(writesSent(sim())).toEqual([])
  })
})

describe('ensure-group makes the lists exactly the given ones', () => {
  test('create with repositories, no change on re-run, one PUT for a changed set', async () => {
    ;['api', 'web', 'docs'].forEach((name) => sim().seed.repository({ name }))
    const wanted = {
      operation: 'ensure-group',
      'group-name': 'sync',
      visibility: 'selected',
      repositories: 'api\nweb'
    }
    const created = await runStep(wanted, sim().url)
    expect(created.errors).toEqual([])
    const group = sim().state.groups.find((g: { name: string }) => g.name === 'sync')
    expect(created.outputs).toMatchObject({ changed: 'true', 'runner-group-id': String(group?.id) })

    sim().clearRequests()
    const again = await runStep({ ...wanted, repositories: 'web, api' }, sim().url)
    expect(again.outputs.changed).toBe('false')
    expect(writesSent(sim())).toEqual([])

    sim().clearRequests()
    const changed = await runStep({ ...wanted, repositories: 'api\ndocs' }, sim().url)
    expect(changed.outputs.changed).toBe('true')
    const docs = sim().state.repositories.find((r: { name: string }) => r.name === 'docs')
    const api = sim().state.repositories.find((r: { name: string }) => r.name === 'api')
    expect(writesSent(sim())).toEqual([
      {
        method: 'PUT',
        path: `/orgs/acme/actions/runner-groups/${group?.id}/repositories`,
        body: { selected_repository_ids: [api?.id, docs?.id] }
      }
    ])
    expect(changed.summary).toContain('repositories: +acme/docs, -acme/web')
  })
})

describe('names instead of ids', () => {
  test('update-runner by runner-name and runner-group by name', async () => {
    const group = sim().seed.group({ name: 'big' })
    const runner = sim().seed.runner({ name: 'release' })
    const step = await runStep(
      { operation: 'update-runner', 'runner-name': 'release', 'runner-group': 'big' },
      sim().url
    )
    expect(step.errors).toEqual([])
    expect(writesSent(sim())).toEqual([
      { method: 'PATCH', path: `${RUNNERS}/${runner.id}`, body: { runner_group_id: group.id } }
    ])
  })

  test('an unknown runner group name fails before any write', async () => {
    const step = await runStep({ operation: 'create-runner', ...CREATE, 'runner-group': 'nope' }, sim().url)
    expect(step.errors).toEqual([
      "create-runner: Input 'runner-group': no runner group named 'nope' in organization 'acme'."
    ])
    expect(writesSent(sim())).toEqual([])
  })

  test('an unknown self-hosted runner name fails before any write, naming it', async () => {
    const group = sim().seed.group({ name: 'g' })
    sim().seed.selfHostedRunner({ name: 'metal-1' })
    const step = await runStep(
      { operation: 'set-group-runners', 'runner-group': String(group.id), runners: 'metal-1, metal-9' },
      sim().url
    )
    expect(step.errors).toEqual([
      "set-group-runners: Input 'runners': no self-hosted runner named 'metal-9' in organization 'acme'. Did you mean 'metal-1'?"
    ])
    expect(writesSent(sim())).toEqual([])
  })
})

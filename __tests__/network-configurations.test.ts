// Private networking by name: the network-configuration operations at organization scope, and a runner
// group that takes its configuration by name, resolved before any write.
import { requestLines, useSimulator, writesSent } from './support/simulator.js'
import { runStep } from './support/step.js'

const sim = useSimulator()
const NETWORK = '/orgs/acme/settings/network-configurations'
const GROUPS = '/orgs/acme/actions/runner-groups'

test('list-network-configurations reads every page and counts them', async () => {
  sim().seed.networkConfiguration({ name: 'corp-vnet' })
  sim().seed.networkConfiguration({ name: 'lab-vnet', compute_service: 'none' })
  const step = await runStep({ operation: 'list-network-configurations' }, sim().url)
  expect(step.errors).toEqual([])
  expect((step.result as Array<{ name: string }>).map((c) => c.name)).toEqual(['corp-vnet', 'lab-vnet'])
  expect(step.outputs.count).toBe('2')
  expect(requestLines(sim())).toEqual([`GET ${NETWORK}`])
})

test('get-network-configuration by name, in any case, outputs its id: the listing alone, no second read', async () => {
  const corp = sim().seed.networkConfiguration({ name: 'corp-vnet' })
  const step = await runStep(
    { operation: 'get-network-configuration', 'network-configuration-id': 'Corp-VNet' },
    sim().url
  )
  expect(step.outputs['network-configuration-id']).toBe(corp.id)
  expect(requestLines(sim())).toEqual([`GET ${NETWORK}`])
})

test('a misspelt configuration name fails with "did you mean", before any write', async () => {
  sim().seed.networkConfiguration({ name: 'corp-vnet' })
  const step = await runStep(
    { operation: 'delete-network-configuration', 'network-configuration-id': 'corp-vent' },
    sim().url
  )
  expect(step.errors).toEqual([
    "delete-network-configuration: Input 'network-configuration-id': no network configuration named 'corp-vent' in organization 'acme'. Did you mean 'corp-vnet'? A name must be found; an id not found (upper-case letters and digits) is sent as given."
  ])
  expect(writesSent(sim())).toEqual([])
})

test('create, update and delete a network configuration', async () => {
  const settings = sim().seed.networkSettings({ name: 'spare-subnet' })
  const created = await runStep(
    {
      operation: 'create-network-configuration',
      'network-configuration-name': 'new-vnet',
      'network-settings-id': settings.id
    },
    sim().url
  )
  expect(created.errors).toEqual([])
  const id = created.outputs['network-configuration-id'] as string
  expect(sim().requests.at(-1)?.body).toEqual({
    name: 'new-vnet',
    compute_service: 'actions',
    network_settings_ids: [settings.id]
  })
  const renamed = await runStep(
    {
      operation: 'update-network-configuration',
      'network-configuration-id': id,
      'network-configuration-name': 'prod-vnet'
    },
    sim().url
  )
  expect(renamed.errors).toEqual([])
  expect(sim().requests.at(-1)).toMatchObject({
    method: 'PATCH',
    path: `${NETWORK}/${id}`,
    body: { name: 'prod-vnet' }
  })
  const deleted = await runStep(
    { operation: 'delete-network-configuration', 'network-configuration-id': 'prod-vnet' },
    sim().url
  )
  expect(deleted.errors).toEqual([])
  expect(deleted.outputs['network-configuration-id']).toBe(id)
})

test('update-network-configuration with nothing to change fails naming the inputs', async () => {
  const step = await runStep(
    { operation: 'update-network-configuration', 'network-configuration-id': 'corp-vnet' },
    sim().url
  )
  expect(step.errors[0]).toContain("has nothing to change: give 'network-configuration-name' or any of")
  expect(sim().requests).toEqual([])
})

test('get-network-settings reads one network settings resource', async () => {
  const settings = sim().seed.networkSettings({ name: 'spare-subnet' })
  const step = await runStep(
    { operation: 'get-network-settings', 'network-settings-id': settings.id },
    sim().url
  )
  expect(step.result).toMatchObject({ id: settings.id, name: 'spare-subnet' })
})

test('a group takes its network configuration by name: the id is what is sent, and a re-run sends nothing', async () => {
  const corp = sim().seed.networkConfiguration({ name: 'corp-vnet' })
  const inputs = {
    operation: 'ensure-group',
    'group-name': 'private',
    'network-configuration-id': 'corp-vnet'
  }
  const first = await runStep(inputs, sim().url)
  expect(first.errors).toEqual([])
  expect(sim().requests.find((r) => r.method === 'POST')).toMatchObject({
    path: GROUPS,
    body: { name: 'private', network_configuration_id: corp.id }
  })
  sim().requests.length = 0
  const again = await runStep(inputs, sim().url)
  expect(again.outputs.changed).toBe('false')
  expect(writesSent(sim())).toEqual([])
})

test('create-group with a configuration name that does not exist sends nothing', async () => {
  const step = await runStep(
    { operation: 'create-group', 'group-name': 'private', 'network-configuration-id': 'nope-vnet' },
    sim().url
  )
  expect(step.errors[0]).toContain(
    "Input 'network-configuration-id': no network configuration named 'nope-vnet' in organization 'acme'."
  )
  expect(writesSent(sim())).toEqual([])
})

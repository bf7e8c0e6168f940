// The network-configurations section through the committed bundle (dist/index.js) as a runner runs it,
// against the simulator: created before the group that names it, a second apply sends nothing, and
// export's file round-trips with prune at organization and enterprise scope. The rest is in process
// (network-configuration-kind.test.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { useSimulator, writesSent } from './support/simulator.js'
import { runBundle, type Inputs } from './support/step.js'
import { useWorkspace } from './support/workspace.js'

const sim = useSimulator({ readyAfterPolls: 0 })
const workspace = useWorkspace()
const bundle = (inputs: Inputs) => runBundle(inputs, sim().url, { GITHUB_WORKSPACE: workspace().dir })

test('apply creates the configuration before the group naming it, then sends nothing; export round-trips (organization)', async () => {
  const settings = sim().seed.networkSettings({ name: 'spare-subnet' })
  workspace().writeFleet(
    [
      'organization: acme',
      'network-configurations:',
      '  - name: corp-vnet',
      `    network-settings-id: ${settings.id}`,
      'runner-groups:',
      '  - group-name: private',
      '    network-configuration-id: corp-vnet',
      ''
    ].join('\n')
  )
  const first = await bundle({ operation: 'apply' })
  expect(first.errors).toEqual([])
  const created = sim().state.networkConfigurations.find((c) => c.name === 'corp-vnet')
  expect(writesSent(sim())).toEqual([
    {
      method: 'POST',
      path: '/orgs/acme/settings/network-configurations',
      body: { name: 'corp-vnet', compute_service: 'actions', network_settings_ids: [settings.id] }
    },
    {
      method: 'POST',
      path: '/orgs/acme/actions/runner-groups',
      body: { name: 'private', network_configuration_id: created?.id }
    }
  ])
  sim().requests.length = 0
  const again = await bundle({ operation: 'apply' })
  expect(again.errors).toEqual([])
  expect(again.outputs.changed).toBe('false')
  expect(writesSent(sim())).toEqual([])

  // Export refuses an existing file: it writes another, applied by `config`.
  const exported = await bundle({ operation: 'export', config: '.github/exported.yml' })
  expect(exported.errors).toEqual([])
  const text = readFileSync(join(workspace().dir, '.github/exported.yml'), 'utf8')
  expect(text).toContain(
    `network-configurations:\n  - name: corp-vnet\n    network-settings-id: ${settings.id}\n`
  )
  expect(text).toContain('    network-configuration-id: corp-vnet\n')
  writeFileSync(join(workspace().dir, '.github/exported.yml'), text.replace('prune: false', 'prune: true'))
  const planned = await bundle({ operation: 'apply', 'dry-run': 'true', config: '.github/exported.yml' })
  expect(planned.errors).toEqual([])
  expect(JSON.parse(planned.outputs.plan as string)).toEqual([])
  expect(writesSent(sim())).toEqual([])
})

test("export's section round-trips with prune at enterprise scope", async () => {
  const seed = sim().seed.enterprise
  const octo = seed.networkConfiguration({ name: 'octo-vnet' })
  seed.group({ name: 'private', network_configuration_id: octo.id })
  const scope = { enterprise: 'octo-ent', org: '${{ github.repository_owner }}' }
  const exported = await bundle({ operation: 'export', ...scope })
  expect(exported.errors).toEqual([])
  const text = workspace().readFleet()
  expect(text).toContain('enterprise: octo-ent\nnetwork-configurations:\n  - name: octo-vnet\n')
  expect(text).toContain('    network-configuration-id: octo-vnet\n')
  workspace().writeFleet(text.replace('prune: false', 'prune: true'))
  const planned = await bundle({ operation: 'apply', 'dry-run': 'true', ...scope })
  expect(planned.errors).toEqual([])
  expect(JSON.parse(planned.outputs.plan as string)).toEqual([])
  expect(writesSent(sim())).toEqual([])
})

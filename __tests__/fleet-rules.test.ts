// Issue 18, the pure rules of `apply`: what an answer leaves out is unknown, never a change.
import { planRunner } from '../src/core/runner-plan.js'
import type { HostedRunner } from '../src/github/types.js'

const runner = {
  id: 5,
  name: 'ci',
  runner_group_id: 1,
  status: 'Ready',
  platform: 'linux-x64',
  maximum_runners: 10,
  public_ip_enabled: false,
  image_details: { id: '2306', size_gb: 86, display_name: 'Ubuntu', source: 'github', version: 'latest' },
  machine_size_details: { id: '4-core', cpu_cores: 4, memory_gb: 16, storage_gb: 150 }
} as HostedRunner

test('an answer without image_gen is unknown: image-gen: false plans no PATCH on every run', () => {
  expect(planRunner(runner, { name: 'ci', imageGen: false })).toEqual([])
  expect(planRunner({ ...runner, image_gen: true }, { name: 'ci', imageGen: false })).toHaveLength(1)
})

// Issue 18 item 8, the file's side: a fleet file too large, or with too many items in one list or in
// all its lists together, is refused before any request, naming the bound and the file.
import { MAX_FLEET_FILE_BYTES, MAX_FLEET_ITEMS, MAX_FLEET_LIST_ITEMS } from '../src/common/bounds.js'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { useSimulator } from './support/simulator.js'
import { runStep } from './support/step.js'
import { FLEET_FILE, useWorkspace } from './support/workspace.js'

const sim = useSimulator()
const workspace = useWorkspace()

const apply = () =>
  runStep({ operation: 'apply', 'dry-run': 'true' }, sim().url, { GITHUB_WORKSPACE: workspace().dir })

const read = (text: string) => () => parseFleet(text, FLEET_FILE, 'org')

const names = (count: number, name = (i: number) => `r${i}`) =>
  Array.from({ length: count }, (_, i) => name(i)).join(',')

test('a file over 1 MiB is refused before any request, naming the file and the bound', async () => {
  expect(MAX_FLEET_FILE_BYTES).toBe(1024 * 1024)
  workspace().writeFleet(`organization: acme\n# ${'x'.repeat(MAX_FLEET_FILE_BYTES)}\n`)
  const step = await apply()
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    `apply: Input 'config': '${FLEET_FILE}' is 1.0 MiB (${MAX_FLEET_FILE_BYTES + 22} bytes), over the bound of 1 MiB a fleet file may have: nothing was sent. Split the fleet over several files and steps.`
  ])
  expect(step.result).toEqual({ error: { message: step.errors[0] } })
  expect(sim().requests).toEqual([])
})

test('a list of 200,000 items is refused at its line, naming the bound: no deep stack, no request', async () => {
  workspace().writeFleet(
    `organization: acme\nrunner-groups:\n  - group-name: g\n    runners: [${names(200_000, () => '1')}]\n`
  )
  const step = await apply()
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([
    `apply: ${FLEET_FILE} line 4: 'runner-groups[0].runners' has 200000 items, over the bound of 10000 items in one list: nothing was sent.`
  ])
  expect(step.stdout).not.toContain('Maximum call stack')
  expect(sim().requests).toEqual([])
}, 30_000)

test('a section of 200,000 items is refused at its line', () => {
  const text = `hosted-runners:\n${names(200_000, (i) => `  - runner-name: r${i}\n`).replaceAll(',', '')}`
  expect(read(text)).toThrow(
    `${FLEET_FILE} line 2: 'hosted-runners' has 200000 items, over the bound of ${MAX_FLEET_LIST_ITEMS} items in one list: nothing was sent.`
  )
}, 30_000)

test('the lists together hold at most 10,000 items; a section of exactly 10,000 is read', () => {
  expect([MAX_FLEET_LIST_ITEMS, MAX_FLEET_ITEMS]).toEqual([10_000, 10_000])
  const section = (key: string, name: string, count: number) =>
    `${key}:\n` + Array.from({ length: count }, (_, i) => `  - ${name}: ${key}-${i}\n`).join('')
  const groups = section('runner-groups', 'group-name', 6_000)
  expect(read(groups + section('hosted-runners', 'runner-name', 4_001))).toThrow(
    `${FLEET_FILE} line 1: its lists hold 10001 items together, over the bound of 10000 items in one fleet file: nothing was sent. Split the fleet over several files and steps.`
  )
  expect(read(groups + section('hosted-runners', 'runner-name', 4_000))).not.toThrow()
  const fleet = parseFleet(section('hosted-runners', 'runner-name', MAX_FLEET_LIST_ITEMS), FLEET_FILE, 'org')
  expect(fleet.runners).toHaveLength(MAX_FLEET_LIST_ITEMS)
}, 30_000)

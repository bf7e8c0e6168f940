// Every row of every registered kind (src/resources/) walked through each path that carries a setting:
// the step's input, the fleet file (its reader, its schema), the plan of `apply` and export, and back.
// A path that drops a row fails here; the last tests show that it does, with a row dropped on purpose.
import { planFleet } from '../src/engine/fleet-plan.js'
import {
  fleetKeysOf,
  exportedItem,
  type ExportNames,
  type Kind,
  type KindField
} from '../src/resources/kind.js'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { itemKeyNames } from '../src/fleet/fleet-keys.js'
import { fleetSchema } from '../src/fleet/fleet-schema.js'
import { inputName } from '../src/inputs/formats.js'
import type { InputKey, OperationInputs } from '../src/inputs/vocabulary.js'
import { createBody, updateBody, type FieldRow } from '../src/core/field-table.js'
import type { PlanEntry } from '../src/core/change.js'
import type { HostedRunner, RunnerGroup } from '../src/github/types.js'
import { GROUP_FIELDS, groupSettingsOf, RUNNER_GROUP_KIND } from '../src/resources/runner-group/fields.js'
import { KINDS } from '../src/resources/index.js'
import { IMAGE_RETENTION_KIND, POLICY_ROWS, policyOf } from '../src/resources/image-retention/fields.js'
import {
  HOSTED_RUNNER_KIND,
  RUNNER_FIELDS,
  wantedRunnerSettings,
  type WantedRunner
} from '../src/resources/hosted-runner/fields.js'
import { configurationBody } from '../src/resources/network-configuration/fields.js'

/**
 * A value of a row: as the file writes it, as the input reads it, as the API holds it, another value the
 * API may hold, and what export writes (the input's value when not given). `with` are the other keys the
 * item needs for the row to count (a source with its image).
 */
interface Sample {
  file: string
  input: unknown
  api: unknown
  other: unknown
  exported?: unknown
  with?: Record<string, string>
}

/** How a kind's paths are taken: a new kind needs one. */
interface Walk {
  kind: Kind<never>
  samples: Partial<Record<InputKey, Sample>>
  /** An object of the kind holding `value` in the row's field. */
  live(row: KindField<never>, value: unknown): unknown
  /** The step's create and update bodies from the inputs (looked-up values given as GitHub holds them). */
  bodies(
    inputs: OperationInputs,
    lookedUp: (row: KindField<never>) => unknown,
    live: unknown
  ): Record<string, unknown>[]
  /** The plan of `apply` for the file's items against the one live object. */
  plan(items: OperationInputs[], lookedUp: (row: KindField<never>) => unknown, live: unknown): PlanEntry[]
  names: ExportNames
}

const NAMES: ExportNames = { groupName: (id) => (id === 5 ? 'build' : id), configurationName: (id) => id }

const networkConfigurations: Walk = {
  kind: KINDS[0]?.kind as Kind<never>,
  samples: {
    networkSettingsId: { file: 'AB12', input: 'AB12', api: ['AB12'], other: ['CD34'] },
    computeService: { file: 'none', input: 'none', api: 'none', other: 'actions' },
    failoverNetworkSettingsId: { file: 'EF56', input: 'EF56', api: ['EF56'], other: [] },
    failoverNetworkEnabled: { file: 'true', input: true, api: true, other: false }
  },
  live: (row, value) => ({ id: 'ID1', name: 'walked', [row.update]: value }),
  bodies: (inputs) => [configurationBody(inputs, 'create'), configurationBody(inputs, 'update')],
  plan: (items, _lookedUp, live) => (KINDS[0]?.plan?.(items, [live]) ?? []) as PlanEntry[],
  names: NAMES
}

const RUNNER: HostedRunner = {
  id: 7,
  name: 'walked',
  runner_group_id: 1,
  status: 'Ready',
  platform: 'linux-x64',
  image_details: { id: 'img-a', source: 'github', display_name: 'Ubuntu', size_gb: 86, version: 'latest' },
  machine_size_details: { id: '4-core', cpu_cores: 4, memory_gb: 16, storage_gb: 150 },
  maximum_runners: 10,
  public_ip_enabled: false,
  image_gen: false,
  public_ips: [],
  last_active_on: null
}
const runnerRow = (row: KindField<never>) =>
  RUNNER_FIELDS.find((r) => r.input === row.input) as FieldRow<WantedRunner, HostedRunner>
const wantedRunner = (inputs: OperationInputs, lookedUp: (row: KindField<never>) => unknown) => {
  const wanted = { ...wantedRunnerSettings(inputs), name: 'walked' } as Record<string, unknown>
  for (const row of HOSTED_RUNNER_KIND.fields as KindField<never>[])
    if (runnerRow(row).lookedUp && inputs[row.input] !== undefined) wanted[runnerRow(row).key] = lookedUp(row)
  return wanted as unknown as WantedRunner
}

const hostedRunners: Walk = {
  kind: HOSTED_RUNNER_KIND as Kind<never>,
  samples: {
    imageId: { file: 'img-b', input: 'img-b', api: 'img-b', other: 'img-a' },
    imageSource: {
      file: 'partner',
      input: 'partner',
      api: 'partner',
      other: 'github',
      with: { 'image-id': 'img-a' }
    },
    imageVersion: {
      file: '1.2.0',
      input: '1.2.0',
      api: '1.2.0',
      other: '1.0.0',
      with: { 'image-id': 'img-a', 'image-source': 'custom' }
    },
    size: { file: '8-core', input: '8-core', api: '8-core', other: '4-core' },
    runnerGroup: { file: 'build', input: { name: 'build' }, api: 5, other: 1, exported: 'build' },
    maximumRunners: { file: '20', input: 20, api: 20, other: 10 },
    enableStaticIp: { file: 'true', input: true, api: true, other: false },
    imageGen: { file: 'true', input: true, api: true, other: false }
  },
  live: (row, value) => {
    const image = {
      ...(RUNNER.image_details as object),
      source: row.input === 'imageVersion' ? 'custom' : 'github'
    }
    const at: Record<string, Record<string, unknown>> = {
      imageId: { image_details: { ...image, id: value as string } },
      imageSource: { image_details: { ...image, source: value as 'github' } },
      imageVersion: { image_details: { ...image, version: value as string } },
      size: { machine_size_details: { ...RUNNER.machine_size_details, id: value as string } },
      runnerGroup: { runner_group_id: value as number },
      maximumRunners: { maximum_runners: value as number },
      enableStaticIp: { public_ip_enabled: value as boolean },
      imageGen: { image_gen: value as boolean }
    }
    const patch = at[row.input]
    if (!patch) throw new Error(`no live field for ${row.input}: add it to hostedRunners.live`)
    return { ...RUNNER, ...patch, image_details: { ...image, ...(patch.image_details as object) } }
  },
  bodies: (inputs, lookedUp, live) => {
    const wanted = wantedRunner(inputs, lookedUp)
    return [createBody(RUNNER_FIELDS, wanted), updateBody(RUNNER_FIELDS, wanted, live as HostedRunner)]
  },
  plan: (items, lookedUp, live) =>
    planFleet(
      { groups: [], runners: items.map((i) => wantedRunner(i, lookedUp)), retention: [], prune: false },
      { groups: [], runners: [live as HostedRunner], members: new Map() },
      { groups: new Map(), members: new Map(), images: new Map() }
    ),
  names: NAMES
}

const GROUP: RunnerGroup = {
  id: 9,
  name: 'walked',
  visibility: 'all',
  default: false,
  inherited: false,
  allows_public_repositories: false,
  restricted_to_workflows: false,
  selected_workflows: [],
  runners_url: '',
  hosted_runners_url: ''
} as RunnerGroup
const wantedGroup = (inputs: OperationInputs) => ({ ...groupSettingsOf(inputs), name: 'walked' })

const runnerGroups: Walk = {
  kind: RUNNER_GROUP_KIND as Kind<never>,
  samples: {
    visibility: { file: 'selected', input: 'selected', api: 'selected', other: 'all' },
    allowsPublicRepositories: { file: 'true', input: true, api: true, other: false },
    restrictedToWorkflows: { file: 'true', input: true, api: true, other: false },
    selectedWorkflows: {
      file: '[o/a/.github/workflows/d.yml@main]',
      input: ['o/a/.github/workflows/d.yml@main'],
      api: ['o/a/.github/workflows/d.yml@main'],
      other: []
    },
    networkConfigurationId: { file: 'CFG1', input: 'CFG1', api: 'CFG1', other: 'CFG0' }
  },
  live: (row, value) => ({ ...GROUP, [row.update]: value }),
  bodies: (inputs) => [
    createBody(GROUP_FIELDS, wantedGroup(inputs)),
    updateBody(GROUP_FIELDS, wantedGroup(inputs), undefined)
  ],
  plan: (items, _lookedUp, live) =>
    planFleet(
      { groups: items.map(wantedGroup), runners: [], retention: [], prune: false },
      { groups: [live as RunnerGroup], runners: [], members: new Map() },
      { groups: new Map(), members: new Map(), images: new Map() }
    ),
  names: NAMES
}

const WALKS: Walk[] = [networkConfigurations, runnerGroups, hostedRunners]

/** A value as a fleet file holds it (a list in flow form). */
const yaml = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value))
const itemText = (section: string, keys: Array<[string, unknown]>) =>
  `${section}:\n${keys.map(([key, value], i) => `${i === 0 ? '  - ' : '    '}${key}: ${yaml(value)}`).join('\n')}\n`

/** One row through every path; throws (a failed expectation) where a path drops it. */
function walkRow(walk: Walk, row: KindField<never>): void {
  const { kind } = walk
  const sample = walk.samples[row.input]
  if (!sample) throw new Error(`no sample value for ${inputName(row.input)}: add one to its kind's walk`)
  const name = 'walked'
  // The fleet file: the key is read into the row's input.
  const extra = Object.entries(sample.with ?? {})
  const text = itemText(kind.section, [[kind.name.fleetKey, name], [row.fleetKey, sample.file], ...extra])
  const items = (parseFleet(text, 'f.yml', 'org').sections[kind.section] ?? []).map((item) => item.inputs)
  expect(items).toHaveLength(1)
  expect(items[0]?.[row.input]).toEqual(sample.input)
  // The step's input: the create and update bodies send the row's field.
  const other = walk.live(row, sample.other)
  // What a lookup finds: this row's value as GitHub holds it, the others' as the object has them.
  const lookedUp = (r: KindField<never>) => (r === row ? sample.api : r.read(other as never))
  for (const body of walk.bodies(items[0] as OperationInputs, lookedUp, other)) {
    const path = (body[row.update] === undefined ? row.create : row.update).split('.')
    expect(path.reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], body)).toEqual(
      sample.api
    )
  }
  // The plan: an object holding another value is changed in this row's field, and only there.
  const [change, ...more] = walk.plan(items, lookedUp, other)
  expect(more).toEqual([])
  expect(change?.writes[0]?.params[row.update]).toEqual(sample.api)
  expect(Object.keys(change?.change.fields ?? {})).toEqual([row.fleetKey])
  // Export: the value is written under the row's key, and applying the file plans nothing.
  const live = walk.live(row, sample.api)
  const exported = exportedItem(kind, live as never, walk.names)
  expect(exported.find((entry) => entry.key === row.fleetKey)?.value).toEqual(sample.exported ?? sample.input)
  const back = parseFleet(
    itemText(
      kind.section,
      exported.map((e) => [e.key, e.value])
    ),
    'f.yml',
    'org'
  )
  const backItems = (back.sections[kind.section] ?? []).map((item) => item.inputs)
  expect(backItems[0]?.[row.input]).toEqual(sample.input)
  const asLive = (r: KindField<never>) => r.read(live as never)
  expect(walk.plan(backItems, asLive, live)).toEqual([])
}

const rows = WALKS.flatMap((walk) =>
  walk.kind.fields.map((row) => [walk.kind.section, row.fleetKey, walk, row] as const)
)

test.each(rows)('%s.%s: set through the input, the fleet file, the plan and export', (_s, _k, walk, row) =>
  walkRow(walk, row)
)

test('every registered kind is walked, and each has a row to walk', () => {
  expect(
    KINDS.map((entry) => entry.kind.section).filter((s) => !WALKS.some((w) => w.kind.section === s))
  ).toEqual([IMAGE_RETENTION_KIND.section])
  // Image retention has no API field (GitHub holds no policy): its policy rows are walked below.
  expect(POLICY_ROWS.length).toBeGreaterThan(0)
  for (const walk of WALKS) expect(walk.kind.fields.length).toBeGreaterThan(0)
})

test.each(WALKS.map((walk) => [walk.kind.section, walk] as const))(
  "%s: the fleet file's reader and its schema hold exactly the kind's keys",
  (section, walk) => {
    expect(itemKeyNames(section)).toEqual(fleetKeysOf(walk.kind))
    const schema = fleetSchema(() => 'described')
    const item = schema.$defs[walk.kind.item] as { properties: Record<string, unknown> }
    expect(Object.keys(item.properties)).toEqual(fleetKeysOf(walk.kind))
  }
)

describe('a row dropped by a path fails the walk', () => {
  const rowOf = (walk: Walk, input: InputKey) =>
    walk.kind.fields.find((r) => r.input === input) as KindField<never>
  test.each(WALKS.map((walk) => [walk.kind.section, walk] as const))('%s: by export', (_s, walk) => {
    const row = walk.kind.fields[0] as KindField<never>
    const dropped = {
      ...walk,
      kind: {
        ...walk.kind,
        fields: walk.kind.fields.map((r) => (r === row ? { ...r, exported: () => null } : r))
      }
    }
    expect(() => walkRow(dropped, row)).toThrow()
    expect(() => walkRow(walk, row)).not.toThrow()
  })
  test('by the copy of the settings that the plan of apply takes (fleet/resolve.ts takes the rows)', () => {
    const row = rowOf(hostedRunners, 'maximumRunners')
    const droppedCopy: Walk = {
      ...hostedRunners,
      plan: (items, lookedUp, live) =>
        hostedRunners.plan(
          items.map(({ maximumRunners: _dropped, ...rest }) => rest),
          lookedUp,
          live
        )
    }
    expect(() => walkRow(droppedCopy, row)).toThrow()
  })
})

describe('image retention: every row of its policy set through the input, the fleet file and the plan', () => {
  const now = new Date('2026-12-01T00:00:00Z')
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
  const image = { id: 3, name: 'golden', latest_version: '1.0.3' }
  const versions = [
    { version: '1.0.1', state: 'Ready', created_on: daysAgo(60) },
    { version: '1.0.2', state: 'Ready', created_on: daysAgo(10) },
    { version: '1.0.3', state: 'Ready', created_on: daysAgo(1) }
  ]
  /** Each row's value in the file, and the deletes the plan holds with it and without it (with `with`). */
  const SAMPLES: Partial<
    Record<InputKey, { file: string; input: unknown; deletes: string[]; without: string[]; with?: string }>
  > = {
    keep: { file: '1', input: 1, deletes: ['golden@1.0.1', 'golden@1.0.2'], without: [] },
    olderThan: {
      file: '30d',
      input: 30 * 86_400_000,
      deletes: ['golden@1.0.1'],
      without: ['golden@1.0.1', 'golden@1.0.2'],
      with: 'keep: 0'
    }
  }
  const deletes = (inputs: OperationInputs) =>
    planFleet(
      {
        groups: [],
        runners: [],
        retention: [{ image, versions, policy: policyOf(inputs, now) }],
        prune: false
      },
      { groups: [], runners: [], members: new Map() },
      { groups: new Map(), members: new Map(), images: new Map() }
    ).map((entry) => entry.change.name)
  test.each(POLICY_ROWS.map((row) => [inputName(row.input), row] as const))(
    'image-retention.%s',
    (key, row) => {
      const sample = SAMPLES[row.input]
      if (!sample) throw new Error(`no sample value for ${key}: add one`)
      const extra = sample.with ? `\n    ${sample.with}` : ''
      const text = `image-retention:\n  - custom-image: golden\n    ${key}: ${sample.file}${extra}\n`
      const [item] = parseFleet(text, 'f.yml', 'org').retention.map((entry) => entry.inputs)
      expect(item?.[row.input]).toEqual(sample.input)
      expect(deletes(item as OperationInputs)).toEqual(sample.deletes)
      // The row dropped by the path from the item to the policy: the plan differs.
      const rest: OperationInputs = { ...item }
      delete rest[row.input]
      expect(deletes(rest)).toEqual(sample.without)
    }
  )
  test("the fleet file's reader and schema hold exactly the kind's keys; export writes none (GitHub holds no policy)", () => {
    expect(itemKeyNames(IMAGE_RETENTION_KIND.section)).toEqual(fleetKeysOf(IMAGE_RETENTION_KIND))
    const schema = fleetSchema(() => 'described')
    const item = schema.$defs[IMAGE_RETENTION_KIND.item] as { properties: Record<string, unknown> }
    expect(Object.keys(item.properties)).toEqual(fleetKeysOf(IMAGE_RETENTION_KIND))
    expect(IMAGE_RETENTION_KIND.fields).toEqual([])
  })
})

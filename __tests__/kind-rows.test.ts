// Every row of every registered kind (src/resources/index.ts) walked through each path that carries a
// setting: the step's input, the fleet file, the plan and export. A path that drops a row fails here.
import { parseFleet } from '../src/fleet/parse-fleet.js'
import { inputName } from '../src/inputs/formats.js'
import type { InputKey } from '../src/inputs/vocabulary.js'
import { KINDS } from '../src/resources/index.js'
import { exportedItem } from '../src/resources/kind.js'
import { configurationBody } from '../src/resources/network-configuration/fields.js'

/** A value of each input a row may hold, as the file writes it and as the API holds it: a new row needs one. */
const SAMPLES: Partial<Record<InputKey, { file: string; input: unknown; api: unknown; other: unknown }>> = {
  networkSettingsId: { file: 'AB12', input: 'AB12', api: ['AB12'], other: ['CD34'] },
  computeService: { file: 'none', input: 'none', api: 'none', other: 'actions' },
  failoverNetworkSettingsId: { file: 'EF56', input: 'EF56', api: ['EF56'], other: [] },
  failoverNetworkEnabled: { file: 'true', input: true, api: true, other: false }
}

const rows = KINDS.flatMap((entry) =>
  entry.kind.fields.map((field) => [entry.kind.section, field.fleetKey, entry, field] as const)
)

test.each(rows)(
  '%s.%s: set through the input, the fleet file, the plan and export',
  (section, key, entry, field) => {
    const sample = SAMPLES[field.input]
    if (!sample) throw new Error(`no sample value for ${inputName(field.input)}: add one to SAMPLES`)
    const { kind } = entry
    const name = 'walked'
    // The step's input: the create and update operations' bodies.
    expect(configurationBody({ [field.input]: sample.input }, 'update')).toEqual({
      [field.update]: sample.api
    })
    expect(configurationBody({ [field.input]: sample.input }, 'create')).toMatchObject({
      [field.create]: sample.api
    })
    // The fleet file: the key is read into the input.
    const fleet = parseFleet(
      `${section}:\n  - ${kind.name.fleetKey}: ${name}\n    ${key}: ${sample.file}\n`,
      'f.yml',
      'org'
    )
    const items = (fleet.sections[section] ?? []).map((item) => item.inputs)
    expect(items).toEqual([{ [kind.name.input]: name, [field.input]: sample.input }])
    // The plan: a live object holding another value is changed in this row's field, and only there.
    const live = { id: 'ID1', name, [field.update]: sample.other }
    const [change] = entry.plan(items, [live])
    expect(change?.writes[0]?.params).toEqual({ network_configuration_id: 'ID1', [field.update]: sample.api })
    expect(Object.keys(change?.change.fields ?? {})).toEqual([key])
    // Export: the live value is written under the row's key, and applying it plans nothing.
    const exported = exportedItem(kind, { id: 'ID1', name, [field.update]: sample.api })
    expect(exported).toContainEqual({ key, value: sample.input })
    const text = `${section}:\n${exported.map((e, i) => `${i === 0 ? '  - ' : '    '}${e.key}: ${String(e.value)}`).join('\n')}\n`
    const back = (parseFleet(text, 'f.yml', 'org').sections[section] ?? []).map((item) => item.inputs)
    expect(entry.plan(back, [{ id: 'ID1', name, [field.update]: sample.api }])).toEqual([])
  }
)

test('every registered kind has a row to walk', () => {
  expect(KINDS.map((entry) => [entry.kind.section, entry.kind.fields.length > 0])).toEqual([
    ['network-configurations', true]
  ])
})

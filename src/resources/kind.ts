// A kind of resource: one module per kind under src/resources/, listed in the registry (index.ts). A kind
// holds its field rows (input ↔ API field on create, update and read ↔ fleet key ↔ export), its routes and
// its place in the write order, its lookup and GitHub's rules for it. The fleet file's reader and schema,
// export and the plan of `apply` iterate over the registered kinds.
import { inputName } from '../inputs/formats.js'
import { VALUE_INPUTS, type InputKey, type OperationInputs } from '../inputs/vocabulary.js'

/** One setting of a kind. */
export interface KindField<Live> {
  /** The action input that sets it; its parser reads the fleet file's value too. */
  input: InputKey
  /** Its key in an item of the kind's fleet file section. */
  fleetKey: string
  /** Its field in a create's body, and in an update's. */
  create: string
  update: string
  /** The input's value as the API holds it (one id → a list of one). */
  toApi?(value: unknown): unknown
  /** Its value in GitHub's answer, in the API's form; undefined is unknown, never a change… */
  read(live: Live): unknown
  /** …unless this says what GitHub leaving it out means (each such row says why). */
  absentMeans?: unknown
  /** A create sends this when the item does not give the setting. */
  createDefault?: unknown
  /**
   * What export writes for the answer's value: null writes nothing (the object holds GitHub's default or
   * what apply leaves as it is); undefined is a value the file cannot hold, said in a comment on the name.
   */
  exported(apiValue: unknown, live: Live, names: ExportNames): ExportedValue | null | undefined
  /** Export writes this when GitHub's answer leaves the field out (apply compares the same way). */
  exportedWhenAbsent?: unknown
  /** A comment export writes after the value (an image's display name). */
  comment?(live: Live): string | undefined
}

export type ExportedValue = string | number | boolean | string[]

/** The names export writes for ids other kinds hold: a runner's group, a group's network configuration. */
export interface ExportNames {
  groupName(id: number): string | number
  configurationName(id: string): string
}

/** Export's names when nothing is known: every id as it is. */
export const IDS_AS_THEY_ARE: ExportNames = { groupName: (id) => id, configurationName: (id) => id }

/** The kind's name setting: matched ignoring case, as GitHub does; a change of case is a rename. */
export interface KindName<Live> {
  input: InputKey
  fleetKey: string
  read(live: Live): string
}

export interface Kind<Live> {
  /** The fleet file's top-level key of the kind's items. */
  section: string
  /** The name of an item's definition in the JSON Schema. */
  item: string
  /** The plan's word for an object of the kind. */
  object: string
  description: string
  name: KindName<Live>
  fields: readonly KindField<Live>[]
  /** An item without a name covers every object no other item names (image retention). */
  nameOptional?: true
  /** The keys of an item beyond its name and its rows: previous names, a group's member lists. */
  moreInputs?: readonly InputKey[]
  /** Rules across an item's keys: the reader's check, and the same rules in the JSON Schema's words. */
  itemRules?: { check(inputs: OperationInputs): void; schema: object }
}

/** Every fleet key of an item of the kind, the name first. */
export const fleetKeysOf = <L>(kind: Kind<L>): string[] => [
  kind.name.fleetKey,
  ...new Set(kind.fields.map((field) => field.fleetKey)),
  ...(kind.moreInputs ?? []).map(inputName)
]

/** Every input an item of the kind may hold, the name first. */
export const inputsOfKind = <L>(kind: Kind<L>): InputKey[] => [
  kind.name.input,
  ...new Set(kind.fields.map((field) => field.input)),
  ...(kind.moreInputs ?? [])
]

/** The input an item's fleet key is read by. */
export function inputOfKey<L>(kind: Kind<L>, key: string): InputKey | undefined {
  if (key === kind.name.fleetKey) return kind.name.input
  return (
    kind.fields.find((field) => field.fleetKey === key)?.input ??
    kind.moreInputs?.find((input) => inputName(input) === key)
  )
}

/** One key of an exported item, in file order; `comment` goes after the value. */
export interface ExportedKey {
  key: string
  value: ExportedValue
  comment?: string
}

/**
 * An object as an item of its kind's section, from the rows' `exported`: applying it plans nothing. What
 * the file cannot hold (`compute_service: codespaces`) is said in a comment on the name, and left out.
 */
export function exportedItem<L>(kind: Kind<L>, live: L, names = IDS_AS_THEY_ARE): ExportedKey[] {
  const keys: ExportedKey[] = [{ key: kind.name.fleetKey, value: kind.name.read(live) }]
  const unwritten: string[] = []
  for (const field of kind.fields) {
    const value = field.read(live) ?? field.exportedWhenAbsent
    if (value === undefined || value === null) continue
    const exported = field.exported(value, live, names)
    const comment = field.comment?.(live)
    if (exported === null) continue
    if (exported !== undefined)
      keys.push({ key: field.fleetKey, value: exported, ...(comment ? { comment } : {}) })
    else unwritten.push(`${field.create}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
  }
  if (unwritten.length > 0)
    (keys[0] as ExportedKey).comment = `${unwritten.join('; ')} (not written: apply leaves it as it is)`
  return keys
}

/** Whether the name reads back through the name input's parser (GitHub's answers may hold others). */
export function nameFits<L>(kind: Kind<L>, name: string): boolean {
  try {
    VALUE_INPUTS[kind.name.input](name, kind.name.fleetKey)
    return true
  } catch {
    return false
  }
}

// A resource's settings as one table: for each, the input that sets it, its API field on create and on
// update, where its current value is read in GitHub's answer, and how a wanted value compares with it.
// Create bodies, update bodies, the changes a plan shows and the fleet file's keys all come from it.
import type { InputKey, OperationInputs } from '../inputs/vocabulary.js'
import { sameSet } from './planned-write.js'

export interface FieldRow<Wanted, Current> {
  /** The setting in the wanted object (the input's key, or its resolved form: a group's id). */
  key: keyof Wanted & string
  /** The action input (and fleet file key) that sets it. */
  input: InputKey
  /** Its field in a create's body: a dotted path for a nested one (`image.id`). */
  create: string
  /** Its field in an update's body; also its label in plans and summaries. */
  update: string
  /**
   * Its value in GitHub's answer. `undefined` when the answer leaves it out: unknown, never a change,
   * unless `absentMeans` says what GitHub's leaving it out means.
   */
  read(current: Current): unknown
  absentMeans?: unknown
  /** How GitHub stores what was asked, where it differs (an organization group's `private` is kept as `all`). */
  storedAs?(wanted: unknown): unknown
  /** Whether the row counts for this want at all (a source only with its image). */
  applies?(wanted: Wanted, current: Current | undefined): boolean
  /** The wanted value, where it is not the input's own value (a source defaults with its image). */
  wantedFrom?(inputs: OperationInputs): unknown
  /** Found by a lookup (an image, a group by name): the step or the fleet's resolver sets it, not the input. */
  lookedUp?: true
}

export interface Difference<Wanted, Current> {
  row: FieldRow<Wanted, Current>
  want: unknown
  now: unknown
}

const equal = (want: unknown, now: unknown): boolean =>
  Array.isArray(want) && Array.isArray(now) ? sameSet(want, now) : want === now

/** The rows whose wanted value is given and differs from what GitHub holds, as far as it is known. */
export function differences<W, C>(
  rows: readonly FieldRow<W, C>[],
  wanted: W,
  current: C
): Difference<W, C>[] {
  const found: Difference<W, C>[] = []
  for (const row of givenRows(rows, wanted, current)) {
    const want = wanted[row.key]
    const now = row.read(current) ?? row.absentMeans
    if (now === undefined) continue
    if (!equal(row.storedAs ? row.storedAs(want) : want, now)) found.push({ row, want, now })
  }
  return found
}

/** A create's body: every given setting at its create field (nested where the path is dotted). */
export function createBody<W, C>(rows: readonly FieldRow<W, C>[], wanted: W): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const row of givenRows(rows, wanted, undefined)) {
    const value = wanted[row.key]
    const path = row.create.split('.')
    let at = body
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>
    at[path.at(-1) as string] = value
  }
  return body
}

/** An update's body: every given setting at its update field (the rows' own conditions apply). */
export function updateBody<W, C>(
  rows: readonly FieldRow<W, C>[],
  wanted: W,
  current: C | undefined
): Record<string, unknown> {
  return Object.fromEntries(givenRows(rows, wanted, current).map((row) => [row.update, wanted[row.key]]))
}

/** The rows whose wanted value is given and that count for this want (their own conditions apply). */
function givenRows<W, C>(rows: readonly FieldRow<W, C>[], wanted: W, current: C | undefined) {
  return rows.filter((row) => wanted[row.key] !== undefined && (row.applies?.(wanted, current) ?? true))
}

/** Each given setting of a create, by its update field, from nothing to its value. */
export function createdFields<W, C>(rows: readonly FieldRow<W, C>[], wanted: W) {
  return Object.fromEntries(
    givenRows(rows, wanted, undefined).map((row) => [row.update, { from: null, to: wanted[row.key] }])
  )
}

/** A write's value of a row, whether the write is a create (nested field) or an update. */
export function valueIn<W, C>(row: FieldRow<W, C>, params: Record<string, unknown>): unknown {
  if (params[row.update] !== undefined) return params[row.update]
  let at: unknown = params
  for (const part of row.create.split('.')) at = (at as Record<string, unknown> | undefined)?.[part]
  return at
}

/** The wanted settings the inputs give, by the rows that read them as they are (not those looked up). */
export function wantedSettings<W, C>(rows: readonly FieldRow<W, C>[], inputs: OperationInputs): Partial<W> {
  return Object.fromEntries(
    rows
      .filter((row) => !row.lookedUp)
      .map((row) => [row.key, row.wantedFrom ? row.wantedFrom(inputs) : inputs[row.input]])
  ) as Partial<W>
}

/** The inputs a table's rows read. */
export const inputsOf = <W, C>(rows: readonly FieldRow<W, C>[]): InputKey[] => [
  ...new Set(rows.map((row) => row.input))
]

// The catalog of operations: the endpoint table and the composite operations.
import { ENDPOINT_OPERATIONS } from './endpoints.js'
import type { Operation } from './types.js'

export type { Operation } from './types.js'

const ALL: Operation[] = [...ENDPOINT_OPERATIONS]

export const OPERATIONS: Readonly<Record<string, Operation>> = Object.fromEntries(ALL.map((op) => [op.name, op]))
export const OPERATION_NAMES: readonly string[] = ALL.map((op) => op.name)

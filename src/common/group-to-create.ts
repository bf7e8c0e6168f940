// A runner group the plan of `apply` creates, named where a runner is put in it: its id is known only
// once its create is answered, and the executor fills it in just before the runner's write is sent.

export interface GroupToCreate {
  toBeCreated: string
}

export const groupToCreate = (name: string): GroupToCreate => ({ toBeCreated: name })

export const isGroupToCreate = (value: unknown): value is GroupToCreate =>
  typeof value === 'object' && value !== null && typeof (value as GroupToCreate).toBeCreated === 'string'

/** A network configuration the plan creates, named by a runner group: its id is filled in the same way. */
export type ConfigurationToCreate = GroupToCreate

// What a run leaves: the step's outputs (as docs/reference.md's Outputs section names them) and its summary.

export interface Outputs {
  result: unknown
  count?: number
  runnerId?: number
  runnerName?: string
  status?: string
  runnerGroupId?: number
  networkConfigurationId?: string
  changed?: boolean
  deleted?: unknown[]
  /** `apply`: the changes of the plan. */
  plan?: unknown[]
  /** `apply` and `cleanup-image-versions`: the SHA-256 of the plan. */
  planDigest?: string
}

export interface Outcome {
  outputs: Outputs
  /** Markdown for the step summary, below the heading. */
  summary: string
}

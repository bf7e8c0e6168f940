// The step's outputs, as interface.md names them, and how each is written as text.
import type { HostedRunner } from './github-types.js'

export interface Outputs {
  result: unknown
  count?: number
  runnerId?: number
  runnerName?: string
  status?: string
  runnerGroupId?: number
  changed?: boolean
  deleted?: unknown[]
}

export function outputText(outputs: Outputs): Record<string, string> {
  const text: Record<string, string> = { result: JSON.stringify(outputs.result ?? {}) }
  const put = (name: string, value: unknown) => {
    if (value !== undefined) text[name] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  put('count', outputs.count)
  put('runner-id', outputs.runnerId)
  put('runner-name', outputs.runnerName)
  put('status', outputs.status)
  put('runner-group-id', outputs.runnerGroupId)
  put('changed', outputs.changed)
  put('deleted', outputs.deleted)
  return text
}

export function isHostedRunner(value: unknown): value is HostedRunner {
  const runner = value as HostedRunner | null
  return (
    typeof runner?.id === 'number' && typeof runner.name === 'string' && typeof runner.status === 'string'
  )
}

export function runnerOutputs(runner: HostedRunner): Pick<Outputs, 'runnerId' | 'runnerName' | 'status'> {
  return { runnerId: runner.id, runnerName: runner.name, status: runner.status }
}

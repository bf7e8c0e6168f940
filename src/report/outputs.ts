// The step's outputs, as docs/reference.md names them, and how each is written: as text, with `result`
// also in a file under RUNNER_TEMP (`result-file`), and in its place a note when it is too large.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_OUTPUT_BYTES } from '../common/bounds.js'
import type { HostedRunner } from '../github/types.js'
import type { Outputs } from '../common/outcome.js'

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
  put('network-configuration-id', outputs.networkConfigurationId)
  put('changed', outputs.changed)
  put('deleted', outputs.deleted)
  put('plan', outputs.plan)
  put('plan-digest', outputs.planDigest)
  return text
}

/**
 * Sets every output; `result` is written to `result-file` too, and only there when it is too large (so
 * is `plan`, which `result` holds).
 */
export function writeOutputs(outputs: Outputs, env: NodeJS.ProcessEnv = process.env): void {
  const text = outputText(outputs)
  const file = join(env.RUNNER_TEMP || tmpdir(), `hosted-runners-result-${randomUUID()}.json`)
  writeFileSync(file, text.result ?? '{}', 'utf8')
  text['result-file'] = file
  const limit = `${MAX_OUTPUT_BYTES / 1024 / 1024} MiB, GitHub's limit for an output`
  if (Buffer.byteLength(text.result ?? '') > MAX_OUTPUT_BYTES) {
    text.result = JSON.stringify({
      note: `The result is larger than ${limit}: read it from the file in the result-file output.`,
      result_file: file
    })
  }
  // apply's `result` holds its plan under `plan`: the file has it whole.
  if (text.plan !== undefined && Buffer.byteLength(text.plan) > MAX_OUTPUT_BYTES) {
    text.plan = JSON.stringify({
      note: `The plan is larger than ${limit}: read it from the file in the result-file output, under its "plan" key.`,
      result_file: file
    })
  }
  for (const [name, value] of Object.entries(text)) core.setOutput(name, value)
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

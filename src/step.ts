// The workflow step's side of a run, through @actions/core: inputs, masking, logs, outputs,
// the summary and the failure. Everything else in the action is free of it.
import * as core from '@actions/core'

export const step = {
  input: (name: string): string => core.getInput(name),
  mask: (secret: string): void => core.setSecret(secret),
  info: (message: string): void => core.info(message),
  debug: (message: string): void => core.debug(message),
  warning: (message: string): void => core.warning(message),
  setOutput: (name: string, value: string): void => core.setOutput(name, value),
  fail: (message: string): void => core.setFailed(message),
  async writeSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(markdown, true).write()
  }
}

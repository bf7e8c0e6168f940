// The hosted runners of the scope, listed once per run, and one runner by name under the one name rule.
import { HOSTED_RUNNER } from '../../github/answer-shapes.js'
import type { HostedRunner } from '../../github/types.js'
import { pickByName } from '../../inputs/name-rule.js'
import type { ReadsOnce } from '../fleet-kind.js'
import { RUNNERS } from './routes.js'

/** Every hosted runner of the scope (every page), read at most once per run; `fresh` reads again. */
export function listRunners(reader: ReadsOnce, { fresh = false } = {}): Promise<HostedRunner[]> {
  if (fresh) reader.perRun.forget('hosted-runners')
  return reader.perRun.once('hosted-runners', () =>
    reader.gateway.readAll(RUNNERS, {}, 'runners', HOSTED_RUNNER)
  )
}

/** The runner `name` names (ignoring case; the exact spelling wins), if any. */
export async function findRunnerNamed(
  reader: ReadsOnce,
  name: string,
  { fresh = false } = {}
): Promise<HostedRunner | undefined> {
  return pickByName(await listRunners(reader, { fresh }), name, 'runner-name', 'hosted runners')
}

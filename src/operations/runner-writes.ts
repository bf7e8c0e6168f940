// The writes of create-runner and update-runner built from the runner field table, and the reads that
// GitHub's rules about them need (the machine sizes when a write sends a size, the limits when it turns
// static IPs on), made once per run.
import { describeScope } from '../common/scope.js'
import { createBody, updateBody } from '../core/field-table.js'
import { refusalOf, turnsStaticIpOn, type RunnerFacts, type RunnerWrite } from '../core/runner-rules.js'
import { imageSourceOf, RUNNER_FIELDS, wantedRunnerSettings, type WantedRunner } from '../core/runner-plan.js'
import { LIMITS, MACHINE_SPEC, aListOf, anObject } from '../github/answer-shapes.js'
import type { ParamsOf } from '../github/request-gateway.js'
import type { ImageSource } from '../inputs/image-matching.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'

/** Reads what the write's rules need, then throws the first refusal. */
export async function checkRunnerWrite(
  names: NameResolver,
  write: RunnerWrite,
  facts: Pick<RunnerFacts, 'current' | 'image'>
): Promise<void> {
  const { gateway } = names
  const sizes =
    write.size === undefined
      ? undefined
      : await names.perRun.once('machine-sizes', async () => {
          const shape = anObject({ machine_specs: aListOf(MACHINE_SPEC) })
          const answer = await gateway.read('GET /orgs/{org}/actions/hosted-runners/machine-sizes', {}, shape)
          return answer.machine_specs.map((spec) => spec.id)
        })
  const early = refusalOf(write, { ...facts, sizes, where: describeScope(gateway.scope) })
  if (early) throw early
  if (!turnsStaticIpOn(write, facts.current)) return
  const publicIps = await names.perRun.once('limits', async () => {
    const answer = await gateway.read('GET /orgs/{org}/actions/hosted-runners/limits', {}, LIMITS)
    return answer.public_ips
  })
  const refusal = refusalOf(write, { ...facts, sizes, publicIps, where: describeScope(gateway.scope) })
  if (refusal) throw refusal
}

/** The parameters of `create-runner`: the image resolved to its id, checked against GitHub's rules. */
export async function createParams(i: OperationInputs, names: NameResolver) {
  const source = imageSourceOf(i) as ImageSource
  const image = await names.image(i.imageId as string, source)
  const wanted = { ...wantedRunnerSettings(i), name: i.runnerName as string, imageId: image.id }
  await checkRunnerWrite(names, { ...wanted, imageSource: source }, { image })
  const runnerGroupId = await names.runnerGroupIdOrDefault()
  return createBody(RUNNER_FIELDS, {
    ...wanted,
    runnerGroupId
  }) as ParamsOf<'POST /orgs/{org}/actions/hosted-runners'>
}

/** The parameters of `update-runner`: the runner is read only when a rule needs its current state. */
export async function updateParams(i: OperationInputs, names: NameResolver) {
  const hosted_runner_id = await names.runnerId()
  const needsCurrent = i.imageId !== undefined || i.imageVersion !== undefined || i.enableStaticIp === true
  const current = !needsCurrent
    ? undefined
    : i.runnerId !== undefined
      ? await names.runnerById(i.runnerId)
      : await names.runnerNamed(i.runnerName as string)
  const source = imageSourceOf(i)
  const image = source && (await names.image(i.imageId as string, source))
  const wanted: Omit<WantedRunner, 'name'> & { name?: string } = {
    ...wantedRunnerSettings(i),
    imageId: image ? image.id : undefined
  }
  await checkRunnerWrite(names, wanted, { current, image: image || undefined })
  return {
    hosted_runner_id,
    ...updateBody(
      RUNNER_FIELDS,
      {
        ...wanted,
        // With both, `runner-id` picks the runner and `runner-name` is its new name.
        name: i.runnerId !== undefined ? i.runnerName : undefined,
        runnerGroupId: i.runnerGroup === undefined ? undefined : await names.runnerGroupId()
      } as WantedRunner,
      current
    )
  }
}

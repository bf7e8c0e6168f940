// The writes of create-runner and update-runner built from the runner field table, and the check of
// GitHub's rules about them (resources/hosted-runner/rules.ts) over the facts that resolve/runner-facts.ts reads, each
// only when its rule applies: the machine sizes when a write sends a size, the custom image version when
// it concerns a custom image, the group when a static IP lands in one, the limits when it turns static IPs on.
import type { GroupToCreate } from '../common/group-to-create.js'
import { describeScope } from '../common/scope.js'
import { createBody, updateBody } from '../core/field-table.js'
import {
  refusalOf,
  staticIpGroupMatters,
  storageAfter,
  storageMatters,
  turnsStaticIpOn,
  type GroupNetwork,
  type RunnerFacts,
  type RunnerWrite
} from '../resources/hosted-runner/rules.js'
import {
  beyondPrivateNetworking,
  sizeRefusal,
  sizeRulesMatter,
  vcpusAfter
} from '../resources/hosted-runner/size-rules.js'
import {
  imageSourceOf,
  RUNNER_FIELDS,
  wantedRunnerSettings,
  type WantedRunner
} from '../resources/hosted-runner/fields.js'
import type { ParamsOf } from '../github/request-gateway.js'
import type { ImageSource } from '../inputs/image-matching.js'
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { customVersionAfter, groupNetwork, machineSizes, publicIpLimits } from '../resolve/runner-facts.js'
import { CREATE_RUNNER } from '../resources/hosted-runner/routes.js'

export interface WriteFacts extends Pick<RunnerFacts, 'current' | 'image'> {
  /** The group a runner group id stands for after the plan (apply: groups it creates or changes). */
  groupOf?: (id: number | GroupToCreate) => Promise<GroupNetwork | undefined>
}

/** Reads what the write's rules need, then throws the first refusal. */
export async function checkRunnerWrite(
  names: NameResolver,
  write: RunnerWrite,
  { groupOf, ...known }: WriteFacts
): Promise<void> {
  const { gateway } = names
  let facts: RunnerFacts = { ...known, where: describeScope(gateway.scope) }
  const check = async (more: Partial<RunnerFacts>) => {
    facts = { ...facts, ...more }
    const refusal = refusalOf(write, facts)
    if (refusal) throw refusal
    // GitHub's size rules (resources/hosted-runner/size-rules.ts) after the others: a size not offered is named first. A
    // write that sends no size (a move to another group, another image) has not read the sizes: they are
    // read when a rule refuses it, so that the refusal names the sizes that would fit.
    const sizeRule = sizeRefusal(write, facts)
    if (sizeRule && !facts.sizes) {
      const sizes = await machineSizes(names).catch(() => undefined)
      throw (sizes && sizeRefusal(write, { ...facts, sizes })) ?? sizeRule
    }
    if (sizeRule) throw sizeRule
  }
  await check({ sizes: write.size === undefined ? undefined : await machineSizes(names) })
  const customVersion = storageMatters(write, known.current)
    ? await customVersionAfter(names, write, known)
    : undefined
  // Sizes that would hold the image are named when the runner's own size does not.
  const short =
    customVersion && !facts.sizes && (storageAfter(write, facts).storageGb ?? Infinity) < customVersion.sizeGb
  const groupId = write.runnerGroupId ?? known.current?.runner_group_id
  // The group is read when a static IP lands in it, or when the size is beyond private networking's.
  const sizeMatters =
    sizeRulesMatter(write, known) && beyondPrivateNetworking(vcpusAfter(write, facts).cpuCores)
  const group =
    groupId !== undefined && (staticIpGroupMatters(write, known.current) || sizeMatters)
      ? await (groupOf ?? ((id) => (typeof id === 'number' ? groupNetwork(names, id) : undefined)))(groupId)
      : undefined
  await check({ customVersion, group, sizes: short ? await machineSizes(names) : facts.sizes })
  if (!turnsStaticIpOn(write, known.current)) return
  await check({ publicIps: await publicIpLimits(names) })
}

/** The parameters of `create-runner`: the image resolved to its id, checked against GitHub's rules. */
export async function createParams(i: OperationInputs, names: NameResolver) {
  const source = imageSourceOf(i) as ImageSource
  const image = await names.image(i.imageId as string, source)
  const runnerGroupId = await names.runnerGroupIdOrDefault()
  const wanted = {
    ...wantedRunnerSettings(i),
    name: i.runnerName as string,
    imageId: image.id,
    runnerGroupId
  }
  await checkRunnerWrite(names, { ...wanted, imageSource: source }, { image })
  return createBody(RUNNER_FIELDS, wanted) as ParamsOf<typeof CREATE_RUNNER>
}

/** The parameters of `update-runner`: the runner is read only when a rule needs its current state. */
export async function updateParams(i: OperationInputs, names: NameResolver) {
  const hosted_runner_id = await names.runnerId()
  // The runner's image, size, static IP and group decide whether a change of any of them breaks a rule.
  const needsCurrent =
    i.imageId !== undefined ||
    i.imageVersion !== undefined ||
    i.size !== undefined ||
    i.runnerGroup !== undefined ||
    i.enableStaticIp === true
  const current = !needsCurrent
    ? undefined
    : i.runnerId !== undefined
      ? await names.runnerById(i.runnerId)
      : await names.runnerNamed(i.runnerName as string)
  const source = imageSourceOf(i)
  const image = source && (await names.image(i.imageId as string, source))
  const wanted: Omit<WantedRunner, 'name'> & { name?: string } = {
    ...wantedRunnerSettings(i),
    imageId: image ? image.id : undefined,
    runnerGroupId: i.runnerGroup === undefined ? undefined : await names.runnerGroupId()
  }
  await checkRunnerWrite(names, wanted, { current, image: image || undefined })
  return {
    hosted_runner_id,
    ...updateBody(
      RUNNER_FIELDS,
      // With both, `runner-id` picks the runner and `runner-name` is its new name.
      { ...wanted, name: i.runnerId !== undefined ? i.runnerName : undefined } as WantedRunner,
      current
    )
  }
}

// What the plan compares: the live state, read with one listing per kind (and one request per member
// list that must be compared), and the file's names turned into ids. A name already among a group's
// members, or an image the runner already runs, costs no further request.
import { UserError } from '../common/errors.js'
import type { CustomImage, RunnerGroup } from '../github/types.js'
import type { CatalogueImage } from '../inputs/image-matching.js'
import type { NameResolver } from '../lookups/name-resolver.js'
import { policyOf } from '../resources/image-retention/fields.js'
import type { GroupNow, WantedGroup } from '../resources/runner-group/fields.js'
import { wantedRunnerSettings, type WantedRunner } from '../resources/hosted-runner/fields.js'
import { imageVersions, wantedImage } from '../resolve/current-state.js'
import { currentMembers, repositoriesToLookUp, wantedGroup } from './wanted-group.js'
import type { Fleet, FleetItem } from './fleet.js'
import { atItem } from './fleet-problems.js'
import { declaredGroups, groupIdOf } from './group-refs.js'
import { prunedGroups, type LiveFleet, type WantedFleet } from '../engine/fleet-plan.js'
import { matchLive, type NameKind } from '../core/renames.js'
import { NETWORK_CONFIGURATION_KIND } from '../resources/network-configuration/fields.js'
import { resolveKinds, toCreate, type ResolvedKind } from './resolve-kinds.js'

const RUNNER_NAMES: NameKind = { input: 'runner-name', what: 'hosted runners' }

export interface Resolved {
  wanted: WantedFleet
  live: LiveFleet
  /** The names of the groups the plan creates. */
  newGroups: string[]
  /** Catalogue entries of the runners' images, by runner name, for GitHub's rules. */
  images: Map<string, CatalogueImage>
  imageLabels: Map<string, string>
  /** The registered kinds' sections, with the scope's objects of each. */
  kinds: ResolvedKind[]
}

export async function resolveFleet(fleet: Fleet, names: NameResolver): Promise<Resolved> {
  const retained = fleet.retention.length > 0
  const [listedGroups, listedRunners] = await Promise.all([names.runnerGroups(), names.hostedRunners()])
  // In the order of their ids, not of GitHub's listing: the same file and the same objects give the same
  // plan (its prunes, its digest) whatever order GitHub lists them in.
  const groups = byId(listedGroups)
  const runners = byId(listedRunners)
  const scope = names.gateway.scope.kind
  const live: LiveFleet = { groups, runners, members: new Map(), scope }
  const kinds = await resolveKinds(fleet, names)
  // A group may name a network configuration the file's section creates.
  const newConfigurations = toCreate(fleet, kinds, NETWORK_CONFIGURATION_KIND.section)
  // Every group's current members first, then every name they do not hold, resolved together.
  const current: Array<GroupNow | undefined> = []
  const what = (item: FleetItem) => `runner group '${item.inputs.groupName}'`
  for (const item of fleet.groups)
    current.push(
      await withErrorsAtItem(fleet, item, what(item), () => currentMembers(item.inputs, live, names))
    )
  if (scope === 'org')
    await names.gatherRepositories(
      fleet.groups.flatMap((item, i) => repositoriesToLookUp(item.inputs, current[i], names))
    )
  const wantedGroups: WantedGroup[] = []
  for (const [i, item] of fleet.groups.entries())
    wantedGroups.push(
      await withErrorsAtItem(fleet, item, what(item), () =>
        wantedGroup(item.inputs, live, names, current[i], newConfigurations)
      )
    )
  const newGroups = wantedGroups
    .filter((group) => !matchLive(groups, group.name, group.previousNames))
    .map((group) => group.name)
  const images = new Map<string, CatalogueImage>()
  const imageLabels = new Map<string, string>()
  for (const runner of runners)
    if (runner.image_details?.id)
      imageLabels.set(
        runner.image_details.id,
        `${runner.image_details.display_name} (${runner.image_details.id})`
      )
  const fileGroups = declaredGroups(fleet, newGroups)
  const wantedRunners: WantedRunner[] = []
  for (const item of fleet.runners) {
    const name = item.inputs.runnerName as string
    wantedRunners.push(
      await withErrorsAtItem(fleet, item, `hosted runner '${name}'`, async () => {
        const now = matchLive(runners, name, item.inputs.previousNames, RUNNER_NAMES)
        if (!now && (item.inputs.imageId === undefined || item.inputs.size === undefined))
          throw new UserError(
            'input',
            'image-id',
            "the runner does not exist: to create it, give 'image-id' and 'size'."
          )
        const image = await wantedImage(item.inputs, names, now)
        if (image) {
          images.set(name, image)
          imageLabels.set(image.id, `${image.name} (${image.id})`)
        }
        const runnerGroupId = groupIdOf(item.inputs.runnerGroup, fleet.prune, {
          groups,
          fileGroups,
          creating: !now,
          scope
        })
        // Every setting by the kind's rows; the image and the group as looked up.
        return {
          ...wantedRunnerSettings(item.inputs),
          name,
          imageId: image?.id,
          runnerGroupId,
          previousNames: item.inputs.previousNames
        }
      })
    )
  }
  const retention: WantedFleet['retention'] = []
  if (retained) {
    // An item without custom-image covers every image no other item names.
    const named = fleet.retention.filter((item) => item.inputs.customImage !== undefined)
    const rest = fleet.retention.find((item) => item.inputs.customImage === undefined)
    const covered = new Set<number>()
    const retain = async (item: FleetItem, image: CustomImage) => {
      // One entry per image: by name and by id, two entries would plan the same deletions twice.
      if (covered.has(image.id))
        throw atItem(
          fleet,
          item,
          'image retention',
          new UserError(
            'input',
            'custom-image',
            `custom image '${image.name}' (id ${image.id}) has another retention entry already: give each image one entry.`
          )
        )
      covered.add(image.id)
      const versions = await imageVersions(names.gateway, image.id)
      retention.push({
        image,
        versions,
        policy: policyOf(item.inputs, new Date())
      })
    }
    for (const item of named)
      await retain(
        item,
        await withErrorsAtItem(fleet, item, 'image retention', () =>
          names.withInputs({ customImage: item.inputs.customImage }).customImage()
        )
      )
    if (rest)
      for (const image of await names.customImages()) if (!covered.has(image.id)) await retain(rest, image)
  }
  const wanted = { groups: wantedGroups, runners: wantedRunners, retention, prune: fleet.prune }
  live.selfHosted = await selfHostedRunners(prunedGroups(wanted, live), names)
  return {
    wanted,
    live,
    newGroups,
    images,
    imageLabels,
    kinds
  }
}

/** The self-hosted runners each group holds now: a group prune would delete must hold none. */
async function selfHostedRunners(groups: RunnerGroup[], names: NameResolver) {
  const held = new Map<number, Array<{ id: number; name: string }>>()
  for (const group of groups) {
    const ids = [...(await names.groupRunnerIds(group.id))].sort((a, b) => a - b)
    held.set(
      group.id,
      ids.map((id) => ({ id, name: names.labels.get(id) ?? String(id) }))
    )
  }
  return held
}

const byId = <T extends { id: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.id - b.id)

/** Runs `work`; an error it throws is told with the fleet file line of `item` (atItem). */
async function withErrorsAtItem<T>(
  fleet: Fleet,
  item: FleetItem,
  what: string,
  work: () => Promise<T>
): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw atItem(fleet, item, what, error)
  }
}

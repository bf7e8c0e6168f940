// The action's input vocabulary: every value input with its format, and the groups of inputs that
// several operations read. The settings reader and the operations table both speak it.
import { UserError } from '../common/errors.js'
import {
  RUNNER_NAME,
  boolean,
  duration,
  inputName,
  list,
  matching,
  oneOf,
  positiveInteger,
  text,
  wholeNumber,
  workflowRef
} from './formats.js'
import { idOrName, organizationRef, repositoryRef, runnerRef } from './references.js'

const SECOND = 1000
const HOUR = 3600 * SECOND

/** The inputs an operation may read, by key; the input's name is the key in kebab-case. */
export const VALUE_INPUTS = {
  runnerId: positiveInteger,
  runnerName: matching(RUNNER_NAME, '1–64 characters of a-z A-Z 0-9 . - _'),
  imageId: text(256),
  imageSource: oneOf(['github', 'partner', 'custom'] as const),
  // `latest` follows the custom image's newest version (checked per operation: a version to read or
  // delete is always x.y.z).
  imageVersion: matching(/^(\d+\.\d+\.\d+|latest)$/, 'a version `x.y.z`, such as `1.2.0`, or `latest`'),
  size: text(256),
  runnerGroup: idOrName(64),
  maximumRunners: positiveInteger,
  enableStaticIp: boolean,
  imageGen: boolean,
  waitFor: oneOf(['ready', 'deleted'] as const, { ignoreCase: true }),
  waitTimeout: duration({ days: false, min: SECOND, max: 24 * HOUR }),
  pollInterval: duration({ days: false, min: SECOND, max: HOUR }),
  customImage: idOrName(256),
  visibleToRepository: text(256),
  visibleToOrganization: text(256),
  groupName: text(64),
  visibility: oneOf(['all', 'selected', 'private'] as const),
  repositories: list(repositoryRef),
  runners: list(runnerRef),
  organizations: list(organizationRef),
  allowsPublicRepositories: boolean,
  restrictedToWorkflows: boolean,
  selectedWorkflows: list(workflowRef),
  networkConfigurationId: text(256),
  networkConfigurationName: matching(/^[A-Za-z0-9._-]{1,100}$/, '1–100 characters of a-z A-Z 0-9 . - _'),
  networkSettingsId: text(256),
  computeService: oneOf(['none', 'actions'] as const),
  failoverNetworkSettingsId: text(256),
  failoverNetworkEnabled: boolean,
  keep: wholeNumber(10_000),
  olderThan: duration({ days: true, min: 0, max: 3650 * 24 * HOUR }),
  maxDeletions: wholeNumber(100_000),
  config: text(1024),
  previousNames: list(text(64)),
  expectedPlanDigest: matching(
    /^[0-9a-fA-F]{64}$/,
    'a SHA-256 in hex (64 characters): the `plan-digest` output of a reviewed dry run'
  ),
  failOnChanges: boolean
}

export type InputKey = keyof typeof VALUE_INPUTS
export type OperationInputs = { [K in InputKey]?: ReturnType<(typeof VALUE_INPUTS)[K]> }

/** The inputs every operation reads. */
export const COMMON_INPUTS = [
  'operation',
  'token',
  'org',
  'enterprise',
  'api-url',
  'api-version',
  'dry-run',
  'retries'
] as const

/** Keys of fleet file items only, never a step's input, with what they mean (action.yml describes the others). */
export const FLEET_ONLY_INPUTS: Partial<Record<InputKey, string>> = {
  previousNames:
    'Names this object may still have on GitHub: when the name is missing and exactly one of these exists, the plan renames it (a PATCH), never a create and a prune.'
}

/** Every input the action reads, as action.yml must declare them. */
export const INPUT_NAMES: readonly string[] = [
  ...COMMON_INPUTS,
  ...(Object.keys(VALUE_INPUTS) as InputKey[])
    .filter((key) => !Object.hasOwn(FLEET_ONLY_INPUTS, key))
    .map(inputName)
]

/** Inputs that exist at one scope only: an organization's groups hold repositories, an enterprise's organizations. */
export const SCOPE_ONLY_INPUTS: Record<'org' | 'enterprise', InputKey[]> = {
  org: ['repositories', 'visibleToRepository'],
  enterprise: ['organizations', 'visibleToOrganization']
}

/** `latest` names no one version: get-image-version and delete-image-version need `x.y.z`. */
export function checkOneVersion(inputs: OperationInputs): void {
  if (inputs.imageVersion === 'latest')
    throw new UserError(
      'input',
      'image-version',
      "Input 'image-version' has the value 'latest', but this operation needs one version `x.y.z`, such as `1.2.0` (list-image-versions lists them; `latest` is for a runner that follows the newest version)."
    )
}

/** How a write that concerns a runner waits for it afterwards. */
export const WAIT_INPUTS = ['waitFor', 'waitTimeout', 'pollInterval'] satisfies InputKey[]

/**
 * `image-source` says where `image-id` comes from: alone it would be ignored, so it is refused.
 * `image-version` pins a custom image's version: with another source it is refused.
 */
export function checkImageInputs(inputs: OperationInputs): void {
  if (inputs.imageSource !== undefined && inputs.imageId === undefined)
    throw new UserError(
      'input',
      'image-source',
      "Input 'image-source' needs 'image-id': it says where that image comes from."
    )
  const source = inputs.imageId === undefined ? undefined : (inputs.imageSource ?? 'github')
  if (inputs.imageVersion !== undefined && source !== undefined && source !== 'custom')
    throw new UserError(
      'input',
      'image-version',
      `Input 'image-version' is only for custom images ('image-source: custom'): ${source === 'github' ? 'GitHub-owned' : 'partner'} images always run their latest version. Remove 'image-version', or set 'image-source: custom'.`
    )
}

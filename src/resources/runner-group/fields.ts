// The runner group kind's settings, one row each: the input (and fleet file key) that sets it, its API
// field on create and update, where GitHub's answer holds it, and what export writes; and its member
// lists. ensure-group, create-group and update-group, the fleet file's `runner-groups:` section, apply's
// plan and export all come from these rows: a new setting is one row.
import type { ConfigurationToCreate } from '../../common/group-to-create.js'
import { inputsOf, wantedSettings, type FieldRow } from '../../core/field-table.js'
import type { RunnerGroup } from '../../github/types.js'
import type { InputKey, OperationInputs } from '../../inputs/vocabulary.js'
import type { Kind, KindField } from '../kind.js'
import { SET_ORGANIZATIONS, SET_REPOSITORIES, SET_RUNNERS } from './routes.js'

export interface WantedGroup {
  name: string
  visibility?: 'all' | 'selected' | 'private'
  allowsPublicRepositories?: boolean
  restrictedToWorkflows?: boolean
  selectedWorkflows?: string[]
  /** Its id, or a configuration the plan of `apply` creates. */
  networkConfigurationId?: string | ConfigurationToCreate
  repositoryIds?: number[]
  /** An enterprise group's organizations. */
  organizationIds?: number[]
  runnerIds?: number[]
  /** Names the group may still have on GitHub (the fleet file's `previous-names`). */
  previousNames?: string[]
}

export interface GroupNow {
  group: RunnerGroup
  /** Present when the wanted repositories were given and the group has a repository list. */
  repositoryIds?: number[]
  organizationIds?: number[]
  runnerIds?: number[]
}

/** What the settings rows set: all a group is but its name and member lists. */
export type GroupSettings = Omit<
  WantedGroup,
  'name' | 'previousNames' | 'repositoryIds' | 'organizationIds' | 'runnerIds'
>

type Row = FieldRow<GroupSettings, RunnerGroup> & KindField<RunnerGroup>
const asItIs = (value: unknown) => value as string | boolean

/** The group's settings; its name is matched, not compared (GitHub requires it on every update). */
export const GROUP_FIELDS: readonly Row[] = [
  {
    key: 'visibility',
    fleetKey: 'visibility',
    exported: asItIs,
    input: 'visibility',
    create: 'visibility',
    update: 'visibility',
    read: (g) => g.visibility,
    // GitHub keeps an organization group's `private` as `all` (Terraform's provider skips its test of
    // it: the plan keeps showing `"all" => "private"`). Compared so, a re-run sends nothing.
    storedAs: (wanted) => (wanted === 'private' ? 'all' : wanted)
  },
  {
    key: 'allowsPublicRepositories',
    fleetKey: 'allows-public-repositories',
    exported: asItIs,
    input: 'allowsPublicRepositories',
    create: 'allows_public_repositories',
    update: 'allows_public_repositories',
    read: (g) => g.allows_public_repositories
  },
  {
    key: 'restrictedToWorkflows',
    fleetKey: 'restricted-to-workflows',
    exported: asItIs,
    exportedWhenAbsent: false,
    input: 'restrictedToWorkflows',
    create: 'restricted_to_workflows',
    update: 'restricted_to_workflows',
    // A guess, no source: a group answered without the field is not restricted. Read as unknown, a wanted
    // restriction would never be sent; read this way it is sent once, and GitHub then reports it.
    read: (g) => g.restricted_to_workflows,
    absentMeans: false
  },
  {
    key: 'selectedWorkflows',
    fleetKey: 'selected-workflows',
    exported: (value) => (Array.isArray(value) && value.length > 0 ? (value as string[]) : null),
    input: 'selectedWorkflows',
    create: 'selected_workflows',
    update: 'selected_workflows',
    read: (g) => g.selected_workflows,
    absentMeans: []
  },
  {
    // A guess, no source: a group without a network configuration is answered without the field (the
    // simulator answers so). Read as unknown, a wanted configuration would never be attached.
    key: 'networkConfigurationId',
    fleetKey: 'network-configuration-id',
    exported: (value, _g, names) => names.configurationName(value as string),
    input: 'networkConfigurationId',
    create: 'network_configuration_id',
    update: 'network_configuration_id',
    read: (g) => g.network_configuration_id,
    absentMeans: null
  }
]

/** A group's member lists: each replaced whole by one PUT when it differs from what is wanted. */
export const MEMBER_LISTS = [
  {
    list: 'repositoryIds',
    input: 'repositories',
    create: 'selected_repository_ids',
    route: SET_REPOSITORIES,
    body: 'selected_repository_ids'
  },
  {
    list: 'organizationIds',
    input: 'organizations',
    create: 'selected_organization_ids',
    route: SET_ORGANIZATIONS,
    body: 'selected_organization_ids'
  },
  {
    list: 'runnerIds',
    input: 'runners',
    create: 'runners',
    route: SET_RUNNERS,
    body: 'runners'
  }
] as const

/** The settings of a runner group, as create, update and ensure read them. */
export const GROUP_SETTINGS: InputKey[] = inputsOf(GROUP_FIELDS)
/** What names and sets a runner group: ensure-group's inputs. */
export const GROUP_INPUTS: InputKey[] = ['groupName', ...GROUP_SETTINGS, ...MEMBER_LISTS.map((m) => m.input)]

export const RUNNER_GROUP_KIND: Kind<RunnerGroup> = {
  section: 'runner-groups',
  item: 'runner-group',
  object: 'runner-group',
  description:
    'Runner groups, each as ensure-group takes it. A group not listed is left alone (unless prune is true).',
  name: { input: 'groupName', fleetKey: 'group-name', read: (g) => g.name },
  fields: GROUP_FIELDS,
  moreInputs: [...MEMBER_LISTS.map((m) => m.input), 'previousNames']
}

/** The group settings among `inputs` (the inputs of a step, or of an item of a fleet file). */
export const groupSettingsOf = (inputs: OperationInputs): Partial<WantedGroup> =>
  wantedSettings(GROUP_FIELDS, inputs)

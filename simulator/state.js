// @ts-check
// The simulator's mutable state, GitHub's fixed catalogues, and the seed helpers tests use.
// One model for both scopes: the organization's state is the root, and its `enterprise` holds the same
// resources for the enterprise (its own hosted runners, custom images, runner groups, self-hosted
// runners), plus the enterprise's organizations.

/**
 * @typedef {'Ready' | 'Provisioning' | 'Shutdown' | 'Deleting' | 'Stuck'} RunnerStatus
 * @typedef {{ id: string, size_gb: number, display_name: string, source: 'github' | 'partner' | 'custom', version?: string }} ImageDetails
 * @typedef {{ id: string, cpu_cores: number, memory_gb: number, storage_gb: number }} MachineSpec
 * @typedef {{ enabled: boolean, prefix: string, length: number }} PublicIp
 * @typedef {{ id: number, name: string, runner_group_id: number, image_details: ImageDetails | null,
 *   machine_size_details: MachineSpec, status: RunnerStatus, platform: string, maximum_runners: number,
 *   public_ip_enabled: boolean, public_ips: PublicIp[], last_active_on: string | null, image_gen: boolean }} HostedRunner
 * @typedef {{ id: number, name: string, visibility: 'all' | 'selected' | 'private', default: boolean,
 *   allows_public_repositories: boolean, restricted_to_workflows: boolean, selected_workflows: string[],
 *   network_configuration_id?: string, inherited: boolean, workflow_restrictions_read_only: boolean,
 *   selected_repository_ids: number[], selected_organization_ids?: number[] }} RunnerGroup
 *   (`selected_repository_ids`, and for an enterprise group `selected_organization_ids`, are the simulator's
 *   own record of the group's repositories and organizations; never answered)
 * @typedef {{ id: string, platform: string, size_gb: number, display_name: string, source: 'github' | 'partner' }} CatalogueImage
 * @typedef {{ id: number, platform: string, name: string, source: string, versions_count: number,
 *   total_versions_size: number, latest_version: string, state: string }} CustomImage
 * @typedef {{ version: string, state: string, size_gb: number, created_on: string, state_details: string }} ImageVersion
 * @typedef {{ id: number, name: string, os: string, status: string, busy: boolean, ephemeral: boolean,
 *   runner_group_id: number, labels: { id: number, name: string, type: 'read-only' | 'custom' }[] }} SelfHostedRunner
 * @typedef {{ id: number, name: string, owner: string, private: boolean, description: string | null,
 *   fork: boolean, archived: boolean, default_branch: string, created_at: string }} Repository
 * @typedef {{ phase: 'provisioning' | 'deleting', polls: number, ends?: RunnerStatus }} Lifecycle
 * @typedef {{ status: 'Shutdown' | 'Stuck', remaining: number }} ProvisioningFault
 * @typedef {{ id: number, login: string, description: string | null, created_at: string }} Organization
 *
 * @typedef {object} State the resources of one scope (what a handler gets)
 * @property {'org' | 'enterprise'} scope
 * @property {string} org the simulator's organization (in the enterprise scope too)
 * @property {HostedRunner[]} runners hosted runners
 * @property {RunnerGroup[]} groups
 * @property {CustomImage[]} images custom images
 * @property {Map<number, ImageVersion[]>} imageVersions custom image id -> its versions
 * @property {CatalogueImage[]} githubImages
 * @property {CatalogueImage[]} partnerImages
 * @property {MachineSpec[]} machineSizes
 * @property {string[]} platforms
 * @property {{ maximumPublicIps: number }} limits
 * @property {ProvisioningFault[]} provisioningFaults how the next creates end instead of Ready
 * @property {Map<string, 'Shutdown' | 'Stuck'>} versionEnds `<image id>@<version>` -> how a runner set to
 *   that custom image version ends its provisioning instead of Ready
 * @property {SelfHostedRunner[]} selfHostedRunners
 * @property {Repository[]} repositories
 * @property {Map<number, Lifecycle>} lifecycle hosted runner id -> polls left before Ready / gone
 * @property {import('./networks.js').NetworkConfiguration[]} networkConfigurations
 * @property {import('./networks.js').NetworkSettings[]} networkSettings made in Azure: seeded, read-only
 * @property {Record<'runner' | 'group' | 'image' | 'selfHostedRunner' | 'repository' | 'network', number>} nextId
 *
 * @typedef {State & { slug: string, organizations: Organization[], nextOrganizationId: number,
 *   organizationsCreateNetworkConfigurations: boolean }} EnterpriseState
 *   (`repositories` stays empty: an enterprise's runner groups grant organizations, not repositories)
 * @typedef {State & { enterprise: EnterpriseState }} RootState the organization's state, and the enterprise's
 */

// GitHub's default runner group is id 1 in an organization and in an enterprise alike (the GHEC
// description's example answer to GET /enterprises/{enterprise}/actions/runner-groups shows "Default" as 1).
export const DEFAULT_GROUP_ID = 1
/** The simulator's organization; its enterprise's second one is the next id. The repositories' owner id. */
export const ORGANIZATION_ID = 9919

/**
 * GitHub-owned images. Ids are numeric strings with display names: Terraform's GitHub provider,
 * docs/resources/actions_hosted_runner.md: "Image IDs for GitHub-owned images are numeric strings
 * (e.g., "2306" for Ubuntu Latest 24.04), not names like "ubuntu-latest"". The display name is as GitHub
 * lists it, "Ubuntu Latest (24.04)": a comment in integrations/terraform-provider-github PR #2893
 * (https://github.com/integrations/terraform-provider-github/pull/2893) quotes GitHub's answer. Only 2306
 * and its name are sourced; the other ids and names, and the macOS entry (kept to exercise "no static IPs
 * for macOS"), are guesses.
 * @returns {CatalogueImage[]}
 */
function githubImages() {
  /** @type {[string, string, number, string][]} */
  const rows = [
    ['2306', 'linux-x64', 86, 'Ubuntu Latest (24.04)'],
    ['2307', 'linux-x64', 86, 'Ubuntu 22.04'],
    ['2310', 'linux-arm64', 75, 'Ubuntu 24.04 (Arm64)'],
    ['2320', 'win-x64', 256, 'Windows Latest (Server 2025)'],
    ['2321', 'win-x64', 256, 'Windows Server 2022'],
    ['2340', 'macos-arm64', 120, 'macOS 15 (Arm64)']
  ]
  return rows.map(([id, platform, size_gb, display_name]) => ({
    id,
    platform,
    size_gb,
    display_name,
    source: 'github'
  }))
}

/**
 * Partner images (GitHub changelog 2025-02-20 names them; that their ids are numeric strings like
 * GitHub's is a guess).
 * @returns {CatalogueImage[]}
 */
function partnerImages() {
  return [
    {
      id: '2501',
      platform: 'linux-x64',
      size_gb: 86,
      display_name: 'NVIDIA GPU-Optimized Image for AI and HPC',
      source: 'partner'
    }
  ]
}

/**
 * GitHub Docs, "Larger runners reference": the x64 sizes (CPU, memory, storage), 96 vCPU included. That
 * GitHub's ids are `<cpu>-core` is Terraform's documented example (`size = "4-core"`).
 * @returns {MachineSpec[]}
 */
function machineSizes() {
  /** @type {[number, number, number][]} */
  const rows = [
    [2, 8, 75],
    [4, 16, 150],
    [8, 32, 300],
    [16, 64, 600],
    [32, 128, 1200],
    [64, 256, 2040],
    [96, 384, 2040]
  ]
  return rows.map(([cpu_cores, memory_gb, storage_gb]) => ({
    id: `${cpu_cores}-core`,
    cpu_cores,
    memory_gb,
    storage_gb
  }))
}

/**
 * The organization (`org`) and the enterprise (`enterprise`, with two organizations: `org` itself and
 * `<org>-labs`).
 * @param {string} org
 * @param {string} [enterprise]
 * @returns {RootState}
 */
export function createState(org, enterprise = 'octo-ent') {
  const created = '2019-03-04T10:00:00Z'
  const organizations = [org, `${org}-labs`].map((login, index) => ({
    id: ORGANIZATION_ID + index,
    login,
    description: null,
    created_at: created
  }))
  // The enterprise's ids start in other ranges, so an id used in the wrong scope is not found by accident.
  const enterpriseIds = {
    runner: 1001,
    group: 101,
    image: 800,
    selfHostedRunner: 8000,
    repository: 0,
    network: 1
  }
  const enterpriseState = {
    ...createScope('enterprise', org, enterpriseIds),
    slug: enterprise,
    organizations,
    nextOrganizationId: ORGANIZATION_ID + organizations.length,
    // The enterprise policy that lets its organizations create network configurations. GitHub's default
    // is not to ("By default, organizations in an enterprise cannot create new network configurations":
    // GitHub Docs, "Troubleshooting Azure private network configurations ... in your enterprise"); the
    // simulator's organization allows it unless a test sets this false, as most tests need an
    // organization's own configurations.
    organizationsCreateNetworkConfigurations: true
  }
  const ids = {
    runner: 1,
    group: DEFAULT_GROUP_ID + 1,
    image: 300,
    selfHostedRunner: 5000,
    repository: 700000,
    network: 1
  }
  return { ...createScope('org', org, ids), enterprise: enterpriseState }
}

/**
 * The resources of one scope, with its default runner group.
 * @param {'org' | 'enterprise'} scope
 * @param {string} org
 * @param {State['nextId']} ids the first id of each kind
 * @returns {State}
 */
function createScope(scope, org, ids) {
  /** @type {State} */
  const state = {
    scope,
    org,
    runners: [],
    groups: [],
    images: [],
    imageVersions: new Map(),
    githubImages: githubImages(),
    partnerImages: partnerImages(),
    machineSizes: machineSizes(),
    platforms: ['linux-x64', 'linux-arm64', 'win-x64', 'macos-arm64'],
    // GitHub Docs, "Actions limits": "Static IP limits | 10 IPs | 10 IPs per enterprise and organization."
    limits: { maximumPublicIps: 10 },
    provisioningFaults: [],
    versionEnds: new Map(),
    selfHostedRunners: [],
    repositories: [],
    lifecycle: new Map(),
    networkConfigurations: [],
    networkSettings: [],
    // Separate id ranges, so an id of the wrong kind is not found by accident.
    nextId: { ...ids }
  }
  state.groups.push(newGroup(state, { id: DEFAULT_GROUP_ID, name: 'Default', default: true }))
  return state
}

/**
 * @param {State} state
 * @param {keyof State['nextId']} kind
 */
export function nextId(state, kind) {
  return state.nextId[kind]++
}

/**
 * @param {State} state
 * @param {Partial<RunnerGroup> & { name: string }} fields
 * @returns {RunnerGroup}
 */
export function newGroup(state, { id, name, ...fields }) {
  const group = {
    id: id ?? nextId(state, 'group'),
    name,
    visibility: /** @type {RunnerGroup['visibility']} */ ('all'),
    default: false,
    allows_public_repositories: false,
    restricted_to_workflows: false,
    selected_workflows: [],
    inherited: false,
    workflow_restrictions_read_only: false,
    selected_repository_ids: [],
    ...fields
  }
  return { ...group, visibility: storedVisibility(group.visibility) }
}

/**
 * An organization group asked to be `private` is stored as `all`: Terraform's GitHub provider skips its
 * test of a private group because "it always fails with: After applying this step, the plan was not
 * empty: visibility: "all" => "private"" (github/resource_github_actions_runner_group_test.go), and its
 * PR #821 could not get `private` "through any combination of POST or PATCH calls".
 * @param {RunnerGroup['visibility']} visibility
 * @returns {RunnerGroup['visibility']}
 */
export function storedVisibility(visibility) {
  return visibility === 'private' ? 'all' : visibility
}

/**
 * Recomputes an image's derived fields from its versions: the count, the total size, and the latest
 * version. "Latest" is the most recent generation, not the highest version: a 1.x built after 2.0.0
 * becomes latest (GitHub Docs, "Using custom images", as quoted in issue 11). Only Ready versions
 * count; with none Ready, the most recent of any state (a guess); '' when none is left.
 * @param {State} state
 * @param {CustomImage} image
 */
export function refreshImage(state, image) {
  const versions = state.imageVersions.get(image.id) ?? []
  const ready = versions.filter((version) => version.state === 'Ready')
  const pool = ready.length > 0 ? ready : versions
  // Equal dates: the one added last is the newer generation.
  const latest = pool.reduce(
    (newest, version) =>
      newest === undefined || Date.parse(version.created_on) >= Date.parse(newest.created_on)
        ? version
        : newest,
    /** @type {ImageVersion | undefined} */ (undefined)
  )
  image.versions_count = versions.length
  image.total_versions_size = versions.reduce((sum, version) => sum + version.size_gb, 0)
  image.latest_version = latest?.version ?? ''
}

/**
 * Case-insensitive name lookup (GitHub keeps runner and group names unique regardless of case).
 * @template {{ name: string }} T
 * @param {T[]} items
 * @param {string} name
 * @returns {T | undefined}
 */
export function findByName(items, name) {
  const wanted = name.toLowerCase()
  return items.find((item) => item.name.toLowerCase() === wanted)
}

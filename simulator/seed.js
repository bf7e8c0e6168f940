// @ts-check
// Seed helpers (sim.seed.*): add resources with sensible defaults, and the 'demo' data set.
import { DEFAULT_GROUP_ID, findByName, newGroup, nextId, refreshImage } from './state.js'
import { HttpError } from './errors.js'
import { checkName } from './groups.js'
import { addNetworkConfiguration, addNetworkSettings } from './networks.js'
import { newRunner } from './runners.js'

/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').HostedRunner} HostedRunner */
/**
 * @typedef {Partial<HostedRunner> & { name: string, size?: string, enable_static_ip?: boolean,
 *   image?: { id: string, source?: 'github' | 'partner' | 'custom', version?: string | null } }} RunnerSeed
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** @param {number} days */
const daysAgo = (days) => new Date(Date.now() - days * DAY_MS).toISOString()

/**
 * @param {string} name
 * @param {string} kind
 */
function requireName(name, kind) {
  if (typeof name !== 'string' || name === '') throw new TypeError(`seed.${kind} needs a name`)
}

/**
 * @param {{ name: string }[]} items
 * @param {string} name
 * @param {string} kind
 */
function requireUnique(items, name, kind) {
  if (findByName(items, name)) throw new Error(`seed.${kind}: the name '${name}' is taken`)
}

/**
 * Seeds obey GitHub's rules (unique names, existing groups and images...): a state GitHub could not be
 * in would let tests pass for the wrong reason. A refused seed throws `seed.<kind>: <GitHub's message>`.
 * @template {Record<string, (...args: any[]) => any>} T
 * @param {T} methods
 * @returns {T}
 */
function explained(methods) {
  const wrapped = Object.entries(methods).map(([kind, method]) => [
    kind,
    (/** @type {any[]} */ ...args) => {
      try {
        return method(...args)
      } catch (error) {
        if (error instanceof HttpError) throw new Error(`seed.${kind}: ${error.message}`, { cause: error })
        throw error
      }
    }
  ])
  return /** @type {T} */ (Object.fromEntries(wrapped))
}

/** @param {State} state */
export function createSeeder(state) {
  return explained({
    /**
     * A Ready runner, built like a create request (`image`, `size`, `enable_static_ip`... with defaults);
     * any HostedRunner field given (`status`, `last_active_on`...) is then set as is.
     * @param {RunnerSeed} seed
     */
    runner({ image = { id: '2306' }, size = '4-core', enable_static_ip, ...fields }) {
      requireName(fields.name, 'runner')
      const runner_group_id = fields.runner_group_id ?? DEFAULT_GROUP_ID
      const request = { name: fields.name, image, size, runner_group_id, enable_static_ip }
      const runner = { ...newRunner(state, request), status: /** @type {const} */ ('Ready'), ...fields }
      state.runners.push(runner)
      return runner
    },

    /** @param {Partial<import('./state.js').RunnerGroup> & { name: string }} fields */
    group(fields) {
      requireName(fields.name, 'group')
      // A group inherited from the enterprise may carry an organization group's name: the two are listed
      // side by side (reproduced in issue 25, finding 7; no GitHub documentation says either way).
      if (!fields.inherited) checkName(state, fields.name)
      const group = newGroup(state, fields)
      state.groups.push(group)
      return group
    },

    /** @param {Partial<import('./state.js').CustomImage> & { name: string }} fields */
    image({ name, ...fields }) {
      requireName(name, 'image')
      requireUnique(state.images, name, 'image')
      /** @type {import('./state.js').CustomImage} */
      const image = {
        id: nextId(state, 'image'),
        name,
        platform: 'linux-x64',
        source: 'custom',
        state: 'Ready',
        versions_count: 0,
        total_versions_size: 0,
        latest_version: '',
        ...fields
      }
      state.images.push(image)
      state.imageVersions.set(image.id, [])
      refreshImage(state, image)
      return image
    },

    /**
     * @param {number} imageId
     * @param {Partial<import('./state.js').ImageVersion> & { version: string }} fields
     */
    imageVersion(imageId, fields) {
      const image = state.images.find((candidate) => candidate.id === imageId)
      if (!image) throw new TypeError(`seed.imageVersion: no custom image ${imageId}`)
      /** @type {import('./state.js').ImageVersion} */
      const version = {
        state: 'Ready',
        size_gb: 40,
        created_on: new Date().toISOString(),
        state_details: '',
        ...fields
      }
      const versions = state.imageVersions.get(imageId) ?? []
      versions.push(version)
      state.imageVersions.set(imageId, versions)
      refreshImage(state, image)
      return version
    },

    /**
     * The next `times` created runners end their provisioning in `status` instead of Ready.
     * @param {{ status: 'Shutdown' | 'Stuck', times?: number }} fault
     */
    provisioningFault({ status, times = 1 }) {
      state.provisioningFaults.push({ status, remaining: times })
    },

    /**
     * A runner set to this custom image version (created, or changed to it) ends its provisioning in
     * `status` instead of Ready: a broken image.
     * @param {number} imageId
     * @param {string} version
     * @param {'Shutdown' | 'Stuck'} [status]
     */
    imageVersionEnds(imageId, version, status = 'Stuck') {
      if (!state.imageVersions.get(imageId)?.some((v) => v.version === version))
        throw new TypeError(`seed.imageVersionEnds: custom image ${imageId} has no version ${version}`)
      state.versionEnds.set(`${imageId}@${version}`, status)
    },

    /** @param {Partial<import('./state.js').SelfHostedRunner> & { name: string }} fields */
    selfHostedRunner(fields) {
      requireName(fields.name, 'selfHostedRunner')
      requireUnique(state.selfHostedRunners, fields.name, 'selfHostedRunner')
      const id = nextId(state, 'selfHostedRunner')
      /** @type {import('./state.js').SelfHostedRunner} */
      const runner = {
        id,
        os: 'linux',
        status: 'online',
        busy: false,
        ephemeral: false,
        runner_group_id: DEFAULT_GROUP_ID,
        labels: [
          { id: 1, name: 'self-hosted', type: 'read-only' },
          { id: 2, name: 'Linux', type: 'read-only' },
          { id: 3, name: 'X64', type: 'read-only' }
        ],
        ...fields
      }
      state.selfHostedRunners.push(runner)
      return runner
    },

    /**
     * A network settings resource, as Azure makes it (`subnet_id` and `region` have defaults).
     * @param {Partial<import('./networks.js').NetworkSettings> & { name: string }} fields
     */
    networkSettings(fields) {
      requireName(fields.name, 'networkSettings')
      return addNetworkSettings(state, fields)
    },

    /**
     * A network configuration, checked as a create request is, for Actions unless `compute_service` says
     * otherwise; without `network_settings_ids` it gets a network settings resource `<name>-settings`.
     * @param {import('./networks.js').ConfigurationFields & { name: string }} fields
     */
    networkConfiguration({ network_settings_ids, ...fields }) {
      requireName(fields.name, 'networkConfiguration')
      const ids = network_settings_ids ?? [addNetworkSettings(state, { name: `${fields.name}-settings` }).id]
      return addNetworkConfiguration(state, {
        compute_service: 'actions',
        ...fields,
        network_settings_ids: ids
      })
    },

    /** @param {Partial<import('./state.js').Repository> & { name: string }} fields */
    repository(fields) {
      requireName(fields.name, 'repository')
      const owner = (fields.owner ?? state.org).toLowerCase()
      requireUnique(
        state.repositories.filter((repo) => repo.owner.toLowerCase() === owner),
        fields.name,
        'repository'
      )
      return addRepository(state, fields)
    },

    /** Repositories `<prefix>-0`… in one pass: a large organization seeded cheaply (no check per name). */
    repositories(/** @type {number} */ count, /** @type {string} */ prefix) {
      const taken = new Set(state.repositories.map((repo) => repo.name.toLowerCase()))
      const names = Array.from({ length: count }, (_, i) => `${prefix}-${i}`)
      const clash = names.find((name) => taken.has(name.toLowerCase()))
      if (clash) throw new Error(`seed.repositories: the name '${clash}' is taken`)
      return names.map((name) => addRepository(state, { name }))
    }
  })
}

/** @param {State} state @param {Partial<import('./state.js').Repository> & { name: string }} fields */
function addRepository(state, fields) {
  /** @type {import('./state.js').Repository} */
  const repository = {
    id: nextId(state, 'repository'),
    owner: state.org,
    private: true,
    description: null,
    fork: false,
    archived: false,
    default_branch: 'main',
    created_at: '2024-01-15T09:30:00Z',
    ...fields
  }
  state.repositories.push(repository)
  return repository
}

/** @typedef {ReturnType<typeof createSeeder>} Seeder */

/**
 * A demo custom image and its versions, each `[version, age in days, state]` and `size_gb` large
 * (the demos of both scopes).
 * @param {Pick<Seeder, 'image' | 'imageVersion'>} seed
 * @param {{ name: string, platform: string }} fields
 * @param {[string, number, string][]} versions
 * @param {number} size_gb
 */
export function seedDemoImage(seed, fields, versions, size_gb) {
  const image = seed.image(fields)
  for (const [version, age, state] of versions) {
    seed.imageVersion(image.id, { version, created_on: daysAgo(age), state, size_gb })
  }
  return image
}

/**
 * The small, realistic data set behind `npm run demo`: 2 groups, 2 custom images with versions of
 * various ages and states, 4 hosted runners, 4 repositories, 3 self-hosted runners, and 2 network
 * configurations (`corp-vnet` with a failover, `lab-vnet` not for Actions) beside a spare network
 * settings resource no configuration uses (`spare-subnet`). No group uses a network configuration.
 * @param {Seeder} seed
 * @param {State} state
 */
export function seedDemo(seed, state) {
  const repos = ['api', 'web', 'infra', 'docs'].map((name) =>
    seed.repository({ name, private: name !== 'docs', description: `The ${name} repository` })
  )
  const build = seed.group({
    name: 'build',
    visibility: 'selected',
    selected_repository_ids: repos.slice(0, 2).map((repo) => repo.id)
  })
  for (const name of ['build-agent-1', 'build-agent-2'])
    seed.selfHostedRunner({ name, runner_group_id: build.id })
  seed.selfHostedRunner({ name: 'gpu-box', status: 'offline' })

  const base = seedDemoImage(
    seed,
    { name: 'acme-base', platform: 'linux-x64' },
    [
      ['1.0.0', 120, 'Ready'],
      ['1.1.0', 75, 'Ready'],
      ['1.2.0', 40, 'Failed'],
      ['1.3.0', 12, 'Ready'],
      // The docs name Ready; 'Generating' for a version still being built is a guess.
      ['1.4.0', 0, 'Generating']
    ],
    38
  )
  const windows = seed.image({ name: 'acme-windows', platform: 'win-x64' })
  seed.imageVersion(windows.id, { version: '2.0.0', created_on: daysAgo(90), size_gb: 130 })
  seed.imageVersion(windows.id, { version: '2.1.0', created_on: daysAgo(20), size_gb: 132 })

  seed.runner({ name: 'linux-4core', image: { id: '2306' }, size: '4-core' })
  seed.runner({ name: 'linux-16core-static', size: '16-core', enable_static_ip: true })
  seed.runner({
    name: 'build-linux',
    image: { id: String(base.id), source: 'custom', version: '1.1.0' },
    size: '8-core',
    runner_group_id: build.id
  })
  seed.runner({ name: 'windows-8core', image: { id: '2321' }, size: '8-core', status: 'Shutdown' })

  const failover = seed.networkSettings({ name: 'corp-vnet-failover', region: 'westus2' })
  seed.networkConfiguration({
    name: 'corp-vnet',
    failover_network_settings_ids: [failover.id],
    failover_network_enabled: true
  })
  seed.networkConfiguration({ name: 'lab-vnet', compute_service: 'none' })
  seed.networkSettings({ name: 'spare-subnet', region: 'northeurope' })
  return state
}

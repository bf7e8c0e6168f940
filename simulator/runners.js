// @ts-check
/* global structuredClone */
// GitHub-hosted runners: CRUD with the Provisioning -> Ready and Deleting -> gone lifecycles; the
// catalogues a create request picks from are in catalogues.js.
import { notFound, unprocessable } from './errors.js'
import { answer, paginate } from './http.js'
import { platformOf, publicIpsInUse, resolveImage, resolveSize } from './catalogues.js'
import { checkCustomImage } from './image-rules.js'
import { checkRunnerNetwork } from './network-rules.js'
import { checkSize } from './size-rules.js'
import { findByName } from './state.js'

/** @typedef {import('./http.js').Context} Context */
/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').HostedRunner} HostedRunner */
/** @typedef {import('./state.js').ImageDetails} ImageDetails */
/** @typedef {'github' | 'partner' | 'custom'} ImageSource */
/** @typedef {{ source: ImageSource, id: string, version?: string | null }} ImageChoice */

const RESOURCE = 'HostedRunner'
const NAME_RULE = /^[A-Za-z0-9._-]{1,64}$/

/**
 * A copy of `current` with the requested changes applied and checked; nothing is stored, so a 422
 * leaves the state untouched.
 * @param {State} state
 * @param {HostedRunner} current
 * @param {{ name?: string, image?: ImageChoice, size?: string, runner_group_id?: number,
 *   maximum_runners?: number, enable_static_ip?: boolean, image_gen?: boolean }} changes
 * @returns {HostedRunner}
 */
function applyChanges(state, current, changes) {
  const next = { ...current }
  if (changes.name !== undefined) {
    if (!NAME_RULE.test(changes.name)) {
      throw unprocessable(
        RESOURCE,
        'name',
        'invalid',
        'Name must be 1-64 characters of a-z, A-Z, 0-9, ".", "-", "_".'
      )
    }
    const taken = findByName(state.runners, changes.name)
    if (taken && taken.id !== current.id) {
      throw unprocessable(
        RESOURCE,
        'name',
        'already_exists',
        `A hosted runner named '${changes.name}' already exists.`
      )
    }
    next.name = changes.name
  }
  if (changes.image) {
    const { source, id, version } = changes.image
    next.image_details = resolveImage(state, source, id, version)
    next.platform = platformOf(state, next.image_details)
  }
  if (changes.size !== undefined) next.machine_size_details = resolveSize(state, changes.size)
  if (changes.image || changes.size !== undefined) checkCustomImage(state, current, next)
  if (changes.runner_group_id !== undefined) {
    if (!state.groups.some((group) => group.id === changes.runner_group_id)) {
      throw unprocessable(
        RESOURCE,
        'runner_group_id',
        'invalid',
        `No runner group ${changes.runner_group_id}.`
      )
    }
    next.runner_group_id = changes.runner_group_id
  }
  if (changes.maximum_runners !== undefined) {
    if (changes.maximum_runners < 1) {
      throw unprocessable(RESOURCE, 'maximum_runners', 'invalid', 'maximum_runners must be at least 1.')
    }
    next.maximum_runners = changes.maximum_runners
  }
  if (changes.enable_static_ip !== undefined) setStaticIp(state, next, changes.enable_static_ip)
  if (changes.enable_static_ip !== undefined || changes.runner_group_id !== undefined) {
    checkRunnerNetwork(state, next)
  }
  if (changes.image || changes.size !== undefined || changes.runner_group_id !== undefined)
    checkSize(state, next)
  if (changes.image_gen !== undefined) next.image_gen = changes.image_gen
  return next
}

/**
 * @param {State} state
 * @param {HostedRunner} runner
 * @param {boolean} enabled
 */
function setStaticIp(state, runner, enabled) {
  // GitHub Docs, macOS runner limitations: "Networking capabilities such as Azure private networking and
  // assigning static IPs are not currently available for macOS larger runners."
  if (enabled && /^macos/.test(runner.platform)) {
    const message = 'Static public IPs are not available for macOS runners.'
    throw unprocessable(RESOURCE, 'enable_static_ip', 'invalid', message)
  }
  // One runner takes one unit of the limit. GitHub Docs, "Managing larger runners" (github/docs
  // content/actions/how-tos/manage-runners/larger-runners/manage-larger-runners.md): "By default, you can
  // configure up to 10 different larger runners with IP ranges for your account."
  if (enabled && !runner.public_ip_enabled && publicIpsInUse(state) >= state.limits.maximumPublicIps) {
    const message = `The organization already uses its ${state.limits.maximumPublicIps} static public IPs.`
    throw unprocessable(RESOURCE, 'enable_static_ip', 'invalid', message)
  }
  runner.public_ip_enabled = enabled
  runner.public_ips = enabled ? [{ enabled: true, prefix: `20.80.${runner.id % 250}.0`, length: 31 }] : []
}

/**
 * @param {Context} context
 * @returns {HostedRunner}
 */
function findRunner({ state, params }) {
  const runner = state.runners.find((candidate) => candidate.id === params.hosted_runner_id)
  if (!runner) throw notFound()
  return runner
}

/**
 * A GET moves a runner along its lifecycle: Provisioning for `readyAfterPolls` GETs, then Ready (or the
 * Shutdown or Stuck of a seeded provisioning fault); Deleting for `goneAfterPolls` GETs, then gone (404,
 * and out of every list). Provisioning "may take several minutes" (Terraform's provider docs); how many
 * looks that is, is a guess.
 * @param {State} state
 * @param {HostedRunner} runner
 */
function advance(state, runner) {
  const lifecycle = state.lifecycle.get(runner.id)
  if (!lifecycle) return
  if (lifecycle.polls > 0) {
    lifecycle.polls--
    return
  }
  state.lifecycle.delete(runner.id)
  if (lifecycle.phase === 'provisioning') {
    runner.status = lifecycle.ends ?? 'Ready'
    return
  }
  state.runners.splice(state.runners.indexOf(runner), 1)
  throw notFound()
}

/** @param {HostedRunner} runner */
export function runnerJson(runner) {
  return structuredClone(runner)
}

/**
 * A new runner built from a create request's fields (checked like GitHub checks them), not yet stored.
 * @param {State} state
 * @param {{ name: string, image: { source?: ImageSource, id?: string, version?: string | null }, size: string,
 *   runner_group_id: number, maximum_runners?: number, enable_static_ip?: boolean, image_gen?: boolean }} request
 * @returns {HostedRunner}
 */
export function newRunner(state, request) {
  /** @type {HostedRunner} */
  const blank = {
    id: state.nextId.runner,
    name: '',
    runner_group_id: 0,
    image_details: null,
    machine_size_details: { id: '', cpu_cores: 0, memory_gb: 0, storage_gb: 0 },
    status: 'Provisioning',
    platform: '',
    maximum_runners: 10,
    public_ip_enabled: false,
    public_ips: [],
    last_active_on: null,
    image_gen: false
  }
  const { source = 'github', id = '', version } = request.image
  const runner = applyChanges(state, blank, { ...request, image: { source, id, version } })
  state.nextId.runner++
  return runner
}

/**
 * The status a new runner ends its provisioning in: a seeded fault's Shutdown or Stuck, else Ready.
 * Users report new larger runners going to Shutdown and staying there (issue 11; no public thread found).
 * @param {State} state
 */
function provisioningEnd(state) {
  const fault = state.provisioningFaults[0]
  if (!fault) return undefined
  if (--fault.remaining <= 0) state.provisioningFaults.shift()
  return fault.status
}

/**
 * How a runner set to a custom image version marked broken (seed.imageVersionEnds) ends its provisioning.
 * That a broken image leaves the runner Stuck rather than failing its jobs is a guess: GitHub's description
 * lists Stuck among a hosted runner's statuses and says no more of it.
 * @param {State} state
 * @param {HostedRunner} runner
 */
function versionEnd(state, runner) {
  const image = runner.image_details
  if (image?.source !== 'custom') return undefined
  const custom = state.images.find((candidate) => String(candidate.id) === image.id)
  const version = image.version === 'latest' ? custom?.latest_version : image.version
  return state.versionEnds.get(`${image.id}@${version}`)
}

/** @param {Context} context */
function createRunner({ state, body, options }) {
  const runner = newRunner(state, body)
  state.runners.push(runner)
  const ends = provisioningEnd(state) ?? versionEnd(state, runner)
  state.lifecycle.set(runner.id, { phase: 'provisioning', polls: options.readyAfterPolls, ends })
  return answer(201, runnerJson(runner))
}

/**
 * A runner whose image changes (id, source or version, to or from `latest`) is provisioned again:
 * Provisioning for `readyAfterPolls` GETs, then Ready, or how its version ends. A guess: GitHub's changelog
 * of 2025-02-20 ("Edit the GitHub-owned image on a larger hosted runner") says only that "the change will
 * be applied on all future workflow runs to that label"; which status the runner reports meanwhile is
 * not documented.
 * @param {Context} context
 * @param {HostedRunner} runner
 * @param {ImageDetails | null} before
 */
function reprovisionOnImageChange({ state, options }, runner, before) {
  const after = runner.image_details
  const same =
    before?.id === after?.id && before?.source === after?.source && before?.version === after?.version
  if (same) return
  runner.status = 'Provisioning'
  state.lifecycle.set(runner.id, {
    phase: 'provisioning',
    polls: options.readyAfterPolls,
    ends: versionEnd(state, runner)
  })
}

/** @param {Context} context */
function updateRunner(context) {
  const runner = findRunner(context)
  const { image_source, image_id, image_version, ...rest } = context.body
  const current = runner.image_details
  const touchesImage = image_source !== undefined || image_id !== undefined || image_version !== undefined
  // GitHub changelog 2025-02-20: "partner images cannot be edited at this time and still require the
  // runner to be deleted and re-created." That the same values again are accepted is a guess.
  const changesImage =
    (image_source !== undefined && image_source !== current?.source) ||
    (image_id !== undefined && image_id !== current?.id) ||
    image_version != null
  if (changesImage && current?.source === 'partner') {
    const message =
      'The image of a runner on a partner image cannot be changed: delete the runner and create it again.'
    throw unprocessable(RESOURCE, 'image_id', 'invalid', message)
  }
  /** @type {ImageChoice | undefined} */
  const image = touchesImage
    ? {
        source: image_source ?? current?.source ?? 'github',
        id: image_id ?? current?.id,
        // A new image starts from its latest version unless one is named.
        version:
          image_version !== undefined ? image_version : image_id !== undefined ? undefined : current?.version
      }
    : undefined
  Object.assign(runner, applyChanges(context.state, runner, { ...rest, image }))
  reprovisionOnImageChange(context, runner, current)
  return answer(200, runnerJson(runner))
}

/** @param {Context} context */
function deleteRunner(context) {
  const { state, options } = context
  const runner = findRunner(context)
  if (runner.status !== 'Deleting') {
    runner.status = 'Deleting'
    state.lifecycle.set(runner.id, { phase: 'deleting', polls: options.goneAfterPolls })
  }
  return answer(202, runnerJson(runner))
}

/** @param {Context} context */
function getRunner(context) {
  const runner = findRunner(context)
  advance(context.state, runner)
  return answer(200, runnerJson(runner))
}

const RUNNERS = '/orgs/{org}/actions/hosted-runners'

/** @type {Record<string, import('./http.js').Route>} */
export const runnerRoutes = {
  [`GET ${RUNNERS}`]: {
    resource: RESOURCE,
    handle: (context) => paginate(context, context.state.runners, 'runners', runnerJson)
  },
  [`POST ${RUNNERS}`]: { resource: RESOURCE, handle: createRunner },
  [`GET ${RUNNERS}/{hosted_runner_id}`]: { resource: RESOURCE, handle: getRunner },
  [`PATCH ${RUNNERS}/{hosted_runner_id}`]: { resource: RESOURCE, handle: updateRunner },
  [`DELETE ${RUNNERS}/{hosted_runner_id}`]: { resource: RESOURCE, handle: deleteRunner }
}

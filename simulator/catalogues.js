// @ts-check
/* global structuredClone */
// The catalogues a hosted runner's create or update picks from: GitHub-owned and partner images, machine
// sizes, platforms and the static IP limits; and how a request's image and size are resolved in them.
import { unprocessable } from './errors.js'
import { answer } from './http.js'

/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').ImageDetails} ImageDetails */
/** @typedef {'github' | 'partner' | 'custom'} ImageSource */

const RESOURCE = 'HostedRunner'

/**
 * The `image_details` a runner gets for a requested image; 422 when the image or version is unknown.
 * @param {State} state
 * @param {ImageSource} source
 * @param {string | undefined} id
 * @param {string | null | undefined} version
 * @returns {ImageDetails}
 */
export function resolveImage(state, source, id, version) {
  const unknown = () => unprocessable(RESOURCE, 'image.id', 'invalid', `No ${source} image with id '${id}'.`)
  if (id === undefined || id === '') {
    throw unprocessable(RESOURCE, 'image.id', 'missing_field', 'An image id is required.')
  }
  if (source !== 'custom') {
    const catalogue = source === 'github' ? state.githubImages : state.partnerImages
    const image = catalogue.find((candidate) => candidate.id === id)
    if (!image) throw unknown()
    const { size_gb, display_name } = image
    // "relevant only for runners using custom images" (the spec): GitHub's own report `latest`.
    return { id, size_gb, display_name, source, version: 'latest' }
  }
  const image = state.images.find((candidate) => String(candidate.id) === id)
  if (!image) throw unknown()
  const versions = state.imageVersions.get(image.id) ?? []
  // A custom-image runner may follow `latest` (no version, or `latest` itself) and then reports `latest`.
  // GitHub Docs, "Using custom images": "The most recent workflow run for an image is always tagged as
  // latest", and "Choose Latest to automatically use the most recent version ... your runner automatically
  // updates when a new version of the image becomes available."
  const named = version != null && version !== 'latest'
  const wanted = named ? version : image.latest_version
  const found = versions.find((candidate) => candidate.version === wanted)
  if (named && found?.state !== 'Ready') {
    throw unprocessable(
      RESOURCE,
      'image.version',
      'invalid',
      `Image '${image.name}' has no Ready version ${version}.`
    )
  }
  return {
    id,
    size_gb: found?.size_gb ?? 0,
    display_name: image.name,
    source,
    version: named ? version : 'latest'
  }
}

/**
 * @param {State} state
 * @param {string} size a machine size id such as '4-core'
 */
export function resolveSize(state, size) {
  const spec = state.machineSizes.find((candidate) => candidate.id === size)
  if (!spec) throw unprocessable(RESOURCE, 'size', 'invalid', `Unknown machine size '${size}'.`)
  return { ...spec }
}

/**
 * @param {State} state
 * @param {ImageDetails} details
 */
export function platformOf(state, details) {
  const catalogue = [...state.githubImages, ...state.partnerImages, ...state.images]
  return catalogue.find((image) => String(image.id) === details.id)?.platform ?? 'linux-x64'
}

/** @param {State} state */
export function publicIpsInUse(state) {
  return state.runners.filter((runner) => runner.public_ip_enabled).length
}

/**
 * @param {unknown[]} items
 * @param {string} key
 */
function all(items, key) {
  return answer(200, { total_count: items.length, [key]: structuredClone(items) })
}

const RUNNERS = '/orgs/{org}/actions/hosted-runners'

/** @type {Record<string, import('./http.js').Route>} */
export const catalogueRoutes = {
  [`GET ${RUNNERS}/images/github-owned`]: {
    resource: RESOURCE,
    handle: ({ state }) => all(state.githubImages, 'images')
  },
  [`GET ${RUNNERS}/images/partner`]: {
    resource: RESOURCE,
    handle: ({ state }) => all(state.partnerImages, 'images')
  },
  [`GET ${RUNNERS}/machine-sizes`]: {
    resource: RESOURCE,
    handle: ({ state }) => all(state.machineSizes, 'machine_specs')
  },
  [`GET ${RUNNERS}/platforms`]: {
    resource: RESOURCE,
    handle: ({ state }) => all(state.platforms, 'platforms')
  },
  [`GET ${RUNNERS}/limits`]: {
    resource: RESOURCE,
    handle: ({ state }) =>
      answer(200, {
        public_ips: { maximum: state.limits.maximumPublicIps, current_usage: publicIpsInUse(state) }
      })
  }
}

// @ts-check
// What a custom image asks of the runner that uses it. GitHub Docs, "Using custom images"
// (github/docs content/actions/how-tos/manage-runners/larger-runners/use-custom-images.md), "Installing custom
// images": "Platform: Select the same platform that you used to generate the image" and "Size: Choose a
// runner size with storage equal to or larger than your image's size."
import { unprocessable } from './errors.js'

/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').HostedRunner} HostedRunner */

/**
 * A runner on a custom image keeps its platform and has the storage for the image version it runs (with
 * `latest`, the latest version's size); 422 otherwise. A new runner takes the image's platform, so only a
 * PATCH can ask for another one.
 * @param {State} state
 * @param {HostedRunner} current the runner before the change ('' as platform when it is being created)
 * @param {HostedRunner} next the runner after it
 */
export function checkCustomImage(state, current, next) {
  const details = next.image_details
  if (details?.source !== 'custom') return
  const image = state.images.find((candidate) => String(candidate.id) === details.id)
  if (current.platform !== '' && image && image.platform !== current.platform) {
    const message = `The custom image '${image.name}' is for ${image.platform}; this runner is ${current.platform}. A runner's platform must match its custom image's.`
    throw unprocessable('HostedRunner', 'image_id', 'invalid', message)
  }
  const size = next.machine_size_details
  if (size.storage_gb < details.size_gb) {
    const message = `The size '${size.id}' has ${size.storage_gb} GB of storage; the custom image '${details.display_name}' (version ${details.version}) needs ${details.size_gb} GB.`
    throw unprocessable('HostedRunner', 'size', 'invalid', message)
  }
}

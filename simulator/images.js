// @ts-check
/* global structuredClone */
// Custom images and their versions. Deleting a version updates the image's versions_count,
// total_versions_size and latest_version.
//
// GitHub's own retention of versions is a policy the simulator does not run: versions stay until deleted.
// GitHub Docs, "Enforcing policies for GitHub Actions in your enterprise", "Custom images retention
// policies" (github/docs content/admin/enforcing-policies/enforcing-policies-for-your-enterprise/
// enforcing-policies-for-github-actions-in-your-enterprise.md): "Maximum versions per image" (default 20,
// configurable 1–100; "the oldest unused image versions are automatically deleted"), "Unused version
// retention" (default 30 days, 1–90) and "Maximum version age" (default 60 days, 7–90; older versions are
// disabled, not deleted). A test that needs a version GitHub removed deletes it, or seeds it in another state.
import { notFound } from './errors.js'
import { answer, noContent } from './http.js'
import { refreshImage } from './state.js'

/** @typedef {import('./http.js').Context} Context */

const RESOURCE = 'HostedRunnerCustomImage'
const IMAGES = '/orgs/{org}/actions/hosted-runners/images/custom'

/** @param {Context} context */
function findImage({ state, params }) {
  const image = state.images.find((candidate) => candidate.id === params.image_definition_id)
  if (!image) throw notFound()
  return image
}

/** @param {Context} context */
function versionsOf(context) {
  const image = findImage(context)
  return { image, versions: context.state.imageVersions.get(image.id) ?? [] }
}

/** @param {Context} context */
function findVersion(context) {
  const { image, versions } = versionsOf(context)
  const index = versions.findIndex((candidate) => candidate.version === context.params.version)
  if (index < 0) throw notFound()
  return { image, versions, index }
}

/** @param {Context} context */
function deleteImage(context) {
  const { state } = context
  const image = findImage(context)
  state.images.splice(state.images.indexOf(image), 1)
  state.imageVersions.delete(image.id)
  return noContent()
}

/** @param {Context} context */
function deleteVersion(context) {
  const { image, versions, index } = findVersion(context)
  versions.splice(index, 1)
  refreshImage(context.state, image)
  return noContent()
}

/** @type {Record<string, import('./http.js').Route>} */
export const imageRoutes = {
  [`GET ${IMAGES}`]: {
    resource: RESOURCE,
    handle: ({ state }) =>
      answer(200, { total_count: state.images.length, images: structuredClone(state.images) })
  },
  [`GET ${IMAGES}/{image_definition_id}`]: {
    resource: RESOURCE,
    handle: (context) => answer(200, structuredClone(findImage(context)))
  },
  [`DELETE ${IMAGES}/{image_definition_id}`]: { resource: RESOURCE, handle: deleteImage },
  [`GET ${IMAGES}/{image_definition_id}/versions`]: {
    resource: RESOURCE,
    handle: (context) => {
      const { versions } = versionsOf(context)
      return answer(200, { total_count: versions.length, image_versions: structuredClone(versions) })
    }
  },
  [`GET ${IMAGES}/{image_definition_id}/versions/{version}`]: {
    resource: RESOURCE,
    handle: (context) => {
      const { versions, index } = findVersion(context)
      return answer(200, structuredClone(versions[index]))
    }
  },
  [`DELETE ${IMAGES}/{image_definition_id}/versions/{version}`]: { resource: RESOURCE, handle: deleteVersion }
}

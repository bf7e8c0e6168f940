// The image retention kind's routes, and where its writes go in a plan of `apply`: last, after every
// runner's change (a runner set to a version protects it).
export const CUSTOM_IMAGES = 'GET /orgs/{org}/actions/hosted-runners/images/custom'
export const CUSTOM_IMAGE = 'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}'
export const DELETE_IMAGE = 'DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}'
export const IMAGE_VERSIONS =
  'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions'
export const IMAGE_VERSION =
  'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}'
export const DELETE_VERSION =
  'DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}'

export const RETENTION_WRITE_ORDER = { [DELETE_VERSION]: 5 } as const

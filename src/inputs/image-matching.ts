// Which catalogue image an `image-id` picks (by id, else by name under the name rule): pure, so the
// resolver stays about what it reads. An unknown or ambiguous one fails listing what is available.
import { UserError } from '../common/errors.js'
import { didYouMean, pickNamed } from './name-rule.js'

export type ImageSource = 'github' | 'partner' | 'custom'

/** An image as its catalogue lists it: GitHub-owned, partner (display name) or custom (name). */
export interface CatalogueImage {
  id: string
  source: ImageSource
  name: string
  platform?: string
}

const SOURCE_LABEL: Record<ImageSource, string> = {
  github: 'GitHub-owned',
  partner: 'partner',
  custom: 'custom'
}
const MAX_LISTED = 40

/**
 * The image `given` names: the one whose id it is, else the ones whose name it is, ignoring case.
 * GitHub-owned ids are numeric strings ("2306"), so a name like "ubuntu-latest" is looked up as a name.
 */
export function matchImage(catalogue: CatalogueImage[], given: string, source: ImageSource): CatalogueImage {
  const label = SOURCE_LABEL[source]
  const byId = catalogue.filter((image) => image.id === given)
  const matches = byId.length > 0 ? byId : pickNamed(catalogue, given)
  if (matches.length === 1) return matches[0] as CatalogueImage
  if (matches.length > 1) {
    throw new UserError(
      'lookup',
      'image-id',
      `Input 'image-id': '${given}' names ${matches.length} ${label} images: ${listed(matches)}. Give the id.`
    )
  }
  const available = catalogue.length === 0 ? 'none' : listed(catalogue)
  const hint = source === 'github' ? " For a partner or custom image, set 'image-source'." : ''
  throw new UserError(
    'lookup',
    'image-id',
    `Input 'image-id': no ${label} image has the id or name '${given}'.${didYouMean(
      given,
      catalogue.map((image) => image.name)
    )} Available: ${available}.${hint}`
  )
}

function listed(images: CatalogueImage[]): string {
  const shown = images.slice(0, MAX_LISTED).map((image) => `${image.id} (${image.name})`)
  const more = images.length > MAX_LISTED ? `, and ${images.length - MAX_LISTED} more` : ''
  return `${shown.join(', ')}${more}`
}

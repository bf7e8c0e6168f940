// How a name a user wrote picks one item of a list GitHub answered: pure, so the resolver stays
// about what it reads. An unknown or ambiguous name fails naming what was available.
import { LookupError } from '../common/errors.js'
import type { RepositoryRef } from './formats.js'

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
  const wanted = given.toLowerCase()
  const matches = byId.length > 0 ? byId : catalogue.filter((image) => image.name.toLowerCase() === wanted)
  if (matches.length === 1) return matches[0] as CatalogueImage
  if (matches.length > 1) {
    throw new LookupError(
      'image-id',
      `Input 'image-id': '${given}' names ${matches.length} ${label} images: ${listed(matches)}. Give the id.`
    )
  }
  const available = catalogue.length === 0 ? 'none' : listed(catalogue)
  const hint = source === 'github' ? " For a partner or custom image, set 'image-source'." : ''
  throw new LookupError(
    'image-id',
    `Input 'image-id': no ${label} image has the id or name '${given}'. Available: ${available}.${hint}`
  )
}

function listed(images: CatalogueImage[]): string {
  const shown = images.slice(0, MAX_LISTED).map((image) => `${image.id} (${image.name})`)
  const more = images.length > MAX_LISTED ? `, and ${images.length - MAX_LISTED} more` : ''
  return `${shown.join(', ')}${more}`
}

interface Named {
  id: number
  name: string
}

export function pickByName<T extends Named>(
  items: T[],
  name: string,
  input: string,
  what: string
): T | undefined {
  const matches = items.filter((item) => item.name === name)
  if (matches.length > 1) {
    throw new LookupError(
      input,
      `Input '${input}': ${matches.length} ${what} are named '${name}' (ids ${matches.map((m) => m.id).join(', ')}): give the id.`
    )
  }
  return matches[0]
}

export function repositoryLabel(ref: RepositoryRef, org: string): string {
  if ('id' in ref) return String(ref.id)
  return 'owner' in ref ? `${ref.owner}/${ref.name}` : `${org}/${ref.name}`
}

export function required<T>(value: T | undefined, input: string): T {
  if (value === undefined) throw new Error(`internal: input '${input}' was not checked as required`)
  return value
}

/** The names at the smallest edit distance from `given`, when it is small enough to be a typo. */
export function closestNames(given: string, names: readonly string[]): string[] {
  const scored = names.map((name) => ({ name, distance: editDistance(given.toLowerCase(), name) }))
  const best = Math.min(...scored.map((s) => s.distance))
  if (best > Math.max(2, Math.floor(given.length / 4))) return []
  return scored.filter((s) => s.distance === best).map((s) => s.name)
}

function editDistance(a: string, b: string): number {
  if (a.length > 100) return Infinity
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution)
    }
    previous = current
  }
  return previous[b.length] as number
}

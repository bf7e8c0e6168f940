// How a repository a user named is shown in messages: `owner/name` (the organization's when no owner
// was given), or its id.
import type { RepositoryRef } from './formats.js'

export function repositoryLabel(ref: RepositoryRef, org: string): string {
  if ('id' in ref) return String(ref.id)
  return 'owner' in ref ? `${ref.owner}/${ref.name}` : `${org}/${ref.name}`
}

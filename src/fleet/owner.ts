// The owner a fleet file names (`organization:` or `enterprise:`) must be the step's scope: an unset
// `enterprise` variable would otherwise turn an enterprise's file into a plan (and a prune) of an
// organization. Checked before any request.
import { UserError } from '../common/errors.js'
import { describeScope, scopeName, type Scope } from '../common/scope.js'
import type { Fleet } from './fleet.js'

export function checkOwner(fleet: Fleet, scope: Scope): void {
  const { owner } = fleet
  if (!owner) return
  const actual = scope.kind === 'org' ? scope.org : scope.enterprise
  // Logins and slugs are case-insensitive on GitHub.
  if (owner.kind === scope.kind && owner.name.toLowerCase() === actual.toLowerCase()) return
  const hint =
    owner.kind === 'enterprise' && scope.kind === 'org'
      ? " Is the step's 'enterprise' input empty (an unset variable)?"
      : owner.kind === 'org' && scope.kind === 'enterprise'
        ? " Remove the step's 'enterprise' input to work on an organization."
        : ''
  throw new UserError(
    'input',
    'config',
    `${fleet.file} line ${owner.line}: the file describes ${scopeName(owner.kind)} '${owner.name}', but this step works on ${describeScope(scope)}: nothing was sent.${hint}`
  )
}

// Where the action works: an organization, or an enterprise (GitHub Enterprise Cloud). Every
// hosted-runner, custom-image and runner-group route of an organization has its enterprise twin at the
// same path under /enterprises/{enterprise} (GitHub's GHEC description, which the simulator checks), so
// the action names org routes and the scope decides where they go.
export type ScopeKind = 'org' | 'enterprise'
export type Scope = { kind: 'org'; org: string } | { kind: 'enterprise'; enterprise: string }

export const BOTH_SCOPES: readonly ScopeKind[] = ['org', 'enterprise']
export const ORG_ONLY: readonly ScopeKind[] = ['org']
export const ENTERPRISE_ONLY: readonly ScopeKind[] = ['enterprise']

const ORG_ACTIONS = '/orgs/{org}/actions/'
const ENTERPRISE_ACTIONS = '/enterprises/{enterprise}/actions/'
// Network configurations and settings sit under an organization's settings, and directly under an
// enterprise (GitHub's GHEC description).
const ORG_NETWORK = '/orgs/{org}/settings/network-'
const ENTERPRISE_NETWORK = '/enterprises/{enterprise}/network-'

/** The route and parameters a request takes at this scope. */
export function scoped(
  route: string,
  params: Record<string, unknown>,
  scope: Scope
): { route: string; params: Record<string, unknown> } {
  if (scope.kind === 'enterprise') {
    const at = route.replace(ORG_ACTIONS, ENTERPRISE_ACTIONS).replace(ORG_NETWORK, ENTERPRISE_NETWORK)
    return {
      route: at,
      params: at.includes('{enterprise}') ? { ...params, enterprise: scope.enterprise } : params
    }
  }
  // An explicit `org` (an organization looked up by login) is kept.
  return { route, params: route.includes('{org}') ? { org: scope.org, ...params } : params }
}

export function describeScope(scope: Scope): string {
  return scope.kind === 'org' ? `organization '${scope.org}'` : `enterprise '${scope.enterprise}'`
}

export function scopeName(kind: ScopeKind): string {
  return kind === 'org' ? 'organization' : 'enterprise'
}

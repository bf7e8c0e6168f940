// The shapes of GitHub's answers that the action relies on, checked before anything is read from
// them: a field the action uses must be there with its type. A check returns what is wrong, or
// undefined. Fields the action does not use are not checked.
export type Shape = (value: unknown, at: string) => string | undefined

const kind = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string' && value.trimStart().startsWith('<')
        ? 'HTML'
        : typeof value

const typed =
  (type: 'string' | 'number' | 'boolean'): Shape =>
  (value, at) =>
    typeof value === type ? undefined : `${at} is ${kind(value)}, not a ${type}`

export const aString = typed('string')
export const aNumber = typed('number')
export const aBoolean = typed('boolean')

/** Digits only: it may go into a URL path. */
export const anId: Shape = (value, at) =>
  Number.isSafeInteger(value) && (value as number) > 0
    ? undefined
    : `${at} is ${JSON.stringify(value)?.slice(0, 40)}, not a positive whole number`

/** `x.y.z`: it may go into a URL path. */
export const aVersion: Shape = (value, at) =>
  typeof value === 'string' && /^\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(value)
    ? undefined
    : `${at} is ${JSON.stringify(String(value).slice(0, 40))}, not a version x.y.z`

export const optional =
  (shape: Shape): Shape =>
  (value, at) =>
    value === undefined || value === null ? undefined : shape(value, at)

export function anObject(fields: Record<string, Shape> = {}): Shape {
  return (value, at) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return `${at} is ${kind(value)}, not a JSON object`
    for (const [field, shape] of Object.entries(fields)) {
      const problem = shape((value as Record<string, unknown>)[field], `${at}.${field}`)
      if (problem) return problem
    }
    return undefined
  }
}

export function aListOf(item: Shape): Shape {
  return (value, at) => {
    if (!Array.isArray(value)) return `${at} is ${kind(value)}, not a list`
    for (const [index, element] of value.entries()) {
      const problem = item(element, `${at}[${index}]`)
      if (problem) return problem
    }
    return undefined
  }
}

/** Anything but nothing: a JSON value the action only passes on. */
export const anyValue: Shape = (value, at) => (value === undefined ? `${at} is missing` : undefined)

export const HOSTED_RUNNER = anObject({
  id: anId,
  name: aString,
  status: aString,
  runner_group_id: optional(aNumber),
  platform: optional(aString),
  public_ip_enabled: optional(aBoolean),
  image_details: optional(
    anObject({ id: optional(aString), source: optional(aString), version: optional(aString) })
  )
})
export const RUNNER_GROUP = anObject({
  id: anId,
  name: aString,
  visibility: aString,
  default: optional(aBoolean)
})
/**
 * A group whose listing decides a delete (prune) or a default: `default`, and for an organization's
 * group `inherited`, must be booleans. An enterprise's group has no `inherited` (GitHub's GHEC schema).
 */
export const ORG_RUNNER_GROUP = anObject({
  id: anId,
  name: aString,
  visibility: aString,
  default: aBoolean,
  inherited: aBoolean
})
export const ENTERPRISE_RUNNER_GROUP = anObject({
  id: anId,
  name: aString,
  visibility: aString,
  default: aBoolean
})
export const CUSTOM_IMAGE = anObject({
  id: anId,
  name: aString,
  platform: optional(aString),
  latest_version: optional(aString)
})
/** An item of the GitHub-owned or partner image catalogue. */
export const CATALOGUE_IMAGE = anObject({ id: aString, display_name: aString, platform: optional(aString) })
export const MACHINE_SPEC = anObject({
  id: aString,
  storage_gb: optional(aNumber),
  cpu_cores: optional(aNumber)
})
export const LIMITS = anObject({
  public_ips: anObject({ maximum: aNumber, current_usage: aNumber })
})
export const IMAGE_VERSION = anObject({
  version: aVersion,
  state: aString,
  created_on: aString,
  size_gb: optional(aNumber)
})
export const NAMED = anObject({ id: anId, name: aString })
/** Network configurations and settings have opaque string ids (`3F1C9A6B2E7D40A18C5B`). */
/**
 * The fields the plan compares are checked when given; `compute_service` is any text (GitHub's answer may
 * say `codespaces`, which a request cannot send).
 */
export const NETWORK_CONFIGURATION = anObject({
  id: aString,
  name: aString,
  compute_service: optional(aString),
  network_settings_ids: optional(aListOf(aString)),
  failover_network_settings_ids: optional(aListOf(aString)),
  failover_network_enabled: optional(aBoolean)
})
export const NETWORK_SETTINGS = anObject({ id: aString, name: aString })
export const REPOSITORY = anObject({ id: anId, name: aString, full_name: aString })
export const ORGANIZATION = anObject({ id: anId, login: aString })

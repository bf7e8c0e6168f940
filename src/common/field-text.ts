// Values as a person reads them in a summary or a log line: lists joined with commas, objects as
// `key: value` pairs, the fields GitHub nests made readable, ids shown with the names the run learned.
// Always whole: where a value is too long for its place, the place folds it (see markdown-table.ts).

/** Names the run learned for ids, so that tables show `name (id)` where they can. */
export interface Labels {
  groups: ReadonlyMap<number, string>
  /** Repositories and self-hosted runners. */
  members: ReadonlyMap<number, string>
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A value as a person reads it: lists joined with commas, objects as `key: value` pairs, never JSON. */
export function plainText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(plainText).join(', ')
  if (typeof value === 'object')
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([key, v]) => `${key}: ${plainText(v)}`)
      .join(', ')
  return String(value)
}

/** `name (id)` when the run learned the name, else the id. */
function named(value: unknown, names: ReadonlyMap<number, string> | undefined): string {
  const name = typeof value === 'number' ? names?.get(value) : undefined
  return name === undefined ? plainText(value) : `${name} (${value})`
}

/** An image as GitHub's answers and create-runner's body describe it: `Ubuntu 24.04 (github)`. */
function imageText(image: Record<string, unknown>): string {
  const title = String(image.display_name ?? image.name ?? image.id ?? '')
  const version = image.version && image.version !== 'latest' ? ` ${plainText(image.version)}` : ''
  return `${title}${version}${image.source ? ` (${plainText(image.source)})` : ''}`
}

/** A field of an answer or a request body, with the fields GitHub nests made readable. */
export function fieldText(key: string, value: unknown, labels?: Labels): string {
  if ((key === 'image_details' || key === 'image') && isObject(value)) return imageText(value)
  if (key === 'machine_size_details' && isObject(value))
    return `${plainText(value.id)} (${plainText(value.cpu_cores)} CPU, ${plainText(value.memory_gb)} GB RAM, ${plainText(value.storage_gb)} GB disk)`
  if (key === 'public_ips' && Array.isArray(value))
    return value.length === 0
      ? 'none'
      : value
          .map((ip) => (isObject(ip) ? `${plainText(ip.prefix)}/${plainText(ip.length)}` : plainText(ip)))
          .join(', ')
  if (key === 'runner_group_id') return named(value, labels?.groups)
  if ((key === 'selected_repository_ids' || key === 'runners') && Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((id) => named(id, labels?.members)).join(', ')
  return plainText(value)
}

/** A request body or an object on one line: `key: value; key: value`. */
export function bodyText(body: unknown, labels?: Labels): string {
  if (!isObject(body)) return plainText(body)
  return Object.entries(body)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${fieldText(key, value, labels)}`)
    .join('; ')
}

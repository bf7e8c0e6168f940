// The value formats of the inputs (docs/reference.md), one parser each. A parser gets the raw, trimmed, non-empty text
// of one input and returns the typed value, or throws a UserError naming the input, the value and
// what would fit. Beside each parser, the JSON Schema fragment of the values it reads as YAML gives them
// in the fleet file (`npm run generate` writes the published schema from them): it accepts at least what
// the parser accepts, and the parser has the last word. The references (an id or a name) are in
// references.ts.
import { FAILSAFE_SCHEMA, load as loadYaml } from 'js-yaml'
import { UserError } from '../common/errors.js'
import { rangePattern } from './range-pattern.js'

/** An input's name: its settings key in kebab-case (`runnerId` → `runner-id`). */
export const inputName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

type JsonType = 'string' | 'integer' | 'boolean' | 'array'

/** The JSON Schema keywords a format's fragment may use (each compiles to plain code, see `npm run generate`). */
export interface ValueSchema {
  type?: JsonType | JsonType[]
  enum?: readonly string[]
  pattern?: string
  maxLength?: number
  minimum?: number
  maximum?: number
  items?: ValueSchema
}

/** A scalar of the fleet file, where its YAML type says what a reference is: an integer is an id, a string a name. */
export interface TypedScalar {
  text: string
  integer: boolean
}

/** A parser may `warn` about a value it accepts (a repeated list item). */
export type Parser<T> = ((raw: string, input: string, warn?: (message: string) => void) => T) & {
  schema: ValueSchema
  /**
   * References (and lists of them) read from the fleet file, where the YAML type decides: a string is a
   * name, digits or not, and an integer an id. The step's rule (`raw` of digits is an id) is the parser's.
   */
  fromYaml?: (value: TypedScalar | TypedScalar[], input: string, warn?: (message: string) => void) => T
}

export const format = <T>(
  schema: ValueSchema,
  parse: (raw: string, input: string, warn?: (m: string) => void) => T
) => Object.assign(parse, { schema }) as Parser<T>

/** A JavaScript pattern as JSON Schema holds it: no flags but `u`, which every validator sets. */
function patternOf(pattern: RegExp): string {
  if (pattern.flags.replace('u', '') !== '')
    throw new Error(`internal: /${pattern.source}/${pattern.flags} has flags`)
  return pattern.source
}

export type IdOrName = { id: number } | { name: string }
export type RepositoryRef = { id: number } | { owner: string; name: string } | { name: string }

const MAX_SHOWN = 60

export function quote(raw: string): string {
  const shown = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw
  return JSON.stringify(shown).replace(/^"|"$/g, "'")
}

export function refuse(input: string, raw: string, fits: string): never {
  throw new UserError('input', input, `Input '${input}' must be ${fits}; got ${quote(raw)}.`)
}

export const DIGITS = /^\d+$/
// Characters that never belong in a name, an id or a path segment: controls, and what would
// escape a URL path.
export const HOSTILE = /[\p{Cc}/\\?#%]|^\.\.?$/u

export const wholeNumber = (max: number): Parser<number> =>
  format({ type: 'integer', minimum: 0, maximum: max }, (raw, input) => {
    const value = DIGITS.test(raw) ? Number(raw) : NaN
    if (!(value <= max)) refuse(input, raw, `a whole number from 0 to ${max}`)
    return value
  })

export const positiveInteger = format({ type: 'integer', minimum: 1 }, (raw, input) => {
  const value = DIGITS.test(raw) ? Number(raw) : NaN
  if (!(value >= 1 && value <= Number.MAX_SAFE_INTEGER)) refuse(input, raw, 'a positive whole number')
  return value
})

// YAML 1.2 reads the same spellings as booleans.
export const boolean = format({ type: 'boolean' }, (raw, input): boolean => {
  if (/^(true|True|TRUE)$/.test(raw)) return true
  if (/^(false|False|FALSE)$/.test(raw)) return false
  return refuse(input, raw, '`true` or `false`')
})

export const oneOf = <T extends string>(choices: readonly T[], { ignoreCase = false } = {}): Parser<T> =>
  format(ignoreCase ? { type: 'string' } : { enum: choices }, (raw, input) => {
    const value = ignoreCase ? raw.toLowerCase() : raw
    if (!(choices as readonly string[]).includes(value)) {
      refuse(input, raw, `one of ${choices.map((c) => `\`${c}\``).join(', ')}`)
    }
    return value as T
  })

export const matching = (pattern: RegExp, fits: string): Parser<string> =>
  format({ type: 'string', pattern: patternOf(pattern) }, (raw, input) => {
    if (!pattern.test(raw)) refuse(input, raw, fits)
    return raw
  })

/** Text is read as written: a YAML number (`size: 2306`) is text too. */
export const text = (maxLength: number): Parser<string> =>
  format({ type: ['string', 'integer'], maxLength }, (raw, input) => {
    if (raw.length > maxLength || /\p{Cc}/u.test(raw)) {
      refuse(input, raw, `text of at most ${maxLength} characters, without control characters`)
    }
    return raw
  })

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** `90s`, `15m`, `1h`, a bare number of seconds, and with `days` also `30d`. Returns milliseconds. */
export const duration = ({ days, min, max }: { days: boolean; min: number; max: number }): Parser<number> => {
  const units = days ? 'smhd' : 'smh'
  const pattern = new RegExp(`^(\\d{1,7})([${units}]?)$`)
  // Its schema is made when asked for (by `npm run generate`): a run never needs it.
  let schema: ValueSchema | undefined
  const lazy = { get: () => (schema ??= durationSchema(units, min, max)) }
  return Object.defineProperty(
    format({}, (raw, input) => {
      const match = pattern.exec(raw)
      const ms = match ? Number(match[1]) * UNIT_MS[(match[2] || 's') as keyof typeof UNIT_MS] : NaN
      if (!(ms >= min && ms <= max)) {
        const example = days ? '`30d`, `12h`, `90m`' : '`90s`, `15m`, `1h`'
        refuse(input, raw, `a duration from ${describeMs(min)} to ${describeMs(max)} such as ${example}`)
      }
      return ms
    }),
    'schema',
    lazy
  )
}

const MAX_DIGITS = 7

/**
 * What `duration` reads, as JSON Schema: a YAML number is seconds, bounded by `minimum`/`maximum`; a text
 * is bounded by its pattern, which holds, for each unit, the range of counts within the bounds.
 */
function durationSchema(units: string, min: number, max: number): ValueSchema {
  const perUnit = [...units].flatMap((unit) => {
    const size = UNIT_MS[unit as keyof typeof UNIT_MS]
    const [low, high] = [Math.ceil(min / size), Math.min(Math.floor(max / size), 10 ** MAX_DIGITS - 1)]
    if (low > high) return []
    // Leading zeros are read as the parser reads them: `030d` is 30 days.
    return [`0*${rangePattern(low, high)}${unit === 's' ? 's?' : unit}`]
  })
  return {
    type: ['string', 'integer'],
    pattern: `^(?=\\d{1,${MAX_DIGITS}}[${units}]?$)(?:${perUnit.join('|')})$`,
    minimum: Math.ceil(min / 1000),
    maximum: Math.min(Math.floor(max / 1000), 10 ** MAX_DIGITS - 1)
  }
}

export function describeMs(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`
  }
  return `${ms}ms`
}

const MAX_LIST_ITEMS = 1000
const LIST_FORMS = 'a list: a YAML list (block or flow), or values one per line or comma separated'

/**
 * A list, read with js-yaml (YAML 1.2): a block list (`- a`, comments allowed), a flow list
 * (`[a, "b,c"]`), or plain values one per line or comma separated, where a quoted item keeps its
 * commas. Only a literal `[]` is an empty list; a list whose items are all blank is refused.
 * A repeated item is sent once, and `warn` names it.
 */
export const list = <T>(
  item: Parser<T>,
  key: (value: T) => string = (v) => JSON.stringify(v)
): Parser<T[]> => {
  /** The entries read one by one: a repeated one is sent once, and `warn` names it. */
  const collect = (
    raw: string,
    input: string,
    warn: (message: string) => void,
    entries: string[],
    read: (entry: string, index: number) => T
  ): T[] => {
    if (entries.length === 0)
      refuse(input, raw, `${LIST_FORMS}, naming at least one item (only \`[]\` means an empty list)`)
    if (entries.length > MAX_LIST_ITEMS) refuse(input, raw, `a list of at most ${MAX_LIST_ITEMS} items`)
    const items = new Map<string, T>()
    entries.forEach((entry, index) => {
      const value = read(entry, index)
      if (items.has(key(value)))
        warn(`Input '${input}' lists ${quote(entry)} more than once: it is sent once.`)
      items.set(key(value), value)
    })
    return [...items.values()]
  }
  /** One text that the parser splits: a YAML list, or values one per line or comma separated. */
  const fromText = (raw: string, input: string, warn: (m: string) => void, read: (entry: string) => T) => {
    if (raw === '[]') return []
    if (raw.startsWith('[') && !raw.endsWith(']')) refuse(input, raw, 'a list closed by `]`')
    return collect(raw, input, warn, listEntries(raw, input), read)
  }
  // A YAML list of the items, or one text that the parser splits.
  const parser = format({ type: ['array', 'string'], items: item.schema }, (raw, input, warn = () => {}) =>
    fromText(raw, input, warn, (entry) => item(entry, input))
  )
  const { fromYaml } = item
  if (!fromYaml) return parser
  // In the fleet file each item keeps its YAML type; a list written as one text is a string, every item
  // of it a name.
  const typed = (value: TypedScalar | TypedScalar[], input: string, warn: (m: string) => void = () => {}) => {
    if (!Array.isArray(value) && !value.integer)
      return fromText(value.text, input, warn, (entry) => fromYaml({ text: entry, integer: false }, input))
    const scalars = Array.isArray(value) ? value : [value]
    if (scalars.length === 0) return []
    const given = scalars.filter((scalar) => scalar.text !== '')
    const raw = JSON.stringify(scalars.map((scalar) => scalar.text))
    return collect(
      raw,
      input,
      warn,
      given.map((scalar) => scalar.text),
      (_, i) => fromYaml(given[i] as TypedScalar, input)
    )
  }
  return Object.assign(parser, { fromYaml: typed })
}

/** The non-blank items of a list input, as text. */
function listEntries(raw: string, input: string): string[] {
  const lines = raw.split(/\r?\n/).map((line) => line.trim())
  const yamlList = raw.startsWith('[') || lines.some((line) => /^-(\s|$)/.test(line))
  const documents = yamlList
    ? [raw]
    : lines.filter((line) => line !== '' && !line.startsWith('#')).map((line) => `[${line}\n]`)
  const entries: string[] = []
  for (const document of documents) {
    let parsed: unknown
    try {
      // Every item stays text: `1.0`, `0x1F` or `5.002e3` must not become another id.
      parsed = loadYaml(document, { schema: FAILSAFE_SCHEMA })
    } catch (error) {
      const reason = (error as { reason?: string }).reason ?? 'it does not parse'
      refuse(input, raw, `${LIST_FORMS} (${reason})`)
    }
    if (!Array.isArray(parsed)) refuse(input, raw, LIST_FORMS)
    for (const value of parsed) {
      if (value === null || value === undefined) continue
      if (typeof value !== 'string' && typeof value !== 'number')
        refuse(input, raw, `${LIST_FORMS} of plain values`)
      const text = String(value).trim()
      if (text !== '') entries.push(text)
    }
  }
  return entries
}

// GitHub's rules: a login is 1–39 alphanumerics or single inner hyphens; a repository name is
// 1–100 of letters, digits, `.`, `-`, `_` (not `.` or `..`).
export const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
export const REPOSITORY_NAME = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/
export const RUNNER_NAME = /^[A-Za-z0-9._-]{1,64}$/

export const organization = matching(
  LOGIN,
  'a GitHub organization login (letters, digits, single hyphens, at most 39)'
)

/** An enterprise slug: lower-case letters, digits and single hyphens, as in its URL. */
export const enterpriseSlug = matching(
  /^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,99}$/,
  'an enterprise slug (letters, digits, single hyphens), as in https://github.com/enterprises/SLUG'
)

export const workflowRef = matching(
  /^[^\s\p{Cc}]{1,512}$/u,
  'workflow refs such as `octo-org/repo/.github/workflows/deploy.yml@refs/heads/main`'
)

// What the batch parser reads: a count from 1, a percentage from 1 to 100, up to 4 digits, leading zeros too.
const BATCH = `^(?=\\d{1,4}%?$)0*(?:${rangePattern(1, 9999)}|${rangePattern(1, 100)}%)$`
/** A batch of a rollout: a number of runners (`10`), or a percentage of them (`25%`). */
export const batchSize = format(
  { type: ['string', 'integer'], pattern: BATCH, minimum: 1, maximum: 9999 },
  (raw, input): { count: number } | { percent: number } => {
    const match = /^(\d{1,4})(%?)$/.exec(raw)
    const value = Number(match?.[1])
    if (match?.[2] === '%' && value >= 1 && value <= 100) return { percent: value }
    if (match && !match[2] && value >= 1) return { count: value }
    return refuse(input, raw, 'a number of runners (`10`) or a percentage of them from 1% to 100% (`25%`)')
  }
)

// References: an id or a name, the one identity rule of the action. In a step's input, digits are an id
// and anything else a name; in the fleet file the YAML type decides: a string is a name, digits or not,
// and an integer an id (`fromYaml`). Each parser also reads its name as GitHub's rules allow.
import {
  DIGITS,
  format,
  HOSTILE,
  LOGIN,
  matching,
  positiveInteger,
  refuse,
  REPOSITORY_NAME,
  RUNNER_NAME,
  type IdOrName,
  type Parser,
  type RepositoryRef,
  type TypedScalar,
  type ValueSchema
} from './formats.js'

/**
 * An id or a name: in an input, digits are an id and anything else a name; in the fleet file the YAML
 * type decides (`fromYaml`). `named` reads the text as a name, digits or not.
 */
function reference<T>(
  schema: ValueSchema,
  named: (raw: string, input: string) => T
): Parser<{ id: number } | T> {
  const byId = (raw: string, input: string) => ({ id: positiveInteger(raw, input) })
  return Object.assign(
    format(schema, (raw, input) => (DIGITS.test(raw) ? byId(raw, input) : named(raw, input))),
    {
      fromYaml: (value: TypedScalar | TypedScalar[], input: string) => {
        if (Array.isArray(value)) return refuse(input, JSON.stringify(value.map((v) => v.text)), 'one value')
        if (!value.integer) return named(value.text, input)
        // `0x1F` or `0o17` is an integer to YAML, but no one writes an id so: refused, not guessed.
        if (!DIGITS.test(value.text))
          refuse(input, value.text, `an id in decimal digits, or a name in quotes ("${value.text}")`)
        return byId(value.text, input)
      }
    }
  )
}

/** Digits are an id; anything else is a name, matched exactly later. */
export const idOrName = (maxLength: number): Parser<IdOrName> =>
  reference({ type: ['string', 'integer'], maxLength }, (raw, input) => {
    if (raw.length > maxLength || HOSTILE.test(raw)) {
      refuse(input, raw, `an id (digits) or a name of at most ${maxLength} characters, without / \\ ? # %`)
    }
    return { name: raw }
  })

// In an input a negative number is a name, as its text; in the fleet file an integer that is no id is refused.
const ID_OR_TEXT: ValueSchema = { type: ['string', 'integer'] }

export const repositoryRef = reference(ID_OR_TEXT, (raw, input): RepositoryRef => {
  const [owner, name, extra] = raw.split('/')
  const fits = 'repository ids, `owner/name` or a bare `name`'
  if (extra !== undefined) refuse(input, raw, fits)
  if (name === undefined) return { name: matching(REPOSITORY_NAME, fits)(raw, input) }
  if (!LOGIN.test(owner ?? '') || !REPOSITORY_NAME.test(name)) refuse(input, raw, fits)
  return { owner: owner as string, name }
})

/** An organization: its id (digits) or its login. */
export const organizationRef = reference(ID_OR_TEXT, (raw, input): IdOrName => {
  return { name: matching(LOGIN, 'organization ids or logins (letters, digits, single hyphens)')(raw, input) }
})

export const runnerRef = reference(ID_OR_TEXT, (raw, input): IdOrName => {
  return { name: matching(RUNNER_NAME, 'runner ids or names (1–64 of a-z A-Z 0-9 . - _)')(raw, input) }
})

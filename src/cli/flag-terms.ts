// The action's messages speak of inputs (`Input 'token' is required`); on a terminal the same message
// speaks of flags and environment variables (`--token (or GH_TOKEN) is required`).
import { INPUT_NAMES } from '../inputs/vocabulary.js'
import { fleetKeyNames } from '../operations/index.js'

/** How a terminal gives each input: its flag, and for the token the environment variables read. */
const flagOf = (name: string): string =>
  name === 'token' ? '--token (or GH_TOKEN)' : name === 'operation' ? 'the operation' : `--${name}`

const alternation = (names: readonly string[]) =>
  `(${[...names].sort((a, b) => b.length - a.length).join('|')})`
const NAME = alternation(INPUT_NAMES)

/**
 * Inputs that no fleet file holds as a key (`max-deletions`, `config`, `expected-plan-digest`…): a quoted
 * one in a hint (`set 'max-deletions' to 3`) can only mean the step's input, so on a terminal its flag.
 * A fleet key (`remove 'image-version'` at a file's line) stays as the file spells it.
 */
const FLEET_KEYS = fleetKeyNames()
const STEP_ONLY = alternation(INPUT_NAMES.filter((name) => !FLEET_KEYS.has(name) && name !== 'operation'))

/**
 * `Input 'x'`, `input 'x' or 'y'`, `the step's 'x' input`, `the 'x' input` (or `` the `x` input ``), and a
 * step-only `'x'`.
 */
const PHRASES = [
  new RegExp(`\\b[Ii]nputs? '${NAME}'((?: or '${NAME}')*)`, 'g'),
  new RegExp(`\\bthe (?:step's )?(?:'${NAME}'|\`${NAME}\`) input\\b`, 'g'),
  new RegExp(`'${NAME}' input\\b`, 'g'),
  new RegExp(`'${STEP_ONLY}'`, 'g')
]

/** The message with every phrase naming an input said as its flag. */
export function inFlagTerms(message: string): string {
  const [head, article, bare, stepOnly] = PHRASES as [RegExp, RegExp, RegExp, RegExp]
  return message
    .replace(head, (_, name: string, more: string) =>
      [name, ...[...more.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] as string)].map(flagOf).join(' or ')
    )
    .replace(article, (_, quoted?: string, backticked?: string) => flagOf((quoted ?? backticked) as string))
    .replace(bare, (_, name: string) => flagOf(name))
    .replace(stepOnly, (_, name: string) => flagOf(name))
}

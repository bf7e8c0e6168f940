// The action's messages speak of inputs (`Input 'token' is required`); on a terminal the same message
// speaks of flags and environment variables (`--token (or GH_TOKEN) is required`).
import { INPUT_NAMES } from '../inputs/vocabulary.js'

/** How a terminal gives each input: its flag, and for the token the environment variables read. */
const flagOf = (name: string): string =>
  name === 'token' ? '--token (or GH_TOKEN)' : name === 'operation' ? 'the operation' : `--${name}`

const NAME = `(${[...INPUT_NAMES].sort((a, b) => b.length - a.length).join('|')})`
/** `Input 'x'`, `input 'x' or 'y'`, `the step's 'x' input`, `the 'x' input`. */
const PHRASES = [
  new RegExp(`\\b[Ii]nputs? '${NAME}'((?: or '${NAME}')*)`, 'g'),
  new RegExp(`\\bthe (?:step's )?'${NAME}' input\\b`, 'g'),
  new RegExp(`'${NAME}' input\\b`, 'g')
]

/** The message with every phrase naming an input said as its flag. */
export function inFlagTerms(message: string): string {
  const [head, article, bare] = PHRASES as [RegExp, RegExp, RegExp]
  return message
    .replace(head, (_, name: string, more: string) =>
      [name, ...[...more.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] as string)].map(flagOf).join(' or ')
    )
    .replace(article, (_, name: string) => flagOf(name))
    .replace(bare, (_, name: string) => flagOf(name))
}

// The one name rule of the fleet file: GitHub keeps runner and group names unique regardless of case,
// so two items whose names match ignoring case would rename one object back and forth on every run.
// `namesOf` gives every name an item claims (its name; a later `previous-names` adds to it).
import type { OperationInputs } from '../inputs/vocabulary.js'
import type { Fleet } from './fleet.js'
import type { Problem } from './fleet-problems.js'
import { KINDS } from '../resources/index.js'

export interface NamedItem {
  line: number
  inputs: OperationInputs
}

export interface NamedSection {
  section: string
  items: NamedItem[]
  /** Every name the item claims, as written. */
  namesOf: (inputs: OperationInputs) => string[]
}

/** Each item claiming a name (ignoring case) that an earlier item of its section claims. */
export function duplicateNames(sections: NamedSection[]): Problem[] {
  const problems: Problem[] = []
  for (const { section, items, namesOf } of sections) {
    const seen = new Map<string, number>()
    for (const item of items)
      for (const name of namesOf(item.inputs)) {
        const key = name.toLowerCase()
        const first = seen.get(key)
        if (first !== undefined)
          problems.push({
            line: item.line,
            path: section,
            message: `declares ${name} again, ignoring case as GitHub does (first at line ${first})`
          })
        else seen.set(key, item.line)
      }
  }
  return problems
}

/** Each item of the fleet whose name another item of its section already has, ignoring case. */
export function duplicateItemNames(fleet: Fleet): Problem[] {
  return duplicateNames(
    KINDS.map(({ kind }) => ({
      section: kind.section,
      items: fleet.sections[kind.section] ?? [],
      // A kind whose items may go unnamed (image retention) names an image by id or by name; one unnamed
      // item covers every other image.
      namesOf: (i: OperationInputs) => {
        const name = i[kind.name.input]
        if (kind.nameOptional) return [name === undefined ? 'every other image' : JSON.stringify(name)]
        return name === undefined ? [] : [name as string]
      }
    }))
  )
}

/**
 * Characters that show nothing or turn the text's direction: Unicode's own classes (Default_Ignorable_Code_Point
 * covers zero-width and joiner characters, fillers, variation selectors, tags and the BOM; Bidi_Control every
 * direction mark and override), so a name reads as it is.
 */
const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u
// eslint-disable-next-line no-control-regex -- the whole of ASCII, controls included
const ASCII = /^[\x00-\x7f]*$/
/** What a decoder leaves of bytes that were not valid text. */
const REPLACEMENT = '\uFFFD'
/** Scripts whose letters look like Latin ones: one word mixing them reads as another word. */
const LOOKALIKE_SCRIPTS = [
  { name: 'Latin', letter: /\p{Script=Latin}/u },
  { name: 'Cyrillic', letter: /\p{Script=Cyrillic}/u },
  { name: 'Greek', letter: /\p{Script=Greek}/u }
]

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`

/**
 * What makes `text` read as something it is not, said for a person, or undefined: an invisible or
 * direction-changing character, a replacement character, or one word mixing letters of lookalike scripts
 * (`rеlease` with a Cyrillic `е` reads as `release`; words of one script each, `prod-сервер`, are fine).
 */
export function unreadableCharacter(text: string): string | undefined {
  // Every character below U+0080 is visible or a plain control, and ASCII letters are Latin: nothing to find.
  if (ASCII.test(text)) return undefined
  const hidden = HIDDEN.exec(text)?.[0]
  if (hidden) return `an invisible or direction-changing character (${codePoint(hidden)})`
  if (text.includes(REPLACEMENT))
    return `a replacement character (${codePoint(REPLACEMENT)}), left where text was not valid UTF-8`
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    const scripts = LOOKALIKE_SCRIPTS.filter((script) => script.letter.test(word))
    const [first, second] = scripts
    if (!first || !second) continue
    const odd = [...word].find((character) => second.letter.test(character)) as string
    return `a ${second.name} letter among ${first.name} ones in '${word}' (${codePoint(odd)})`
  }
  return undefined
}

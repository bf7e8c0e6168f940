// Issue 18: a name in the fleet file must read as it is. Invisible and direction characters were refused
// already; a replacement character, and one word mixing Latin with Cyrillic or Greek letters (a plan
// reading "create rеlease" beside "delete release"), are refused too, naming the line and the character.
import { parseFleet } from '../src/fleet/config.js'

const FILE = '.github/hosted-runners.yml'
const problem = (name: string) => {
  try {
    parseFleet(`runner-groups:\n  - group-name: ${name}\n`, FILE, 'org')
  } catch (error) {
    return (error as Error).message
  }
  return 'no problem'
}

test.each([
  [
    'a Cyrillic е among Latin letters',
    'r\u0435lease',
    "a Cyrillic letter among Latin ones in 'r\u0435lease' (U+0435)"
  ],
  ['a Greek ο among Latin letters', 'pr\u03BFd', "a Greek letter among Latin ones in 'pr\u03BFd' (U+03BF)"],
  [
    'a replacement character',
    'release\uFFFD',
    'a replacement character (U+FFFD), left where text was not valid UTF-8'
  ],
  ['a zero-width space', 'release\u200B', 'an invisible or direction-changing character (U+200B)']
])('a name holding %s is refused, naming the line and the character', (_, name, what) => {
  expect(problem(name)).toContain(
    `line 2, key 'runner-groups[0].group-name': holds ${what}: names must read as they are`
  )
})

test('words of one script each, and names in one other script, are accepted', () => {
  expect(problem('prod-\u0441\u0435\u0440\u0432\u0435\u0440')).toBe('no problem')
  expect(problem('\u0441\u0431\u043E\u0440\u043A\u0430')).toBe('no problem')
  expect(problem('caf\u00E9 pool')).toBe('no problem')
})

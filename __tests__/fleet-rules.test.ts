// Issue 18, the pure rules of `apply`: what an answer leaves out is unknown, never a change; one name
// rule in the file.
import { planRunner } from '../src/resources/hosted-runner/plan.js'
import { parseFleet } from '../src/fleet/parse-fleet.js'
import type { HostedRunner } from '../src/github/types.js'

const runner = {
  id: 5,
  name: 'ci',
  runner_group_id: 1,
  status: 'Ready',
  platform: 'linux-x64',
  maximum_runners: 10,
  public_ip_enabled: false,
  image_details: { id: '2306', size_gb: 86, display_name: 'Ubuntu', source: 'github', version: 'latest' },
  machine_size_details: { id: '4-core', cpu_cores: 4, memory_gb: 16, storage_gb: 150 }
} as HostedRunner

test('an answer without image_gen is unknown: image-gen: false plans no PATCH on every run', () => {
  expect(planRunner(runner, { name: 'ci', imageGen: false })).toEqual([])
  expect(planRunner({ ...runner, image_gen: true }, { name: 'ci', imageGen: false })).toHaveLength(1)
})

const FILE = '.github/hosted-runners.yml'
const problem = (text: string) => {
  try {
    parseFleet(text, FILE, 'org')
  } catch (error) {
    return (error as Error).message
  }
  return 'no problem'
}

test.each([
  [
    'groups',
    'runner-groups:\n  - group-name: release\n  - group-name: Release\n',
    /line 3, key 'runner-groups': declares Release again, ignoring case as GitHub does \(first at line 2\)/
  ],
  [
    'runners',
    'hosted-runners:\n  - runner-name: build\n  - runner-name: BUILD\n',
    /line 3, key 'hosted-runners': declares BUILD again/
  ]
])('two %s whose names differ only in case are refused', (_, text, message) => {
  expect(problem(text)).toMatch(message)
})

test.each([
  ['a zero-width space', '\u200B'],
  ['a bidi override', '\u202E'],
  ['a BOM', '\uFEFF'],
  ['an Arabic letter mark', '\u061C'],
  ['a Hangul filler', '\u3164'],
  ['a variation selector', '\uFE0F'],
  ['a tag character', '\u{E0041}']
])('a name holding %s is refused', (_, character) => {
  expect(problem(`runner-groups:\n  - group-name: rel${character}ease\n`)).toMatch(
    /line 2, key 'runner-groups\[0\]\.group-name': holds an invisible or direction-changing character \(U\+[0-9A-F]{4,5}\)/
  )
})

test('a YAML tag is refused, not dropped', () => {
  expect(problem('runner-groups:\n  - group-name: !!binary aGVsbG8=\n')).toMatch(
    /line 2: not valid YAML: YAML tags \(!!binary, !custom…\) are not supported here/
  )
})

test("enterprise scope has no 'private' group visibility: refused in the file, before any write", () => {
  expect(() =>
    parseFleet('runner-groups:\n  - group-name: g\n    visibility: private\n', FILE, 'enterprise')
  ).toThrow(
    /line 3, key 'runner-groups\[0\]\.visibility': is 'private', which enterprise runner groups do not have/
  )
  expect(() =>
    parseFleet('runner-groups:\n  - group-name: g\n    visibility: private\n', FILE, 'org')
  ).not.toThrow()
})

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
  ]
])('a name holding %s is refused: it does not read as it is', (_, name, what) => {
  expect(problem(`runner-groups:\n  - group-name: ${name}\n`)).toContain(
    `line 2, key 'runner-groups[0].group-name': holds ${what}: names must read as they are`
  )
})

test('words of one script each, and names in one other script, are accepted', () => {
  for (const name of [
    'prod-\u0441\u0435\u0440\u0432\u0435\u0440',
    '\u0441\u0431\u043E\u0440\u043A\u0430',
    'caf\u00E9 pool'
  ])
    expect(problem(`runner-groups:\n  - group-name: ${name}\n`)).toBe('no problem')
})

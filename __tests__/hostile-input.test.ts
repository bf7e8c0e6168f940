// Wrong, empty, out-of-range and hostile input: each is refused before any request, with one
// ::error:: naming the input and what would fit — run as a workflow step against the simulator.
import { INPUT_NAMES } from '../src/inputs/vocabulary.js'
import { runStep, TOKEN } from './support/step.js'
import { useSimulator } from './support/simulator.js'

const sim = useSimulator()
const huge = 'x'.repeat(100_000)
const RUNNER = { operation: 'create-runner', 'runner-name': 'r', 'image-id': '2306', size: '4-core' }

const refused: Array<[string, Record<string, string>, string, RegExp]> = [
  ['no operation', { operation: '' }, 'operation', /required: one of list-runners, get-runner/],
  [
    'an unknown operation',
    { operation: 'delete-everything' },
    'operation',
    /^unknown operation: Input 'operation': unknown operation 'delete-everything'\. Valid operations: .*cleanup-image-versions\.$/
  ],
  [
    'an operation named like an object key',
    { operation: 'constructor' },
    'operation',
    /unknown operation 'constructor'/
  ],
  [
    'a huge operation carrying markdown',
    { operation: `\`**x**\`\n# ${huge}` },
    'operation',
    /^unknown operation: Input 'operation': unknown operation '`\*\*x\*\*`\\n# x+…'/
  ],
  [
    'an operation in the wrong case',
    { operation: 'LIST-RUNNERS' },
    'operation',
    /unknown operation 'LIST-RUNNERS'\. Did you mean `list-runners`\?/
  ],
  [
    'a misspelled operation',
    { operation: 'list-runner' },
    'operation',
    /^unknown operation: Input 'operation': unknown operation 'list-runner'\. Did you mean `list-runners`\?/
  ],
  ['no token', { operation: 'get-limits', token: '' }, 'token', /'token' is required/],
  [
    'a token with a line break',
    { operation: 'get-limits', token: 'ghp_a\nb' },
    'token',
    /must not contain spaces or line breaks/
  ],
  ['an empty org', { operation: 'get-limits', org: '' }, 'org', /organization login/],
  ['an org with a slash', { operation: 'get-limits', org: 'acme/x' }, 'org', /organization login/],
  ['an org with ..', { operation: 'get-limits', org: '..' }, 'org', /organization login/],
  [
    'an org that is a URL',
    { operation: 'get-limits', org: 'https://evil.example' },
    'org',
    /organization login/
  ],
  ['an org with a query', { operation: 'get-limits', org: 'acme?x=1' }, 'org', /organization login/],
  ['an org of 40 characters', { operation: 'get-limits', org: 'a'.repeat(40) }, 'org', /at most 39/],
  ['an org with a double hyphen', { operation: 'get-limits', org: 'ac--me' }, 'org', /single hyphens/],
  [
    'plain http to a remote host',
    { operation: 'get-limits', 'api-url': 'http://api.example.com' },
    'api-url',
    /https:\/\//
  ],
  [
    'plain http to a private address',
    { operation: 'get-limits', 'api-url': 'http://10.0.0.1' },
    'api-url',
    /loopback/
  ],
  [
    'an api-url with credentials',
    { operation: 'get-limits', 'api-url': 'https://u:p@api.github.com' },
    'api-url',
    /credentials/
  ],
  [
    'an api-url that is not a URL',
    { operation: 'get-limits', 'api-url': 'api.github.com' },
    'api-url',
    /absolute URL/
  ],
  [
    'an api-url with another scheme',
    { operation: 'get-limits', 'api-url': 'file:///etc/passwd' },
    'api-url',
    /https:\/\//
  ],
  [
    'an api-version that is not a date',
    { operation: 'get-limits', 'api-version': 'latest' },
    'api-version',
    /YYYY-MM-DD/
  ],
  [
    'dry-run: yes (YAML 1.1)',
    { operation: 'get-limits', 'dry-run': 'yes' },
    'dry-run',
    /`true` or `false`; got 'yes'/
  ],
  ['retries: -1', { operation: 'get-limits', retries: '-1' }, 'retries', /whole number from 0 to 10/],
  ['retries: 100', { operation: 'get-limits', retries: '100' }, 'retries', /from 0 to 10/],
  ['retries: 1.5', { operation: 'get-limits', retries: '1.5' }, 'retries', /whole number/],
  [
    'a runner id with letters',
    { operation: 'get-runner', 'runner-id': '12a' },
    'runner-id',
    /positive whole number; got '12a'/
  ],
  ['runner id 0', { operation: 'get-runner', 'runner-id': '0' }, 'runner-id', /positive whole number/],
  [
    'a negative runner id',
    { operation: 'get-runner', 'runner-id': '-5' },
    'runner-id',
    /positive whole number/
  ],
  [
    'a runner id past 2^53',
    { operation: 'get-runner', 'runner-id': '99999999999999999999' },
    'runner-id',
    /positive whole number/
  ],
  ['a huge runner id', { operation: 'get-runner', 'runner-id': huge }, 'runner-id', /got 'x{60}…'/],
  [
    'a runner name with a space',
    { operation: 'get-runner', 'runner-name': 'my runner' },
    'runner-name',
    /a-z A-Z 0-9/
  ],
  [
    'a runner name with a slash',
    { operation: 'get-runner', 'runner-name': '../1' },
    'runner-name',
    /a-z A-Z 0-9/
  ],
  [
    'a runner name of 65 characters',
    { operation: 'get-runner', 'runner-name': 'r'.repeat(65) },
    'runner-name',
    /1–64/
  ],
  [
    'both runner id and name',
    { operation: 'get-runner', 'runner-id': '1', 'runner-name': 'x' },
    'runner-id',
    /not both/
  ],
  [
    'neither runner id nor name',
    { operation: 'delete-runner' },
    'runner-id',
    /needs input 'runner-id' or 'runner-name'/
  ],
  [
    'create without size',
    { operation: 'create-runner', 'runner-name': 'r', 'image-id': 'x' },
    'size',
    /needs input 'size'/
  ],
  [
    'an unknown image source',
    { ...RUNNER, 'image-source': 'docker' },
    'image-source',
    /`github`, `partner`, `custom`/
  ],
  ['maximum-runners: 0', { ...RUNNER, 'maximum-runners': '0' }, 'maximum-runners', /positive whole number/],
  ['enable-static-ip: on', { ...RUNNER, 'enable-static-ip': 'on' }, 'enable-static-ip', /`true` or `false`/],
  ['a size with a control character', { ...RUNNER, size: 'a\u0007b' }, 'size', /control characters/],
  ['a huge size', { ...RUNNER, size: huge }, 'size', /at most 256 characters/],
  ['wait-for: running', { ...RUNNER, 'wait-for': 'running' }, 'wait-for', /`ready`, `deleted`/],
  [
    'wait-timeout: forever',
    { ...RUNNER, 'wait-for': 'ready', 'wait-timeout': 'forever' },
    'wait-timeout',
    /duration/
  ],
  [
    'wait-timeout: 2d',
    { ...RUNNER, 'wait-for': 'ready', 'wait-timeout': '2d' },
    'wait-timeout',
    /duration from 1s to 1d/
  ],
  [
    'poll-interval: 0s',
    { ...RUNNER, 'wait-for': 'ready', 'poll-interval': '0s' },
    'poll-interval',
    /from 1s to 1h/
  ],
  [
    'an image version that is not x.y.z',
    { operation: 'get-image-version', 'custom-image': '1', 'image-version': 'latest' },
    'image-version',
    /x\.y\.z/
  ],
  [
    'an image version with a path',
    { operation: 'delete-image-version', 'custom-image': '1', 'image-version': '1.0.0/../..' },
    'image-version',
    /x\.y\.z/
  ],
  [
    'a custom image name with a slash',
    { operation: 'delete-image', 'custom-image': 'a/../b' },
    'custom-image',
    /without \/ \\ \? # %/
  ],
  [
    'a custom image name with #',
    { operation: 'get-image', 'custom-image': 'a#b' },
    'custom-image',
    /without/
  ],
  [
    'update-runner with nothing to change',
    { operation: 'update-runner', 'runner-id': '5' },
    'image-id',
    /Nothing to change/
  ],
  [
    'update-group with nothing to change',
    { operation: 'update-group', 'runner-group': '5' },
    'group-name',
    /Nothing to change/
  ],
  [
    'a group name of 65 characters',
    { operation: 'create-group', 'group-name': 'g'.repeat(65) },
    'group-name',
    /at most 64/
  ],
  [
    'a runner group with a slash',
    { operation: 'get-group', 'runner-group': 'a/b' },
    'runner-group',
    /id \(digits\) or a name/
  ],
  [
    'a runner group named ..',
    { operation: 'delete-group', 'runner-group': '..' },
    'runner-group',
    /id \(digits\) or a name/
  ],
  [
    'an unknown visibility',
    { operation: 'create-group', 'group-name': 'g', visibility: 'public' },
    'visibility',
    /`all`, `selected`, `private`/
  ],
  [
    'repositories for a group that is not selected',
    { operation: 'create-group', 'group-name': 'g', repositories: 'a' },
    'repositories',
    /visibility: selected/
  ],
  [
    'repositories as a YAML map',
    { operation: 'set-group-repos', 'runner-group': '1', repositories: 'key: value' },
    'repositories',
    /a list/
  ],
  [
    'repositories as a JSON object',
    { operation: 'set-group-repos', 'runner-group': '1', repositories: '{"a": 1}' },
    'repositories',
    /a list/
  ],
  ...[',', '""', "''", ', ,', '\n,\n', '[,]', '- ""\n-'].map(
    (blank): [string, Record<string, string>, string, RegExp] => [
      `a list of blank items (${JSON.stringify(blank)})`,
      { operation: 'set-group-repos', 'runner-group': '1', repositories: blank },
      'repositories',
      /naming at least one item \(only `\[\]` means an empty list\)|does not parse|expected|unexpected/
    ]
  ),
  [
    'a nested list item',
    { operation: 'set-group-runners', 'runner-group': '1', runners: '- [a, b]' },
    'runners',
    /of plain values/
  ],
  [
    'an org-only operation at enterprise scope',
    { operation: 'list-group-repos', enterprise: 'octo-ent', 'runner-group': '1' },
    'enterprise',
    /^list-group-repos: Operation 'list-group-repos' exists at organization scope only, not at enterprise scope: remove the 'enterprise' input\.$/
  ],
  [
    'an enterprise-only operation at organization scope',
    { operation: 'set-group-orgs', 'runner-group': '1', organizations: 'acme' },
    'enterprise',
    /Operation 'set-group-orgs' exists at enterprise scope only, not at organization scope: give the 'enterprise' input\./
  ],
  [
    'repositories at enterprise scope',
    {
      operation: 'create-group',
      enterprise: 'octo-ent',
      'group-name': 'g',
      visibility: 'selected',
      repositories: 'api'
    },
    'repositories',
    /Input 'repositories' is for organization scope; this run is at enterprise scope\./
  ],
  [
    'organizations at organization scope',
    { operation: 'ensure-group', 'group-name': 'g', visibility: 'selected', organizations: 'acme' },
    'organizations',
    /Input 'organizations' is for enterprise scope; this run is at organization scope\./
  ],
  [
    'an enterprise slug with a slash',
    { operation: 'list-runners', enterprise: 'octo/../x' },
    'enterprise',
    /an enterprise slug/
  ],
  [
    'organizations for a group that is not selected',
    { operation: 'create-group', enterprise: 'octo-ent', 'group-name': 'g', organizations: 'acme' },
    'organizations',
    /needs 'visibility: selected'/
  ],
  [
    'an unclosed list',
    { operation: 'set-group-repos', 'runner-group': '1', repositories: '[a, b' },
    'repositories',
    /closed by `\]`/
  ],
  [
    'a repository with two slashes',
    { operation: 'set-group-repos', 'runner-group': '1', repositories: 'a/b/c' },
    'repositories',
    /owner\/name/
  ],
  [
    'a repository named ..',
    { operation: 'set-group-repos', 'runner-group': '1', repositories: '..' },
    'repositories',
    /owner\/name/
  ],
  [
    'a repository with a space among good ones',
    { operation: 'set-group-repos', 'runner-group': '1', repositories: 'api\nmy repo\nweb' },
    'repositories',
    /got 'my repo'/
  ],
  [
    'a list of 1001 repositories',
    {
      operation: 'set-group-repos',
      'runner-group': '1',
      repositories: Array.from({ length: 1001 }, (_, i) => `r${i}`).join(',')
    },
    'repositories',
    /at most 1000 items/
  ],
  [
    'an empty list for add-group-repo',
    { operation: 'add-group-repo', 'runner-group': '1', repositories: '[]' },
    'repositories',
    /at least one/
  ],
  [
    'runner names with junk',
    { operation: 'set-group-runners', 'runner-group': '1', runners: 'ok, not ok' },
    'runners',
    /runner ids or names/
  ],
  [
    'a workflow ref with a space',
    { operation: 'create-group', 'group-name': 'g', 'selected-workflows': 'a b' },
    'selected-workflows',
    /workflow refs/
  ],
  ['keep: -1', { operation: 'cleanup-image-versions', keep: '-1' }, 'keep', /whole number/],
  ['keep: five', { operation: 'cleanup-image-versions', keep: 'five' }, 'keep', /whole number/],
  [
    'older-than: 30 days',
    { operation: 'cleanup-image-versions', 'older-than': '30 days' },
    'older-than',
    /duration/
  ],
  [
    'older-than: 1w',
    { operation: 'cleanup-image-versions', 'older-than': '1w' },
    'older-than',
    /`30d`, `12h`/
  ],
  [
    'max-deletions: 1e3',
    { operation: 'cleanup-image-versions', 'max-deletions': '1e3' },
    'max-deletions',
    /whole number/
  ]
]

test('every row names an input of the action, the one its error must name', () => {
  expect(refused.map(([, , input]) => input).filter((input) => !INPUT_NAMES.includes(input))).toEqual([])
})

test.each(refused)('%s is refused before any request', async (_, inputs, input, message) => {
  const step = await runStep(inputs, sim().url)
  expect(sim().requests).toEqual([])
  expect(step.exitCode).toBe(1)
  expect(step.errors).toHaveLength(1)
  expect(step.errors[0]).toMatch(new RegExp(`'${input}'`))
  expect(step.errors[0]).toMatch(message)
  expect(step.errors[0]).not.toContain(TOKEN)
  expect(step.errors[0]!.length).toBeLessThan(1000)
  expect(step.result).toEqual({ error: { message: step.errors[0] } })
  expect(step.outputs.changed).toBe('false')
  expect(step.summary.length).toBeLessThan(2000)
})

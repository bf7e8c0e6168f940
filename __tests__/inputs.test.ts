import { InputError } from '../src/input-formats.js'
import { INPUT_NAMES, readSettings, type OperationInputs } from '../src/inputs.js'

const BASE = { token: 'ghp_x', org: 'acme', 'api-url': 'https://api.github.com' }

function settings(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const all: Record<string, string> = { ...BASE, ...inputs }
  return readSettings((name) => all[name] ?? '', env)
}

function refusal(inputs: Record<string, string>): InputError {
  try {
    settings(inputs)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`accepted: ${JSON.stringify(inputs)}`)
}

describe('value inputs become typed settings', () => {
  const accepted: Array<[string, Record<string, string>, OperationInputs]> = [
    ['runner id', { operation: 'get-runner', 'runner-id': '42' }, { runnerId: 42 }],
    [
      'runner name',
      { operation: 'get-runner', 'runner-name': 'linux-x64_2.0' },
      { runnerName: 'linux-x64_2.0' }
    ],
    ['group by id', { operation: 'get-group', 'runner-group': '7' }, { runnerGroup: { id: 7 } }],
    [
      'group by name with spaces',
      { operation: 'get-group', 'runner-group': 'Release runners' },
      { runnerGroup: { name: 'Release runners' } }
    ],
    [
      'image by name',
      { operation: 'get-image', 'custom-image': 'ubuntu-build' },
      { customImage: { name: 'ubuntu-build' } }
    ],
    [
      'booleans and numbers',
      {
        operation: 'create-runner',
        'runner-name': 'r',
        'image-id': 'ubuntu-24.04',
        size: '4-core',
        'maximum-runners': '5',
        'enable-static-ip': 'True',
        'image-gen': 'false'
      },
      {
        runnerName: 'r',
        imageId: 'ubuntu-24.04',
        size: '4-core',
        maximumRunners: 5,
        enableStaticIp: true,
        imageGen: false
      }
    ],
    [
      'repositories, one per line',
      { operation: 'set-group-repos', 'runner-group': '2', repositories: '12\nacme/api\n  web  \n' },
      { runnerGroup: { id: 2 }, repositories: [{ id: 12 }, { owner: 'acme', name: 'api' }, { name: 'web' }] }
    ],
    [
      'repositories, comma separated',
      { operation: 'set-group-repos', 'runner-group': '2', repositories: 'a, b,c' },
      { runnerGroup: { id: 2 }, repositories: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }
    ],
    [
      'repositories, YAML block list',
      { operation: 'set-group-repos', 'runner-group': '2', repositories: '- a\n- "acme/b"\n' },
      { runnerGroup: { id: 2 }, repositories: [{ name: 'a' }, { owner: 'acme', name: 'b' }] }
    ],
    [
      'repositories, JSON list with duplicates',
      { operation: 'set-group-repos', 'runner-group': '2', repositories: '["a", 5, "a"]' },
      { runnerGroup: { id: 2 }, repositories: [{ name: 'a' }, { id: 5 }] }
    ],
    [
      'an explicit empty list',
      { operation: 'set-group-repos', 'runner-group': '2', repositories: '[]' },
      { runnerGroup: { id: 2 }, repositories: [] }
    ],
    [
      'runners by id and name',
      { operation: 'set-group-runners', 'runner-group': '2', runners: '3\nbuild-01' },
      { runnerGroup: { id: 2 }, runners: [{ id: 3 }, { name: 'build-01' }] }
    ],
    [
      'custom image version',
      { operation: 'get-image-version', 'custom-image': '9', 'image-version': '1.10.0' },
      { customImage: { id: 9 }, imageVersion: '1.10.0' }
    ],
    [
      'list groups visible to a repository',
      { operation: 'list-groups', 'visible-to-repository': 'api' },
      { visibleToRepository: 'api' }
    ]
  ]
  test.each(accepted)('%s', (_, inputs, expected) => {
    expect(settings(inputs).inputs).toEqual(expected)
  })
})

describe('common inputs', () => {
  test('defaults: API URL from GITHUB_API_URL, version 2026-03-10, 3 retries, no dry run', () => {
    const s = readSettings((name) => ({ operation: 'get-limits', token: 't', org: 'acme' })[name] ?? '', {
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/'
    })
    expect(s).toMatchObject({
      apiUrl: 'https://ghe.example.com/api/v3',
      apiVersion: '2026-03-10',
      retries: 3,
      dryRun: false
    })
  })
  test('api.github.com when nothing names an API URL', () => {
    expect(
      readSettings((name) => ({ operation: 'get-limits', token: 't', org: 'acme' })[name] ?? '', {}).apiUrl
    ).toBe('https://api.github.com')
  })
  test.each(['http://localhost:3000', 'http://127.0.0.1:8080/api', 'http://[::1]:9000'])(
    'plain http on loopback: %s',
    (url) => {
      expect(settings({ operation: 'get-limits', 'api-url': url }).apiUrl).toBe(url.replace(/\/$/, ''))
    }
  )
  test('inputs the operation does not read are reported, not parsed', () => {
    const s = settings({ operation: 'list-runners', keep: 'not-a-number', 'runner-id': '5' })
    expect(s.ignored).toEqual(['runner-id', 'keep'])
    expect(s.inputs).toEqual({})
  })
  test('every input name is kebab-case and unique', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length)
    for (const name of INPUT_NAMES) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })
})

describe('bad input is refused naming the input and what would fit', () => {
  const refused: Array<[string, Record<string, string>, string, RegExp]> = [
    ['no operation', { operation: '' }, 'operation', /required: one of list-runners, get-runner/],
    [
      'unknown operation',
      { operation: 'delete-everything' },
      'operation',
      /must be one of .*get-limits.*; got 'delete-everything'/
    ],
    ['an operation named like an object key', { operation: 'constructor' }, 'operation', /must be one of/],
    ['no token', { operation: 'get-limits', token: '' }, 'token', /'token' is required/],
    ['org with a slash', { operation: 'get-limits', org: 'acme/../x' }, 'org', /organization login/],
    ['org with URL syntax', { operation: 'get-limits', org: 'https://evil' }, 'org', /organization login/],
    [
      'plain http to a remote host',
      { operation: 'get-limits', 'api-url': 'http://api.example.com' },
      'api-url',
      /https:\/\//
    ],
    [
      'api-url with credentials',
      { operation: 'get-limits', 'api-url': 'https://u:p@api.github.com' },
      'api-url',
      /credentials/
    ],
    [
      'api-url that is not a URL',
      { operation: 'get-limits', 'api-url': 'api.github.com' },
      'api-url',
      /absolute URL/
    ],
    [
      'api-version that is not a date',
      { operation: 'get-limits', 'api-version': 'latest' },
      'api-version',
      /YYYY-MM-DD/
    ],
    ['dry-run yes', { operation: 'get-limits', 'dry-run': 'yes' }, 'dry-run', /`true` or `false`; got 'yes'/],
    ['retries too many', { operation: 'get-limits', retries: '100' }, 'retries', /from 0 to 10/],
    [
      'runner id with letters',
      { operation: 'get-runner', 'runner-id': '12a' },
      'runner-id',
      /positive whole number; got '12a'/
    ],
    ['runner id zero', { operation: 'get-runner', 'runner-id': '0' }, 'runner-id', /positive whole number/],
    [
      'runner id huge',
      { operation: 'get-runner', 'runner-id': '99999999999999999999' },
      'runner-id',
      /positive whole number/
    ],
    [
      'runner name with a space',
      { operation: 'get-runner', 'runner-name': 'my runner' },
      'runner-name',
      /a-z A-Z 0-9/
    ],
    [
      'runner name too long',
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
      { operation: 'create-runner', 'runner-name': 'r', 'image-id': 'ubuntu-24.04' },
      'size',
      /needs input 'size'/
    ],
    [
      'image source unknown',
      {
        operation: 'create-runner',
        'runner-name': 'r',
        'image-id': 'x',
        size: 's',
        'image-source': 'docker'
      },
      'image-source',
      /`github`, `partner`, `custom`/
    ],
    [
      'image version not x.y.z',
      { operation: 'get-image-version', 'custom-image': '1', 'image-version': 'latest' },
      'image-version',
      /x\.y\.z/
    ],
    [
      'update with nothing to change',
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
      'group name too long',
      { operation: 'create-group', 'group-name': 'g'.repeat(65) },
      'group-name',
      /at most 64/
    ],
    [
      'group with a slash',
      { operation: 'get-group', 'runner-group': 'a/b' },
      'runner-group',
      /id \(digits\) or a name/
    ],
    [
      'repositories for a non-selected group',
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
    [
      'repository with two slashes',
      { operation: 'set-group-repos', 'runner-group': '1', repositories: 'a/b/c' },
      'repositories',
      /owner\/name/
    ],
    [
      'repository named ..',
      { operation: 'set-group-repos', 'runner-group': '1', repositories: '..' },
      'repositories',
      /owner\/name/
    ],
    [
      'an empty add list',
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
      'visibility unknown',
      { operation: 'create-group', 'group-name': 'g', visibility: 'public' },
      'visibility',
      /`all`, `selected`, `private`/
    ],
    [
      'size with a newline',
      { operation: 'create-runner', 'runner-name': 'r', 'image-id': 'x', size: 'a\u0000b' },
      'size',
      /control characters/
    ]
  ]
  test.each(refused)('%s', (_, inputs, input, message) => {
    const error = refusal(inputs)
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain(BASE.token)
  })
})

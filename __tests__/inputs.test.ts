import { INPUT_NAMES, type OperationInputs } from '../src/inputs/vocabulary.js'
import { readSettings } from '../src/inputs/settings.js'
import { OPERATIONS } from '../src/operations/index.js'

const BASE = { token: 'ghp_x', org: 'acme', 'api-url': 'https://api.github.com' }

function settings(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const all: Record<string, string> = { ...BASE, ...inputs }
  return readSettings((name) => all[name] ?? '', OPERATIONS, env)
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
        'image-id': '2306',
        size: '4-core',
        'maximum-runners': '5',
        'enable-static-ip': 'True',
        'image-gen': 'false'
      },
      {
        runnerName: 'r',
        imageId: '2306',
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
      'a YAML block list with comments',
      {
        operation: 'set-group-repos',
        'runner-group': '2',
        repositories: '# the release repositories\n- api # the service\n- acme/web\n'
      },
      { runnerGroup: { id: 2 }, repositories: [{ name: 'api' }, { owner: 'acme', name: 'web' }] }
    ],
    [
      'a quoted item keeps its commas, without its quotes',
      {
        operation: 'update-group',
        'runner-group': '2',
        'selected-workflows':
          '["octo/app/.github/workflows/a.yml@refs/heads/rel,2", \'octo/app/.github/workflows/b.yml@refs/heads/main\']'
      },
      {
        runnerGroup: { id: 2 },
        selectedWorkflows: [
          'octo/app/.github/workflows/a.yml@refs/heads/rel,2',
          'octo/app/.github/workflows/b.yml@refs/heads/main'
        ]
      }
    ],
    [
      'plain comma separated values with a quoted one',
      { operation: 'set-group-runners', 'runner-group': '2', runners: '"build-01", 7' },
      { runnerGroup: { id: 2 }, runners: [{ name: 'build-01' }, { id: 7 }] }
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
    const s = readSettings(
      (name) => ({ operation: 'get-limits', token: 't', org: 'acme' })[name] ?? '',
      OPERATIONS,
      {
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/'
      }
    )
    expect(s).toMatchObject({
      apiUrl: 'https://ghe.example.com/api/v3',
      apiVersion: '2026-03-10',
      retries: 3,
      dryRun: false
    })
  })
  test('api.github.com when nothing names an API URL', () => {
    expect(
      readSettings(
        (name) => ({ operation: 'get-limits', token: 't', org: 'acme' })[name] ?? '',
        OPERATIONS,
        {}
      ).apiUrl
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
  test('the scope is the organization, or with `enterprise` the enterprise; then `org` is not read', () => {
    expect(settings({ operation: 'list-runners' }).scope).toEqual({ kind: 'org', org: 'acme' })
    const enterprise = settings({
      operation: 'list-runners',
      enterprise: 'octo-ent',
      org: '${{ github.repository_owner }}'
    })
    expect(enterprise.scope).toEqual({ kind: 'enterprise', enterprise: 'octo-ent' })
  })

  test('enterprise group inputs: organizations by login or id, visible-to-organization', () => {
    const s = settings({
      operation: 'list-groups',
      enterprise: 'octo-ent',
      'visible-to-organization': 'acme'
    })
    expect(s.inputs).toEqual({ visibleToOrganization: 'acme' })
    const set = settings({
      operation: 'set-group-orgs',
      enterprise: 'octo-ent',
      'runner-group': '4',
      organizations: 'acme, 42'
    })
    expect(set.inputs.organizations).toEqual([{ name: 'acme' }, { id: 42 }])
  })

  test('every input name is kebab-case and unique', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length)
    for (const name of INPUT_NAMES) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })
})

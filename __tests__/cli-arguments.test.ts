// The command line's words, in process: every action input is a flag of the same name, a boolean flag
// alone means true, `--flag=value` works, and a word that does not parse is a usage error naming it.
import { UserError } from '../src/common/errors.js'
import { INPUT_NAMES } from '../src/inputs/vocabulary.js'
import { OPERATIONS } from '../src/operations/index.js'
import { readSettings } from '../src/inputs/settings.js'
import {
  inputReader,
  isBooleanInput,
  ORG_REQUIRED,
  parseCommandLine,
  UsageError
} from '../src/cli/arguments.js'

const parse = (...words: string[]) => parseCommandLine(words)
const inputsOf = (...words: string[]) => Object.fromEntries(parse(...words).inputs)

function usageError(...words: string[]): string {
  try {
    parse(...words)
  } catch (error) {
    if (error instanceof UsageError) return error.message
    throw error
  }
  throw new Error(`parsed: ${words.join(' ')}`)
}

describe('parseCommandLine', () => {
  it('takes the operation from the first word and every input by its action.yml name', () => {
    const line = parse('update-runner', '--runner-name', 'build', '--maximum-runners', '4', '--org', 'acme')
    expect(line.operation).toBe('update-runner')
    expect(Object.fromEntries(line.inputs)).toEqual({
      'runner-name': 'build',
      'maximum-runners': '4',
      org: 'acme'
    })
    expect(line).toMatchObject({ json: false, verbose: false, help: false })
  })

  it('knows every input of the action as a flag', () => {
    for (const name of INPUT_NAMES.filter((n) => n !== 'operation'))
      expect(inputsOf('get-limits', `--${name}=x`)).toEqual({ [name]: 'x' })
  })

  it('reads --flag=value, keeping what follows the first =', () => {
    expect(inputsOf('create-group', '--group-name=a=b c')).toEqual({ 'group-name': 'a=b c' })
    expect(inputsOf('create-group', '--group-name=--odd')).toEqual({ 'group-name': '--odd' })
  })

  it('reads a boolean flag alone as true, and takes a true/false word after it as its value', () => {
    expect(inputsOf('apply', '--dry-run')).toEqual({ 'dry-run': 'true' })
    expect(inputsOf('--dry-run', 'apply')).toEqual({ 'dry-run': 'true' })
    expect(parse('--dry-run', 'apply').operation).toBe('apply')
    expect(inputsOf('apply', '--dry-run', 'false')).toEqual({ 'dry-run': 'false' })
    expect(inputsOf('update-runner', '--enable-static-ip', 'True', '--image-gen')).toEqual({
      'enable-static-ip': 'True',
      'image-gen': 'true'
    })
  })

  it('knows the boolean inputs from the vocabulary and from action.yml defaults', () => {
    const booleans = INPUT_NAMES.filter(isBooleanInput)
    expect(booleans).toEqual(
      expect.arrayContaining([
        'allows-public-repositories',
        'dry-run',
        'enable-static-ip',
        'image-gen',
        'restricted-to-workflows'
      ])
    )
    for (const name of ['runner-id', 'wait-for', 'retries', 'api-version', 'token'])
      expect(booleans).not.toContain(name)
  })

  it('takes --operation as the operation, and its own flags', () => {
    expect(parse('--operation', 'list-runners', '--json', '--verbose').operation).toBe('list-runners')
    expect(parse('list-runners', '--json', '--verbose')).toMatchObject({ json: true, verbose: true })
    expect(parse('-h').help).toBe(true)
    expect(parse('get-runner', '--help').help).toBe(true)
  })

  it('names a misspelt flag and the one it resembles', () => {
    expect(usageError('delete-runner', '--runer-name', 'x')).toBe(
      "Unknown flag '--runer-name'. Did you mean `--runner-name`?"
    )
    expect(usageError('list-runners', '--jsn')).toBe("Unknown flag '--jsn'. Did you mean `--json`?")
    expect(usageError('list-runners', '--colour=always')).toBe("Unknown flag '--colour'.")
  })

  it('refuses a value-taking flag with no value, a flag given twice, and a stray word, echoing no value', () => {
    expect(usageError('get-runner', '--runner-id')).toContain("Flag '--runner-id' needs a value")
    expect(usageError('get-runner', '--runner-id', '--org', 'acme')).toContain("'--runner-id' needs a value")
    expect(usageError('get-runner', '--org', 'a', '--org', 'b')).toBe(
      "Flag '--org' is given twice: give it once (a list takes its items comma separated)."
    )
    expect(usageError('list-runners', 'ghp_secret')).toContain('Unexpected word in position 2')
    expect(usageError('list-runners', 'ghp_secret')).not.toContain('ghp_secret')
    expect(usageError('list-runners', '-x')).toContain('Unknown flag in position 2')
    expect(usageError('list-runners', '--operation', 'get-runner')).toContain('Give one operation')
    expect(usageError('list-runners', '--json=yes')).toBe("Flag '--json' takes no value.")
  })
})

describe('inputReader', () => {
  const read = (words: string[], env: NodeJS.ProcessEnv = {}) => inputReader(parseCommandLine(words), env)

  it('takes the token from --token, else GH_TOKEN, else GITHUB_TOKEN', () => {
    const env = { GH_TOKEN: 'gh-token', GITHUB_TOKEN: 'github-token' }
    expect(read(['list-runners', '--token', 'flag-token'], env)('token')).toBe('flag-token')
    expect(read(['list-runners'], env)('token')).toBe('gh-token')
    expect(read(['list-runners'], { GH_TOKEN: '', GITHUB_TOKEN: 'github-token' })('token')).toBe(
      'github-token'
    )
    expect(read(['list-runners'])('token')).toBe('')
  })

  it('feeds the action’s settings reader, with its formats and messages', () => {
    const settings = readSettings(
      read(['get-runner', '--org', 'acme', '--runner-id', '7', '--token', 't']),
      OPERATIONS
    )
    expect(settings.operation.name).toBe('get-runner')
    expect(settings.scope).toEqual({ kind: 'org', org: 'acme' })
    expect(settings.inputs).toEqual({ runnerId: 7 })
    expect(settings.apiUrl).toBe('https://api.github.com')
    expect(() =>
      readSettings(read(['get-runner', '--org', 'acme', '--runner-id', 'x', '--token', 't']), OPERATIONS)
    ).toThrow("Input 'runner-id' must be a positive whole number; got 'x'.")
  })

  it('has no default org: required unless --enterprise is given, after the operation and the token are checked', () => {
    const refusal = () => readSettings(read(['list-runners', '--token', 't']), OPERATIONS)
    expect(refusal).toThrow(UserError)
    expect(refusal).toThrow(ORG_REQUIRED)
    expect(
      readSettings(read(['list-runners', '--token', 't', '--enterprise', 'octo-ent']), OPERATIONS).scope
    ).toEqual({
      kind: 'enterprise',
      enterprise: 'octo-ent'
    })
    expect(() => readSettings(read(['list-runers']), OPERATIONS)).toThrow("unknown operation 'list-runers'")
    expect(() => readSettings(read(['list-runners']), OPERATIONS)).toThrow("Input 'token' is required")
  })
})

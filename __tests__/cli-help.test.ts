// The command line's help, in process: made from the operation catalogue, the input vocabulary and
// action.yml (through src/generated/action-yml.ts, generated, and stale the moment action.yml changes).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { CLI_MODULE, renderCliModule } from '../scripts/generate-usage.mjs'
import { ACTION_INPUTS, OPERATION_FAMILIES } from '../src/generated/action-yml.js'
import { formatOf, generalHelp, helpFor, operationHelp } from '../src/cli/help.js'
import { inputName } from '../src/inputs/formats.js'
import { COMMON_INPUTS, VALUE_INPUTS } from '../src/inputs/vocabulary.js'
import { OPERATION_NAMES, OPERATIONS } from '../src/operations/index.js'
import { FLEET_FILE_SECTIONS } from '../src/generated/catalogue.js'
import { KINDS } from '../src/resources/index.js'
import { fleetKeysOf, inputOfKey } from '../src/resources/kind.js'
import { ROOT } from './support/step.js'

const PLAIN = { width: 100, colour: false }
const actionText = readFileSync(join(ROOT, 'action.yml'), 'utf8')
/** Help text with its wrapping undone, to find a sentence of action.yml in it. */
const flat = (text: string) => text.replace(/\s+/g, ' ')
/** The flags a help text describes, one a line, each with its details below. */
const flags = (text: string) =>
  [...text.matchAll(/^ {2}--([a-z-]+)(?: {2}\(.*\))?$/gm)].map((match) => match[1])

describe('src/generated/action-yml.ts', () => {
  it('is generated from action.yml as it is', () => {
    expect(readFileSync(join(ROOT, CLI_MODULE), 'utf8')).toBe(renderCliModule(actionText))
  })

  it('changes with action.yml, so that `npm run generate -- --check` calls it stale', () => {
    const edited = actionText.replace('Sent as the `X-GitHub-Api-Version` header.', 'Edited.')
    expect(edited).not.toBe(actionText)
    expect(renderCliModule(edited)).toContain('"description": "Edited."')
    expect(renderCliModule(edited)).not.toBe(renderCliModule(actionText))
  })

  it('holds every input of action.yml and every operation, by family', () => {
    const action = load(actionText) as { inputs: Record<string, unknown> }
    expect(Object.keys(ACTION_INPUTS)).toEqual(Object.keys(action.inputs))
    expect(OPERATION_FAMILIES.flatMap((family) => family.names).sort()).toEqual([...OPERATION_NAMES].sort())
  })
})

describe('formatOf', () => {
  it('finds the format of every value input in its parser’s refusal', () => {
    for (const [key, parser] of Object.entries(VALUE_INPUTS))
      expect({ input: inputName(key), format: formatOf(parser) }).toEqual({
        input: inputName(key),
        format: expect.stringMatching(/\S/)
      })
    expect(formatOf(VALUE_INPUTS.runnerId)).toBe('a positive whole number')
    expect(formatOf(VALUE_INPUTS.imageSource)).toBe('one of `github`, `partner`, `custom`')
    expect(formatOf(VALUE_INPUTS.groupName)).toBe('text of at most 64 characters, without control characters')
  })
})

describe('--help', () => {
  const help = generalHelp(PLAIN)

  it('lists every operation under its family, in the order of action.yml', () => {
    let at = 0
    for (const { family, names } of OPERATION_FAMILIES) {
      at = help.indexOf(`  ${family}\n`, at)
      expect({ family, found: at >= 0 }).toEqual({ family, found: true })
      expect(flat(help.slice(at))).toContain(flat(names.join(', ')))
    }
  })

  it('describes the common inputs, the command line’s own flags, the token’s sources and the exit statuses', () => {
    expect(flags(help)).toEqual([
      ...COMMON_INPUTS.filter((name) => name !== 'operation'),
      'json',
      'verbose',
      'help',
      'version'
    ])
    expect(flat(help)).toContain(
      'From --token, else the GH_TOKEN environment variable, else GITHUB_TOKEN; with GH_HOST on a GitHub Enterprise Server host, as gh reads them, GH_ENTERPRISE_TOKEN, else GITHUB_ENTERPRISE_TOKEN. Never printed.'
    )
    expect(flat(help)).toContain('Required unless --enterprise is given')
    expect(flat(help)).toContain(flat(ACTION_INPUTS.retries?.description ?? '').replace(/`/g, ''))
    expect(flat(help)).toContain('Default: 2026-03-10.')
    expect(flat(help)).toContain('Exit status: 0 on success, 1 on failure, 2 on a usage error')
    expect(help).toContain('hosted-runners apply --org acme --config .github/hosted-runners.yml --dry-run')
  })

  it('fits the width, without escape codes when colour is off', () => {
    const narrow = generalHelp({ width: 60, colour: false })
    expect(
      Math.max(
        ...narrow
          .split('\n')
          .filter((l) => !l.startsWith('    hosted-runners'))
          .map((l) => l.length)
      )
    ).toBeLessThanOrEqual(60)
    expect(help).not.toContain('\u001b')
    expect(generalHelp({ width: 60, colour: true })).toContain('\u001b[1m')
  })

  it('is the general help for no operation, and that operation’s for one', () => {
    expect(helpFor(undefined, PLAIN)).toBe(help)
    expect(helpFor('delete-runner', PLAIN)).toBe(operationHelp(OPERATIONS['delete-runner']!, PLAIN))
  })
})

describe('<operation> --help', () => {
  it('lists exactly the inputs each operation reads', () => {
    for (const name of OPERATION_NAMES) {
      const operation = OPERATIONS[name]!
      expect({ name, flags: flags(operationHelp(operation, PLAIN)) }).toEqual({
        name,
        flags: operation.reads.map(inputName)
      })
    }
  })

  it('gives each input its requirement, its format and action.yml’s description', () => {
    const help = operationHelp(OPERATIONS['delete-runner']!, PLAIN)
    expect(help.split('\n')[0]).toBe('hosted-runners delete-runner [--<input> <value>]…')
    expect(help).toContain(
      'Hosted runners (organization and enterprise). At organization or enterprise scope.'
    )
    expect(help).toContain(
      '  --runner-id  (one of --runner-id, --runner-name is required)\n      Format: a positive whole number.'
    )
    expect(flat(help)).toContain(flat(ACTION_INPUTS['wait-for']?.description ?? '').replace(/`/g, ''))
    const create = operationHelp(OPERATIONS['create-runner']!, PLAIN)
    expect(create).toContain('  --size  (required)')
    expect(create).toContain('  --enable-static-ip\n      Format: true or false; the flag alone means true.')
  })

  it('says where an operation exists', () => {
    expect(operationHelp(OPERATIONS['list-group-repos']!, PLAIN)).toContain('At organization scope.')
    expect(operationHelp(OPERATIONS['get-limits']!, PLAIN)).toContain('none beyond the common inputs')
  })
})

describe('apply --help and export --help: the fleet file', () => {
  const apply = operationHelp(OPERATIONS.apply!, PLAIN)
  const sectionsOf = (help: string) => help.slice(help.indexOf('Sections of the fleet file'))

  it('lists every registered kind’s section, in the registry’s order, with its description and every key', () => {
    const sections = sectionsOf(apply)
    const order = KINDS.map(({ kind }) => sections.indexOf(`\n  ${kind.section}:\n`))
    expect(order.every((at) => at > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    for (const { kind } of KINDS) {
      const own = sections.slice(sections.indexOf(`\n  ${kind.section}:\n`)).split(/\n {2}[a-z-]+:\n|\n\n/)[1]
      expect(flat(own ?? '')).toContain(flat(kind.description))
      const keys = /Keys: ([^.]*)\./.exec(flat(own ?? ''))?.[1]?.split(', ')
      expect(keys).toEqual(
        fleetKeysOf(kind).map((key) => {
          const input = inputName(inputOfKey(kind, key) as string)
          return key === input ? key : `${key} (as --${input})`
        })
      )
    }
    expect(sectionsOf(operationHelp(OPERATIONS.export!, PLAIN))).toBe(sections)
  })

  it('answers from the generated catalogue, which holds the registry as it is (else `npm run generate` is due)', () => {
    expect(FLEET_FILE_SECTIONS.map((entry) => entry.section)).toEqual(KINDS.map(({ kind }) => kind.section))
    expect(FLEET_FILE_SECTIONS.map((entry) => entry.keys.map((k) => k.key))).toEqual(
      KINDS.map(({ kind }) => fleetKeysOf(kind))
    )
  })

  it('is said only by the operations that read a fleet file', () => {
    for (const name of OPERATION_NAMES.filter((n) => !OPERATIONS[n]!.reads.includes('config')))
      expect({
        name,
        says: operationHelp(OPERATIONS[name]!, PLAIN).includes('Sections of the fleet file')
      }).toEqual({
        name,
        says: false
      })
  })
})

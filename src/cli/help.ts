// `--help` and `<operation> --help`, made from what the action already says: the operation families and
// every input's description from action.yml (through the generated action-yml.ts), which inputs each
// operation reads and requires from the operation catalogue, and each input's format from its parser.
import { boolean, enterpriseSlug, inputName, organization, type Parser } from '../inputs/formats.js'
import { COMMON_INPUTS, VALUE_INPUTS } from '../inputs/vocabulary.js'
import { CATALOGUE, FLEET_FILE_SECTIONS, type OperationEntry } from '../generated/catalogue.js'
import { scopeName } from '../common/scope.js'
import { ACTION_DESCRIPTION, ACTION_INPUTS, OPERATION_FAMILIES } from '../generated/action-yml.js'
import { isBooleanInput, OWN_FLAGS } from './arguments.js'
import { paint, paragraph as layOut, type TerminalStyle } from './text-layout.js'

/**
 * Help is the action's own words (action.yml, the formats' messages): every character of it takes one
 * column (a test holds it), so it is measured by characters, and `--help` loads no Unicode tables.
 */
export const ownWordsWidth = (text: string): number => [...text].length
const paragraph = (markdown: string, style: TerminalStyle, indent = ''): string[] =>
  layOut(markdown, style, indent, ownWordsWidth)

export const COMMAND = 'hosted-runners'

// A parser says what fits only when it refuses a value: these two, between them, no format accepts.
const PROBES = ['a b', '\u0000']

/** What a value must be, in its parser's own words (`a positive whole number`). */
export function formatOf(parser: Parser<unknown>): string | undefined {
  for (const probe of PROBES) {
    try {
      parser(probe, 'probe')
    } catch (error) {
      const fits = /must be (.*); got /s.exec(error instanceof Error ? error.message : '')
      if (fits) return fits[1]
    }
  }
  return undefined
}

const PARSERS: Record<string, Parser<unknown>> = {
  org: organization,
  enterprise: enterpriseSlug,
  ...Object.fromEntries(Object.entries(VALUE_INPUTS).map(([key, parser]) => [inputName(key), parser]))
}

/** What the command line does differently from a workflow step, for the inputs where it does. */
const COMMAND_LINE_NOTES: Record<string, string> = {
  token:
    'From --token, else the `GH_TOKEN` environment variable, else `GITHUB_TOKEN`; with `GH_HOST` on a GitHub Enterprise Server host, as gh reads them, `GH_ENTERPRISE_TOKEN`, else `GITHUB_ENTERPRISE_TOKEN`. Never printed.',
  org: 'Required unless --enterprise is given: outside a workflow there is no repository owner to default to.'
}

const COMMON_FLAGS = COMMON_INPUTS.filter((name) => name !== 'operation')

export const EXAMPLES = [
  [
    'The plan of the fleet file, sending nothing:',
    `${COMMAND} apply --org acme --config .github/hosted-runners.yml --dry-run`
  ],
  ['The organization’s hosted runners:', `${COMMAND} list-runners --org acme`],
  [
    'Delete a runner and wait until it is gone:',
    `${COMMAND} delete-runner --org acme --runner-name build-7 --wait-for deleted`
  ]
] as const

function heading(text: string, style: TerminalStyle): string {
  return paint(text, 'bold', style.colour)
}

/** `--name`, its requirement, its format and its description, indented under it. */
function inputHelp(name: string, requirement: string, style: TerminalStyle): string[] {
  const parser = PARSERS[name] ?? (isBooleanInput(name) ? boolean : undefined)
  const format = parser ? formatOf(parser) : undefined
  const alone = isBooleanInput(name) ? '; the flag alone means `true`' : ''
  const fallback = ACTION_INPUTS[name]?.default
  const details = [
    ...(format ? [`Format: ${format}${alone}.`] : []),
    ...(fallback && !fallback.includes('${{') ? [`Default: \`${fallback}\`.`] : []),
    ...(COMMAND_LINE_NOTES[name] ? [COMMAND_LINE_NOTES[name]] : []),
    ...(name === 'org' ? [] : [ACTION_INPUTS[name]?.description ?? ''])
  ]
  return [
    `  ${paint(`--${name}`, 'bold', style.colour)}${requirement ? `  (${requirement})` : ''}`,
    ...details.flatMap((text) => paragraph(text.replace(/\n/g, ' '), style, '      '))
  ]
}

function familyOf(name: string): string | undefined {
  return OPERATION_FAMILIES.find((family) => family.names.includes(name))?.family
}

export function generalHelp(style: TerminalStyle): string {
  const lines = [
    ...paragraph(`${COMMAND}: ${ACTION_DESCRIPTION}`, style),
    '',
    heading('Usage', style),
    `  ${COMMAND} <operation> [--<input> <value>]…`,
    `  ${COMMAND} <operation> --help`,
    '',
    ...paragraph(
      'Every input of the action is a flag of the same name (`--runner-name build`, or `--runner-name=build`); a `true`/`false` flag alone means `true`. Inputs are checked as the action checks them, before any request. After an operation, --help lists its inputs and their formats.',
      style
    ),
    '',
    heading('Operations', style),
    ...OPERATION_FAMILIES.flatMap(({ family, names }) => [
      `  ${family}`,
      ...paragraph(names.join(', '), style, '    ')
    ]),
    '',
    heading('Common inputs', style),
    ...COMMON_FLAGS.flatMap((name) => inputHelp(name, '', style)),
    '',
    heading('Command line', style),
    ...Object.entries(OWN_FLAGS).flatMap(([flag, text]) => [
      `  ${paint(`--${flag}`, 'bold', style.colour)}`,
      ...paragraph(text, style, '      ')
    ]),
    '',
    ...paragraph(
      'Prints the step summary for a terminal (or, with --json, the `result` output); a plan (`apply`, `cleanup-image-versions`) also shows its `plan-digest`. The API is --api-url, else that of the `GH_HOST` environment variable (as gh reads it), else the `GITHUB_API_URL` environment variable, else `https://api.github.com`. Exit status: 0 on success, 1 on failure, 2 on a usage error (an unknown flag or operation, a value that does not fit, a flag given an empty value), before any request is sent; 3 when --fail-on-changes finds a plan that is not empty.',
      style
    ),
    '',
    heading('Examples', style),
    ...EXAMPLES.flatMap(([what, command]) => [`  ${what}`, `    ${command}`])
  ]
  return `${lines.join('\n')}\n`
}

/** `required`, or `required: this or --other` for inputs of which one must be given. */
function requirementOf(operation: OperationEntry, key: string): string {
  for (const requirement of operation.requires ?? []) {
    if (requirement === key) return 'required'
    if (Array.isArray(requirement) && requirement.includes(key as never))
      return `one of ${requirement.map((k) => `--${inputName(k)}`).join(', ')} is required`
  }
  return ''
}

export function operationHelp(operation: OperationEntry, style: TerminalStyle): string {
  const family = familyOf(operation.name)
  const where = operation.scopes.map(scopeName).join(' or ')
  const reads = operation.reads.map((key) => inputHelp(inputName(key), requirementOf(operation, key), style))
  const lines = [
    `${COMMAND} ${operation.name} [--<input> <value>]…`,
    '',
    ...paragraph(`${family ? `${family}. ` : ''}At ${where} scope.`, style),
    '',
    heading(`Inputs of ${operation.name}`, style),
    ...(reads.length > 0 ? reads.flat() : ['  none beyond the common inputs']),
    ...(operation.reads.includes('config') ? fleetFileSections(style) : []),
    '',
    heading('Common inputs', style),
    ...paragraph(
      `${COMMON_FLAGS.map((name) => `--${name}`).join(', ')}; --json, --verbose. \`${COMMAND} --help\` describes them.`,
      style,
      '  '
    )
  ]
  return `${lines.join('\n')}\n`
}

/** A key, and the flag it is read as when their names differ (`name`, as --network-configuration-name). */
const keyText = ({ key, input }: { key: string; input: string }) =>
  key === input ? key : `${key} (as --${input})`

/** The fleet file's sections, one per registered kind, each with its description and its items' keys. */
function fleetFileSections(style: TerminalStyle): string[] {
  return [
    '',
    heading('Sections of the fleet file', style),
    ...FLEET_FILE_SECTIONS.flatMap(({ section, description, keys }) => [
      `  ${paint(`${section}:`, 'bold', style.colour)}`,
      ...paragraph(description, style, '      '),
      ...paragraph(`Keys: ${keys.map(keyText).join(', ')}.`, style, '      ')
    ])
  ]
}

/** The help the words ask for: an operation's, or the general one for none (or an unknown one, refused elsewhere). */
export function helpFor(operationName: string | undefined, style: TerminalStyle): string {
  const operation =
    operationName && Object.hasOwn(CATALOGUE, operationName) ? CATALOGUE[operationName] : undefined
  return operation ? operationHelp(operation, style) : generalHelp(style)
}

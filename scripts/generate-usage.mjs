// Renders, from action.yml, the usage reference of docs/reference.md (inputs, outputs, operations) and the
// command line's help text source, src/generated/action-yml.ts. `npm run generate` (scripts/generate.mjs) writes
// them.
import { load } from 'js-yaml'

/** The file that holds the generated reference, between the markers. */
export const REFERENCE_FILE = 'docs/reference.md'
export const START = '<!-- usage:start -->'
export const END = '<!-- usage:end -->'

const LIST_ITEM = /^-\s+([^:]+):(.*)$/

/**
 * Operation families from the `operation` input's description: its `- Family: `name`, …` lines.
 * @param {unknown} description
 * @returns {{ family: string, names: string[] }[]}
 */
export function parseOperations(description) {
  const families = []
  for (const line of String(description ?? '').split('\n')) {
    const match = LIST_ITEM.exec(line.trim())
    if (match) {
      const names = [...match[2].matchAll(/`([^`]+)`/g)].map((m) => String(m[1]))
      families.push({ family: match[1].trim(), names })
    }
  }
  return families
}

/** One table cell: list lines left out (they are rendered under Operations), newlines collapsed, `|` escaped. */
function cell(text) {
  const all = String(text ?? '').split('\n')
  const prose = all.filter((line) => !LIST_ITEM.test(line.trim()))
  const more = prose.length < all.length ? ' See [Operations](#operations).' : ''
  return (prose.join(' ').replace(/\s+/g, ' ').trim() + more).replace(/\|/g, '\\|')
}

const code = (value) => '`' + value + '`'

/**
 * The Markdown that goes between the markers, from the text of action.yml.
 * @param {string} actionYmlText
 * @returns {string}
 */
export function renderUsage(actionYmlText) {
  const action = load(actionYmlText)
  const inputs = Object.entries(action.inputs ?? {})
  const outputs = Object.entries(action.outputs ?? {})
  const operation = action.inputs?.operation?.description

  // Prettier would pad the tables to one width per column; the generator owns this range.
  const lines = ['<!-- prettier-ignore-start -->', '']
  lines.push('## Inputs', '', '| input | required | default | description |', '|---|---|---|---|')
  for (const [name, spec] of inputs) {
    const required = spec.required === true || spec.required === 'true' ? 'yes' : 'no'
    const fallback = spec.default === undefined ? '' : cell(code(spec.default))
    lines.push(`| ${code(name)} | ${required} | ${fallback} | ${cell(spec.description)} |`)
  }
  lines.push('', '## Outputs', '', '| output | description |', '|---|---|')
  for (const [name, spec] of outputs) lines.push(`| ${code(name)} | ${cell(spec.description)} |`)
  lines.push('', '## Operations', '')
  for (const { family, names } of parseOperations(operation)) {
    lines.push(`- **${family}**: ${names.map(code).join(', ')}`)
  }
  lines.push('', '<!-- prettier-ignore-end -->')
  return lines.join('\n')
}

/**
 * The reference's text with the range between two markers replaced; throws when the markers are missing.
 * @param {string} referenceText
 * @param {string} usage
 * @param {[string, string]} markers
 * @returns {string}
 */
export function updateReference(referenceText, usage, [start_, end_] = [START, END]) {
  const start = referenceText.indexOf(start_)
  const end = referenceText.indexOf(end_)
  if (start < 0 || end < start) throw new Error(`${REFERENCE_FILE} needs the markers ${start_} and ${end_}`)
  return referenceText.slice(0, start + start_.length) + '\n\n' + usage + '\n\n' + referenceText.slice(end)
}

/** The markers of the fleet file's sections in the reference. */
export const FLEET_MARKERS = ['<!-- fleet:start -->', '<!-- fleet:end -->']

/**
 * The Markdown of the fleet file's sections, one per registered kind: its key, its description, and a
 * table of its items' keys with the input each is read as (action.yml describes the input; a key that is
 * no input of the action, such as `previous-names`, is the fleet file's own).
 * @param {{ section: string, description: string, keys: { key: string, input: string }[] }[]} sections
 * @param {string} actionYmlText
 * @returns {string}
 */
export function renderFleetSections(sections, actionYmlText) {
  const inputs = load(actionYmlText).inputs ?? {}
  const readAs = (input) =>
    Object.hasOwn(inputs, input) ? `[${code(input)}](#inputs)` : `${code(input)}, of the fleet file only`
  const lines = ['<!-- prettier-ignore-start -->']
  for (const { section, description, keys } of sections) {
    lines.push(
      '',
      `### ${code(section + ':')}`,
      '',
      cell(description),
      '',
      '| key | read as the input |',
      '|---|---|'
    )
    for (const { key, input } of keys) lines.push(`| ${code(key)} | ${readAs(input)} |`)
  }
  lines.push('', '<!-- prettier-ignore-end -->')
  return lines.join('\n')
}

export const CLI_MODULE = 'src/generated/action-yml.ts'

/**
 * The module the command line's help reads action.yml through: its description, every input's
 * description, default and requirement, and the operation families.
 * @param {string} actionYmlText
 * @returns {string}
 */
export function renderCliModule(actionYmlText) {
  const action = load(actionYmlText)
  const inputs = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, spec]) => [
      name,
      {
        description: String(spec.description ?? '').trim(),
        required: spec.required === true || spec.required === 'true',
        ...(spec.default === undefined ? {} : { default: String(spec.default) })
      }
    ])
  )
  const json = (value) => JSON.stringify(value, null, 2)
  return [
    '// Generated from action.yml by `npm run generate` (scripts/generate-usage.mjs): do not edit.',
    '',
    'export interface ActionInput {',
    '  description: string',
    '  required: boolean',
    '  default?: string',
    '}',
    '',
    `export const ACTION_DESCRIPTION = ${json(String(action.description ?? '').trim())}`,
    '',
    `export const ACTION_INPUTS: Record<string, ActionInput> = ${json(inputs)}`,
    '',
    `export const OPERATION_FAMILIES: { family: string; names: string[] }[] = ${json(parseOperations(action.inputs?.operation?.description))}`,
    ''
  ].join('\n')
}

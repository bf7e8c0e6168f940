// The fleet file's text to the fleet it declares: parsed (YAML 1.2) into a tree that keeps every line,
// held to its size bounds, checked against its JSON Schema, each value read by the parser of the input
// of the same name, then the rules across items (one name each, previous names, the owner with prune).
// Every problem names the file, the line and the key, before any request is sent.
import type { ScopeKind } from '../common/scope.js'
import { FLEET_TOP_KEYS, isMapping, TOP_KEY_NAMES } from './fleet-keys.js'
import { readRollout } from './read-rollout.js'
import { KINDS, kindOfSection } from '../resources/index.js'
import { HOSTED_RUNNER_KIND } from '../resources/hosted-runner/fields.js'
import { IMAGE_RETENTION_KIND } from '../resources/image-retention/fields.js'
import { RUNNER_GROUP_KIND } from '../resources/runner-group/fields.js'
import type { Fleet, FleetItem } from './fleet.js'
import { fileLineError, fleetFileError, type Problem } from './fleet-problems.js'
import { overSizeBound } from './fleet-size.js'
import { duplicateItemNames } from './name-rules.js'
import { checkPreviousNames } from './previous-names.js'
import { readItem, readValue, textOf, type Reading } from './read-item.js'
import { schemaProblems } from './schema-problems.js'
import { parseYaml, YamlSyntaxError, type YamlNode } from './yaml-tree.js'

/** The fleet a file's text declares; throws one input UserError listing every problem. */
export function parseFleet(source: string, file: string, scope: ScopeKind, path = file): Fleet {
  let tree: YamlNode | undefined
  try {
    tree = parseYaml(source)
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error
    throw fileLineError(file, path, error.line, `not valid YAML: ${error.message}`)
  }
  const fleet: Fleet = {
    file,
    path,
    groups: [],
    runners: [],
    retention: [],
    sections: {},
    prune: false,
    requireReviewedPlan: false,
    warnings: []
  }
  if (!tree) return fleet
  const over = overSizeBound(tree)
  if (over) throw fileLineError(file, path, over.line, over.message)
  const problems = schemaProblems(tree)
  if (problems.length === 0 && tree.kind === 'mapping') {
    const reading: Reading = { scope, problems, warnings: fleet.warnings, file }
    for (const { key, value, line } of tree.entries) {
      const kind = kindOfSection(key)?.kind
      if (kind) {
        if (value.kind !== 'sequence') continue
        const items = value.items.map((item, i) => readItem(kind, item, `${key}[${i}]`, reading))
        fleet.sections[key] = items.filter((item): item is FleetItem => item !== undefined)
        continue
      }
      if (isMapping(key)) {
        fleet.rollout = readRollout(value, reading)
        continue
      }
      // Each other key is read as what it is; one the file may not hold is named, never taken as an owner.
      if (!Object.hasOwn(FLEET_TOP_KEYS, key)) {
        problems.push({ line, path: key, message: `unknown key. Keys: ${TOP_KEY_NAMES.join(', ')}` })
        continue
      }
      const { format } = FLEET_TOP_KEYS[key as keyof typeof FLEET_TOP_KEYS]
      const read = readValue(format, value, { line, path: key }, reading)
      if (read.length === 0) continue
      if (key === 'prune') fleet.prune = read[0] === true
      else if (key === 'require-reviewed-plan') fleet.requireReviewedPlan = read[0] === true
      else readOwner(fleet, key as 'organization' | 'enterprise', value, problems)
    }
    fleet.groups = fleet.sections[RUNNER_GROUP_KIND.section] ?? []
    fleet.runners = fleet.sections[HOSTED_RUNNER_KIND.section] ?? []
    fleet.retention = fleet.sections[IMAGE_RETENTION_KIND.section] ?? []
    problems.push(...duplicateItemNames(fleet))
    if (fleet.prune && !fleet.owner)
      problems.push({
        line: tree.entries.find((e) => e.key === 'prune')?.line ?? 1,
        path: 'prune',
        message:
          "prune: true needs the owner the file describes at the top, 'organization: <login>' or 'enterprise: <slug>', so that a step with another scope deletes nothing"
      })
    // The kinds whose items may say the names their objects may still have on GitHub.
    const renamed = KINDS.filter(({ kind }) => kind.moreInputs?.includes('previousNames'))
    checkPreviousNames(
      renamed.map(({ kind }) => [
        kind.section,
        fleet.sections[kind.section] ?? [],
        (item: FleetItem) => String(item.inputs[kind.name.input])
      ]),
      problems
    )
  }
  if (problems.length > 0) throw fleetFileError(file, path, problems)
  return fleet
}

function readOwner(fleet: Fleet, key: 'organization' | 'enterprise', value: YamlNode, problems: Problem[]) {
  if (fleet.owner)
    problems.push({ line: value.line, path: key, message: "give 'organization' or 'enterprise', not both" })
  else
    fleet.owner = {
      kind: key === 'organization' ? 'org' : 'enterprise',
      name: textOf(value),
      line: value.line
    }
}

// The fleet file `config` names: found inside the workspace (workspace-path.ts), held to its size bound
// before it is read, then parsed.
import { readFileSync, statSync } from 'node:fs'
import { MAX_FLEET_FILE_BYTES } from '../common/bounds.js'
import { UserError } from '../common/errors.js'
import type { ScopeKind } from '../common/scope.js'
import type { Fleet } from './fleet.js'
import { parseFleet } from './parse-fleet.js'
import { workspaceFile } from './workspace-path.js'

const MIB = 1024 * 1024

/** The file `config` names, read from the workspace; a path out of the workspace is refused. */
export function readFleetFile(config: string | undefined, workspace: string, scope: ScopeKind): Fleet {
  const { given: file, full, relative } = workspaceFile(config, workspace)
  const stat = statSync(full)
  if (!stat.isFile()) throw new UserError('input', 'config', `Input 'config': '${file}' is not a file.`)
  if (stat.size > MAX_FLEET_FILE_BYTES)
    throw new UserError(
      'input',
      'config',
      `Input 'config': '${file}' is ${(stat.size / MIB).toFixed(1)} MiB (${stat.size} bytes), over the bound of ${MAX_FLEET_FILE_BYTES / MIB} MiB a fleet file may have: nothing was sent. Split the fleet over several files and steps.`
    )
  return parseFleet(readFileSync(full, 'utf8'), file, scope, relative)
}

// Where the fleet file is: a path inside the workspace, also after its links are followed. `apply`
// reads it there and `export` writes it there; a path that leaves the workspace is refused.
import { existsSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { UserError } from '../common/errors.js'

export const DEFAULT_CONFIG = '.github/hosted-runners.yml'

export interface WorkspaceFile {
  /** The path as the `config` input gave it. */
  given: string
  /** The real path to read or write. */
  full: string
  /** The path relative to the workspace, as annotations name it. */
  relative: string
}

/** The file `config` names; it must exist unless `forWriting`, and stay inside the workspace. */
export function workspaceFile(
  config: string | undefined,
  workspace: string,
  { forWriting = false } = {}
): WorkspaceFile {
  const given = config ?? DEFAULT_CONFIG
  const root = realpathSync(workspace)
  const inside = (path: string) => {
    const rel = relative(root, path)
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
  }
  const full = resolve(root, given)
  if (!inside(full))
    throw new UserError(
      'input',
      'config',
      `Input 'config' must be a path inside the workspace (${root}); got '${given}'.`
    )
  if (!existsSync(full)) {
    if (!forWriting)
      throw new UserError(
        'input',
        'config',
        `Input 'config': no file '${given}' in the workspace (${root}). Check out the repository first (actions/checkout), or set 'config'.`
      )
    // The nearest folder that exists must be inside too: a linked folder could lead out.
    let folder = dirname(full)
    while (!existsSync(folder)) folder = dirname(folder)
    const real = realpathSync(folder)
    if (real !== root && !inside(real))
      throw new UserError(
        'input',
        'config',
        `Input 'config': '${given}' is in a folder linked outside the workspace.`
      )
    return { given, full, relative: relative(root, full).split(sep).join('/') }
  }
  const real = realpathSync(full)
  if (!inside(real))
    throw new UserError(
      'input',
      'config',
      `Input 'config': '${given}' links to a file outside the workspace.`
    )
  return { given, full: real, relative: relative(root, full).split(sep).join('/') }
}

// Where the fleet file is: a path inside the workspace, also after its links are followed. `apply`
// reads it there and `export` writes it there, only as a new file: nothing there yet, not even a link
// (a dangling one would be followed out of the workspace). A path that leaves the workspace is refused.
import { existsSync, lstatSync, realpathSync } from 'node:fs'
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

/** The file `config` names, inside the workspace: one that exists to read, or with `forWriting` a path where nothing is. */
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
  if (forWriting) {
    const entry = lstatSync(full, { throwIfNoEntry: false })
    if (entry) throw existingFile(given, entry.isSymbolicLink())
    // The nearest folder that exists must be inside too: a linked folder could lead out, a dangling one
    // nowhere.
    let folder = dirname(full)
    while (!lstatSync(folder, { throwIfNoEntry: false })) folder = dirname(folder)
    const real = existsSync(folder) ? realpathSync(folder) : undefined
    if (real === undefined || (real !== root && !inside(real)))
      throw new UserError(
        'input',
        'config',
        `Input 'config': '${given}' is in a folder linked outside the workspace, or to nothing.`
      )
    return { given, full, relative: relative(root, full).split(sep).join('/') }
  }
  if (!existsSync(full))
    throw new UserError(
      'input',
      'config',
      `Input 'config': no file '${given}' in the workspace (${root}). Check out the repository first (actions/checkout), or set 'config'.`
    )
  const real = realpathSync(full)
  if (!inside(real))
    throw new UserError(
      'input',
      'config',
      `Input 'config': '${given}' links to a file outside the workspace.`
    )
  return { given, full: real, relative: relative(root, full).split(sep).join('/') }
}

/** `export` overwrites nothing and follows no link: what is at the path already is refused, naming it. */
export function existingFile(given: string, link: boolean): UserError {
  return new UserError(
    'input',
    'config',
    `Input 'config': '${given}' ${link ? 'is a link' : 'already exists'} in the workspace, and export writes only a new file: nothing is overwritten. Move it away, or set 'config' to a new path.`
  )
}

// The fleet file's schema, written by `export` beside the file it writes, which names it by a relative
// path (`# yaml-language-server: $schema=hosted-runners.schema.json`). yaml-language-server resolves a
// relative modeline path against the YAML file (redhat-developer/yaml-language-server#499), so the
// editor loads, offline and on any GitHub host, the schema of the very release that wrote the file.
import { lstatSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import schema from '../../schema/hosted-runners.schema.json' with { type: 'json' }

export const SCHEMA_FILE_NAME = 'hosted-runners.schema.json'
export const SCHEMA_COMMENT = `# yaml-language-server: $schema=${SCHEMA_FILE_NAME}`
export const SCHEMA_TEXT = `${JSON.stringify(schema, null, 2)}\n`

/**
 * Writes the schema beside `fleetFile`, never over another file: `written`, `same` (this schema was
 * there), or `kept` (another file or a link is there, left as it is).
 */
export function writeSchemaBeside(fleetFile: string): { path: string; outcome: 'written' | 'same' | 'kept' } {
  const path = join(dirname(fleetFile), SCHEMA_FILE_NAME)
  try {
    writeFileSync(path, SCHEMA_TEXT, { flag: 'wx' })
    return { path, outcome: 'written' }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const same = lstatSync(path).isFile() && readFileSync(path, 'utf8') === SCHEMA_TEXT
  return { path, outcome: same ? 'same' : 'kept' }
}

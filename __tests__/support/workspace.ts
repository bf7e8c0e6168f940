// A fresh workspace per test (a temporary folder with `.github/`), removed after it: where `apply` reads
// and `export` writes the fleet file.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const FLEET_FILE = '.github/hosted-runners.yml'

export interface Workspace {
  dir: string
  writeFleet(text: string): void
  readFleet(): string
}

export function useWorkspace(): () => Workspace {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'workspace-'))
    mkdirSync(join(dir, '.github'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  return () => ({
    dir,
    writeFleet: (text) => writeFileSync(join(dir, FLEET_FILE), text),
    readFleet: () => readFileSync(join(dir, FLEET_FILE), 'utf8')
  })
}

/** A workspace per call, holding `text` as its fleet file: its folder, for GITHUB_WORKSPACE. All are removed after the file's tests. */
export function fleetWorkspaces(prefix: string): (text: string) => string {
  const dirs: string[] = []
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })
  return (text) => {
    const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
    dirs.push(dir)
    mkdirSync(join(dir, '.github'), { recursive: true })
    writeFileSync(join(dir, FLEET_FILE), text)
    return dir
  }
}

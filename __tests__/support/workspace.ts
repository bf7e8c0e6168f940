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

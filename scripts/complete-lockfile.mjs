// `npm ci` refuses a lock file that lacks any optional dependency, but the registry these machines
// reach serves only some platforms' native packages (e.g. no darwin or win32 builds), so
// `npm install` cannot record the rest. This adds the missing ones as platform-only entries, which
// `npm ci` skips on every other platform without fetching. Run it after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs'

const LOCK = new URL('../package-lock.json', import.meta.url)
const PLATFORM =
  /-(android|darwin|freebsd|linux|openharmony|win32)-(arm|arm64|ia32|loong64|ppc64|riscv64|s390x|x64)(?:-(eabi|gnu|gnueabihf|musl|musleabihf|msvc))?$/

const lock = JSON.parse(readFileSync(LOCK, 'utf8'))
const added = []
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`
    if (lock.packages[target] || lock.packages[`${path}/${target}`]) continue
    const match = PLATFORM.exec(name)
    if (!match)
      throw new Error(`${name}: missing from the lock and not a platform package; install it properly`)
    const [, os, cpu, abi] = match
    const libc = abi?.startsWith('gnu') ? ['glibc'] : abi?.startsWith('musl') ? ['musl'] : undefined
    lock.packages[target] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc } : {}),
      optional: true,
      os: [os]
    }
    added.push(`${name}@${version}`)
  }
}
const [root, ...rest] = Object.entries(lock.packages)
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => (a < b ? -1 : 1))])
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n')
console.log(
  added.length
    ? `added ${added.length} platform-only entries:\n  ${added.join('\n  ')}`
    : 'the lock file lacks no optional platform package'
)

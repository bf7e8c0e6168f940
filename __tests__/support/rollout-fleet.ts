// A fleet to roll out: a custom image with versions 1.0.0 and 2.0.0, runners r1…rN on 1.0.0, the fleet
// file that moves them, and the requests about runners as a person reads them (`PATCH r1`, `GET r1`).
import type { Simulator } from './simulator.js'

const RUNNERS = '/orgs/acme/actions/hosted-runners'

export function fleetOn(s: Simulator, count: number) {
  const image = s.seed.image({ name: 'golden' })
  s.seed.imageVersion(image.id, { version: '1.0.0', created_on: '2026-01-01T00:00:00Z' })
  s.seed.imageVersion(image.id, { version: '2.0.0', created_on: '2026-02-01T00:00:00Z' })
  const runners = Array.from({ length: count }, (_, i) =>
    s.seed.runner({ name: `r${i + 1}`, image: { id: String(image.id), source: 'custom', version: '1.0.0' } })
  )
  return { image, runners }
}

export function fleetFile(count: number, version: string, rollout: string): string {
  const runners = Array.from(
    { length: count },
    (_, i) =>
      `  - runner-name: r${i + 1}\n    image-id: golden\n    image-source: custom\n    image-version: ${version}\n`
  )
  return `hosted-runners:\n${runners.join('')}${rollout}`
}

/** The requests about one runner, as `PATCH r1` / `GET r1`, in order. */
export function runnerRequests(s: Simulator): string[] {
  const names = new Map(s.state.runners.map((r) => [r.id, r.name]))
  return s.requests
    .filter((r) => new RegExp(`^${RUNNERS}/\\d+$`).test(r.path))
    .map((r) => `${r.method} ${names.get(Number(r.path.split('/').pop()))}`)
}

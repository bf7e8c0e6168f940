// A fresh simulator per test, and views of what it received.
import { startSimulator } from '../../simulator/index.js'

export type Simulator = Awaited<ReturnType<typeof startSimulator>>

export function useSimulator(options: Parameters<typeof startSimulator>[0] = {}): () => Simulator {
  let sim: Simulator | undefined
  beforeEach(async () => {
    sim = await startSimulator({ org: 'acme', ...options })
  })
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })
  return () => {
    if (!sim) throw new Error('the simulator runs only inside a test')
    return sim
  }
}

/** `METHOD /path` of every request the simulator received, in order. */
export function requestLines(sim: Simulator): string[] {
  return sim.requests.map((r) => `${r.method} ${r.path}`)
}

/** The mutating requests, with their bodies. */
export function writesSent(sim: Simulator): Array<{ method: string; path: string; body: unknown }> {
  return sim.requests
    .filter((r) => r.method !== 'GET')
    .map(({ method, path, body }) => ({ method, path, body }))
}

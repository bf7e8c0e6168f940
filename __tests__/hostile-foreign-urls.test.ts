// Issue 10, hostile servers: A next link or a redirect to another origin is never followed: the foreign server sees no request
// and no connection, and the step fails naming it.
// Every row also passes the checks of ./support/hostile-rows.ts (token, foreign servers, crash messages).
import { expect } from '@jest/globals'
import { upstreamReply, type ForeignServer } from './support/hostile-server.js'
import { described, errorText, hostileRows, hostPort, RUNNERS, sentTo } from './support/hostile-rows.js'
import { type HostileWorld, type HostileStep } from './support/hostile-world.js'

const row = hostileRows('in-process')

// --- 1. Foreign URLs: a next link or a redirect to another origin is never followed

/** list-runners fails naming the foreign server, which saw no request and no connection. */
async function listRunnersNeverReaching(
  w: HostileWorld,
  foreign: ForeignServer,
  mustNotEcho?: string
): Promise<HostileStep> {
  const step = await w.run({ operation: 'list-runners', retries: '0' })
  expect(described(foreign.requests)).toEqual([])
  expect(foreign.connections).toBe(0)
  expect(step.exitCode).toBe(1)
  expect(errorText(step)).toContain(hostPort(foreign))
  if (mustNotEcho) expect(step.stdout + step.summary).not.toContain(mustNotEcho)
  return step
}

async function foreignLinkRow(
  w: HostileWorld,
  host: '127.0.0.1' | '127.0.0.2',
  link: (foreign: ForeignServer) => string,
  mustNotEcho?: string
): Promise<HostileStep> {
  // 150 runners: the first page (100) really has a next page, so only the link's origin is wrong.
  for (let i = 0; i < 150; i++) w.sim.seed.runner({ name: `runner-${i}` })
  const foreign = await w.foreignServer(host)
  w.script(async ({ req, forward }) => {
    if (req.method !== 'GET' || req.path !== RUNNERS) return undefined
    const answer = await forward()
    return {
      ...upstreamReply(answer),
      headers: { ...answer.headers, link: `<${link(foreign)}>; rel="next"` }
    }
  })
  return listRunnersNeverReaching(w, foreign, mustNotEcho)
}

async function foreignRedirectRow(
  w: HostileWorld,
  location: (foreign: ForeignServer) => string,
  mustNotEcho?: string
): Promise<HostileStep> {
  const foreign = await w.foreignServer('127.0.0.2')
  w.script(({ req }) =>
    req.method === 'GET' && req.path === RUNNERS
      ? { status: 302, headers: { location: location(foreign) }, body: '' }
      : undefined
  )
  return listRunnersNeverReaching(w, foreign, mustNotEcho)
}

row('foreign: a next link to 127.0.0.2 is not followed and the step fails naming the host', (w) =>
  foreignLinkRow(w, '127.0.0.2', (f) => `${f.url}/steal?page=2`)
)
row('foreign: a next link to https on the same host, another port, is not followed', (w) =>
  foreignLinkRow(w, '127.0.0.1', (f) => `https://127.0.0.1:${f.port}${RUNNERS}?per_page=100&page=2`)
)
row('foreign: a next link to another port on 127.0.0.1 is not followed', (w) =>
  foreignLinkRow(w, '127.0.0.1', (f) => `http://127.0.0.1:${f.port}${RUNNERS}?per_page=100&page=2`)
)
row('foreign: a 302 to a foreign origin is not followed', (w) =>
  foreignRedirectRow(w, (f) => `${f.url}${RUNNERS}?per_page=100`)
)
row('foreign: a 302 to a Location with userinfo is not followed, and the userinfo is not echoed', (w) =>
  foreignRedirectRow(w, (f) => `http://evil:pw@${hostPort(f)}${RUNNERS}?per_page=100`, 'evil:pw')
)
row('foreign: a same-origin next link is followed normally', async (w) => {
  for (let i = 0; i < 150; i++) w.sim.seed.runner({ name: `runner-${i}` })
  const step = await w.run({ operation: 'list-runners' })
  expect(step.exitCode).toBe(0)
  expect(step.outputs.count).toBe('150')
  expect(sentTo(w, 'GET', new RegExp(`^${RUNNERS}$`))).toHaveLength(2)
  return step
})

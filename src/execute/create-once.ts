// A create of something that has a name, sent so that a run never creates it twice: when the answer
// is lost (network error, or a 5xx after which GitHub may have acted), the name is looked up before
// the create is sent again.
import { WITHOUT_RETRIES, type Sleep } from '../github/client.js'
import type { ParamsOf, RequestGateway, Route } from '../github/request-gateway.js'

export interface CreateRetries {
  count: number
  backoffUnitMs: number
  /** The client's sleep (Timing.sleep): a test passes a fast one. */
  sleep: Sleep
}

export async function createOnce<R extends Route>(
  gateway: RequestGateway,
  route: R,
  params: ParamsOf<R>,
  findCreated: () => Promise<unknown | undefined>,
  retries: CreateRetries
): Promise<{ status: number; data: unknown } | undefined> {
  if (gateway.dryRun) return gateway.write(route, params)
  for (let attempt = 0; ; attempt++) {
    try {
      // The client's own retries are off here: they would send the create again unchecked.
      return await gateway.write(route, params, WITHOUT_RETRIES)
    } catch (error) {
      const failure = error as { status?: number; response?: unknown }
      const status = failure.response ? (failure.status ?? 0) : 0
      if (!(status === 0 || status >= 500)) throw error
      const created = await findCreated()
      if (created !== undefined) {
        const planned = gateway.describe(route, params)
        gateway.record(planned, 201)
        gateway.log.info(
          `${planned.method} ${planned.path}: the answer was lost, but it was created; not sending it again.`
        )
        return { status: 201, data: created }
      }
      if (attempt >= retries.count) throw error
      await retries.sleep(retries.backoffUnitMs * (attempt + 1) ** 2)
    }
  }
}

// GitHub's static public IP limit, checked across a whole plan before its first write: each runner the
// plan turns static IPs on for takes one more address of the scope's `/limits` (`public_ips`), so four
// new runners against two free addresses are refused whole, not two created and then a 422. Addresses
// the plan frees (a runner deleted, or turned off) are not counted: the deletes come after the creates.
import { quotedNames, UserError } from '../common/errors.js'

export interface PublicIpLimits {
  maximum: number
  current_usage: number
}

/** The refusal when the runners turning static IPs on need more addresses than are free, else undefined. */
export function staticIpShortfall(
  file: string,
  where: string,
  turningOn: readonly string[],
  limits: PublicIpLimits
): UserError | undefined {
  const free = Math.max(0, limits.maximum - limits.current_usage)
  if (turningOn.length <= free) return undefined
  return new UserError(
    'refusal',
    'enable-static-ip',
    `The plan of ${file} turns static IPs on for ${turningOn.length} runners (${quotedNames(turningOn)}), but ${where} uses ${limits.current_usage} of its ${limits.maximum} static public IP addresses, so ${free} ${free === 1 ? 'is' : 'are'} free (get-limits). Nothing was sent. Turn static IPs on for at most ${free} of them, turn them off on runners that no longer need them, or ask GitHub Support for a higher limit.`
  )
}

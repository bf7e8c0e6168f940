// When GitHub says "wait", how long the action waits, and when it stops waiting. A pure verdict per
// answer, so every bound is testable without a server; request-waits.ts waits as it says.
import {
  MAX_RATE_LIMIT_WAITS,
  MAX_RATE_LIMIT_WAIT_SECONDS,
  MAX_RATE_LIMIT_WAIT_TOTAL_SECONDS,
  MIN_RATE_LIMIT_WAIT_SECONDS
} from '../common/bounds.js'

export interface RateLimitBudget {
  waits: number
  waitedSeconds: number
}

export type RateLimitVerdict =
  { kind: 'not-a-limit' } | { kind: 'wait'; seconds: number } | { kind: 'stop'; reason: string }

type Headers = Record<string, string | number | undefined>

/** GitHub's answer without a `retry-after` on a secondary limit: wait a minute (GitHub's docs). */
const FALLBACK_WAIT_SECONDS = 60

export function rateLimitVerdict(
  answer: { status: number; headers: Headers; message: string; rateLimitedError?: boolean },
  nowMs: number,
  budget: RateLimitBudget
): RateLimitVerdict {
  const { status, headers, message } = answer
  const secondary = /\bsecondary rate\b/i.test(message)
  const primary =
    (String(headers['x-ratelimit-remaining'] ?? '') === '0' || answer.rateLimitedError === true) && !secondary
  if (!(status === 429 || (status === 403 && (primary || secondary)))) return { kind: 'not-a-limit' }

  const resetAt = primary ? Number(headers['x-ratelimit-reset']) * 1000 : NaN
  const untilReset = Number.isFinite(resetAt) ? Math.ceil((resetAt - nowMs) / 1000) + 1 : undefined
  const asked = untilReset ?? retryAfterSeconds(headers['retry-after'], nowMs) ?? FALLBACK_WAIT_SECONDS
  const seconds = Math.max(MIN_RATE_LIMIT_WAIT_SECONDS, asked)
  if (seconds > MAX_RATE_LIMIT_WAIT_SECONDS) {
    const when =
      untilReset !== undefined
        ? `the limit resets at ${iso(resetAt)} (in ${Math.ceil((resetAt - nowMs) / 60_000)} minutes)`
        : `GitHub asked to wait ${seconds}s (until ${iso(nowMs + seconds * 1000)})`
    return {
      kind: 'stop',
      reason: `${when}, and the action waits out rate limits of at most ${MAX_RATE_LIMIT_WAIT_SECONDS / 60} minutes`
    }
  }
  if (budget.waits >= MAX_RATE_LIMIT_WAITS) {
    return {
      kind: 'stop',
      reason: `GitHub asked the step to wait ${budget.waits + 1} times, and the action waits at most ${MAX_RATE_LIMIT_WAITS} times a step`
    }
  }
  if (budget.waitedSeconds + seconds > MAX_RATE_LIMIT_WAIT_TOTAL_SECONDS) {
    return {
      kind: 'stop',
      reason: `the step has waited ${describeSeconds(budget.waitedSeconds)} on rate limits already, and the action waits at most ${describeSeconds(MAX_RATE_LIMIT_WAIT_TOTAL_SECONDS)} a step`
    }
  }
  return { kind: 'wait', seconds }
}

/** `Retry-After` is seconds or an HTTP-date (RFC 9110 §10.2.3). */
function retryAfterSeconds(value: string | number | undefined, nowMs: number): number | undefined {
  if (value === undefined || String(value).trim() === '') return undefined
  const text = String(value).trim()
  if (/^-?\d+$/.test(text)) return Number(text)
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.ceil((date - nowMs) / 1000)
}

function iso(ms: number): string {
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? 'an unknown time' : date.toISOString()
}

function describeSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds}s`
  if (seconds < 2 * 3600) return `${Math.ceil(seconds / 60)} minutes`
  if (seconds < 2 * 86400) return `${Math.round(seconds / 3600)} hours`
  return `${Math.round(seconds / 86400)} days`
}

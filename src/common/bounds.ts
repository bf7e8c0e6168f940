// Every bound the action keeps whatever a server answers: docs/reliability.md states
// them. A run that would pass one fails, saying which.

/** One rate-limit wait longer than this fails at once, saying when the limit resets. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 600
/** Rate-limit waits in one step, and their total: past either, the step fails. */
export const MAX_RATE_LIMIT_WAITS = 10
export const MAX_RATE_LIMIT_WAIT_TOTAL_SECONDS = 1800
/** No rate-limit wait is shorter: `retry-after: 0` or a reset in the past would loop. */
export const MIN_RATE_LIMIT_WAIT_SECONDS = 1

/** Pages of one listing (100 items a page). */
export const MAX_PAGES = 100
/** One answer's body, counted after decompression. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024
/** Redirects followed for one request, all within `api-url`'s origin. */
export const MAX_REDIRECTS = 5
/** How long one try may take for its whole answer before it counts as a network error. */
export const REQUEST_TIMEOUT_MS = 30_000

/** GitHub refuses a step summary over 1 MiB; the action's stays well under it. */
export const MAX_SUMMARY_BYTES = 900 * 1024
/** An output over this goes to a file under RUNNER_TEMP instead (GitHub's limit is 1 MiB a value). */
export const MAX_OUTPUT_BYTES = 1024 * 1024

/** The fleet file of `apply`: its size, read before anything else. */
export const MAX_FLEET_FILE_BYTES = 1024 * 1024
/** Items of one list of the fleet file (a section, or a value such as `repositories`). */
export const MAX_FLEET_LIST_ITEMS = 10_000
/** Items of the fleet file's sections together: runner groups, hosted runners, retention entries. */
export const MAX_FLEET_ITEMS = 10_000

// Writes the step summary. GitHub refuses one over 1 MiB: a longer summary keeps its start and its last
// paragraph (where a run's outcome or failure is said), and says in place of the rest how many lines
// were left out and where the whole is (the `result-file` output); the log says so too.
import * as core from '@actions/core'
import { MAX_SUMMARY_BYTES } from '../common/bounds.js'

/** Appends to the step summary, shortened to stay under GitHub's limit. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const { text, leftOut } = fitSummary(markdown)
  if (leftOut > 0)
    core.warning(
      `The step summary is longer than GitHub allows: ${leftOut} of its lines were left out (the summary says where). The whole result is in the file named by the result-file output.`
    )
  await core.summary.addRaw(text, true).write()
}

/** The last paragraph is kept when it is at most this share of the limit. */
const LAST_PARAGRAPH_SHARE = 1 / 8
/** Room kept for the line that says what was left out. */
const NOTE_BYTES = 1024

/** The summary within `limit` bytes, and how many of its lines were left out for that. */
export function fitSummary(
  markdown: string,
  limit: number = MAX_SUMMARY_BYTES
): { text: string; leftOut: number } {
  if (Buffer.byteLength(markdown) <= limit) return { text: markdown, leftOut: 0 }
  const lines = markdown.replace(/\n+$/, '').split('\n')
  const lastBreak = lines.lastIndexOf('')
  const tail = lastBreak > 0 ? lines.slice(lastBreak + 1) : []
  const tailBytes = Buffer.byteLength(tail.join('\n'))
  const keptTail = tailBytes <= limit * LAST_PARAGRAPH_SHARE ? tail : []
  const budget = limit - NOTE_BYTES - (keptTail.length > 0 ? tailBytes + 2 : 0)
  const head: string[] = []
  let size = 0
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1
    if (size > budget) break
    head.push(line)
  }
  const leftOut = lines.length - head.length - keptTail.length
  const note =
    `**Left out here:** lines ${head.length + 1} to ${head.length + leftOut} of this summary's ${lines.length} ` +
    "(GitHub's step summary is limited to 1 MiB). Nothing is lost: the whole result is in the file named by the `result-file` output."
  return {
    text: [head.join('\n'), note, ...(keptTail.length > 0 ? [keptTail.join('\n')] : [])].join('\n\n') + '\n',
    leftOut
  }
}

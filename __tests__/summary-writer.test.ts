// Issue 18: a summary hides nothing. A long cell folds its whole value into a <details>, escaped so it
// cannot open markup or split the table; a summary over GitHub's limit keeps its start and its last
// paragraph (the outcome) and says which lines were left out and where the whole is.
import { cell, table } from '../src/report/markdown-table.js'
import { fitSummary } from '../src/report/summary-writer.js'

test('a short value is its text, pipes escaped; a long one shows its start and folds the whole, escaped', () => {
  expect(cell('a|b')).toBe('a\\|b')
  const long = `${'x'.repeat(150)} <script>|&`
  const folded = cell(long)
  expect(folded).toBe(
    `<details><summary>${'x'.repeat(120)}… (${long.length} characters)</summary>${'x'.repeat(150)} &lt;script&gt;&#124;&amp;</details>`
  )
  expect(table(['value'], [[long]]).split('\n')[2]).toBe(`| ${folded} |`)
})

test('rows past the table limit are said to be left out, with where they all are', () => {
  const rows = Array.from({ length: 52 }, (_, i) => [i])
  expect(table(['n'], rows)).toMatch(
    /…and 2 more rows, left out here: the `result` output .* has them all\.$/
  )
})

test('a summary within the limit is unchanged', () => {
  expect(fitSummary('short\n', 100)).toEqual({ text: 'short\n', leftOut: 0 })
})

test('over the limit: the start and the last paragraph are kept, and the lines left out are named', () => {
  const rows = Array.from({ length: 400 }, (_, i) => `| row ${i} |`)
  const markdown = [
    '### `apply`',
    '',
    '| n |',
    '| --- |',
    ...rows,
    '',
    '**Failed:** the 3rd write failed.'
  ].join('\n')
  const { text, leftOut } = fitSummary(markdown, 4096)
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096)
  expect(leftOut).toBeGreaterThan(0)
  expect(text.startsWith('### `apply`\n\n| n |')).toBe(true)
  expect(text.trimEnd().endsWith('**Failed:** the 3rd write failed.')).toBe(true)
  const kept = text.split('\n').filter((line) => line.startsWith('| row ')).length
  expect(text).toContain(
    `**Left out here:** lines ${kept + 5} to ${kept + 4 + leftOut} of this summary's ${markdown.split('\n').length} `
  )
  expect(kept + leftOut).toBe(400 + 1)
})

// The summary as a terminal shows it, in process: tables aligned to the width with long values wrapped
// (never cut), colour only when asked for, server text without control characters, and the status line
// redrawn in place with the time spent.
import { styleOf } from '../src/cli/command.js'
import { StatusLine, timeSpent, type Clock } from '../src/cli/status-line.js'
import { renderMarkdown, wrap } from '../src/cli/terminal.js'
import { fieldsTable, itemsTable } from '../src/report/run-tables.js'
import { TABLE_LIMITS } from '../src/report/markdown-table.js'

const ESCAPE = '\u001b'
const PLAIN = { width: 80, colour: false }
const widths = (text: string) => text.split('\n').map((line) => [...line].length)

describe('renderMarkdown', () => {
  // As the command line sets them: a terminal shows every row and every character.
  beforeAll(() => Object.assign(TABLE_LIMITS, { maxRows: Infinity, maxCell: Infinity }))

  it('turns the heading, paragraphs and inline code into plain text', () => {
    const text = renderMarkdown('### `list-runners` on `acme`\n\n**Failed:** _none_ of `these`.\n', PLAIN)
    expect(text).toBe('list-runners on acme\n\nFailed: none of these.\n')
  })

  it('aligns a table’s columns under a rule', () => {
    const text = renderMarkdown(
      itemsTable([
        { id: 1, name: 'build', status: 'Ready' },
        { id: 22, name: 'release-linux', status: 'Provisioning' }
      ]),
      PLAIN
    )
    expect(text.split('\n')).toEqual([
      'id  name           status',
      '──  ─────────────  ────────────',
      '1   build          Ready',
      '22  release-linux  Provisioning',
      ''
    ])
  })

  it('wraps a long value inside its column, to the width, keeping every word', () => {
    const value = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const text = renderMarkdown(fieldsTable({ id: 7, description: value, name: 'x|y' }), {
      width: 50,
      colour: false
    })
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(50)
    expect(text.split(/\s+/).filter((word) => word.startsWith('word'))).toHaveLength(60)
    expect(text).not.toContain('…')
    expect(text).toContain('x|y')
    expect(text.split('\n')[0]).toBe('field        value')
  })

  it('breaks a long word at its hyphens and slashes before anywhere else', () => {
    expect(wrap('linux-16core-static', 14)).toEqual(['linux-16core-', 'static'])
    expect(wrap('/orgs/acme/actions/hosted-runners', 20)).toEqual(['/orgs/acme/actions/', 'hosted-runners'])
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
    expect(wrap('', 10)).toEqual([''])
  })

  it('shows a table too wide for the terminal as one block of fields per row', () => {
    const row = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`column_${i}`, `value-${i}-is-long`]))
    const text = renderMarkdown(itemsTable([row, row]), { width: 40, colour: false })
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(40)
    expect(text.split('\n').slice(0, 2)).toEqual(['column_0  value-0-is-long', 'column_1  value-1-is-long'])
    expect(text.split('\n\n')).toHaveLength(2)
  })

  it('removes control characters from server text: no escape sequence reaches the terminal', () => {
    const hostile = `evil${ESCAPE}]0;title\u0007${ESCAPE}[2J\u202eeman`
    const text = renderMarkdown(
      `### \`get-runner\`\n\n${fieldsTable({ name: hostile })}\n\nsaid: ${hostile}`,
      PLAIN
    )
    expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u202e]/u)
    expect(text).toContain('evil ]0;title')
  })

  it('colours headings, table headers and code only when colour is on', () => {
    const markdown = `### \`apply\` on \`acme\`\n\n${itemsTable([{ id: 1, name: 'build' }])}\n`
    expect(renderMarkdown(markdown, PLAIN)).not.toContain(ESCAPE)
    const coloured = renderMarkdown(markdown, { width: 80, colour: true })
    expect(coloured).toContain(`${ESCAPE}[1m`)
    expect(coloured.replace(new RegExp(`${ESCAPE}\\[\\d+m`, 'g'), '')).toBe(renderMarkdown(markdown, PLAIN))
  })
})

describe('styleOf', () => {
  it('colours a terminal, at its width; never a pipe, never with NO_COLOR or a dumb terminal', () => {
    const tty = { write: () => true, isTTY: true, columns: 132 }
    expect(styleOf(tty, {})).toEqual({ width: 132, colour: true })
    expect(styleOf(tty, { NO_COLOR: '1' })).toEqual({ width: 132, colour: false })
    expect(styleOf(tty, { NO_COLOR: '' })).toEqual({ width: 132, colour: false })
    expect(styleOf(tty, { TERM: 'dumb' }).colour).toBe(false)
    expect(styleOf({ write: () => true, columns: 132 }, {})).toEqual({ width: 80, colour: false })
  })
})

describe('StatusLine', () => {
  function fakeTerminal(columns = 70) {
    let now = 0
    const ticks: Array<() => void> = []
    const clock: Clock = {
      now: () => now,
      every: (_, tick) => {
        ticks.push(tick)
        return () => ticks.splice(ticks.indexOf(tick), 1)
      }
    }
    const writes: string[] = []
    const status = new StatusLine({ write: (text) => writes.push(text), isTTY: true, columns }, clock)
    return { status, writes, ticks, advance: (ms: number) => (now += ms) }
  }

  it('redraws the latest line in place with the time spent, each tick', () => {
    const { status, writes, ticks, advance } = fakeTerminal()
    status.show('Runner build is Provisioning: waiting up to 15m for Ready.')
    advance(65_000)
    for (const tick of ticks) tick()
    advance(10_000)
    status.show('Runner build is Ready after 1m 15s (Provisioning for 1m 15s).')
    expect(writes).toEqual([
      '\r[0s] Runner build is Provisioning: waiting up to 15m for Ready.',
      '\r[1m 05s] Runner build is Provisioning: waiting up to 15m for Ready.',
      '\r[1m 15s] Runner build is Ready after 1m 15s (Provisioning for 1m 15s…'
    ])
    expect(writes.join('')).not.toContain(ESCAPE)
    expect(ticks).toHaveLength(1)
  })

  it('prints other lines above itself, and erases itself when stopped', () => {
    const { status, writes, ticks } = fakeTerminal()
    status.above('before any status\n')
    status.show('Sending DELETE /x')
    status.above('warning: w\n')
    status.stop()
    expect(writes).toEqual([
      'before any status\n',
      '\r[0s] Sending DELETE /x',
      `\r${' '.repeat(22)}\r`,
      'warning: w\n',
      '\r[0s] Sending DELETE /x',
      `\r${' '.repeat(22)}\r`
    ])
    expect(ticks).toHaveLength(0)
  })

  it('pads a shorter line over a longer one', () => {
    const { status, writes } = fakeTerminal()
    status.show('a long first message')
    status.show('short')
    expect(writes[1]).toBe(`\r[0s] short${' '.repeat(15)}`)
  })

  it('takes a terminal that tells no width for 80 columns', () => {
    const { status, writes } = fakeTerminal(0)
    status.show('x'.repeat(100))
    expect(writes[0]).toBe(`\r[0s] ${'x'.repeat(73)}…`)
  })

  it('says time spent in seconds, then minutes', () => {
    expect([0, 999, 42_000, 60_000, 185_000].map(timeSpent)).toEqual(['0s', '0s', '42s', '1m 00s', '3m 05s'])
  })
})

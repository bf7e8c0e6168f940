// The README is the front door: its opening says what action.yml holds (the true operation count, with
// apply, export and private networking named), its table of contents lists every section, it stays short
// enough to read in minutes, and every link of the README and of docs/ leads somewhere that exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { load } from 'js-yaml'
import { parseOperations } from '../scripts/generate-usage.mjs'
import { ROOT } from './support/step.js'

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const readme = read('README.md')
const docs = readdirSync(join(ROOT, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => `docs/${file}`)

/** Text outside fenced code blocks, where headings and links are Markdown. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```$/gm, '')

const families = parseOperations(
  (load(read('action.yml')) as { inputs: { operation: { description: string } } }).inputs.operation
    .description
)
const COMPOSITE = ['Composite (organization and enterprise)', 'Runners as code (organization and enterprise)']
const all = families.flatMap((f) => f.names)
const composite = families.filter((f) => COMPOSITE.includes(f.family)).flatMap((f) => f.names)

describe('the README opening (before the first section)', () => {
  const opening = readme.slice(0, readme.indexOf('\n## '))

  it('states how many operations action.yml lists, and how many are one endpoint each', () => {
    expect(families.map((f) => f.family)).toEqual(expect.arrayContaining(COMPOSITE))
    expect(opening).toContain(`**${all.length} operations**`)
    expect(opening).toContain(`**${all.length - composite.length} endpoint operations**`)
    // No other count of operations: a stale number cannot stay beside the true one.
    const counts = [
      ...opening.matchAll(/(\d+|\b(?:one|two|three|four|five|six)\b)\*{0,2}\s+(?:\w+\s+)?operations/g)
    ]
    expect(counts.map((m) => m[1])).toEqual([String(all.length), String(all.length - composite.length)])
  })

  it('names every operation that composes endpoints, apply and export among them, and private networking', () => {
    expect(composite).toEqual(expect.arrayContaining(['apply', 'export', 'cleanup-image-versions']))
    for (const name of composite) expect(opening).toContain(`\`${name}\``)
    expect(opening).toMatch(/private networking/i)
    expect(families.some((f) => /^Private networking/.test(f.family))).toBe(true)
  })
})

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

function headings(text: string): Array<{ level: number; title: string }> {
  return [...prose(text).matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => ({
    level: (m[1] as string).length,
    title: m[2] as string
  }))
}

function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const found = new Set<string>()
  for (const { title } of headings(text)) {
    const base = slug(title)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    found.add(count === 0 ? base : `${base}-${count}`)
  }
  return found
}

describe('the README', () => {
  it('has a table of contents linking every section', () => {
    const sections = headings(readme).filter((h) => h.level === 2)
    const start = readme.indexOf('## Contents\n')
    expect(start).toBeGreaterThan(0)
    const contents = readme.slice(start, readme.indexOf('\n## ', start + 1))
    for (const { title } of sections.filter((s) => s.title !== 'Contents'))
      expect(contents).toContain(`(#${slug(title)})`)
  })

  it('is short: a person with five minutes reads it; the details are in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(36_000)
    expect(docs).toEqual(
      expect.arrayContaining(['docs/reference.md', 'docs/github-behaviour.md', 'docs/simulator.md'])
    )
    for (const doc of docs) expect(readme).toContain(`](${doc})`)
  })
})

describe.each(['README.md', ...docs])('%s', (file) => {
  const text = read(file)

  it('has no heading that carries an issue number', () => {
    const numbered = headings(text).filter((h) => /\bissues? #?\d+|#\d+\b/i.test(h.title))
    expect(numbered).toEqual([])
  })

  it('links only to files and headings that exist', () => {
    const broken: string[] = []
    for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target as string)) continue // https:, mailto:
      const [path, anchor] = (target as string).split('#') as [string, string | undefined]
      const file2 = path === '' ? file : normalize(join(dirname(file), path))
      const full = join(ROOT, file2)
      if (!existsSync(full)) {
        broken.push(`${target}: no ${file2}`)
        continue
      }
      if (anchor !== undefined && !statSync(full).isDirectory() && !anchors(read(file2)).has(anchor))
        broken.push(`${target}: no heading #${anchor} in ${file2}`)
    }
    expect(broken).toEqual([])
  })
})

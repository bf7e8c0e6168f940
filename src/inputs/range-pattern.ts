// A regular expression for the whole numbers from `low` to `high`, written in decimal without leading
// zeros: JSON Schema bounds a number with `minimum`/`maximum`, but a duration is text (`30d`), so its
// bound is a pattern. Built digit by digit, as `[lo-hi]` classes and `\d{n}` runs.

const group = (alternatives: string[]): string =>
  alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`

const digitClass = (from: number, to: number): string =>
  from === to ? String(from) : from === 0 && to === 9 ? '\\d' : `[${from}-${to}]`

/** The numbers from `low` to `high`, both of the same number of digits. */
function sameLength(low: string, high: string): string[] {
  if (low === '') return ['']
  const rest = low.length - 1
  const [first, last] = [Number(low[0]), Number(high[0])]
  const [lowRest, highRest] = [low.slice(1), high.slice(1)]
  if (first === last) return [`${first}${group(sameLength(lowRest, highRest))}`]
  const whole = (digits: string, fill: string) => digits === fill.repeat(rest)
  const any = rest > 0 ? `\\d{${rest}}` : ''
  const from = whole(lowRest, '0') ? first : first + 1
  const to = whole(highRest, '9') ? last : last - 1
  return [
    ...(from === first ? [] : [`${first}${group(sameLength(lowRest, '9'.repeat(rest)))}`]),
    ...(from <= to ? [`${digitClass(from, to)}${any}`] : []),
    ...(to === last ? [] : [`${last}${group(sameLength('0'.repeat(rest), highRest))}`])
  ]
}

/** `(?:…)` matching exactly the decimal numbers from `low` to `high` (0 ≤ low ≤ high), no leading zeros. */
export function rangePattern(low: number, high: number): string {
  const alternatives: string[] = []
  for (let digits = String(low).length; digits <= String(high).length; digits++) {
    const from = Math.max(low, digits === 1 ? 0 : 10 ** (digits - 1))
    const to = Math.min(high, 10 ** digits - 1)
    if (from <= to) alternatives.push(...sameLength(String(from), String(to)))
  }
  return `(?:${alternatives.join('|')})`
}

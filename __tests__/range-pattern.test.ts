// The pattern of a range of whole numbers (a duration's bound in the fleet schema), against every number.
import { rangePattern } from '../src/inputs/range-pattern.js'

test.each([
  [0, 0],
  [0, 9],
  [1, 9],
  [3, 47],
  [0, 100],
  [17, 1234],
  [1, 3650],
  [0, 87600],
  [99, 100],
  [5, 5]
])('rangePattern(%i, %i) matches exactly the numbers in the range', (low, high) => {
  const pattern = new RegExp(`^${rangePattern(low, high)}$`, 'u')
  const wrong = []
  for (let n = 0; n <= Math.max(high * 2, 120); n++)
    if (pattern.test(String(n)) !== (n >= low && n <= high)) wrong.push(n)
  expect(wrong).toEqual([])
  expect(pattern.test(`0${low}`)).toBe(false)
})

test('a large bound stays short and exact', () => {
  const high = 315_360_000
  const pattern = new RegExp(`^${rangePattern(0, high)}$`, 'u')
  expect(rangePattern(0, high).length).toBeLessThan(200)
  for (const n of [0, 9, 10, 99_999_999, 299_999_999, 315_359_999, 315_360_000])
    expect(pattern.test(String(n))).toBe(true)
  for (const n of [315_360_001, 315_369_999, 316_000_000, 400_000_000, 1_000_000_000])
    expect(pattern.test(String(n))).toBe(false)
})

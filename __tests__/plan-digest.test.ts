// The plan digest is a promise across versions: a digest reviewed today and given back as
// `expected-plan-digest` by a later release must still match the same plan. These values were computed by
// the first release's serialisation (the whole canonical text, hashed at once); the digest is now hashed
// piece by piece, and must give the very same bytes.
import { describe, expect, it } from '@jest/globals'
import type { Change } from '../src/core/change.js'
import { canonicalJson, planDigest } from '../src/engine/plan.js'

const changes: Change[] = [
  {
    kind: 'create',
    object: 'runner-group',
    id: null,
    name: 'release',
    fields: {
      visibility: { from: null, to: 'selected' },
      repositories: { from: null, to: ['acme/api', 'acme/wéb'] }
    }
  },
  {
    kind: 'update',
    object: 'hosted-runner',
    id: 42,
    name: 'linux-x64',
    seen: { size: '2-core', image: { id: '2306', version: null } },
    fields: { size: { from: '2-core', to: '4-core' }, note: { from: undefined, to: 'a "quoted"\nline' } },
    depends_on: ['create runner-group release', 'create network-configuration vnet']
  },
  {
    kind: 'delete',
    object: 'image-version',
    id: 7,
    name: 'ubuntu 1.0.0',
    reason: 'older than 30 days',
    fields: {}
  }
]

/** 3,000 creates: a text far longer than one chunk of the hash. */
const many: Change[] = Array.from({ length: 3000 }, (_, i) => ({
  kind: 'create',
  object: 'hosted-runner',
  id: null,
  name: `runner-${i}`,
  fields: { size: { from: null, to: '4-core' }, 'runner-group': { from: null, to: `group-${i % 50}` } },
  depends_on: [`create runner-group group-${i % 50}`]
}))

describe('the plan digest', () => {
  it('is the digest earlier releases gave the same plan', () => {
    expect(planDigest(changes)).toBe('74936da876c656b1b87de3cd85641c717b52914726cec731a626feda9bdf4dc1')
    expect(planDigest(changes, { canary: 1, batch: 10, waves: [['linux-x64']] })).toBe(
      '89095a894d8182231df8f807764b55a5be430b9f13f4500e4fceaa90502c5679'
    )
    expect(planDigest(many)).toBe('f61df8357cffe701fc72db25788010adcdf79a8999db4be8e47e43e786f43062')
  })

  it('writes keys in sorted order and leaves out what is undefined', () => {
    expect(canonicalJson({ b: [1, { d: null, c: undefined }], a: 'x' })).toBe('{"a":"x","b":[1,{"d":null}]}')
  })

  // No plan holds these (every value comes from JSON or the fleet file), but the digest is a promise: the
  // first release wrote a hole of an array, a function and a symbol each its own way, and the streamed
  // text must write them so too (`[1,,3]` is not `[1,3]`).
  const to = (value: unknown): Change[] => [
    {
      kind: 'update',
      object: 'hosted-runner',
      id: 1,
      name: 'x',
      fields: { labels: { from: null, to: value } }
    }
  ]
  /** An array of `length` with only `values` set: the others are holes. */
  const holey = (length: number, values: Record<number, unknown>) => Object.assign(new Array(length), values)
  const symbol = Symbol('s')
  it.each([
    [
      'an array with a hole',
      holey(3, { 0: 1, 2: 3 }),
      '[1,,3]',
      'ea69963ebcfd694c32ec1cd2fdac02ff756674b6426d045496c139260866eaf4'
    ],
    [
      'the array without it',
      [1, 3],
      '[1,3]',
      '55f42e051969ebc88cda3040a7e824ca290d2c5f687b9895535e5ce04cc764b9'
    ],
    [
      'arrays of holes only',
      { a: holey(2, {}), b: holey(2, { 1: 'x' }) },
      '{"a":[,],"b":[,"x"]}',
      '4203b0e0e5c0b69862464d5c960eac3cd0d87db28e0c97ee69042c6a4b8db2f6'
    ],
    [
      'a function and a symbol in an array',
      [() => 1, symbol, 2],
      '[,,2]',
      '6580fa470d456771261740905e44fbdb3ee167246084881ab8faffde878966be'
    ],
    [
      'a function as a value',
      { f: () => 1 },
      '{"f":undefined}',
      '97edb2ef8ef4bbcf1cdbfd994847524d7ce89ee283cafde45929212608a957c1'
    ]
  ])('%s: the text and digest of the first release', (_, value, text, digest) => {
    expect(canonicalJson(value)).toBe(text)
    expect(planDigest(to(value))).toBe(digest)
  })
})

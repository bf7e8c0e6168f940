// src/step.ts speaks the runner's protocol: workflow commands on stdout, file commands in
// $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY, inputs from INPUT_* variables.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { escapeData, escapeProperty, outputEntry, step } from '../src/step.js'
import { parseOutputFile } from './support/step.js'

const dir = mkdtempSync(join(tmpdir(), 'step-commands-'))
const saved = { ...process.env }
let stdout = ''
const write = process.stdout.write

beforeEach(() => {
  stdout = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = write
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
  process.exitCode = 0
})

/** The runner's decoding of a command's data. */
const decode = (data: string) => data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

test('data escapes %, CR and LF; properties also : and ,', () => {
  expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b')
  expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b')
  expect(decode(escapeData('%0A is not a newline\n'))).toBe('%0A is not a newline\n')
})

test('inputs: INPUT_<NAME> upper-cased, spaces as _, hyphens kept, trimmed; empty when absent', () => {
  process.env['INPUT_RUNNER-NAME'] = '  build \n'
  process.env.INPUT_MY_INPUT = 'x'
  expect(step.input('runner-name')).toBe('build')
  expect(step.input('my input')).toBe('x')
  expect(step.input('absent')).toBe('')
})

test('mask, debug and warning are one workflow command line each', () => {
  step.mask('s3cret%')
  step.debug('GET /x → 200')
  step.warning('line one\nline two')
  step.info('plain: not a command')
  expect(stdout).toBe(
    [
      '::add-mask::s3cret%25',
      '::debug::GET /x → 200',
      '::warning::line one%0Aline two',
      'plain: not a command',
      ''
    ].join(EOL)
  )
})

test('fail: one ::error:: line, escaped, and exit code 1', () => {
  step.fail('get-runner failed: HTTP 404\nNot Found: 100%')
  expect(stdout).toBe(`::error::get-runner failed: HTTP 404%0ANot Found: 100%25${EOL}`)
  expect(decode(stdout.trim().replace('::error::', ''))).toBe('get-runner failed: HTTP 404\nNot Found: 100%')
  expect(process.exitCode).toBe(1)
})

test('outputs go to $GITHUB_OUTPUT with a random heredoc delimiter, and parse back', () => {
  const file = join(dir, 'output')
  writeFileSync(file, '')
  process.env.GITHUB_OUTPUT = file
  const result = JSON.stringify({ name: 'a\nb' }, null, 2)
  step.setOutput('result', result)
  step.setOutput('count', '3')
  step.setOutput('empty', '')
  const text = readFileSync(file, 'utf8')
  expect(parseOutputFile(text)).toEqual({ result, count: '3', empty: '' })
  const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g)].map((m) => m[1])
  expect(delimiters).toHaveLength(3)
  expect(new Set(delimiters).size).toBe(3)
  expect(stdout).toBe('')
})

test('a name or value holding the delimiter is refused', () => {
  expect(outputEntry('count', '3', 'DELIM')).toBe(`count<<DELIM${EOL}3${EOL}DELIM${EOL}`)
  expect(() => outputEntry('count', 'x\nDELIM\ninjected=1', 'DELIM')).toThrow(
    'Unexpected input: value should not contain the delimiter "DELIM"'
  )
  expect(() => outputEntry('DELIM', 'x', 'DELIM')).toThrow(
    'Unexpected input: name should not contain the delimiter "DELIM"'
  )
})

test('without $GITHUB_OUTPUT, the set-output command, its name escaped as a property', () => {
  delete process.env.GITHUB_OUTPUT
  step.setOutput('a,b', 'x\ny')
  expect(stdout).toBe(`${EOL}::set-output name=a%2Cb::x%0Ay${EOL}`)
})

test('the summary is appended to $GITHUB_STEP_SUMMARY; nothing without it', async () => {
  const file = join(dir, 'summary')
  writeFileSync(file, '# before\n')
  process.env.GITHUB_STEP_SUMMARY = file
  await step.writeSummary('### `get-limits`')
  await step.writeSummary('| a |')
  expect(readFileSync(file, 'utf8')).toBe(`# before\n### \`get-limits\`${EOL}| a |${EOL}`)
  delete process.env.GITHUB_STEP_SUMMARY
  await expect(step.writeSummary('ignored')).resolves.toBeUndefined()
})

import { PassThrough } from 'node:stream'
import { InternalError, StoreError, UsageError, formatError } from '@vcf-agent/core'
import { describe, expect, it } from 'vitest'
import { printError } from './output.js'

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough()
  const chunks: string[] = []
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')))
  return { stream, text: () => chunks.join('') }
}

describe('printError', () => {
  it('should print error[CODE]: message on stderr and, with --json, one JSON document on stdout', () => {
    const out = capture()
    const err = capture()
    printError(
      formatError(
        new StoreError('STORE_TABLE_NOT_FOUND', 'No table "t".', { details: { table: 't' } }),
      ),
      true,
      out.stream,
      err.stream,
    )
    expect(err.text()).toBe('error[STORE_TABLE_NOT_FOUND]: No table "t".\n')
    expect(JSON.parse(out.text())).toEqual({
      error: { code: 'STORE_TABLE_NOT_FOUND', message: 'No table "t".', details: { table: 't' } },
    })
  })

  it('should print nothing on stdout without --json, and omit empty details', () => {
    const out = capture()
    const err = capture()
    printError(
      formatError(new UsageError('USAGE_INVALID_ARGUMENT', 'Bad flag.')),
      false,
      out.stream,
      err.stream,
    )
    expect([out.text(), err.text()]).toEqual(['', 'error[USAGE_INVALID_ARGUMENT]: Bad flag.\n'])
    printError(
      formatError(new UsageError('USAGE_INVALID_ARGUMENT', 'Bad flag.')),
      true,
      out.stream,
      err.stream,
    )
    expect(JSON.parse(out.text())).toEqual({
      error: { code: 'USAGE_INVALID_ARGUMENT', message: 'Bad flag.' },
    })
  })

  it('should add the please-report hint for INTERNAL and let stderr carry the raw text of an unknown error', () => {
    const out = capture()
    const err = capture()
    printError(formatError(new InternalError('INTERNAL', 'Oops.')), false, out.stream, err.stream)
    expect(err.text()).toMatchInlineSnapshot(`
      "error[INTERNAL]: Oops.
      This is a bug in vcf-agent: please report it with the command you ran.
      "
    `)
    const err2 = capture()
    printError(
      formatError(new TypeError('boom')),
      true,
      out.stream,
      err2.stream,
      'TypeError: boom\n    at x',
    )
    expect(err2.text()).toBe(
      'error[INTERNAL]: TypeError: boom\n    at x\nThis is a bug in vcf-agent: please report it with the command you ran.\n',
    )
    expect(JSON.parse(out.text().trim().split('\n').at(-1)!).error.message).not.toContain('boom')
  })
})

import { describe, expect, it } from 'vitest'
import { InternalError, LockError, StoreError } from './errors.js'
import { REPORT_HINT, UNKNOWN_ERROR_MESSAGE, formatError } from './format-error.js'
import { HttpError } from './http-error.js'

describe('formatError', () => {
  it('should describe a vcf-agent error by its table row, with details only when there are some', () => {
    expect(
      formatError(
        new StoreError('STORE_TABLE_NOT_FOUND', 'No table "t".', { details: { table: 't' } }),
      ),
    ).toEqual({
      code: 'STORE_TABLE_NOT_FOUND',
      message: 'No table "t".',
      details: { table: 't' },
      exitCode: 4,
      httpStatus: 404,
      known: true,
    })
    expect(formatError(new LockError('LOCK_TIMEOUT', 'Busy.'))).toEqual({
      code: 'LOCK_TIMEOUT',
      message: 'Busy.',
      exitCode: 5,
      httpStatus: 409,
      known: true,
    })
    expect(formatError(new HttpError('AUTH_SCOPE_MISSING', 'Needs write.'))).toMatchObject({
      code: 'AUTH_SCOPE_MISSING',
      httpStatus: 403,
    })
  })

  it('should add the please-report hint to INTERNAL', () => {
    expect(formatError(new InternalError('INTERNAL', 'Writer finished twice.'))).toEqual({
      code: 'INTERNAL',
      message: 'Writer finished twice.',
      exitCode: 70,
      httpStatus: 500,
      hint: REPORT_HINT,
      known: true,
    })
  })

  it('should turn anything else into a generic INTERNAL, never its text or stack', () => {
    const expected = {
      code: 'INTERNAL',
      message: UNKNOWN_ERROR_MESSAGE,
      exitCode: 70,
      httpStatus: 500,
      hint: REPORT_HINT,
      known: false,
    }
    expect(formatError(new TypeError('secret /srv/path'))).toEqual(expected)
    expect(formatError('a string')).toEqual(expected)
    expect(formatError(undefined)).toEqual(expected)
    expect(JSON.stringify(formatError(new Error('x')))).not.toMatch(/\bat\b|secret/)
  })
})

import { StoreError, VcfAgentError } from '@vcf-agent/core'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'
import { HttpError, describeError, statusForCode, toErrorResponse } from './errors.js'

describe('statusForCode', () => {
  it('should use core for core codes and the server table for server codes', () => {
    const codes = [
      'USAGE_INVALID_ARGUMENT',
      'SCHEMA_INVALID_ROW',
      'VCF_PARSE_BAD_RECORD',
      'STORE_TABLE_NOT_FOUND',
      'STORE_VARIANT_NOT_FOUND',
      'STORE_INDEX_EXISTS',
      'STORE_BAD_FILTER',
      'LOCK_TIMEOUT',
      'EMBED_PROVIDER_FAILED',
      'EMBED_BAD_VARIANT',
      'STORE_FAILED',
      'INTERNAL',
      'AUTH_TOKEN_MISSING',
      'AUTH_SCOPE_MISSING',
      'HTTP_PAYLOAD_TOO_LARGE',
      'HTTP_VALIDATION_FAILED',
    ] as const
    expect(Object.fromEntries(codes.map((c) => [c, statusForCode(c)]))).toEqual({
      USAGE_INVALID_ARGUMENT: 400,
      SCHEMA_INVALID_ROW: 422,
      VCF_PARSE_BAD_RECORD: 422,
      STORE_TABLE_NOT_FOUND: 404,
      STORE_VARIANT_NOT_FOUND: 404,
      STORE_INDEX_EXISTS: 409,
      STORE_BAD_FILTER: 400,
      LOCK_TIMEOUT: 409,
      EMBED_PROVIDER_FAILED: 502,
      EMBED_BAD_VARIANT: 422,
      STORE_FAILED: 500,
      INTERNAL: 500,
      AUTH_TOKEN_MISSING: 401,
      AUTH_SCOPE_MISSING: 403,
      HTTP_PAYLOAD_TOO_LARGE: 413,
      HTTP_VALIDATION_FAILED: 422,
    })
  })
})

describe('toErrorResponse', () => {
  it('should keep a core error’s code, message and details, and omit empty details', () => {
    expect(
      toErrorResponse(
        new StoreError('STORE_VARIANT_NOT_FOUND', 'No variant x.', { details: { variantId: 'x' } }),
        'r1',
      ),
    ).toEqual({
      status: 404,
      body: {
        error: {
          code: 'STORE_VARIANT_NOT_FOUND',
          message: 'No variant x.',
          details: { variantId: 'x' },
          requestId: 'r1',
        },
      },
      headers: {},
      unexpected: false,
    })
    expect(toErrorResponse(new VcfAgentError('LOCK_TIMEOUT', 'Busy.'), 'r2').body).toEqual({
      error: { code: 'LOCK_TIMEOUT', message: 'Busy.', requestId: 'r2' },
    })
  })

  it('should flag 5xx core errors and unknown errors as unexpected, hiding the latter', () => {
    expect(toErrorResponse(new StoreError('STORE_FAILED', 'LanceDB failed.'), 'r').unexpected).toBe(
      true,
    )
    const unknown = toErrorResponse(new TypeError('secret /srv/path'), 'r3')
    expect(unknown).toEqual({
      status: 500,
      body: {
        error: {
          code: 'INTERNAL',
          message: 'Internal server error. Please report it with request id r3.',
          requestId: 'r3',
        },
      },
      headers: {},
      unexpected: true,
    })
  })

  it('should map hono HTTP exceptions and HttpErrors to server codes', () => {
    expect(toErrorResponse(new HTTPException(415), 'r').body.error.code).toBe(
      'HTTP_UNSUPPORTED_MEDIA_TYPE',
    )
    expect(
      toErrorResponse(new HTTPException(400, { message: 'Malformed JSON in request body' }), 'r')
        .body.error.code,
    ).toBe('HTTP_MALFORMED_BODY')
    expect(toErrorResponse(new HTTPException(400, { message: 'other' }), 'r').body.error.code).toBe(
      'HTTP_BAD_REQUEST',
    )
    expect(toErrorResponse(new HTTPException(503), 'r').body.error.code).toBe('INTERNAL')
    const auth = toErrorResponse(
      new HttpError('AUTH_TOKEN_INVALID', 'Bad token.', {
        headers: { 'www-authenticate': 'Bearer' },
      }),
      'r',
    )
    expect([auth.status, auth.headers]).toEqual([401, { 'www-authenticate': 'Bearer' }])
  })
})

describe('describeError', () => {
  it('should include code, stack and the cause chain', () => {
    const err = new StoreError('STORE_FAILED', 'outer', {
      cause: new Error('inner'),
      details: { operation: 'add' },
    })
    const d = describeError(err)
    expect(d).toMatchObject({
      name: 'StoreError',
      message: 'outer',
      code: 'STORE_FAILED',
      details: { operation: 'add' },
      cause: { name: 'Error', message: 'inner' },
    })
    expect(d.stack).toMatch(/\n\s+at /)
    expect(describeError('text')).toEqual({ value: 'text' })
  })
})

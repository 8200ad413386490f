import { describe, expect, it } from 'vitest'
import {
  ErrorCode,
  HttpErrorCode,
  errorSpecFor,
  exitCodeFor,
  httpStatusFor,
  isErrorCode,
} from './codes.js'
import { ERROR_TABLE } from './error-table.js'

describe('ERROR_TABLE', () => {
  it('should keep every status and exit code the prefix rules and the server table gave', () => {
    const numbers = Object.fromEntries(
      Object.entries(ERROR_TABLE).map(([c, s]) => [c, `${s.http} ${s.exit}`]),
    )
    expect(numbers).toMatchInlineSnapshot(`
      {
        "AUDIT_TAMPERED": "409 1",
        "AUDIT_WRITE_FAILED": "500 1",
        "AUTH_SCOPE_MISSING": "403 2",
        "AUTH_TOKEN_INVALID": "401 2",
        "AUTH_TOKEN_MISSING": "401 2",
        "CONFIG_INVALID": "400 2",
        "EMBED_BAD_VARIANT": "422 2",
        "EMBED_PROVIDER_FAILED": "502 1",
        "HTTP_BAD_REQUEST": "400 2",
        "HTTP_MALFORMED_BODY": "400 2",
        "HTTP_NOT_FOUND": "404 2",
        "HTTP_PAYLOAD_TOO_LARGE": "413 2",
        "HTTP_UNSUPPORTED_MEDIA_TYPE": "415 2",
        "HTTP_VALIDATION_FAILED": "422 2",
        "INGEST_INTERRUPTED": "500 130",
        "INTERNAL": "500 70",
        "LOCK_COMPROMISED": "409 5",
        "LOCK_TIMEOUT": "409 5",
        "SCHEMA_INVALID_ROW": "422 3",
        "SCHEMA_MISMATCH": "422 3",
        "SCHEMA_NEEDS_MIGRATION": "422 3",
        "SCHEMA_UNKNOWN_COLUMN": "422 3",
        "STORE_BAD_FILTER": "400 2",
        "STORE_FAILED": "500 1",
        "STORE_INDEX_EXISTS": "409 1",
        "STORE_INDEX_MISSING": "409 1",
        "STORE_TABLE_NOT_FOUND": "404 4",
        "STORE_TAG_EXISTS": "409 1",
        "STORE_TAG_NOT_FOUND": "404 4",
        "STORE_UNSAFE_OBJECT_STORE": "500 1",
        "STORE_VARIANT_NOT_FOUND": "404 4",
        "STORE_VERSION_NOT_FOUND": "404 4",
        "USAGE_CONFIRMATION_REQUIRED": "400 2",
        "USAGE_INVALID_ARGUMENT": "400 2",
        "USAGE_MATCHES_ALL_ROWS": "400 2",
        "VCF_PARSE_BAD_HEADER": "422 3",
        "VCF_PARSE_BAD_RECORD": "422 3",
        "VCF_PARSE_STRICT_VIOLATIONS": "422 3",
        "VCF_PARSE_TRUNCATED": "422 3",
        "VCF_PARSE_UNREADABLE": "422 3",
      }
    `)
  })

  it('should give every code an area prefix, a sentence of description and a class that owns it', () => {
    const owners =
      /^(USAGE|CONFIG|SCHEMA|VCF_PARSE|STORE|LOCK|EMBED|AUDIT|INGEST|AUTH|HTTP)_[A-Z_]+$|^INTERNAL$/
    for (const [code, spec] of Object.entries(ERROR_TABLE)) {
      expect(code).toMatch(owners)
      expect(spec.description).toMatch(/^[A-Z`].{10,}\.$/)
    }
  })
})

describe('ErrorCode', () => {
  it('should have exactly one entry per table row, named as its value', () => {
    expect(Object.keys(ErrorCode)).toEqual(Object.keys(ERROR_TABLE))
    expect(Object.entries(ErrorCode).every(([k, v]) => k === v)).toBe(true)
    expect(Object.isFrozen(ErrorCode)).toBe(true)
  })

  it('should list the HTTP-only codes in HttpErrorCode', () => {
    expect(Object.keys(HttpErrorCode)).toEqual([
      'AUTH_TOKEN_MISSING',
      'AUTH_TOKEN_INVALID',
      'AUTH_SCOPE_MISSING',
      'HTTP_NOT_FOUND',
      'HTTP_PAYLOAD_TOO_LARGE',
      'HTTP_UNSUPPORTED_MEDIA_TYPE',
      'HTTP_MALFORMED_BODY',
      'HTTP_VALIDATION_FAILED',
      'HTTP_BAD_REQUEST',
    ])
  })
})

describe('exitCodeFor and httpStatusFor', () => {
  it('should look a code up in the table', () => {
    expect([exitCodeFor('VCF_PARSE_BAD_RECORD'), httpStatusFor('VCF_PARSE_BAD_RECORD')]).toEqual([
      3, 422,
    ])
    expect([exitCodeFor('AUTH_SCOPE_MISSING'), httpStatusFor('AUTH_SCOPE_MISSING')]).toEqual([
      2, 403,
    ])
    expect(errorSpecFor('STORE_TABLE_NOT_FOUND')).toEqual({
      http: 404,
      exit: 4,
      description: 'The table does not exist.',
    })
  })

  it('should answer 500 and exit 1 for a string outside the table instead of throwing', () => {
    const untyped = 'NOT_A_CODE' as ErrorCode
    expect([
      isErrorCode('NOT_A_CODE'),
      isErrorCode('toString'),
      isErrorCode('LOCK_TIMEOUT'),
    ]).toEqual([false, false, true])
    expect([exitCodeFor(untyped), httpStatusFor(untyped)]).toEqual([1, 500])
  })
})

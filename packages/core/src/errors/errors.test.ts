import { describe, expect, it } from 'vitest'
import {
  AuditError,
  ConfigError,
  EmbeddingError,
  IngestError,
  InternalError,
  LockError,
  SchemaError,
  StoreError,
  UsageError,
  VcfAgentError,
  VcfParseError,
} from './errors.js'
import { HttpError } from './http-error.js'

describe('VcfAgentError subclasses', () => {
  it('should carry their own code, name, details and cause', () => {
    const cause = new Error('native')
    const err = new StoreError('STORE_TABLE_NOT_FOUND', 'No table "t".', {
      cause,
      details: { table: 't' },
    })
    expect([err instanceof VcfAgentError, err.name, err.code, err.cause]).toEqual([
      true,
      'StoreError',
      'STORE_TABLE_NOT_FOUND',
      cause,
    ])
    expect(err.toJSON()).toEqual({
      code: 'STORE_TABLE_NOT_FOUND',
      message: 'No table "t".',
      details: { table: 't' },
    })
    const names = [
      new UsageError('USAGE_MATCHES_ALL_ROWS', 'm'),
      new ConfigError('CONFIG_INVALID', 'm'),
      new SchemaError('SCHEMA_MISMATCH', 'm'),
      new VcfParseError('VCF_PARSE_BAD_HEADER', 'm'),
      new LockError('LOCK_COMPROMISED', 'm'),
      new EmbeddingError('EMBED_BAD_VARIANT', 'm'),
      new AuditError('AUDIT_TAMPERED', 'm'),
      new IngestError('INGEST_INTERRUPTED', 'm'),
      new InternalError('INTERNAL', 'm'),
    ].map((e) => `${e.name}:${e.code}`)
    expect(names).toMatchInlineSnapshot(`
      [
        "UsageError:USAGE_MATCHES_ALL_ROWS",
        "ConfigError:CONFIG_INVALID",
        "SchemaError:SCHEMA_MISMATCH",
        "VcfParseError:VCF_PARSE_BAD_HEADER",
        "LockError:LOCK_COMPROMISED",
        "EmbeddingError:EMBED_BAD_VARIANT",
        "AuditError:AUDIT_TAMPERED",
        "IngestError:INGEST_INTERRUPTED",
        "InternalError:INTERNAL",
      ]
    `)
  })

  it('should reject a code the class does not own at compile time', () => {
    // @ts-expect-error USAGE_* codes belong to UsageError
    const wrong = new StoreError('USAGE_INVALID_ARGUMENT', 'm')
    // @ts-expect-error HttpError carries only the HTTP-only codes
    const notHttp = new HttpError('STORE_FAILED', 'm')
    // @ts-expect-error not a code at all
    const unknown = new VcfAgentError('NOPE', 'm')
    expect([wrong.code, notHttp.code, unknown.code]).toEqual([
      'USAGE_INVALID_ARGUMENT',
      'STORE_FAILED',
      'NOPE',
    ])
  })
})

describe('HttpError', () => {
  it('should take its status from the table and keep its headers', () => {
    const err = new HttpError('AUTH_TOKEN_INVALID', 'Bad token.', {
      headers: { 'www-authenticate': 'Bearer' },
    })
    expect([err instanceof VcfAgentError, err.name, err.status, err.headers, err.details]).toEqual([
      true,
      'HttpError',
      401,
      { 'www-authenticate': 'Bearer' },
      {},
    ])
    expect(new HttpError('HTTP_PAYLOAD_TOO_LARGE', 'Too big.').status).toBe(413)
  })
})

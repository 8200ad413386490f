/**
 * Stable error codes. They are public API: never rename one, only deprecate it.
 * The prefix decides the HTTP status and CLI exit code (see {@link exitCodeFor} and {@link httpStatusFor}).
 */
export const ErrorCode = {
  /** A caller passed an argument that can never work (wrong type, empty filter, unknown option). */
  USAGE_INVALID_ARGUMENT: 'USAGE_INVALID_ARGUMENT',
  /** A delete filter would match every row and `all: true` was not given. */
  USAGE_MATCHES_ALL_ROWS: 'USAGE_MATCHES_ALL_ROWS',
  /** Configuration is invalid. */
  CONFIG_INVALID: 'CONFIG_INVALID',
  /** A row handed to the store fails validation (bad field, wrong embedding length). */
  SCHEMA_INVALID_ROW: 'SCHEMA_INVALID_ROW',
  /** An existing table's schema differs from the Variant schema (other `dim`, missing or retyped columns). */
  SCHEMA_MISMATCH: 'SCHEMA_MISMATCH',
  /** The table was written by an older schema version (e.g. the original Python tool) and needs `vcf-agent migrate` before this write. */
  SCHEMA_NEEDS_MIGRATION: 'SCHEMA_NEEDS_MIGRATION',
  /** A column named in a select list, update or index does not exist. */
  SCHEMA_UNKNOWN_COLUMN: 'SCHEMA_UNKNOWN_COLUMN',
  /** A VCF file could not be read at all (missing, empty, unknown compression). */
  VCF_PARSE_UNREADABLE: 'VCF_PARSE_UNREADABLE',
  /** A VCF header line is malformed (e.g. empty sample name, missing `#CHROM` line). */
  VCF_PARSE_BAD_HEADER: 'VCF_PARSE_BAD_HEADER',
  /** A VCF data line is malformed (column count, POS, REF/ALT, FORMAT/sample fields). */
  VCF_PARSE_BAD_RECORD: 'VCF_PARSE_BAD_RECORD',
  /** The table does not exist. */
  STORE_TABLE_NOT_FOUND: 'STORE_TABLE_NOT_FOUND',
  /** No variant has the requested `variant_id`. */
  STORE_VARIANT_NOT_FOUND: 'STORE_VARIANT_NOT_FOUND',
  /** An index with that name already exists and `replace` was not set. */
  STORE_INDEX_EXISTS: 'STORE_INDEX_EXISTS',
  /** A filter expression was rejected by LanceDB (syntax error, unknown column, type mismatch). */
  STORE_BAD_FILTER: 'STORE_BAD_FILTER',
  /** LanceDB reported a failure that has no more specific code. */
  STORE_FAILED: 'STORE_FAILED',
  /** The cross-process write lock could not be acquired within `timeoutMs`. */
  LOCK_TIMEOUT: 'LOCK_TIMEOUT',
  /** The lock file was removed or taken over while we held it. */
  LOCK_COMPROMISED: 'LOCK_COMPROMISED',
  /** An embedding provider failed or returned unusable vectors. */
  EMBED_PROVIDER_FAILED: 'EMBED_PROVIDER_FAILED',
  /** A variant string (`chrom:pos:ref:alt`) could not be parsed for embedding. */
  EMBED_BAD_VARIANT: 'EMBED_BAD_VARIANT',
  /** An audit record could not be written, so the operation failed (no unaudited writes). */
  AUDIT_WRITE_FAILED: 'AUDIT_WRITE_FAILED',
  /** The audit log's hash chain is broken: a line was altered, removed, inserted or reordered. */
  AUDIT_TAMPERED: 'AUDIT_TAMPERED',
  /** An ingest was interrupted (SIGINT/SIGTERM, or its AbortSignal); the rows it inserted were rolled back. */
  INGEST_INTERRUPTED: 'INGEST_INTERRUPTED',
  /** A bug in vcf-agent. Please report it. */
  INTERNAL: 'INTERNAL',
} as const

/** One of the stable string codes in {@link ErrorCode}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/**
 * The CLI exit code for an error code (house style §5).
 *
 * @param code - a stable error code
 * @returns 2 usage/config (and a malformed variant string or filter), 3 parse/schema, 4 not found, 5 lock timeout, 70 internal, 130 interrupted, 1 otherwise
 * @example
 * ```ts
 * exitCodeFor('VCF_PARSE_BAD_RECORD') // 3
 * ```
 */
export function exitCodeFor(code: ErrorCode): number {
  if (code.startsWith('USAGE_') || code.startsWith('CONFIG_') || code === 'EMBED_BAD_VARIANT' || code === 'STORE_BAD_FILTER') return 2
  if (code.startsWith('VCF_PARSE_') || code.startsWith('SCHEMA_')) return 3
  if (code.startsWith('STORE_') && code.endsWith('_NOT_FOUND')) return 4
  if (code.startsWith('LOCK_')) return 5
  if (code === 'INTERNAL') return 70
  if (code === 'INGEST_INTERRUPTED') return 130
  return 1
}

/**
 * The HTTP status for an error code (house style §5).
 *
 * @param code - a stable error code
 * @returns 400, 422, 404, 409, 502 or 500
 * @example
 * ```ts
 * httpStatusFor('STORE_TABLE_NOT_FOUND') // 404
 * ```
 */
export function httpStatusFor(code: ErrorCode): number {
  if (code.startsWith('USAGE_') || code.startsWith('CONFIG_')) return 400
  if (code.startsWith('VCF_PARSE_') || code.startsWith('SCHEMA_')) return 422
  if (code.startsWith('STORE_') && code.endsWith('_NOT_FOUND')) return 404
  if (code === 'STORE_INDEX_EXISTS') return 409
  if (code === 'STORE_BAD_FILTER') return 400
  if (code.startsWith('LOCK_')) return 409
  if (code === 'EMBED_BAD_VARIANT') return 422
  if (code.startsWith('EMBED_')) return 502
  if (code === 'AUDIT_TAMPERED') return 409
  return 500
}

/**
 * The one table of error codes: every stable code vcf-agent can report (core's and the HTTP-only ones), each with
 * its HTTP status, CLI exit code and a one-line description. {@link ErrorCode}, `exitCodeFor`, `httpStatusFor`,
 * the CLI, the server and the generated docs page (`apps/docs/reference/errors.md`) all read this table, so a
 * code cannot exist without its row.
 *
 * @module
 */

/** One row of {@link ERROR_TABLE}: what a code means and how each adapter reports it. */
export interface ErrorSpec {
  /** HTTP status the server answers with. */
  readonly http: number
  /** Exit code of the `vcf-agent` CLI. */
  readonly exit: number
  /** What the code means, in one sentence (shown in the docs). */
  readonly description: string
}

/**
 * Every stable error code with its HTTP status, CLI exit code and description. Codes are public API: never rename
 * or remove a row, only deprecate it. The exit codes: 2 usage/config (and a malformed variant string or filter),
 * 3 parse/schema, 4 not found, 5 lock, 70 internal, 130 interrupted, 1 otherwise. The HTTP-only codes (`AUTH_*`,
 * `HTTP_*`) never reach the CLI; their exit code 2 says the request can never work as sent.
 *
 * @example
 * ```ts
 * ERROR_TABLE.STORE_TABLE_NOT_FOUND // { http: 404, exit: 4, description: 'The table does not exist.' }
 * ```
 */
export const ERROR_TABLE = {
  USAGE_INVALID_ARGUMENT: {
    http: 400,
    exit: 2,
    description:
      'A caller passed an argument that can never work (wrong type, empty filter, unknown option).',
  },
  USAGE_MATCHES_ALL_ROWS: {
    http: 400,
    exit: 2,
    description: 'A delete filter would match every row and `all: true` was not given.',
  },
  USAGE_CONFIRMATION_REQUIRED: {
    http: 400,
    exit: 2,
    description:
      'A destructive operation (e.g. a restore) needs confirmation: `yes: true` (CLI: `--yes`, or answer the prompt on a terminal).',
  },
  CONFIG_INVALID: { http: 400, exit: 2, description: 'Configuration is invalid.' },
  SCHEMA_INVALID_ROW: {
    http: 422,
    exit: 3,
    description: 'A row handed to the store fails validation (bad field, wrong embedding length).',
  },
  SCHEMA_MISMATCH: {
    http: 422,
    exit: 3,
    description:
      "An existing table's schema differs from the Variant schema (other `dim`, missing or retyped columns).",
  },
  SCHEMA_NEEDS_MIGRATION: {
    http: 422,
    exit: 3,
    description:
      'The table was written by an older schema version (e.g. the original Python tool) and needs `vcf-agent migrate` before this write.',
  },
  SCHEMA_UNKNOWN_COLUMN: {
    http: 422,
    exit: 3,
    description: 'A column named in a select list, update or index does not exist.',
  },
  VCF_PARSE_UNREADABLE: {
    http: 422,
    exit: 3,
    description: 'A VCF file could not be read at all (missing, empty, unknown compression).',
  },
  VCF_PARSE_BAD_HEADER: {
    http: 422,
    exit: 3,
    description: 'A VCF header line is malformed (e.g. empty sample name, missing `#CHROM` line).',
  },
  VCF_PARSE_BAD_RECORD: {
    http: 422,
    exit: 3,
    description: 'A VCF data line is malformed (column count, POS, REF/ALT, FORMAT/sample fields).',
  },
  VCF_PARSE_TRUNCATED: {
    http: 422,
    exit: 3,
    description:
      'A VCF breaks off: a gzip/BGZF stream ends inside a compressed block, or a BGZF file without its EOF marker ends inside a line.',
  },
  VCF_PARSE_STRICT_VIOLATIONS: {
    http: 422,
    exit: 3,
    description:
      'Strict mode (`strict`): the VCF breaks rules of the specification of its declared version; `details.violations` lists them (file, line, field, rule, message, section), nothing was stored.',
  },
  STORE_TABLE_NOT_FOUND: { http: 404, exit: 4, description: 'The table does not exist.' },
  STORE_VARIANT_NOT_FOUND: {
    http: 404,
    exit: 4,
    description: 'No variant has the requested `variant_id`.',
  },
  STORE_VERSION_NOT_FOUND: {
    http: 404,
    exit: 4,
    description:
      'No table version has that number or tag (it never existed, or `optimize` removed it after the retention period).',
  },
  STORE_TAG_NOT_FOUND: { http: 404, exit: 4, description: 'No tag has that name.' },
  STORE_TAG_EXISTS: {
    http: 409,
    exit: 1,
    description: 'A tag with that name already exists (tags are never moved silently).',
  },
  STORE_INDEX_EXISTS: {
    http: 409,
    exit: 1,
    description: 'An index with that name already exists and `replace` was not set.',
  },
  STORE_INDEX_MISSING: {
    http: 409,
    exit: 1,
    description:
      'The operation needs an index the table lacks (full-text search needs the annotation index: `vcf-agent create-lancedb-index --index_type FTS`).',
  },
  STORE_BAD_FILTER: {
    http: 400,
    exit: 2,
    description:
      'A filter expression was rejected by LanceDB (syntax error, unknown column, type mismatch).',
  },
  STORE_UNSAFE_OBJECT_STORE: {
    http: 500,
    exit: 1,
    description:
      'The object store ignores `If-None-Match` (concurrent commits would be lost) and no DynamoDB commit store is configured: writes are refused.',
  },
  STORE_FAILED: {
    http: 500,
    exit: 1,
    description: 'LanceDB reported a failure that has no more specific code.',
  },
  LOCK_TIMEOUT: {
    http: 409,
    exit: 5,
    description: 'The cross-process write lock could not be acquired within `timeoutMs`.',
  },
  LOCK_COMPROMISED: {
    http: 409,
    exit: 5,
    description: 'The lock file was removed or taken over while we held it.',
  },
  EMBED_PROVIDER_FAILED: {
    http: 502,
    exit: 1,
    description: 'An embedding provider failed or returned unusable vectors.',
  },
  EMBED_BAD_VARIANT: {
    http: 422,
    exit: 2,
    description: 'A variant string (`chrom:pos:ref:alt`) could not be parsed for embedding.',
  },
  AUDIT_WRITE_FAILED: {
    http: 500,
    exit: 1,
    description:
      'An audit record could not be written, so the operation failed (no unaudited writes).',
  },
  AUDIT_TAMPERED: {
    http: 409,
    exit: 1,
    description:
      "The audit log's hash chain is broken: a line was altered, removed, inserted or reordered.",
  },
  INGEST_INTERRUPTED: {
    http: 500,
    exit: 130,
    description:
      'An ingest was interrupted (SIGINT/SIGTERM, or its AbortSignal) before its commit; nothing was written to the table.',
  },
  INTERNAL: { http: 500, exit: 70, description: 'A bug in vcf-agent. Please report it.' },
  AUTH_TOKEN_MISSING: {
    http: 401,
    exit: 2,
    description: 'No `Authorization: Bearer <token>` header (HTTP only).',
  },
  AUTH_TOKEN_INVALID: {
    http: 401,
    exit: 2,
    description: 'The bearer token matches no configured token (HTTP only).',
  },
  AUTH_SCOPE_MISSING: {
    http: 403,
    exit: 2,
    description: 'The token is valid but lacks the scope the route needs (HTTP only).',
  },
  HTTP_NOT_FOUND: {
    http: 404,
    exit: 2,
    description: 'No route matches the method and path (HTTP only).',
  },
  HTTP_PAYLOAD_TOO_LARGE: {
    http: 413,
    exit: 2,
    description: "The request body is larger than the route's limit (HTTP only).",
  },
  HTTP_UNSUPPORTED_MEDIA_TYPE: {
    http: 415,
    exit: 2,
    description:
      "The request's `Content-Type` is not one the route accepts, e.g. not `application/json` (HTTP only).",
  },
  HTTP_MALFORMED_BODY: {
    http: 400,
    exit: 2,
    description: 'The body is not parseable JSON (HTTP only).',
  },
  HTTP_VALIDATION_FAILED: {
    http: 422,
    exit: 2,
    description:
      "Path, query or body failed the route's schema; `details.issues` lists every problem (HTTP only).",
  },
  HTTP_BAD_REQUEST: {
    http: 400,
    exit: 2,
    description: 'Any other HTTP-level client error (HTTP only).',
  },
} as const satisfies Record<string, ErrorSpec>

/**
 * Stable error codes, derived from {@link ERROR_TABLE}, the code unions each error class owns, and the two
 * lookups {@link exitCodeFor} and {@link httpStatusFor}.
 *
 * @module
 */
import { ERROR_TABLE, type ErrorSpec } from './error-table.js'

/** One of the stable string codes: a key of {@link ERROR_TABLE}. */
export type ErrorCode = keyof typeof ERROR_TABLE

/**
 * Stable error codes, one per row of {@link ERROR_TABLE} (`ErrorCode.LOCK_TIMEOUT === 'LOCK_TIMEOUT'`). They are
 * public API: never rename one, only deprecate it. Each code's meaning, HTTP status and CLI exit code are in the
 * table (and on the generated errors reference page).
 *
 * @example
 * ```ts
 * if (err instanceof VcfAgentError && err.code === ErrorCode.SCHEMA_INVALID_ROW) console.error(err.details)
 * ```
 */
export const ErrorCode: { readonly [C in ErrorCode]: C } = Object.freeze(
  Object.fromEntries(Object.keys(ERROR_TABLE).map((c) => [c, c])) as { [C in ErrorCode]: C },
)

/** Codes `USAGE_*`, carried by `UsageError`. */
export type UsageErrorCode = Extract<ErrorCode, `USAGE_${string}`>
/** Codes `CONFIG_*`, carried by `ConfigError`. */
export type ConfigErrorCode = Extract<ErrorCode, `CONFIG_${string}`>
/** Codes `SCHEMA_*`, carried by `SchemaError`. */
export type SchemaErrorCode = Extract<ErrorCode, `SCHEMA_${string}`>
/** Codes `VCF_PARSE_*`, carried by `VcfParseError`. */
export type VcfParseErrorCode = Extract<ErrorCode, `VCF_PARSE_${string}`>
/** Codes `STORE_*`, carried by `StoreError`. */
export type StoreErrorCode = Extract<ErrorCode, `STORE_${string}`>
/** Codes `LOCK_*`, carried by `LockError`. */
export type LockErrorCode = Extract<ErrorCode, `LOCK_${string}`>
/** Codes `EMBED_*`, carried by `EmbeddingError`. */
export type EmbeddingErrorCode = Extract<ErrorCode, `EMBED_${string}`>
/** Codes `AUDIT_*`, carried by `AuditError`. */
export type AuditErrorCode = Extract<ErrorCode, `AUDIT_${string}`>
/** Codes `INGEST_*`, carried by `IngestError`. */
export type IngestErrorCode = Extract<ErrorCode, `INGEST_${string}`>
/** The code `INTERNAL`, carried by `InternalError`. */
export type InternalErrorCode = Extract<ErrorCode, 'INTERNAL'>
/** The HTTP-only codes `AUTH_*` and `HTTP_*`, carried by `HttpError`. */
export type HttpErrorCode = Extract<ErrorCode, `AUTH_${string}` | `HTTP_${string}`>

/** What {@link errorSpecFor} answers for a string that is not in the table (only possible from untyped JavaScript). */
const UNKNOWN_CODE: ErrorSpec = { http: 500, exit: 1, description: 'Not a vcf-agent error code.' }

/**
 * The HTTP-only codes (`AUTH_*`, `HTTP_*`): the rows of {@link ERROR_TABLE} that only the server reports, carried
 * by `HttpError` (`HttpErrorCode.AUTH_SCOPE_MISSING === 'AUTH_SCOPE_MISSING'`).
 *
 * @example
 * ```ts
 * if (body.error.code === HttpErrorCode.AUTH_SCOPE_MISSING) console.error('ask for a write token')
 * ```
 */
export const HttpErrorCode: { readonly [C in HttpErrorCode]: C } = Object.freeze(
  Object.fromEntries(
    Object.keys(ERROR_TABLE)
      .filter((c) => /^(AUTH|HTTP)_/.test(c))
      .map((c) => [c, c]),
  ) as { [C in HttpErrorCode]: C },
)

/**
 * The row of {@link ERROR_TABLE} for a code. Never throws: a string outside the table (only possible from untyped
 * JavaScript) gets HTTP 500 and exit 1, as before the table existed, so a top-level handler cannot fail here.
 *
 * @param code - a stable error code
 * @returns its HTTP status, CLI exit code and description
 * @example
 * ```ts
 * errorSpecFor('LOCK_TIMEOUT').http // 409
 * ```
 */
export function errorSpecFor(code: ErrorCode): ErrorSpec {
  return isErrorCode(code) ? ERROR_TABLE[code] : UNKNOWN_CODE
}

/**
 * Whether a string is one of the stable error codes.
 *
 * @param value - any string, e.g. a code read from JSON
 * @returns true when `value` has a row in {@link ERROR_TABLE}
 * @example
 * ```ts
 * isErrorCode('LOCK_TIMEOUT') // true
 * isErrorCode('NOPE')         // false
 * ```
 */
export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_TABLE, value)
}

/**
 * The CLI exit code for an error code: a lookup in {@link ERROR_TABLE} (house style §5).
 *
 * @param code - a stable error code
 * @returns 2 usage/config (and a malformed variant string or filter), 3 parse/schema, 4 not found, 5 lock, 70 internal, 130 interrupted, 1 otherwise
 * @example
 * ```ts
 * exitCodeFor('VCF_PARSE_BAD_RECORD') // 3
 * ```
 */
export function exitCodeFor(code: ErrorCode): number {
  return errorSpecFor(code).exit
}

/**
 * The HTTP status for an error code: a lookup in {@link ERROR_TABLE} (house style §5).
 *
 * @param code - a stable error code
 * @returns 400, 401, 403, 404, 409, 413, 415, 422, 500 or 502
 * @example
 * ```ts
 * httpStatusFor('STORE_TABLE_NOT_FOUND') // 404
 * ```
 */
export function httpStatusFor(code: ErrorCode): number {
  return errorSpecFor(code).http
}

/**
 * The error classes. Each subclass owns the codes it may carry (a union derived from {@link ErrorCode}), so
 * `new StoreError('USAGE_INVALID_ARGUMENT', …)` does not compile.
 *
 * @module
 */
import type {
  AuditErrorCode,
  ConfigErrorCode,
  EmbeddingErrorCode,
  ErrorCode,
  IngestErrorCode,
  InternalErrorCode,
  LockErrorCode,
  SchemaErrorCode,
  StoreErrorCode,
  UsageErrorCode,
  VcfParseErrorCode,
} from './codes.js'

/** Options every {@link VcfAgentError} accepts. */
export interface VcfAgentErrorOptions {
  /** The underlying error, kept for debugging. */
  cause?: unknown
  /** Machine-readable context (file, line, field, row index …). Never holds raw sensitive values. */
  details?: Record<string, unknown>
}

/**
 * Base class of every error vcf-agent throws. Branch on {@link VcfAgentError.code}, never on the message. Throw a
 * subclass (it owns its codes); the base class is for re-wrapping an error whose code is already known.
 *
 * @typeParam C - the codes this class may carry
 * @example
 * ```ts
 * try { await store.addVariants(rows) } catch (e) {
 *   if (e instanceof VcfAgentError && e.code === 'SCHEMA_INVALID_ROW') console.error(e.details)
 * }
 * ```
 */
export class VcfAgentError<C extends ErrorCode = ErrorCode> extends Error {
  /** Stable string code, e.g. `SCHEMA_INVALID_ROW`. */
  readonly code: C
  /** Machine-readable context. */
  readonly details: Record<string, unknown>

  /**
   * @param code - stable code from {@link ErrorCode}, one of the codes this class owns
   * @param message - what happened, where, and how to fix it
   * @param options - cause and details
   */
  constructor(code: C, message: string, options: VcfAgentErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.code = code
    this.details = options.details ?? {}
  }

  /**
   * A JSON-safe view.
   *
   * @returns `{ code, message, details }`
   */
  toJSON(): { code: C; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details }
  }
}

/**
 * A caller used the API or CLI in a way that can never work. Codes `USAGE_*`.
 *
 * @example
 * ```ts
 * throw new UsageError('USAGE_INVALID_ARGUMENT', '--limit must be a positive integer (got "x").')
 * ```
 */
export class UsageError extends VcfAgentError<UsageErrorCode> {}

/**
 * Configuration (a config file, the token list, a listen address) is invalid. Code `CONFIG_INVALID`.
 *
 * @example
 * ```ts
 * throw new ConfigError('CONFIG_INVALID', 'No API tokens are configured. Give at least one token.')
 * ```
 */
export class ConfigError extends VcfAgentError<ConfigErrorCode> {}

/**
 * A row or table does not fit the Variant schema. Codes `SCHEMA_*`.
 *
 * @example
 * ```ts
 * throw new SchemaError('SCHEMA_UNKNOWN_COLUMN', 'No column "colour".', { details: { column: 'colour' } })
 * ```
 */
export class SchemaError extends VcfAgentError<SchemaErrorCode> {}

/**
 * A VCF file could not be parsed. Codes `VCF_PARSE_*`.
 * `details` carries `file`, the 1-based `line` and, where it applies, `field`.
 *
 * @example
 * ```ts
 * throw new VcfParseError('VCF_PARSE_BAD_RECORD', 'a.vcf:12: POS "x" is not a number.', { details: { file: 'a.vcf', line: 12, field: 'POS' } })
 * ```
 */
export class VcfParseError extends VcfAgentError<VcfParseErrorCode> {}

/**
 * LanceDB reported a failure, or a table, variant or index is missing or already there. Codes `STORE_*`.
 *
 * @example
 * ```ts
 * throw new StoreError('STORE_VARIANT_NOT_FOUND', 'No variant 1-1-A-G.', { details: { variantId: '1-1-A-G' } })
 * ```
 */
export class StoreError extends VcfAgentError<StoreErrorCode> {}

/**
 * The write lock could not be acquired or was lost. Codes `LOCK_*`. `details` names the holder.
 *
 * @example
 * ```ts
 * throw new LockError('LOCK_TIMEOUT', 'The write lock is held by pid 42.', { details: { pid: 42 } })
 * ```
 */
export class LockError extends VcfAgentError<LockErrorCode> {}

/**
 * An embedding provider failed. Codes `EMBED_*`. Never replaced by random or zero vectors.
 *
 * @example
 * ```ts
 * throw new EmbeddingError('EMBED_BAD_VARIANT', 'Expected chrom:pos:ref:alt, got "1:x".')
 * ```
 */
export class EmbeddingError extends VcfAgentError<EmbeddingErrorCode> {}

/**
 * The audit log could not be written or its hash chain is broken. Codes `AUDIT_*`.
 *
 * @example
 * ```ts
 * throw new AuditError('AUDIT_WRITE_FAILED', 'Cannot append to audit.ndjson: EACCES.')
 * ```
 */
export class AuditError extends VcfAgentError<AuditErrorCode> {}

/**
 * An ingest stopped before it finished. Code `INGEST_INTERRUPTED`; nothing was written to the table.
 *
 * @example
 * ```ts
 * throw new IngestError('INGEST_INTERRUPTED', 'The ingest was interrupted; run it again.')
 * ```
 */
export class IngestError extends VcfAgentError<IngestErrorCode> {}

/**
 * A bug in vcf-agent. Code `INTERNAL`. Please report it.
 *
 * @example
 * ```ts
 * throw new InternalError('INTERNAL', 'Batch writer finished twice.')
 * ```
 */
export class InternalError extends VcfAgentError<InternalErrorCode> {}

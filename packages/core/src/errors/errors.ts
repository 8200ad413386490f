import type { ErrorCode } from './codes.js'

/** Options every {@link VcfAgentError} accepts. */
export interface VcfAgentErrorOptions {
  /** The underlying error, kept for debugging. */
  cause?: unknown
  /** Machine-readable context (file, line, field, row index …). Never holds raw sensitive values. */
  details?: Record<string, unknown>
}

/**
 * Base class of every error vcf-agent throws. Branch on {@link VcfAgentError.code}, never on the message.
 *
 * @example
 * ```ts
 * try { await store.addVariants(rows) } catch (e) {
 *   if (e instanceof VcfAgentError && e.code === 'SCHEMA_INVALID_ROW') console.error(e.details)
 * }
 * ```
 */
export class VcfAgentError extends Error {
  /** Stable string code, e.g. `SCHEMA_INVALID_ROW`. */
  readonly code: ErrorCode
  /** Machine-readable context. */
  readonly details: Record<string, unknown>

  /**
   * @param code - stable code from {@link ErrorCode}
   * @param message - what happened, where, and how to fix it
   * @param options - cause and details
   */
  constructor(code: ErrorCode, message: string, options: VcfAgentErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.code = code
    this.details = options.details ?? {}
  }

  /** A JSON-safe view: `{ code, message, details }`. */
  toJSON(): { code: ErrorCode; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details }
  }
}

/** A caller used the API or CLI in a way that can never work. Codes `USAGE_*`. */
export class UsageError extends VcfAgentError {}

/** A row or table does not fit the Variant schema. Codes `SCHEMA_*`. */
export class SchemaError extends VcfAgentError {}

/**
 * A VCF file could not be parsed. Codes `VCF_PARSE_*`.
 * `details` carries `file`, the 1-based `line` and, where it applies, `field`.
 */
export class VcfParseError extends VcfAgentError {}

/** LanceDB reported a failure. Codes `STORE_*`. */
export class StoreError extends VcfAgentError {}

/** The write lock could not be acquired or was lost. Codes `LOCK_*`. `details` names the holder. */
export class LockError extends VcfAgentError {}

/** An embedding provider failed. Code `EMBED_*`. Never replaced by random or zero vectors. */
export class EmbeddingError extends VcfAgentError {}

/** A bug in vcf-agent. Code `INTERNAL`. Please report it. */
export class InternalError extends VcfAgentError {}

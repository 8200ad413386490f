/**
 * The narrow interface ingest writes through. `VariantStore` implements it; ingest never needs more of the store
 * than this.
 *
 * @module
 */
import type { EmbeddingProvider } from '../embeddings/provider.js'
import type { BatchBuffers } from '../schema/column-buffers.js'
import type { VariantStore } from '../store/variant-store.js'

/** One batch to append: column buffers in schema order and the primary keys in row order. */
export interface AppendBatch {
  /** The rows as column buffers (built from `COLUMNS`). */
  buffers: BatchBuffers
  /** `variant_id` of every row, in row order. */
  keys: readonly string[]
  /**
   * A SQL predicate (built with `sqlIdent`/`sqlString`) that every stored row sharing a key with the batch
   * satisfies, so the sink can look up existing keys with one scan; undefined means "look the keys up".
   */
  candidates?: string
}

/** Outcome of {@link BatchSink.appendBatch}. */
export interface AppendResult {
  /** Rows whose key was new and were inserted. */
  inserted: number
  /** Rows whose key was stored with the same content; left as they were. */
  unchanged: number
  /** Rows whose key was stored with different CLNSIG, QUAL, FILTER or INFO; left as stored. */
  changed: number
  /** Table version after the write. */
  version: number
}

/**
 * Where an ingest writes: append-if-new batches, a rollback of one ingest run, and one audited span around it.
 *
 * @example
 * ```ts
 * const sink: BatchSink = storeSink(await openStore('./db'))
 * await sink.appendBatch({ buffers, keys })
 * ```
 */
export interface BatchSink {
  /** Embedding dimension of the table. */
  readonly dim: number
  /** The embedder the store was opened with (the default for an ingest). */
  readonly embedder: EmbeddingProvider
  /**
   * Refuses an embedder other than the one whose vectors the table holds, and records it on a table that has none.
   *
   * @param name - the embedder's name
   * @param options - `record: true` to record it
   * @throws {SchemaError} `SCHEMA_MISMATCH` naming both embedders
   */
  bindEmbedder(name: string, options?: { record?: boolean }): Promise<void>
  /**
   * Appends the rows whose keys are not stored yet, under the write lock, all or nothing.
   *
   * @param batch - buffers, keys and the candidate predicate
   * @returns inserted, unchanged and changed counts and the table version
   * @throws {LockError} `LOCK_TIMEOUT`
   * @throws {SchemaError} `SCHEMA_INVALID_ROW` when the buffers' dim differs from the table's
   */
  appendBatch(batch: AppendBatch): Promise<AppendResult>
  /**
   * Deletes the rows one ingest run inserted (its `ingest_id`).
   *
   * @param ingestId - the run's id
   * @returns how many rows were deleted
   */
  rollbackIngest(ingestId: string): Promise<{ deleted: number }>
  /**
   * Runs `fn` as one audited operation.
   *
   * @param action - audit action, e.g. `ingest`
   * @param details - audit details
   * @param fn - the operation
   * @param count - rows affected, from the result
   * @returns what `fn` returns
   */
  auditedOperation<T>(
    action: string,
    details: Record<string, unknown>,
    fn: () => Promise<T>,
    count?: (r: T) => number,
  ): Promise<T>
}

/**
 * The {@link BatchSink} of a `VariantStore`: the store itself, which implements `appendBatch` (taking the
 * `candidates` predicate ingest builds), `rollbackIngest` and `auditedOperation`. Ingest uses nothing else of it.
 *
 * @param store - the open store
 * @returns the sink
 * @example
 * ```ts
 * const sink = storeSink(store)
 * sink.dim // the table's dim
 * ```
 */
export function storeSink(store: VariantStore): BatchSink {
  return store
}

/**
 * The narrow interface ingest writes through. `VariantStore` implements it; ingest never needs more of the store
 * than this.
 *
 * @module
 */
import type { SourceHeader } from '../store/types.js'
import type { EmbeddingProvider } from '../embeddings/provider.js'
import type { BatchBuffers } from '../schema/column-buffers.js'
import type { VariantStore } from '../store/variant-store.js'
import type { Facts } from '../store/fact-values.js'

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
  /**
   * The batch's facts (distinct `chrom` and `clinical_significance`, longest span), when whoever built the batch
   * collected them while it had the values at hand; else the sink reads them from the buffers.
   */
  facts?: Facts
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

/** The options of {@link BatchSink.beginIngest}. */
export interface IngestWriterOptions {
  /** Id written to the `ingest_id` column of every row the ingest writes. */
  ingestId: string
  /** Replace stored rows whose content changed (else leave them and count them as changed). */
  updateChanged: boolean
  /** Tag to give the version the ingest ends at. */
  tag: string | undefined
}

/** What an ingest committed (see {@link IngestWriter.commit}). */
export interface IngestCommit {
  /** Rows appended. */
  inserted: number
  /** Stored rows replaced because their content changed. */
  updated: number
  /** Rows already stored with the same content. */
  unchanged: number
  /** Rows stored with other content, left as stored (without `updateChanged`). */
  changed: number
  /** Of the updated rows, those whose embedding changed (their features changed). */
  embeddingsChanged: number
  /** The table version before the commit. */
  versionBefore: number
  /** The table version after it. */
  version: number
  /** The tag given to `version`. */
  tag: string | undefined
  /**
   * The commit made the automatic optimize due and left it for later (`vcf-agent optimize`, or the next other
   * write), so that an ingest's cost does not grow with the table.
   */
  optimizeDue?: boolean
}

/**
 * One ingest's writes: batches are classified and staged while the file is read, then committed at once; an
 * aborted ingest leaves the table untouched. When the ingest creates the table, batches are appended as they come
 * under a write lock held to the end instead, and an aborted ingest drops the table.
 */
export interface IngestWriter {
  /**
   * Classifies a batch against the table and stages its rows.
   *
   * @param batch - buffers, keys and the candidate predicate
   * @returns the batch's new, unchanged and changed counts
   * @throws {SchemaError} `SCHEMA_INVALID_ROW` when the buffers' dim differs from the table's
   */
  appendBatch(batch: AppendBatch): Promise<AppendResult>
  /**
   * Writes everything staged under the write lock, records the source's header with the table (when rows were
   * written) and tags it; a failure undoes what it wrote.
   *
   * @param header - the source file's name and header lines, for `export-vcf`
   * @returns what was written and the versions before and after
   * @throws {LockError} `LOCK_TIMEOUT`
   * @throws {StoreError} `STORE_TAG_EXISTS`, `STORE_FAILED`
   */
  commit(header?: SourceHeader): Promise<IngestCommit>
  /** Deletes what was staged (the table was never written), or drops the table this ingest created and filled. */
  abort(): Promise<void>
}

/**
 * Where an ingest writes: staged ingests, append-if-new batches, a rollback of one ingest run, and one audited
 * span around it.
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
   * Starts a staged ingest (nothing reaches the table before {@link IngestWriter.commit}).
   *
   * @param options - the ingest's id, `updateChanged` and tag
   * @returns the writer
   * @throws {StoreError} `STORE_TAG_EXISTS` when the tag is taken
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a bad tag name
   */
  beginIngest(options: IngestWriterOptions): Promise<IngestWriter>
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

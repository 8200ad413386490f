/**
 * The narrow interface ingest writes through, and an adapter that implements it over today's `VariantStore`.
 * Ingest never needs more of the store than this.
 *
 * @module
 */
import type { BatchBuffers, PosRange } from '../schema/column-buffers.js'
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
  auditedOperation<T>(action: string, details: Record<string, unknown>, fn: () => Promise<T>, count?: (r: T) => number): Promise<T>
}

/** Per-chromosome POS ranges read back from a batch's `chrom` and `pos` buffers. */
function rangesOf(buffers: BatchBuffers): PosRange[] | undefined {
  const chrom = buffers.columns.find((c) => c.name === 'chrom')?.buffers
  const pos = buffers.columns.find((c) => c.name === 'pos')?.buffers
  if (chrom?.kind !== 'utf8' || pos?.kind !== 'int64') return undefined
  const decoder = new TextDecoder()
  const by = new Map<string, PosRange>()
  for (let i = 0; i < buffers.length; i++) {
    const name = decoder.decode(chrom.data.subarray(chrom.offsets[i]!, chrom.offsets[i + 1]!))
    const p = Number(pos.data[i]!)
    const cur = by.get(name)
    if (!cur) by.set(name, { chrom: name, minPos: p, maxPos: p })
    else {
      if (p < cur.minPos) cur.minPos = p
      if (p > cur.maxPos) cur.maxPos = p
    }
  }
  return [...by.values()]
}

/**
 * A {@link BatchSink} over a `VariantStore`: the store itself once it implements the interface, else a small
 * adapter over `upsertPrepared`, `rollbackIngest` and `auditedOperation`. Until the store takes the
 * `candidates` predicate, the adapter hands it the equivalent per-chromosome POS ranges of the batch (the
 * same rows `candidates` selects) when a predicate was given.
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
  if ('appendBatch' in store && typeof (store as Partial<BatchSink>).appendBatch === 'function') return store as unknown as BatchSink
  return {
    dim: store.dim,
    appendBatch: async (batch) => {
      const ranges = batch.candidates === undefined ? undefined : rangesOf(batch.buffers)
      const r = await store.upsertPrepared({ buffers: batch.buffers, ids: batch.keys, ...(ranges ? { ranges } : {}) })
      return { inserted: r.inserted, unchanged: r.unchanged, changed: r.changed ?? 0, version: r.version }
    },
    rollbackIngest: (ingestId) => store.rollbackIngest(ingestId),
    auditedOperation: (action, details, fn, count) => store.auditedOperation(action, details, fn, count),
  }
}

/**
 * Turning split VCF records into a write batch (rows → column buffers, keys, candidate predicate), shared by the
 * in-thread and worker paths.
 *
 * @module
 * @internal
 */
import { BatchBuilder, type BatchBuffers, rowsToBuffers } from '../schema/column-buffers.js'
import type { ReadRecord } from '../vcf/reader.js'
import type { StoredRecord } from '../vcf/record.js'
import { type VariantRow, recordToRow } from '../vcf/to-row.js'
import { candidatesFilter, rangesFilter } from './candidates.js'
import { makeVariantId } from './variant-id.js'
import { type Facts, addRowFacts, emptyFacts } from '../store/fact-values.js'

/** A batch ready for `BatchSink.appendBatch`. @internal */
export interface PreparedBatch {
  buffers: BatchBuffers
  keys: string[]
  candidates?: string
  facts?: Facts
}

/**
 * Storage rows of split records, keyed `CHROM-POS-REF-ALT` (`~N` for the N-th repeat at one position).
 * @internal
 */
export function toRows(
  records: readonly ((ReadRecord | StoredRecord) & { occurrence: number })[],
  file: string,
  ingestId: string,
): VariantRow[] {
  return records.map((rec) => rowOf(rec, file, ingestId))
}

/**
 * The storage row of one split record: its `variant_id` (`CHROM-POS-REF-ALT`, `~N` for the N-th repeat at one
 * position), `source_file` and `ingest_id`.
 * @internal
 */
export function rowOf(
  rec: (ReadRecord | StoredRecord) & { occurrence: number },
  file: string,
  ingestId: string,
): VariantRow {
  return recordToRow(rec, {
    variant_id: makeVariantId(rec.CHROM, rec.POS, rec.REF, rec.ALT[0] ?? '.', rec.occurrence),
    source_file: file,
    ingest_id: ingestId,
  })
}

/**
 * Column buffers for rows whose embeddings are already in `flat` (`rows.length × dim` floats).
 * @internal
 */
export function prepareBatch(
  rows: readonly VariantRow[],
  flat: Float32Array,
  dim: number,
): PreparedBatch {
  const candidates = candidatesFilter(rows)
  return {
    buffers: rowsToBuffers(rows, dim, flat),
    keys: rows.map((r) => r.variant_id),
    ...(candidates === undefined ? {} : { candidates }),
  }
}

/**
 * A batch built one split record at a time (the worker path): each record becomes its row, is embedded and is
 * appended to the column buffers at once, so no record or row outlives its own step (they die in V8's young
 * generation instead of being promoted with the whole batch).
 * @internal
 */
export class RecordBatcher {
  readonly #builder: BatchBuilder
  readonly #vec: Float32Array
  #keys: string[] = []
  readonly #facts = emptyFacts()

  /**
   * @param dim - embedding dimension
   * @param rows - expected rows (the buffers grow past it as needed)
   * @param keys - `source_file` and `ingest_id` of every row
   * @param embedInto - writes a row's `dim` floats into `out` at `offset`
   */
  constructor(
    readonly dim: number,
    rows: number,
    readonly keys: { file: string; ingestId: string },
    readonly embedInto: (row: VariantRow, out: Float32Array, offset: number) => void,
  ) {
    this.#builder = new BatchBuilder(dim, rows)
    this.#vec = new Float32Array(dim)
  }

  /** Rows added so far. */
  get length(): number {
    return this.#builder.length
  }

  /** Adds one split record as its row. */
  add(rec: (ReadRecord | StoredRecord) & { occurrence: number }): void {
    const row = rowOf(rec, this.keys.file, this.keys.ingestId)
    // embedInto overwrites all `dim` floats (the EmbeddingProvider contract), so the scratch is not zeroed here
    this.embedInto(row, this.#vec, 0)
    this.#builder.add(row, this.#vec)
    this.#keys.push(row.variant_id)
    addRowFacts(this.#facts, row)
  }

  /** The batch of the records added (add nothing after). */
  finish(): PreparedBatch {
    const candidates = rangesFilter(this.#builder.ranges())
    return {
      buffers: this.#builder.finish(),
      keys: this.#keys,
      facts: this.#facts,
      ...(candidates === undefined ? {} : { candidates }),
    }
  }
}

/**
 * Checks that every float of a batch's embeddings is finite (`x * 0` is NaN exactly for NaN and ±Infinity).
 * @internal
 */
export function allFinite(flat: Float32Array): boolean {
  let acc = 0
  for (let i = 0; i < flat.length; i++) acc += flat[i]! * 0
  return acc === 0
}

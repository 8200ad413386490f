/**
 * Turning split VCF records into a write batch (rows → column buffers, keys, candidate predicate), shared by the
 * in-thread and worker paths.
 *
 * @module
 * @internal
 */
import { type BatchBuffers, rowsToBuffers } from '../schema/column-buffers.js'
import type { ReadRecord } from '../vcf/reader.js'
import type { StoredRecord } from '../vcf/record.js'
import { type VariantRow, recordToRow } from '../vcf/to-row.js'
import { candidatesFilter } from './candidates.js'
import { makeVariantId } from './variant-id.js'

/** A batch ready for `BatchSink.appendBatch`. @internal */
export interface PreparedBatch {
  buffers: BatchBuffers
  keys: string[]
  candidates?: string
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
  return records.map((rec) =>
    recordToRow(rec, {
      variant_id: makeVariantId(rec.CHROM, rec.POS, rec.REF, rec.ALT[0] ?? '.', rec.occurrence),
      source_file: file,
      ingest_id: ingestId,
    }),
  )
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
 * Checks that every float of a batch's embeddings is finite (`x * 0` is NaN exactly for NaN and ±Infinity).
 * @internal
 */
export function allFinite(flat: Float32Array): boolean {
  let acc = 0
  for (let i = 0; i < flat.length; i++) acc += flat[i]! * 0
  return acc === 0
}

/**
 * Turning split VCF rows into a write batch (column buffers + ids), shared by the in-thread and worker paths.
 *
 * @module
 * @internal
 */
import type { VariantFeatures } from '../embeddings/provider.js'
import type { VariantInput } from '../schema/variant.js'
import { type BatchBuffers, type PosRange, posRanges, rowsToBuffers } from '../store/column-buffers.js'
import type { VcfRow } from './reader.js'

/** A batch ready for `VariantStore.upsertPrepared`. @internal */
export interface PreparedBatch {
  buffers: BatchBuffers
  ids: string[]
  ranges: PosRange[]
}

/** What the embedders look at for one split row. @internal */
export function featuresOf(row: VcfRow): VariantFeatures {
  return {
    chrom: row.chrom,
    pos: row.pos,
    ref: row.ref,
    alt: row.alt,
    variant_class: row.variantClass,
    gene: row.gene,
    clinical_significance: row.clinicalSignificance,
    af: row.af,
    rlen: row.rlen,
  }
}

const NO_EMBEDDING = new Float32Array(0)

/**
 * Column buffers for split rows whose embeddings are already in `flat` (`rows.length × dim` floats).
 * @internal
 */
export function prepareBatch(rows: readonly VcfRow[], flat: Float32Array, dim: number, file: string, ingestId: string): PreparedBatch {
  const inputs: VariantInput[] = rows.map((row) => ({
    variant_id: row.variantId,
    embedding: NO_EMBEDDING,
    chrom: row.chrom,
    pos: row.pos,
    ref: row.ref,
    alt: row.alt,
    clinical_significance: row.clinicalSignificance,
    id: row.id,
    qual: row.qual,
    filter: row.filter,
    info: JSON.stringify(row.info),
    gene: row.gene,
    af: row.af,
    variant_class: row.variantClass,
    rlen: row.rlen,
    het_samples: row.het,
    hom_alt_samples: row.homAlt,
    source_file: file,
    source_line: row.line,
    ingest_id: ingestId,
  }))
  return { buffers: rowsToBuffers(inputs, dim, flat), ids: rows.map((r) => r.variantId), ranges: posRanges(rows) }
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

/**
 * The JSON shapes every adapter prints or sends: snake_case keys, as the original tool and the CLI spell them.
 *
 * @module
 */
import type { IngestResult } from '../ingest/ingest.js'
import type { Variant } from '../schema/variant.js'
import type { IndexInfo, SearchHit, StoreStats } from '../store/types.js'

/**
 * A row as JSON: typed arrays become arrays, 64-bit integers numbers.
 *
 * @param row - a stored row or search hit
 * @returns a plain JSON object
 * @example
 * ```ts
 * JSON.stringify(rowToJson(hit))
 * ```
 */
export function rowToJson(
  row: Variant | SearchHit | Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    out[key] = ArrayBuffer.isView(value)
      ? Array.from(value as Float32Array)
      : typeof value === 'bigint'
        ? Number(value)
        : value
  }
  return out
}

/** {@link StoreStats} as JSON (snake_case). */
export interface StatsJson {
  /** Table name. */
  table: string
  /** Rows counted. */
  rows: number
  /** Embedding dimension. */
  dim: number
  /** Schema version on disk. */
  schema_version: number
  /** LanceDB table version the answer read. */
  version: number
  /** Rows per CHROM, most first. */
  by_chrom: Record<string, number>
  /** Rows per variant class (`.` = not set), most first. */
  by_variant_class: Record<string, number>
  /** Rows per clinical significance (`.` = not set), most first. */
  by_clinical_significance: Record<string, number>
  /** Indexes on the table. */
  indexes: { name: string; index_type: string; columns: string[] }[]
  /** Size of the table folder on disk, in bytes. */
  disk_bytes: number
  /** Rows in equal-width POS bins per CHROM, in natural CHROM order (only with `bins`). */
  by_position?: {
    chrom: string
    min_pos: number
    max_pos: number
    bin_width: number
    counts: number[]
  }[]
}

/**
 * Statistics as JSON.
 *
 * @param s - the statistics
 * @returns the snake_case document
 * @example
 * ```ts
 * statsJson(await store.stats()).by_chrom
 * ```
 */
export function statsJson(s: StoreStats): StatsJson {
  return {
    table: s.table,
    rows: s.rows,
    dim: s.dim,
    schema_version: s.schemaVersion,
    version: s.version,
    by_chrom: s.byChrom,
    by_variant_class: s.byVariantClass,
    by_clinical_significance: s.byClinicalSignificance,
    indexes: indexesJson(s.indexes),
    disk_bytes: s.diskBytes,
    ...(s.byPosition
      ? {
          by_position: s.byPosition.map((b) => ({
            chrom: b.chrom,
            min_pos: b.minPos,
            max_pos: b.maxPos,
            bin_width: b.binWidth,
            counts: b.counts,
          })),
        }
      : {}),
  }
}

/** {@link IngestResult} as JSON (snake_case), the summary both adapters print. */
export interface IngestSummary {
  /** File name (base name for uploads). */
  file: string
  /** Compression detected from the bytes. */
  compression: IngestResult['compression']
  /** `##fileformat` of the file. */
  fileformat: string
  /** Samples in the header. */
  samples: number
  /** VCF records (data lines) read. */
  records_read: number
  /** Split rows (one per ALT) produced. */
  rows: number
  /** Rows inserted because their variant_id was new. */
  new_rows: number
  /** Rows already stored with the same content. */
  unchanged_rows: number
  /** Rows already stored with other content, left as stored (without `update_changed`). */
  changed_rows: number
  /** Stored rows replaced with the file's content (`update_changed`). */
  updated_rows: number
  /** Of the updated rows, those whose embedding changed. */
  embeddings_changed: number
  /** Table version before the ingest's commit (null with `validate_only`). */
  version_before: number | null
  /** Table version the ingest ended at (null with `validate_only`). */
  version: number | null
  /** The tag given to `version` (null when none). */
  tag: string | null
  /** Number of distinct warnings. */
  warnings: number
  /** The warnings. */
  warning_messages: string[]
  /** Header rules of the strict validator the file breaks, counted by rule id (without `strict`; empty with it). */
  warnings_by_rule: Record<string, number>
  /** True when the file was checked with `strict` (and passed). */
  strict: boolean
  /** Wall time, in seconds. */
  seconds: number
  /** Rows per second. */
  rows_per_second: number
  /** Run id, stored in `ingest_id`. */
  ingest_id: string
  /** True when nothing was written. */
  validate_only: boolean
  /** Parse worker threads started (0 when it all ran in one thread). */
  workers: number
}

/**
 * An ingest result as JSON.
 *
 * @param r - the result of `ingestVcf`
 * @returns the snake_case summary
 * @example
 * ```ts
 * ingestSummary(await ingestVcf(store, 'calls.vcf.gz')).new_rows
 * ```
 */
export function ingestSummary(r: IngestResult): IngestSummary {
  return {
    file: r.file,
    compression: r.compression,
    fileformat: r.fileformat,
    samples: r.samples,
    records_read: r.recordsRead,
    rows: r.rowsRead,
    new_rows: r.inserted,
    unchanged_rows: r.unchanged,
    changed_rows: r.changed,
    updated_rows: r.updated,
    embeddings_changed: r.embeddingsChanged,
    version_before: r.versionBefore ?? null,
    version: r.version ?? null,
    tag: r.tag ?? null,
    warnings: r.warnings.length,
    warning_messages: r.warnings,
    warnings_by_rule: r.warningsByRule,
    strict: r.strict,
    seconds: Number((r.elapsedMs / 1000).toFixed(2)),
    rows_per_second: r.rowsPerSecond,
    ingest_id: r.ingestId,
    validate_only: r.validateOnly,
    workers: r.workers,
  }
}

/**
 * Index descriptions as JSON (snake_case).
 *
 * @param indexes - from `store.listIndices()`
 * @returns name, index_type and columns of each
 * @example
 * ```ts
 * indexesJson(await store.listIndices())
 * ```
 */
export function indexesJson(
  indexes: readonly IndexInfo[],
): { name: string; index_type: string; columns: string[] }[] {
  return indexes.map((i) => ({ name: i.name, index_type: i.indexType, columns: [...i.columns] }))
}

/**
 * The one record↔row mapping: a split VCF record (spec field names, `.` = undefined) to a Variant-table row
 * (the snake_case columns of `COLUMNS`, missing = null), and a stored row back to a VCF record for export.
 * Adding a column means editing `COLUMNS` and this file.
 *
 * @module
 */
import type { Variant } from '../schema/variant.js'
import type { SplitRecord, StoredRecord, VcfRecord } from './record.js'

/** A Variant-table row without its embedding: every column of `COLUMNS` but `embedding`, missing values null. */
export type VariantRow = Required<Omit<Variant, 'embedding'>>

/** What a row needs besides the record: its key and where it came from. */
export interface RowKeys {
  /** Primary key of the row (ingest builds it as `CHROM-POS-REF-ALT`). */
  variant_id: string
  /** Base name of the source VCF, or null. */
  source_file: string | null
  /** Id of the ingest run writing the row, or null. */
  ingest_id: string | null
}

/**
 * Maps one split record to a storage row. `.` values (undefined) become null; INFO is stored as JSON (a
 * missing value inside a list is written as `null`); `FILTER` `PASS` is stored as `["PASS"]`.
 *
 * @param rec - one split record (one ALT), or ingest's {@link StoredRecord} with its INFO JSON
 * @param keys - primary key, source file and ingest id
 * @returns the row
 * @example
 * ```ts
 * recordToRow(rec, { variant_id: '1-100-A-G', source_file: 'x.vcf', ingest_id: null }).alt // 'G'
 * ```
 */
export function recordToRow(rec: SplitRecord | StoredRecord, keys: RowKeys): VariantRow {
  const a = rec.annotations
  return {
    variant_id: keys.variant_id,
    chrom: rec.CHROM,
    pos: rec.POS,
    ref: rec.REF,
    alt: rec.ALT[0] ?? '.',
    clinical_significance: a.clinical_significance,
    id: rec.ID ?? null,
    qual: rec.QUAL ?? null,
    filter: rec.FILTER === undefined ? null : rec.FILTER === 'PASS' ? ['PASS'] : [...rec.FILTER],
    info: 'infoJson' in rec ? rec.infoJson : JSON.stringify(rec.INFO),
    gene: a.gene,
    genes: a.genes,
    af: a.af,
    variant_class: a.variant_class,
    rlen: a.rlen,
    het_samples: a.het_samples,
    hom_alt_samples: a.hom_alt_samples,
    source_file: keys.source_file,
    source_line: rec.line,
    ingest_id: keys.ingest_id,
    annotation: a.annotation,
    format: a.format,
    sample_data: a.sample_data,
  }
}

/** Options of {@link rowToRecord}. */
export interface RowToRecordOptions {
  /** Put the stored INFO (JSON) into the record's INFO. The default is true. */
  info?: boolean
}

function parseInfo(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {}
  try {
    const obj: unknown = JSON.parse(json)
    return obj != null && typeof obj === 'object' && !Array.isArray(obj)
      ? (obj as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/**
 * Maps a stored row back to a VCF record (one ALT). Null columns become `.` (undefined, or an empty ALT list);
 * a stored `clinical_significance` whose INFO JSON has no `CLNSIG` is added as INFO `CLNSIG`.
 *
 * @param row - a row read from the table (at least chrom, pos, ref, alt)
 * @param options - whether to carry the stored INFO
 * @returns the record
 * @example
 * ```ts
 * rowToRecord({ variant_id: 'x', chrom: '1', pos: 100, ref: 'A', alt: 'G', filter: ['PASS'] }).FILTER // 'PASS'
 * ```
 */
export function rowToRecord(row: Variant, options: RowToRecordOptions = {}): VcfRecord {
  const INFO = options.info === false ? {} : parseInfo(row.info)
  if (row.clinical_significance && !(row.info ?? '').includes('"CLNSIG"'))
    INFO.CLNSIG = row.clinical_significance
  const filter = row.filter
  return {
    CHROM: row.chrom,
    POS: row.pos,
    ID: row.id && row.id.length > 0 ? [...row.id] : undefined,
    REF: row.ref,
    ALT: row.alt === '.' ? [] : [row.alt],
    QUAL: row.qual ?? undefined,
    FILTER:
      !filter || filter.length === 0
        ? undefined
        : filter.length === 1 && filter[0] === 'PASS'
          ? 'PASS'
          : [...filter],
    INFO,
  }
}

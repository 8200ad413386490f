/**
 * Variant record types and the row validator.
 *
 * @module
 */
import { SchemaError } from '../errors/errors.js'
import { COLUMNS, type ColumnName, type ColumnSpec, findColumn } from './columns.js'

/**
 * The variant classes `classifyAllele` assigns at ingest, the values of the `variant_class` column.
 *
 * @example
 * ```ts
 * VARIANT_CLASSES.includes('SNV') // true
 * ```
 */
export const VARIANT_CLASSES = [
  'SNV',
  'MNV',
  'insertion',
  'deletion',
  'complex_indel',
  'symbolic',
  'breakend',
  'spanning_deletion',
  'reference_block',
] as const

/** Variant classes assigned at ingest (see `classifyAllele`). */
export type VariantClass = (typeof VARIANT_CLASSES)[number]

/**
 * A row to write to the Variant table. Only the first six fields are required.
 * `pos` is 1-based (VCF POS). `embedding` has exactly the table's `dim` finite numbers within the Float32 range.
 */
export interface VariantInput {
  /** Primary key, non-empty, at most 256 characters is recommended. */
  variant_id: string
  /** `Float32Array` (or number array) of length `dim`. */
  embedding: Float32Array | readonly number[]
  /** VCF CHROM. */
  chrom: string
  /** VCF POS, 1-based; 0 (or the contig length + 1) marks a telomere (VCF 4.3 §1.6.1). */
  pos: number | bigint
  /** VCF REF allele. */
  ref: string
  /** One VCF ALT allele. */
  alt: string
  /** Clinical significance (e.g. INFO/CLNSIG). */
  clinical_significance?: string | null
  /** VCF ID values. */
  id?: readonly string[] | null
  /** VCF QUAL, Phred-scaled. */
  qual?: number | null
  /** VCF FILTER values. */
  filter?: readonly string[] | null
  /** VCF INFO as a JSON string or object. */
  info?: string | Record<string, unknown> | null
  /** Gene symbol (the first of `genes`). */
  gene?: string | null
  /** Every gene symbol of the row (GENEINFO, ANN, CSQ), distinct, in the order found. */
  genes?: readonly string[] | null
  /** This ALT's allele frequency, 0..1. */
  af?: number | null
  /** Variant class. */
  variant_class?: VariantClass | null
  /** Reference span length in bp. */
  rlen?: number | bigint | null
  /** Samples heterozygous for this ALT. */
  het_samples?: readonly string[] | null
  /** Samples homozygous for this ALT. */
  hom_alt_samples?: readonly string[] | null
  /** Searchable annotation text (conditions, HGVS, genes, consequences, rsID), built at ingest. */
  annotation?: string | null
  /** VCF FORMAT of the record (keys of `sample_data`). */
  format?: string | null
  /** The split row's sample columns, tab-separated, in the source header's sample order. Sensitive. */
  sample_data?: string | null
  /** Base name of the source VCF. */
  source_file?: string | null
  /** 1-based line in the source VCF. */
  source_line?: number | null
  /** Ingest run id. */
  ingest_id?: string | null
}

/**
 * A row read from the Variant table. `pos`, `rlen` and `source_line` are plain numbers; `embedding` is a
 * `Float32Array` of length `dim` when selected. Columns not selected are absent.
 */
export interface Variant {
  variant_id: string
  embedding?: Float32Array
  chrom: string
  pos: number
  ref: string
  alt: string
  clinical_significance?: string | null
  id?: string[] | null
  qual?: number | null
  filter?: string[] | null
  info?: string | null
  gene?: string | null
  /** Every gene symbol of the row; absent in tables written before schema version 4. */
  genes?: string[] | null
  af?: number | null
  variant_class?: VariantClass | null
  rlen?: number | null
  het_samples?: string[] | null
  hom_alt_samples?: string[] | null
  /** Searchable annotation text; absent in tables written before schema version 3. */
  annotation?: string | null
  /** VCF FORMAT; absent in tables written before schema version 4. */
  format?: string | null
  /** Sample columns of the split row; absent in tables written before schema version 4. Sensitive. */
  sample_data?: string | null
  source_file?: string | null
  source_line?: number | null
  ingest_id?: string | null
}

/** True when `A` and `B` are the same set of keys. @internal */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false

/**
 * Compile-time checks that {@link VariantInput} and {@link Variant} have exactly the columns of `COLUMNS`:
 * adding a column to `COLUMNS` without adding it here (and to the record↔row mapping in `vcf/to-row.ts`) fails
 * the typecheck.
 * @internal
 */
export const COLUMNS_MATCH_ROW_TYPES: [
  SameKeys<keyof VariantInput, ColumnName>,
  SameKeys<keyof Variant, ColumnName>,
] = [true, true]

/** One problem found by {@link validateRows}. */
export interface RowIssue {
  /** 0-based index of the row in the batch. */
  row: number
  /** Column name, or the unknown key. */
  field: string
  /** What is wrong, without the offending value. */
  problem: string
}

/**
 * Checks one value against a column spec.
 *
 * @returns a description of the problem, or undefined when the value fits
 * @internal
 */
export function checkValue(spec: ColumnSpec, value: unknown, dim: number): string | undefined {
  if (value == null) return spec.nullable ? undefined : 'is required'
  switch (spec.kind) {
    case 'utf8':
      if (spec.name === 'info' && typeof value === 'object' && !Array.isArray(value))
        return undefined
      if (typeof value !== 'string') return 'must be a string'
      if (!spec.nullable && value.length === 0) return 'must not be empty'
      if (
        spec.name === 'alt' &&
        value.includes(',') &&
        !value.includes('[') &&
        !value.includes(']')
      ) {
        return 'must be one ALT allele (one row per ALT; split "A,T" into two rows)'
      }
      return undefined
    case 'int64': {
      const ok =
        (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'bigint'
      if (!ok) return 'must be an integer'
      if (value < 0)
        return spec.name === 'pos'
          ? 'must not be negative (1-based VCF POS; 0 marks a telomere)'
          : 'must not be negative'
      return undefined
    }
    case 'float64':
      // QUAL may be one of the spec's special floats (VCF 4.3 §1.6.1: inf, nan)
      return typeof value === 'number' && (Number.isFinite(value) || spec.name === 'qual')
        ? undefined
        : 'must be a finite number'
    case 'utf8_list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? undefined
        : 'must be an array of strings'
    case 'embedding': {
      if (
        !(value instanceof Float32Array) &&
        !(value instanceof Float64Array) &&
        !Array.isArray(value)
      ) {
        return `must be a Float32Array or number array of length ${dim}`
      }
      const v = value as ArrayLike<unknown>
      if (v.length !== dim) return `has length ${v.length}, expected ${dim}`
      if (value instanceof Float32Array) {
        // every element is a number; x * 0 is NaN exactly for NaN and ±Infinity
        const t = value
        let acc = 0
        for (let i = 0; i < t.length; i++) acc += t[i]! * 0
        if (acc === 0) return undefined
      }
      for (let i = 0; i < v.length; i++) {
        const x = v[i]
        if (typeof x !== 'number' || !Number.isFinite(x))
          return `element ${i} is not a finite number`
        // stored as Float32: a larger magnitude would become Infinity (and its distances null)
        if (!Number.isFinite(Math.fround(x)))
          return `element ${i} (${x}) is outside the Float32 range (±3.4e38)`
      }
      return undefined
    }
  }
}

/**
 * Validates every row before anything is written and collects every problem.
 *
 * @param rows - rows to check
 * @param dim - the table's embedding dimension
 * @throws {SchemaError} `SCHEMA_INVALID_ROW` listing every problem (`details.issues`: row index, field, problem);
 *   the message names the first one
 * @example
 * ```ts
 * validateRows([{ variant_id: '', embedding: [0.1], chrom: '1', pos: 0, ref: 'A', alt: 'G' }], 1)
 * // throws SCHEMA_INVALID_ROW: row 0, field variant_id: must not be empty (and 1 more problem)
 * ```
 */
export function validateRows(rows: readonly VariantInput[], dim: number): void {
  const issues: RowIssue[] = []
  rows.forEach((row, i) => {
    if (row == null || typeof row !== 'object') {
      issues.push({ row: i, field: '(row)', problem: 'must be an object' })
      return
    }
    for (const key of Object.keys(row)) {
      if (!findColumn(key))
        issues.push({ row: i, field: key, problem: 'is not a column of the Variant table' })
    }
    for (const spec of COLUMNS) {
      const problem = checkValue(
        spec,
        (row as unknown as Record<ColumnName, unknown>)[spec.name],
        dim,
      )
      if (problem) issues.push({ row: i, field: spec.name, problem })
    }
  })
  if (issues.length > 0) {
    const first = issues[0]!
    const more =
      issues.length > 1
        ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
        : ''
    throw new SchemaError(
      'SCHEMA_INVALID_ROW',
      `Invalid variant row ${first.row}, field ${first.field}: ${first.problem}${more}. Nothing was written.`,
      { details: { issues } },
    )
  }
}

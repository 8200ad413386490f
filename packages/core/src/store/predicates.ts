/**
 * Typed predicates: the parts of a WHERE clause that core builds itself (regions, samples, genes, key
 * equality). Only the caller's free SQL text is validated; a {@link Predicate} can only be made here, from typed
 * values quoted with `sqlIdent`/`sqlString`, so it needs no validation and no "trusted filter" registry.
 *
 * @module
 */
import type { Region } from '../vcf/regions.js'
import { PRIMARY_KEY } from '../schema/columns.js'
import { sqlEquals, sqlIdent, sqlString, validateFilter } from '../filter/index.js'

declare const PREDICATE: unique symbol

/** A SQL condition built by core from typed values (never from caller text). */
export interface Predicate {
  /** The SQL text, parenthesised. */
  readonly sql: string
  /** @internal */
  readonly [PREDICATE]: true
}

function make(sql: string): Predicate {
  return { sql: `(${sql})` } as Predicate
}

/** Reference spans (bp) above which a variant is found through the `rlen` index rather than a POS window. */
const LONG_SPAN = 1000

/** Matches no row (e.g. a BED file without regions). */
export const MATCH_NOTHING: Predicate = make('false')

/**
 * Variants whose span POS .. POS + rlen − 1 touches any region (1-based, inclusive; rlen = INFO/END − POS + 1, or
 * len(REF)). Written so scalar indexes help: `pos BETWEEN beg AND end` catches variants starting inside, and
 * `pos < beg AND rlen > 1 AND pos + rlen - 1 >= beg` catches longer ones starting before.
 *
 * @param regions - regions, 1-based inclusive; an empty list matches nothing
 * @param hasRlen - whether the table has the `rlen` column (the original tool's tables do not)
 * @param maxSpan - the longest span of any stored row in bp, when known (the table's facts): bounds the POS range
 *   of variants that start before a region, so the `pos` index answers the whole predicate
 * @returns the predicate
 * @example
 * ```ts
 * regionPredicate([{ chrom: '17', beg: 43044295, end: 43125483 }], true)
 * ```
 */
export function regionPredicate(
  regions: readonly Region[],
  hasRlen: boolean,
  maxSpan?: number,
): Predicate {
  if (regions.length === 0) return MATCH_NOTHING
  const chrom = sqlIdent('chrom')
  const pos = sqlIdent('pos')
  const ref = sqlIdent('ref')
  const rlenCol = sqlIdent('rlen')
  const span = hasRlen
    ? `coalesce(${rlenCol}, character_length(${ref}))`
    : `character_length(${ref})`
  const terms = regions.map((r) => {
    const inChrom = `${chrom} = ${sqlString(r.chrom)}`
    if (r.beg <= 1 && r.end === Number.POSITIVE_INFINITY) return `(${inChrom})`
    const overlaps = `(${pos} >= ${r.beg} OR (${span} > 1 AND ${pos} + ${span} - 1 >= ${r.beg}))`
    // POS ranges are written as BETWEEN: LanceDB answers it with one BTREE range (two comparisons are two
    // index queries and a bitmap intersection, 5x slower at 1M rows)
    const posFrom = (from: number): string =>
      r.end === Number.POSITIVE_INFINITY
        ? `${pos} >= ${from}`
        : `${pos} BETWEEN ${from} AND ${r.end}`
    if (!hasRlen) {
      const startsBefore = `(${pos} < ${r.beg} AND ${span} > 1 AND ${pos} + ${span} - 1 >= ${r.beg})`
      return `(${inChrom} AND (${posFrom(r.beg)} OR ${startsBefore}))`
    }
    if (maxSpan !== undefined && maxSpan <= LONG_SPAN) {
      // every stored span is short: one POS range, then the overlap test
      if (maxSpan <= 1) return `(${inChrom} AND ${posFrom(r.beg)})`
      return `(${inChrom} AND ${posFrom(r.beg - (maxSpan - 1))} AND ${overlaps})`
    }
    // short spans start at most LONG_SPAN - 1 bp before the region; long ones (few) come from the rlen index
    const candidates = `(${posFrom(r.beg - (LONG_SPAN - 1))} OR ${rlenCol} > ${LONG_SPAN} OR ${rlenCol} IS NULL)`
    return `(${inChrom} AND ${candidates} AND ${overlaps})`
  })
  return make(terms.join(' OR '))
}

/**
 * Variants that any of `samples` carries (het or hom-alt; `array_has_any` over the LABEL_LIST-indexed lists).
 *
 * @param samples - sample names as in the VCF header
 * @returns the predicate
 * @example
 * ```ts
 * samplesPredicate(['NA12878'])
 * ```
 */
export function samplesPredicate(samples: readonly string[]): Predicate {
  const list = `[${samples.map(sqlString).join(', ')}]`
  return make(
    `array_has_any(${sqlIdent('het_samples')}, ${list}) OR array_has_any(${sqlIdent('hom_alt_samples')}, ${list})`,
  )
}

/**
 * Variants of any of these gene symbols: any symbol of the row (`array_has_any` over the LABEL_LIST-indexed
 * `genes` list, schema version 4) or its first symbol (the BITMAP-indexed `gene` column, which rows written
 * before version 4 and migrated rows have alone).
 *
 * @param genes - gene symbols, e.g. `BRCA1`
 * @param hasGenes - whether the table has the `genes` column (tables before schema version 4 do not). The
 *   default is true.
 * @returns the predicate
 * @example
 * ```ts
 * genesPredicate(['BRCA1', 'DOCK8-AS1'])
 * ```
 */
export function genesPredicate(genes: readonly string[], hasGenes = true): Predicate {
  const first = `${sqlIdent('gene')} IN (${genes.map(sqlString).join(', ')})`
  if (!hasGenes) return make(first)
  return make(
    `array_has_any(${sqlIdent('genes')}, [${genes.map(sqlString).join(', ')}]) OR ${first}`,
  )
}

/**
 * The row whose `variant_id` is `id` (`negate`: every other row).
 *
 * @param id - a `variant_id`; any characters, quoted safely
 * @param negate - match every row except that one
 * @returns the predicate
 * @example
 * ```ts
 * keyPredicate('17-41197701-G-C', true) // leaves the query variant out of its own neighbours
 * ```
 */
export function keyPredicate(id: string, negate = false): Predicate {
  const eq = sqlEquals(PRIMARY_KEY, id)
  return make(negate ? `NOT (${eq})` : eq)
}

/** A WHERE clause in two parts: the caller's SQL text (validated) and core's typed predicates (ANDed). */
export interface Where {
  /** The caller's SQL filter, validated against the table's columns before use. */
  filter?: string | undefined
  /** Core's own conditions. */
  predicates: readonly Predicate[]
  /**
   * The contigs every matching row is on, when the predicates say (a region query's CHROMs): a read in genomic
   * order visits only these.
   */
  contigs?: readonly string[] | undefined
}

/**
 * Validates the caller's part of a {@link Where} and renders the whole clause.
 *
 * @param where - caller SQL plus predicates
 * @param options - the table's columns; `forWrite` also refuses tautologies in the caller's SQL
 * @returns the SQL text, or undefined when there is no condition
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the caller's filter is refused (see `validateFilter`)
 * @example
 * ```ts
 * renderWhere({ filter: "qual > 30", predicates: [genesPredicate(['BRCA1'])] }, { columns })
 * ```
 */
export function renderWhere(
  where: Where,
  options: { columns: readonly string[]; forWrite?: boolean },
): string | undefined {
  const parts = where.predicates.map((p) => p.sql)
  const filter = where.filter?.trim()
  if (filter) {
    validateFilter(filter, { columns: options.columns, forWrite: options.forWrite ?? false })
    parts.push(`(${filter})`)
  }
  return parts.length > 0 ? parts.join(' AND ') : undefined
}

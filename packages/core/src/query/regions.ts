/**
 * `genomicFilter`: a genomic query (regions, samples, genes, SQL) as one LanceDB filter text, for callers that
 * need SQL rather than the query builders (`store.query()`).
 *
 * @module
 */
import { COLUMN_NAMES } from '../schema/columns.js'
import {
  type Predicate,
  genesPredicate,
  regionPredicate,
  renderWhere,
  samplesPredicate,
} from '../store/predicates.js'
import type { Region } from '../vcf/regions.js'

/** Criteria of {@link genomicFilter}. */
export interface GenomicQuery {
  /** Regions: a variant matches when its reference span touches any of them. */
  regions?: readonly Region[]
  /** Samples: a variant matches when any of them carries the ALT (het or hom-alt). */
  samples?: readonly string[]
  /** Gene symbols: a variant matches when any of its symbols (`genes`, or `gene`) is one of them. */
  genes?: readonly string[]
  /** An extra SQL filter, ANDed. */
  filter?: string
  /**
   * Whether the table has the `rlen` column (tables of the original tool do not: then the span is len(REF)).
   * The default is true.
   */
  hasRlen?: boolean
  /** Whether the table has the `genes` column (schema version 4). The default is true. */
  hasGenes?: boolean
}

/**
 * Builds the LanceDB filter for a genomic query. Region overlap is bcftools': the variant's span
 * POS .. POS + rlen − 1 (rlen = INFO/END − POS + 1, or len(REF)) touches [beg, end]. The expression is written
 * so scalar indexes help: `pos BETWEEN beg AND end` catches variants starting inside, and
 * `rlen > 1 AND pos < beg AND pos + rlen - 1 >= beg` catches longer ones starting before.
 *
 * @param q - regions, samples, genes, extra filter
 * @returns a SQL filter, or undefined when `q` has no criteria
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `q.filter` is refused by `validateFilter`
 * @example
 * ```ts
 * genomicFilter({ regions: [{ chrom: '17', beg: 43044295, end: 43125483 }], samples: ['NA12878'] })
 * ```
 */
export function genomicFilter(q: GenomicQuery): string | undefined {
  const predicates: Predicate[] = []
  if (q.regions && q.regions.length > 0)
    predicates.push(regionPredicate(q.regions, q.hasRlen !== false))
  if (q.samples && q.samples.length > 0) predicates.push(samplesPredicate(q.samples))
  if (q.genes && q.genes.length > 0) predicates.push(genesPredicate(q.genes, q.hasGenes !== false))
  return renderWhere({ filter: q.filter, predicates }, { columns: COLUMN_NAMES })
}

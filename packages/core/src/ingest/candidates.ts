/**
 * The candidate predicate of a batch: ingest ids embed CHROM and POS (`CHROM-POS-REF-ALT`), so every stored row
 * sharing an id with the batch lies inside the batch's per-chromosome POS ranges.
 *
 * @module
 */
import { type PosRange, posRanges } from '../schema/column-buffers.js'
import { sqlIdent, sqlString } from '../filter/quote.js'

/** Above this many chromosomes in one batch, a key lookup is cheaper than an OR of ranges. */
export const MAX_CANDIDATE_RANGES = 64

/**
 * A SQL predicate that every stored row with one of the rows' ids satisfies: an OR of
 * `chrom = C AND pos BETWEEN min AND max` per chromosome, with quoted identifiers and literals.
 *
 * @param rows - the batch's rows (CHROM and 1-based POS)
 * @returns the predicate, or undefined when the batch is empty or spans more than {@link MAX_CANDIDATE_RANGES} chromosomes
 * @example
 * ```ts
 * candidatesFilter([{ chrom: '1', pos: 5 }, { chrom: '1', pos: 9 }])
 * // "(`chrom` = '1' AND `pos` >= 5 AND `pos` <= 9)"
 * ```
 */
export function candidatesFilter(
  rows: readonly { chrom: string; pos: number | bigint }[],
): string | undefined {
  return rangesFilter(posRanges(rows))
}

/**
 * The predicate of {@link candidatesFilter} from ranges already computed.
 *
 * @param ranges - per-chromosome POS ranges, 1-based inclusive
 * @returns the predicate, or undefined for no ranges or too many
 * @example
 * ```ts
 * rangesFilter([{ chrom: 'X', minPos: 1, maxPos: 2 }]) // "(`chrom` = 'X' AND `pos` >= 1 AND `pos` <= 2)"
 * ```
 */
export function rangesFilter(ranges: readonly PosRange[]): string | undefined {
  if (ranges.length === 0 || ranges.length > MAX_CANDIDATE_RANGES) return undefined
  return ranges
    .map(
      (r) =>
        `(${sqlIdent('chrom')} = ${sqlString(r.chrom)} AND ${sqlIdent('pos')} BETWEEN ${r.minPos} AND ${r.maxPos})`,
    )
    .join(' OR ')
}

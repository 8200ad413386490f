/**
 * Rows in genomic order — CHROM in natural order (1, 2, …, 22, X, Y, M, then other names; `compareChrom`), then
 * POS — streamed without reading the whole result: LanceDB's query has no ORDER BY, so
 *
 * - a result of at most {@link SORT_IN_MEMORY_ROWS} rows (one indexed count tells) is read once and sorted;
 * - a larger one is read contig by contig and, within a contig, in POS windows over the BTREE index on `pos`
 *   (each window sorted in memory; windows grow while empty and shrink while crowded), so memory stays bounded
 *   by a window and a `limit` stops the reading early.
 *
 * Ties (same CHROM and POS) keep storage order.
 *
 * @internal
 * @module
 */
import type { Variant } from '../schema/variant.js'
import { sqlIdent, sqlString } from '../filter/index.js'
import { compareChrom } from '../vcf/writer.js'
import { tableToRows } from './arrow.js'
import { recordedValues } from './facts.js'
import type { TableHandle } from './handle.js'

/** Results up to this many rows are read at once and sorted in memory. */
export const SORT_IN_MEMORY_ROWS = 20_000

/** The first POS window, in bp; it doubles while windows come back empty and halves while they are crowded. */
const FIRST_WINDOW_BP = 1 << 20

const byPos = (a: Variant, b: Variant): number => Number(a.pos) - Number(b.pos)
const genomic = (a: Variant, b: Variant): number => compareChrom(a.chrom, b.chrom) || byPos(a, b)

async function read(
  h: TableHandle,
  where: string | undefined,
  select: readonly string[],
): Promise<Variant[]> {
  let q = h.table.query().select([...select])
  if (where) q = q.where(where)
  return tableToRows(await q.toArrow())
}

async function contigsOf(h: TableHandle, where: string | undefined): Promise<string[]> {
  const recorded = recordedValues(h.state.arrowSchema)?.chrom
  if (recorded) return [...recorded].sort(compareChrom)
  const seen = new Set<string>()
  let q = h.table.query().select(['chrom'])
  if (where) q = q.where(where)
  for await (const batch of q) {
    const col = batch.getChild('chrom')
    for (let i = 0; i < batch.numRows; i++) seen.add(String(col?.get(i)))
  }
  return [...seen].sort(compareChrom)
}

/**
 * Streams the rows matching `where` in genomic order, applying `offset` and `limit` (undefined: all).
 * `select` must include `chrom` and `pos` (the caller adds them and strips them again if not asked for).
 * @internal
 */
export async function* genomicScan(
  h: TableHandle,
  where: string | undefined,
  select: readonly string[],
  limit: number | undefined,
  offset = 0,
): AsyncGenerator<Variant> {
  let skip = offset
  let left = limit ?? Number.POSITIVE_INFINITY
  const emit = function* (rows: readonly Variant[]): Generator<Variant> {
    for (const row of rows) {
      if (left <= 0) return
      if (skip > 0) {
        skip--
        continue
      }
      left--
      yield row
    }
  }
  if (left <= 0) return
  const total = await h.table.countRows(where)
  if (total <= SORT_IN_MEMORY_ROWS) {
    yield* emit((await read(h, where, select)).sort(genomic))
    return
  }
  const and = (cond: string): string => (where ? `(${where}) AND ${cond}` : cond)
  const pos = sqlIdent('pos')
  for (const chrom of await contigsOf(h, where)) {
    const inChrom = and(`${sqlIdent('chrom')} = ${sqlString(chrom)}`)
    let remaining = await h.table.countRows(inChrom)
    let lo = 0 // POS is ≥ 0 (VCF 4.3 §1.6.1: 0 marks a telomere)
    let width = FIRST_WINDOW_BP
    while (remaining > 0 && left > 0) {
      const window = `${inChrom} AND ${pos} >= ${lo} AND ${pos} < ${lo + width}`
      const n = await h.table.countRows(window)
      if (n > SORT_IN_MEMORY_ROWS && width > 1) {
        width = Math.max(1, Math.floor(width / 2))
        continue
      }
      if (n > 0) {
        yield* emit((await read(h, window, select)).sort(byPos))
        remaining -= n
      }
      lo += width
      if (n < SORT_IN_MEMORY_ROWS / 4) width *= 2
    }
  }
}

/**
 * Rows in genomic order — CHROM in natural order (1, 2, …, 22, X, Y, M, then other names; `compareChrom`), then
 * POS — streamed without reading the whole result: LanceDB's query has no ORDER BY, so
 *
 * - a result of at most {@link SORT_IN_MEMORY_ROWS} rows is read with one query and sorted in memory;
 * - a larger one is read contig by contig: one scan of the `pos` column only (8 bytes a row) gives the sorted
 *   positions, then rows are read in POS windows of about {@link SORT_IN_MEMORY_ROWS} rows over the `pos`
 *   index and sorted, so memory stays bounded by a window and a `limit` stops the reading early.
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

/** Results up to this many rows are read at once (one query) and sorted in memory. */
export const SORT_IN_MEMORY_ROWS = 10_000

const byPos = (a: Variant, b: Variant): number => Number(a.pos) - Number(b.pos)
const genomic = (a: Variant, b: Variant): number => compareChrom(a.chrom, b.chrom) || byPos(a, b)

async function read(
  h: TableHandle,
  where: string | undefined,
  select: readonly string[],
  limit?: number,
): Promise<Variant[]> {
  let q = h.table.query().select([...select])
  if (where) q = q.where(where)
  if (limit !== undefined) q = q.limit(limit)
  return tableToRows(await q.toArrow())
}

/** The POS of every row matching `where`, sorted (one scan of the `pos` column only: 8 bytes a row). */
async function positions(h: TableHandle, where: string): Promise<Float64Array> {
  const chunks: Float64Array[] = []
  let n = 0
  for await (const batch of h.table.query().where(where).select(['pos'])) {
    const col = batch.getChild('pos')
    const out = new Float64Array(batch.numRows)
    for (let i = 0; i < batch.numRows; i++) out[i] = Number(col?.get(i))
    chunks.push(out)
    n += out.length
  }
  const all = new Float64Array(n)
  let at = 0
  for (const c of chunks) {
    all.set(c, at)
    at += c.length
  }
  return all.sort()
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
  // the common case (a region, a gene): one query, sorted in memory
  const first = await read(h, where, select, SORT_IN_MEMORY_ROWS + 1)
  if (first.length <= SORT_IN_MEMORY_ROWS) {
    yield* emit(first.sort(genomic))
    return
  }
  const and = (cond: string): string => (where ? `(${where}) AND ${cond}` : cond)
  const pos = sqlIdent('pos')
  for (const chrom of await contigsOf(h, where)) {
    if (left <= 0) return
    const inChrom = and(`${sqlIdent('chrom')} = ${sqlString(chrom)}`)
    const sorted = await positions(h, inChrom)
    // windows of about SORT_IN_MEMORY_ROWS rows, cut between distinct positions
    for (let i = 0; i < sorted.length && left > 0;) {
      let j = Math.min(sorted.length, i + SORT_IN_MEMORY_ROWS)
      while (j < sorted.length && sorted[j] === sorted[j - 1]) j++
      const window = `${inChrom} AND ${pos} BETWEEN ${sorted[i]} AND ${sorted[j - 1]}`
      yield* emit((await read(h, window, select)).sort(byPos))
      i = j
    }
  }
}

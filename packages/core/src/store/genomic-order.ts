/**
 * Rows in genomic order — CHROM in natural order (1, 2, …, 22, X, Y, M, then other names; `compareChrom`), then
 * POS — streamed without reading the whole result into JS:
 *
 * - a filter over every contig with a large or no limit first tries one unsorted read `LIMIT {@link PAGE_ROWS} + 1`
 *   with row ids; when the result fits, it is sorted here (CHROM, POS, row id): one query, so an index lookup (a
 *   gene's, a sample's) is paid once, and sorting ≤ 50 000 rows in JS is cheaper than a DataFusion sort;
 * - otherwise LanceDB sorts (`Query.orderBy`, a DataFusion sort or top-k): each contig (a region query's only, else
 *   every contig) is one query `… AND chrom = C ORDER BY pos LIMIT k`, with k = offset + limit (at most {@link PAGE_ROWS} + 1): rows stream out as LanceDB returns them,
 *   and a limit stops the reading early;
 * - a contig with more than {@link PAGE_ROWS} matching rows goes on in POS windows of about that many rows over the
 *   `pos` index (one scan of the `pos` column only, 8 bytes a row, gives the cut points), so the memory a sort
 *   holds stays bounded whatever the result size.
 *
 * Ties (same CHROM and POS: the alleles of a split multi-allelic record) keep storage order (`_rowid`), which
 * LanceDB's sort does not promise.
 *
 * @internal
 * @module
 */
import type { Variant } from '../schema/variant.js'
import { sqlIdent, sqlString } from '../filter/index.js'
import { compareChrom } from '../vcf/writer.js'
import { columnToArray, tableToRows } from './arrow.js'
import { recordedValues } from './facts.js'
import type { TableHandle } from './handle.js'

/** Rows one sorted read may return; a contig with more matching rows is read in POS windows of this size. */
export const PAGE_ROWS = 50_000

/**
 * Up to this many rows (offset + limit), a filter over every contig reads contig by contig, each a top-k read that
 * stops at the limit; above it, one read sorted by CHROM, POS is tried first (see {@link genomicScan}).
 */
const SMALL_LIMIT = 1000

const ROW_ID = '_rowid'
const NO_ROW_ID: ReadonlySet<string> = new Set([ROW_ID])

const POS = sqlIdent('pos')

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}

const sameSite = (a: Variant, b: Variant): boolean => a.pos === b.pos && a.chrom === b.chrom

/** Whether `ids[i..j)` are in increasing order already (the common case: LanceDB kept storage order). */
function ascending(ids: readonly number[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (ids[k]! < ids[k - 1]!) return false
  return true
}

/** Where the rows of the last site (CHROM, POS) of sorted `rows` begin: that site may go on past them. */
function lastSiteStart(rows: readonly Variant[]): number {
  const last = rows[rows.length - 1]
  let cut = rows.length
  while (cut > 0 && last && sameSite(rows[cut - 1]!, last)) cut--
  return cut
}

/**
 * Streams the rows of one sorted read (`where` ORDER BY pos) in batches, ties in storage order, without `_rowid`.
 * `out.count` is the number of rows read.
 */
async function* sortedRead(
  h: Pick<TableHandle, 'table'>,
  where: string,
  select: readonly string[],
  limit: number | undefined,
  out: { count: number } = { count: 0 },
): AsyncGenerator<Variant[]> {
  let q = h.table
    .query()
    .where(where)
    .select([...select])
    .withRowId()
    .orderBy({ columnName: 'pos' })
  if (limit !== undefined) q = q.limit(limit)
  // the rows of the last site (CHROM, POS) seen so far, and their row ids: the site may go on in the next batch
  let run: Variant[] = []
  let runIds: number[] = []
  /** Puts tied rows (same CHROM and POS) in storage order (by row id). */
  const settle = (rows: Variant[], ids: readonly number[]): Variant[] => {
    for (let i = 0; i < rows.length;) {
      let j = i + 1
      while (j < rows.length && sameSite(rows[j]!, rows[i]!)) j++
      if (j - i > 1 && !ascending(ids, i, j)) {
        const order = Array.from({ length: j - i }, (_, k) => i + k).sort(
          (x, y) => ids[x]! - ids[y]!,
        )
        const tied = order.map((k) => rows[k]!)
        for (let k = i; k < j; k++) rows[k] = tied[k - i]!
      }
      i = j
    }
    return rows
  }
  for await (const batch of q) {
    const rows = [...run, ...tableToRows(batch as never, NO_ROW_ID)]
    const ids = [...runIds, ...(columnToArray(batch.getChild(ROW_ID)!) as number[])]
    out.count += batch.numRows
    const cut = lastSiteStart(rows)
    run = rows.slice(cut)
    runIds = ids.slice(cut)
    if (cut > 0) yield settle(rows.slice(0, cut), ids.slice(0, cut))
  }
  if (run.length > 0) yield settle(run, runIds)
}

/** The POS of every row matching `where`, sorted (one scan of the `pos` column only: 8 bytes a row). */
async function positions(h: Pick<TableHandle, 'table'>, where: string): Promise<Float64Array> {
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

/** The contigs to visit, in natural order: the caller's (a region query), the table's facts, or a scan. */
async function contigsOf(
  h: Pick<TableHandle, 'table' | 'state'>,
  where: string | undefined,
  hint: readonly string[] | undefined,
): Promise<string[]> {
  const recorded = recordedValues(h.state.arrowSchema)?.chrom
  if (hint) {
    const known = recorded ? new Set(recorded) : undefined
    return [...new Set(hint)].filter((c) => !known || known.has(c)).sort(compareChrom)
  }
  if (recorded) return [...recorded].sort(compareChrom)
  // a table written before facts were recorded (until `create-lancedb-index --genomic`): one scan
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
 * The rows matching `where` in genomic order when there are at most `pageRows` of them (else undefined): one
 * unsorted read of at most `pageRows + 1` rows with their row ids, sorted here by CHROM (natural order), POS and
 * row id (storage order for ties). Sorting ≤ 50 000 rows in JS costs less than asking LanceDB to sort them.
 */
async function smallResultInOrder(
  h: Pick<TableHandle, 'table'>,
  where: string,
  select: readonly string[],
  pageRows: number,
): Promise<Variant[] | undefined> {
  const table = await h.table
    .query()
    .where(where)
    .select([...select])
    .withRowId()
    .limit(pageRows + 1)
    .toArrow()
  if (table.numRows > pageRows) return undefined
  if (table.numRows === 0) return []
  const rows = tableToRows(table as never, NO_ROW_ID)
  const ids = columnToArray(table.getChild(ROW_ID)!) as number[]
  const contigs = [...new Set(rows.map((r) => r.chrom))].sort(compareChrom)
  const rank = new Map(contigs.map((c, i) => [c, i]))
  const ranks = rows.map((r) => rank.get(r.chrom)!)
  const order = Array.from({ length: rows.length }, (_, i) => i).sort(
    (a, b) => ranks[a]! - ranks[b]! || rows[a]!.pos - rows[b]!.pos || ids[a]! - ids[b]!,
  )
  return order.map((i) => rows[i]!)
}

/** Options of {@link genomicScan}. @internal */
export interface GenomicScanOptions {
  /** Maximum rows; undefined for all. */
  limit?: number | undefined
  /** Rows to skip first. */
  offset?: number | undefined
  /** The contigs the rows can be on (a region query's), when known; otherwise every contig. */
  contigs?: readonly string[] | undefined
  /** Rows one sorted read may return (default {@link PAGE_ROWS}). */
  pageRows?: number
}

/**
 * Streams the rows matching `where` in genomic order, in batches, applying `offset` and `limit`.
 * `select` must include `chrom` and `pos` (the caller adds them and strips them again if not asked for).
 * @internal
 */
export async function* genomicScan(
  h: Pick<TableHandle, 'table' | 'state'>,
  where: string | undefined,
  select: readonly string[],
  options: GenomicScanOptions = {},
): AsyncGenerator<Variant[]> {
  const pageRows = options.pageRows ?? PAGE_ROWS
  let skip = options.offset ?? 0
  let left = options.limit ?? Number.POSITIVE_INFINITY
  /** Yields the rows of one read past the offset, up to the limit. */
  const emit = async function* (batches: AsyncIterable<Variant[]>): AsyncGenerator<Variant[]> {
    for await (const rows of batches) {
      if (left <= 0) return
      const from = Math.min(skip, rows.length)
      skip -= from
      const taken = rows.slice(from, from + Math.min(left, rows.length - from))
      left -= taken.length
      if (taken.length > 0) yield taken
    }
  }
  const and = (cond: string): string => (where ? `(${where}) AND ${cond}` : cond)
  if (where && !options.contigs && skip + left > SMALL_LIMIT) {
    // a filter over every contig with a large or no limit: first try one read of at most pageRows + 1 rows; when
    // it holds the whole result, it is sorted here (one query instead of one a contig: an index lookup such as a
    // gene's is paid once)
    const rows = await smallResultInOrder(h, where, select, pageRows)
    if (rows) {
      yield* emit(fromArray([rows]))
      return
    }
  }
  for (const chrom of await contigsOf(h, where, options.contigs)) {
    if (left <= 0) return
    const inChrom = and(`${sqlIdent('chrom')} = ${sqlString(chrom)}`)
    // one sorted read of at most pageRows + 1 rows: the whole contig's result in the common case
    const want = Math.min(skip + left, pageRows + 1)
    const page = { count: 0 }
    const firstRows = sortedRead(h, inChrom, select, want, page)
    if (want <= pageRows) {
      yield* emit(firstRows)
      continue
    }
    // a full page: the rows of its last POS may go on past it, so hold them back and re-read from that POS on
    let held: Variant[] = []
    const belowLast = async function* (): AsyncGenerator<Variant[]> {
      for await (const rows of firstRows) {
        // sortedRead never splits a POS between batches
        if (held.length > 0) yield held
        held = rows
      }
      const cut = lastSiteStart(held)
      if (cut > 0) yield held.slice(0, cut)
      held = held.slice(cut)
    }
    yield* emit(belowLast())
    if (left <= 0) return
    if (page.count < want) {
      yield* emit(fromArray([held]))
      continue
    }
    const from = Number(held[0]?.pos)
    const sorted = await positions(h, `${inChrom} AND ${POS} >= ${from}`)
    for (let i = 0; i < sorted.length && left > 0;) {
      let j = Math.min(sorted.length, i + pageRows)
      while (j < sorted.length && sorted[j] === sorted[j - 1]) j++
      const window = `${inChrom} AND ${POS} BETWEEN ${sorted[i]} AND ${sorted[j - 1]}`
      yield* emit(sortedRead(h, window, select, undefined))
      i = j
    }
  }
}

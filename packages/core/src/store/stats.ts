/**
 * Table statistics: row count and counts by CHROM, variant class and clinical significance.
 *
 * @internal
 * @module
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { translateError } from './errors.js'
import type { TableHandle } from './handle.js'
import { listIndices } from './indexes.js'
import type { IndexInfo, PositionBins, StoreStats } from './types.js'
import { recordedValues } from './facts.js'
import { sqlIdent, sqlString } from '../filter/index.js'
import { VARIANT_CLASSES } from '../schema/variant.js'
import { compareChrom } from '../vcf/writer.js'

const COUNTED = ['chrom', 'variant_class', 'clinical_significance'] as const

/** Bytes of every file under `dir` (0 when it does not exist). @internal */
export async function dirSize(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(
    () => [],
  )) {
    if (entry.isFile())
      total += (await stat(join(entry.parentPath ?? dir, entry.name)).catch(() => ({ size: 0 })))
        .size
  }
  return total
}

type Counted = (typeof COUNTED)[number]

/**
 * Counts per value from indexed `countRows` calls, one per distinct value (known from the table's facts, or the
 * fixed variant classes), when every counted column has a scalar index: O(distinct values), not O(rows).
 * Undefined when that does not apply (then the caller scans).
 */
async function countsFromIndexes(
  h: TableHandle,
  where: string | undefined,
  indexes: readonly IndexInfo[],
): Promise<{ rows: number; counts: Record<Counted, Map<string, number>> } | undefined> {
  const facts = recordedValues(h.state.arrowSchema)
  const cols = COUNTED.filter((c) => h.columnNames().includes(c))
  const indexed = new Set(indexes.flatMap((i) => i.columns))
  if (!facts || cols.some((c) => !indexed.has(c))) return undefined
  const values: Record<Counted, readonly string[]> = {
    chrom: facts.chrom,
    clinical_significance: facts.clinical_significance,
    variant_class: [...VARIANT_CLASSES],
  }
  const and = (cond: string): string => (where ? `(${where}) AND ${cond}` : cond)
  const rows = await h.table.countRows(where)
  const counts = {} as Record<Counted, Map<string, number>>
  await Promise.all(
    COUNTED.map(async (c) => {
      const m = new Map<string, number>()
      counts[c] = m
      if (!cols.includes(c)) return
      const found = await Promise.all(
        values[c].map(
          async (v) =>
            [v, await h.table.countRows(and(`${sqlIdent(c)} = ${sqlString(v)}`))] as const,
        ),
      )
      let seen = 0
      for (const [v, n] of found) {
        if (n > 0) m.set(v, n)
        seen += n
      }
      if (rows - seen > 0) m.set('.', rows - seen)
    }),
  )
  return { rows, counts }
}

/** Options of {@link statsOf}. @internal */
export interface StatsOptions {
  /** Equal-width POS bins per CHROM (0 or unset: none). */
  bins?: number
}

/** The largest number of POS bins a stats request may ask for. */
export const MAX_POSITION_BINS = 1000

/** Up to this many matching rows on a CHROM, its bins are counted from one read of their `pos` column. */
let SCAN_BINS_ROWS = 50_000

/**
 * Sets the largest match count per CHROM whose bins are counted by one read (tests use 0 to take the indexed
 * path); returns the previous value. @internal
 */
export function setScanBinsRows(rows: number): number {
  const before = SCAN_BINS_ROWS
  SCAN_BINS_ROWS = rows
  return before
}

/** Equal-width bins over [minPos, maxPos]: the width and the number of bins. */
function binLayout(minPos: number, maxPos: number, bins: number): { width: number; n: number } {
  const width = Math.max(1, Math.ceil((maxPos - minPos + 1) / bins))
  return { width, n: Math.min(bins, Math.ceil((maxPos - minPos + 1) / width)) }
}

/**
 * POS bins of the matching rows of each CHROM. A CHROM with at most {@link SCAN_BINS_ROWS} matches is counted from
 * one read of their `pos` column (cost grows with the matches, not the table); a larger one from two sorted reads
 * of one row each (the first and last POS) and one indexed `countRows` a bin (2 + `bins` index queries).
 */
async function positionBins(
  h: TableHandle,
  where: string | undefined,
  byChrom: Readonly<Record<string, number>>,
  bins: number,
): Promise<PositionBins[]> {
  const chroms = Object.keys(byChrom)
  const and = (cond: string): string => (where ? `(${where}) AND ${cond}` : cond)
  const edge = async (inChrom: string, ascending: boolean): Promise<number | undefined> => {
    const q = h.table
      .query()
      .where(inChrom)
      .select(['pos'])
      .orderBy({ columnName: 'pos', ascending })
      .limit(1)
    for await (const batch of q) {
      const v = batch.getChild('pos')?.get(0) as number | bigint | null | undefined
      if (v != null) return Number(v)
    }
    return undefined
  }
  const out = await Promise.all(
    [...chroms].sort(compareChrom).map(async (chrom): Promise<PositionBins | undefined> => {
      const inChrom = and(`${sqlIdent('chrom')} = ${sqlString(chrom)}`)
      if ((byChrom[chrom] ?? 0) <= SCAN_BINS_ROWS) {
        const pos: number[] = []
        for await (const batch of h.table.query().where(inChrom).select(['pos'])) {
          const col = batch.getChild('pos')
          for (let i = 0; i < batch.numRows; i++) {
            const v = col?.get(i) as number | bigint | null | undefined
            if (v != null) pos.push(Number(v))
          }
        }
        if (pos.length === 0) return undefined
        let minPos = pos[0]!
        let maxPos = pos[0]!
        for (const p of pos) {
          if (p < minPos) minPos = p
          if (p > maxPos) maxPos = p
        }
        const { width, n } = binLayout(minPos, maxPos, bins)
        const counts = Array.from({ length: n }, () => 0)
        for (const p of pos) counts[Math.min(n - 1, Math.floor((p - minPos) / width))]!++
        return { chrom, minPos, maxPos, binWidth: width, counts }
      }
      const [minPos, maxPos] = await Promise.all([edge(inChrom, true), edge(inChrom, false)])
      if (minPos === undefined || maxPos === undefined) return undefined
      const { width: binWidth, n } = binLayout(minPos, maxPos, bins)
      const counts = await Promise.all(
        Array.from({ length: n }, (_, i) => {
          const from = minPos + i * binWidth
          const cond =
            i === n - 1
              ? `${sqlIdent('pos')} >= ${from}`
              : `${sqlIdent('pos')} >= ${from} AND ${sqlIdent('pos')} < ${from + binWidth}`
          return h.table.countRows(`(${inChrom}) AND ${cond}`)
        }),
      )
      return { chrom, minPos, maxPos, binWidth, counts }
    }),
  )
  return out.filter((b): b is PositionBins => b !== undefined)
}

/** Statistics of the rows matching `where` (already validated SQL, or undefined for all rows). @internal */
export async function statsOf(
  h: TableHandle,
  where: string | undefined,
  options: StatsOptions = {},
): Promise<StoreStats> {
  try {
    // the index list is read once: it decides the counting path and is part of the answer
    const indexes = await listIndices(h)
    const fast = await countsFromIndexes(h, where, indexes)
    const stats = await finish(h, fast ?? (await countsByScan(h, where)), indexes)
    if (options.bins) stats.byPosition = await positionBins(h, where, stats.byChrom, options.bins)
    return stats
  } catch (err) {
    throw translateError(err, 'stats', where)
  }
}

async function countsByScan(
  h: TableHandle,
  where: string | undefined,
): Promise<{ rows: number; counts: Record<Counted, Map<string, number>> }> {
  const cols = COUNTED.filter((c) => h.columnNames().includes(c))
  const counts = Object.fromEntries(COUNTED.map((c) => [c, new Map<string, number>()])) as Record<
    Counted,
    Map<string, number>
  >
  let rows = 0
  let q = h.table.query().select([...cols])
  if (where) q = q.where(where)
  for await (const batch of q) {
    rows += batch.numRows
    for (const c of cols) {
      const vec = batch.getChild(c)
      const m = counts[c]
      for (let i = 0; i < batch.numRows; i++) {
        const k = String(vec?.get(i) ?? '.')
        m.set(k, (m.get(k) ?? 0) + 1)
      }
    }
  }
  return { rows, counts }
}

async function finish(
  h: TableHandle,
  { rows, counts }: { rows: number; counts: Record<Counted, Map<string, number>> },
  indexes: IndexInfo[],
): Promise<StoreStats> {
  const sorted = (m: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
  return {
    table: h.tableName,
    rows,
    dim: h.dim,
    schemaVersion: h.state.version,
    version: await h.table.version(),
    byChrom: sorted(counts.chrom),
    byVariantClass: h.columnNames().includes('variant_class') ? sorted(counts.variant_class) : {},
    byClinicalSignificance: sorted(counts.clinical_significance),
    indexes,
    diskBytes: await dirSize(join(h.dbPath, `${h.tableName}.lance`)),
  }
}

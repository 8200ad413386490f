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
import type { IndexInfo, StoreStats } from './types.js'
import { recordedValues } from './facts.js'
import { sqlIdent, sqlString } from '../filter/index.js'
import { VARIANT_CLASSES } from '../schema/variant.js'

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

/** Statistics of the rows matching `where` (already validated SQL, or undefined for all rows). @internal */
export async function statsOf(h: TableHandle, where: string | undefined): Promise<StoreStats> {
  try {
    // the index list is read once: it decides the counting path and is part of the answer
    const indexes = await listIndices(h)
    const fast = await countsFromIndexes(h, where, indexes)
    return await finish(h, fast ?? (await countsByScan(h, where)), indexes)
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

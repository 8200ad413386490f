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
import type { StoreStats } from './types.js'

const COUNTED = ['chrom', 'variant_class', 'clinical_significance'] as const

async function dirSize(dir: string): Promise<number> {
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

/** Statistics of the rows matching `where` (already validated SQL, or undefined for all rows). @internal */
export async function statsOf(h: TableHandle, where: string | undefined): Promise<StoreStats> {
  const cols = COUNTED.filter((c) => h.columnNames().includes(c))
  const counts = Object.fromEntries(COUNTED.map((c) => [c, new Map<string, number>()])) as Record<
    (typeof COUNTED)[number],
    Map<string, number>
  >
  let rows = 0
  try {
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
  } catch (err) {
    throw translateError(err, 'stats', where)
  }
  const sorted = (m: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...m].sort((a, b) => b[1] - a[1]))
  return {
    table: h.tableName,
    rows,
    dim: h.dim,
    schemaVersion: h.state.version,
    version: await h.table.version(),
    byChrom: sorted(counts.chrom),
    byVariantClass: cols.includes('variant_class') ? sorted(counts.variant_class) : {},
    byClinicalSignificance: sorted(counts.clinical_significance),
    indexes: await listIndices(h),
    diskBytes: await dirSize(join(h.dbPath, `${h.tableName}.lance`)),
  }
}

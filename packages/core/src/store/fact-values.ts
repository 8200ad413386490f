/**
 * The facts a batch of rows adds to a table's recorded facts (see `facts.ts`): pure functions of the rows, with no
 * store behind them, so that a parse worker can collect them while it builds a batch without loading the store.
 *
 * @internal
 * @module
 */
import type * as ArrowTypes from 'apache-arrow'

/** Columns whose distinct values are recorded. */
export const FACT_COLUMNS = ['chrom', 'clinical_significance'] as const

/** One of {@link FACT_COLUMNS}. */
export type FactColumn = (typeof FACT_COLUMNS)[number]

/** The facts a batch of rows adds: distinct values, and the longest reference span (bp). */
export type Facts = Record<FactColumn, Set<string>> & { maxSpan: number }

/** No facts yet. @internal */
export function emptyFacts(): Facts {
  return { chrom: new Set<string>(), clinical_significance: new Set<string>(), maxSpan: 0 }
}

const span = (rlen: unknown, ref: unknown): number =>
  rlen != null ? Number(rlen) : typeof ref === 'string' ? ref.length : 0

/**
 * Adds one row's facts (its `chrom`, `clinical_significance`, and span: `rlen`, else len(REF)) to `facts`.
 * @internal
 */
export function addRowFacts(facts: Facts, row: Readonly<Record<string, unknown>>): void {
  for (const c of FACT_COLUMNS) {
    const v = row[c]
    if (typeof v === 'string') facts[c].add(v)
  }
  const s = span(row.rlen, row.ref)
  if (s > facts.maxSpan) facts.maxSpan = s
}

/** The facts of some rows (objects or an Arrow table): distinct values and the longest span. @internal */
export function factValues(rows: readonly object[] | ArrowTypes.Table): Facts {
  const out = emptyFacts()
  if (Array.isArray(rows)) {
    for (const r of rows as readonly Record<string, unknown>[]) addRowFacts(out, r)
    return out
  }
  const table = rows as ArrowTypes.Table
  for (const c of FACT_COLUMNS) {
    const col = table.getChild(c)
    if (!col) continue
    for (let i = 0; i < table.numRows; i++) {
      const v: unknown = col.get(i)
      if (typeof v === 'string') out[c].add(v)
    }
  }
  const rlen = table.getChild('rlen')
  const ref = table.getChild('ref')
  for (let i = 0; i < table.numRows; i++)
    out.maxSpan = Math.max(out.maxSpan, span(rlen?.get(i), ref?.get(i)))
  return out
}

/** Adds the facts of `more` to `into` (or starts with `more`): the facts of several batches of one write. @internal */
export function mergeFacts(into: Facts | undefined, more: Facts): Facts {
  if (!into) return more
  for (const v of more.chrom) into.chrom.add(v)
  for (const v of more.clinical_significance) into.clinical_significance.add(v)
  into.maxSpan = Math.max(into.maxSpan, more.maxSpan)
  return into
}

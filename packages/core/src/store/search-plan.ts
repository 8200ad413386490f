/**
 * How a nearest-neighbour search runs, so that a filtered search returns what an exact search with that filter
 * would: LanceDB's IVF indexes probe only `nprobes` partitions, and a selective prefilter can leave them empty
 * (lancedb/lancedb#511, #2761), so the answer comes back short or empty.
 *
 * - No vector index, or `bypassVectorIndex`: exact (flat) search.
 * - A filter that matches few rows (at most {@link EXACT_SEARCH_BUDGET} vector elements, e.g. 20 000 rows at dim
 *   128): exact search over the prefiltered rows — cheap, and exactly right.
 * - A broader filter: the index, with `nprobes` scaled by how much of the table the filter removes, so that about
 *   as many candidate rows are scored as an unfiltered search scores.
 *
 * @internal
 * @module
 */
import type { TableHandle } from './handle.js'

/** Vector elements (rows × dim) at or below which a filtered search is exact over the prefiltered rows. */
export const EXACT_SEARCH_BUDGET = 2_560_000

/** `nprobes` when the caller gives none. LanceDB's own default is 20. */
export const DEFAULT_NPROBES = 20

/** What a search runs with. */
export interface SearchStrategy {
  /** Exact search (no index). */
  bypass: boolean
  /** Partitions to probe, when the index is used. */
  nprobes?: number
  /** Why, for the audit record and tests. */
  reason: 'no-index' | 'caller' | 'selective-filter' | 'index'
}

const cache = new WeakMap<TableHandle, { version: number; indexed: boolean }>()

async function hasVectorIndex(h: TableHandle): Promise<boolean> {
  const version = await h.table.version()
  const hit = cache.get(h)
  if (hit && hit.version === version) return hit.indexed
  const indexed = (await h.table.listIndices()).some((i) => i.columns.includes('embedding'))
  cache.set(h, { version, indexed })
  return indexed
}

/**
 * Chooses how to run one search.
 *
 * @param h - the table
 * @param where - the validated WHERE text, or undefined
 * @param options - the caller's `nprobes` and `bypassVectorIndex`
 * @returns the strategy
 * @internal
 */
export async function searchStrategy(
  h: TableHandle,
  where: string | undefined,
  options: { nprobes?: number | undefined; bypassVectorIndex?: boolean | undefined },
): Promise<SearchStrategy> {
  if (options.bypassVectorIndex) return { bypass: true, reason: 'caller' }
  if (!(await hasVectorIndex(h))) return { bypass: true, reason: 'no-index' }
  const base = options.nprobes ?? DEFAULT_NPROBES
  if (!where) return { bypass: false, nprobes: base, reason: 'index' }
  const matched = await h.table.countRows(where)
  if (matched * h.dim <= EXACT_SEARCH_BUDGET) return { bypass: true, reason: 'selective-filter' }
  const total = await h.table.countRows()
  return {
    bypass: false,
    nprobes: Math.min(4096, Math.ceil((base * total) / Math.max(1, matched))),
    reason: 'index',
  }
}

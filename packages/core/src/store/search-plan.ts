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

/** `nprobes` when the caller gives none (LanceDB's own default is 20); see `defaultPartitions`. */
export const DEFAULT_NPROBES = 30

/** `refineFactor` when the caller gives none and the index quantizes (IVF_PQ): re-rank 10 × limit candidates exactly. */
export const DEFAULT_REFINE_FACTOR = 10

/** What a search runs with. */
export interface SearchStrategy {
  /** Exact search (no index). */
  bypass: boolean
  /** Partitions to probe, when the index is used. */
  nprobes?: number
  /** Re-rank factor, when the index is used. */
  refineFactor?: number
  /** Why, for the audit record and tests. */
  reason: 'no-index' | 'caller' | 'selective-filter' | 'index'
}

// keyed by the native table: the views of one version (`store.at`, `withActor`) share its pinned table
const cache = new WeakMap<object, { version: number; index: string | undefined }>()

/**
 * The vector index type on `embedding` (e.g. `IvfPq`, `IvfFlat`), cached per table version: a view pinned to a
 * version asks LanceDB once for its life; the live table asks again only when its version moved.
 */
async function vectorIndexType(h: TableHandle): Promise<string | undefined> {
  const version = h.pinned ?? (await h.table.version())
  const hit = cache.get(h.table)
  if (hit && hit.version === version) return hit.index
  const index = (await h.table.listIndices()).find((i) =>
    i.columns.includes('embedding'),
  )?.indexType
  cache.set(h.table, { version, index })
  return index
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
  options: {
    nprobes?: number | undefined
    refineFactor?: number | undefined
    bypassVectorIndex?: boolean | undefined
  },
): Promise<SearchStrategy> {
  if (options.bypassVectorIndex) return { bypass: true, reason: 'caller' }
  const index = await vectorIndexType(h)
  if (index === undefined) return { bypass: true, reason: 'no-index' }
  const base = options.nprobes ?? DEFAULT_NPROBES
  const refine = options.refineFactor ?? (/pq/i.test(index) ? DEFAULT_REFINE_FACTOR : undefined)
  const withIndex = (nprobes: number): SearchStrategy => ({
    bypass: false,
    nprobes,
    ...(refine ? { refineFactor: refine } : {}),
    reason: 'index',
  })
  if (!where) return withIndex(base)
  const matched = await h.table.countRows(where)
  if (matched * h.dim <= EXACT_SEARCH_BUDGET) return { bypass: true, reason: 'selective-filter' }
  const total = await h.table.countRows()
  return withIndex(Math.min(4096, Math.ceil((base * total) / Math.max(1, matched))))
}

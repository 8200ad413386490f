/**
 * Nearest-neighbour search over the table: the query vector checked against the table's dim, the strategy chosen
 * by `searchStrategy` (exact over a small prefiltered set, else the index with scaled `nprobes`), and hybrid
 * search (vector and full-text lists fused by RRF) when a text query is given.
 *
 * @internal
 * @module
 */
import type * as lancedb from '@lancedb/lancedb'
import { SchemaError, UsageError } from '../errors/errors.js'
import { sqlIdent, sqlString } from '../filter/index.js'
import { COLUMNS } from '../schema/columns.js'
import { type Variant, checkValue } from '../schema/variant.js'
import { tableToRows } from './arrow.js'
import { translateError } from './errors.js'
import type { TableHandle } from './handle.js'
import type { Where } from './predicates.js'
import { searchStrategy } from './search-plan.js'
import { fuseRanks, runTextSearch } from './text-search.js'
import type { SearchHit } from './types.js'
import type { NearestPlan } from './variant-store.js'

/** What {@link nearest} needs of the store: its dim, and how it renders a WHERE and a select list. @internal */
export interface NearestContext {
  dim: number
  where: (where: Where) => string | undefined
  select: (select: readonly string[] | undefined) => string[]
}

/**
 * The `limit` nearest rows to `plan.vector`, nearest first, each with its `distance`.
 * @throws {SchemaError} `SCHEMA_INVALID_ROW` for a query vector of the wrong dim or with non-finite values
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a limit that is not a positive integer
 * @throws {StoreError} `STORE_BAD_FILTER` and the other codes of `translateError`
 * @internal
 */
export async function nearest(
  h: TableHandle,
  plan: NearestPlan,
  ctx: NearestContext,
): Promise<SearchHit[]> {
  const problem = checkValue(COLUMNS[1], plan.vector, ctx.dim)
  if (problem) {
    throw new SchemaError('SCHEMA_INVALID_ROW', `The query vector ${problem}.`, {
      details: { field: 'embedding', expected: ctx.dim },
    })
  }
  const limit = plan.limit ?? 10
  if (!Number.isSafeInteger(limit) || limit <= 0)
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'limit must be a positive integer.')
  const sql = ctx.where(plan.where)
  const select = ctx.select(plan.select)
  try {
    let q = h.table
      .vectorSearch(Float32Array.from(plan.vector))
      .distanceType(plan.distanceType ?? 'l2')
      .select([...select, '_distance'])
      .limit(limit)
    if (sql) q = q.where(sql)
    const strategy = await searchStrategy(h, sql, plan)
    if (strategy.bypass) q = q.bypassVectorIndex()
    else if (strategy.nprobes) q = q.nprobes(strategy.nprobes)
    if (strategy.refineFactor) q = q.refineFactor(strategy.refineFactor)
    if (plan.text !== undefined) return await hybrid(h, plan, q, sql, select, limit)
    const rows = tableToRows(await q.toArrow()) as (Variant & { _distance: number })[]
    return rows.map(({ _distance, ...rest }) => ({ ...rest, distance: _distance }))
  } catch (err) {
    throw translateError(err, 'search', sql)
  }
}

/**
 * Hybrid search: the vector query's and the text query's top `limit` each (both scoped), fused by RRF; hits
 * only the text list found get their exact distance from a flat search over those ids.
 */
async function hybrid(
  h: TableHandle,
  plan: NearestPlan,
  vectorQuery: lancedb.VectorQuery,
  sql: string | undefined,
  select: string[],
  limit: number,
): Promise<SearchHit[]> {
  const cols = select.includes('variant_id') ? select : [...select, 'variant_id']
  const vec = tableToRows(
    await vectorQuery.select([...cols, '_distance']).toArrow(),
  ) as (Variant & {
    _distance: number
  })[]
  const text = (await runTextSearch(h, {
    sql,
    select: cols,
    limit,
    text: plan.text!,
  })) as unknown as (Variant & { _score: number })[]
  const fused = fuseRanks(
    vec.map((r) => r.variant_id),
    text.map((r) => r.variant_id),
  )
  const byId = new Map<string, Variant & { distance: number }>()
  for (const { _distance, ...r } of vec) byId.set(r.variant_id, { ...r, distance: _distance })
  const textOnly = text.filter((r) => !byId.has(r.variant_id))
  if (textOnly.length > 0) {
    const ids = textOnly.map((r) => sqlString(r.variant_id)).join(', ')
    const exact = tableToRows(
      await h.table
        .vectorSearch(Float32Array.from(plan.vector))
        .distanceType(plan.distanceType ?? 'l2')
        .where(`${sqlIdent('variant_id')} IN (${ids})`)
        .bypassVectorIndex()
        .select([...cols, '_distance'])
        .limit(textOnly.length)
        .toArrow(),
    ) as (Variant & { _distance: number })[]
    for (const { _distance, ...r } of exact) byId.set(r.variant_id, { ...r, distance: _distance })
  }
  const out: SearchHit[] = []
  for (const [id, f] of fused) {
    const row = byId.get(id)
    if (!row) continue
    if (!select.includes('variant_id')) delete (row as Partial<Variant>).variant_id
    out.push({ ...row, ...f })
    if (out.length === limit) break
  }
  return out
}

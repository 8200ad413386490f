/**
 * Full-text search over the `annotation` column (LanceDB `Index.fts`, BM25) and hybrid search (vector + text,
 * fused by reciprocal rank fusion, k = 60, the formula of LanceDB's `RRFReranker`).
 *
 * Rows written after the index was built are found too: searches never set LanceDB's `fastSearch`, so LanceDB
 * searches the not-yet-indexed rows by a flat scan beside the index — and phrases, which that scan does not answer,
 * are checked on those rows by `text-unindexed.ts`. Writes leave the index as it is (no optimize per write: at a
 * million rows that rewrote the table on every ingest); the store's `optimize` (automatic after 20 commits or
 * 100,000 rows, or `vcf-agent optimize`) folds the new rows into it.
 *
 * @internal
 * @module
 */
import * as lancedb from '@lancedb/lancedb'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import { tableToRows } from './arrow.js'
import type { TableHandle } from './handle.js'
import {
  type Clause,
  type ScoredRow,
  recordTextFloor,
  textFloor,
  unindexedPhraseHits,
} from './text-unindexed.js'

/** The column full-text search reads. @internal */
export const TEXT_COLUMN = 'annotation'
/** Name LanceDB gives the FTS index on {@link TEXT_COLUMN}. @internal */
export const TEXT_INDEX = `${TEXT_COLUMN}_idx`
/** RRF constant of hybrid search. @internal */
export const RRF_K = 60

/**
 * The FTS index: the `simple` tokenizer (splits on spaces and punctuation, so `NM_007294.4:c.5266dupC` is the
 * tokens `nm 007294 4 c 5266dupc` and a phrase query finds it whole), lower-cased, ASCII-folded, no stemming and no
 * stop-word removal (so "breast and ovarian" is a phrase of three words), with positions for phrase queries.
 * @internal
 */
export function ftsConfig(): lancedb.Index {
  return lancedb.Index.fts({
    baseTokenizer: 'simple',
    withPosition: true,
    lowercase: true,
    asciiFolding: true,
    stem: false,
    removeStopWords: false,
  })
}

/** Throws unless the table has the `annotation` column. @internal */
export function requireTextColumn(h: TableHandle): void {
  if (!h.columnNames().includes(TEXT_COLUMN)) {
    throw new SchemaError(
      'SCHEMA_NEEDS_MIGRATION',
      `Table ${h.tableName} has no ${TEXT_COLUMN} column (it was written by an older version): run \`vcf-agent migrate\` to add it, then re-ingest the source VCF into a new table to fill it for the rows already stored (rows ingested after the migration are searchable at once).`,
      { details: { table: h.tableName, missing: TEXT_COLUMN } },
    )
  }
}

/**
 * Builds the FTS index after an ingest (the caller holds the write lock) when the table has the `annotation`
 * column and rows but no index yet, and records which rows it covers ({@link recordTextFloor}). An existing index is
 * left as it is: rows it does not cover are found by flat search, phrases by `text-unindexed.ts`, and `optimize`
 * folds them in. A table whose index was built before the covered rows were recorded (an older version of this
 * tool kept the index current after every write) is brought up to date once, by {@link optimizeTextIndex}.
 * @internal
 */
export async function ensureTextIndex(h: TableHandle, create: boolean): Promise<void> {
  if (!h.columnNames().includes(TEXT_COLUMN)) return
  if (!(await hasTextIndex(h))) {
    if (!create || (await h.table.countRows()) === 0) return
    await h.table.createIndex(TEXT_COLUMN, { config: ftsConfig(), replace: true })
    await recordTextFloor(h)
    return
  }
  if (textFloor(h) === 0n) {
    const stats = await h.table.indexStats(TEXT_INDEX)
    if (stats && stats.numUnindexedRows > 0) await optimizeTextIndex(h, new Date(0), false)
    else await recordTextFloor(h)
  }
}

/** Whether an error is LanceDB 0.31's failure to compact a table with a multi-page FTS index (lance#7653). */
function isFtsRemapFailure(err: unknown): boolean {
  const m = err instanceof Error ? err.message : String(err)
  return /Max offset of \d+ exceeds length of values/.test(m)
}

/**
 * LanceDB `Table.optimize` (compaction, index update, cleanup of versions older than `cleanupOlderThan`), the caller
 * holding the write lock; then records that the FTS index covers every row. LanceDB 0.31 cannot compact a table
 * whose FTS index (with positions) spans several pages — "Max offset of … exceeds length of values"
 * (lance-format/lance#7653, fixed in later Lance) — so on that failure the FTS index is dropped, the table
 * optimized, and the index built again (about 10 s per million rows); searches by other processes meanwhile get
 * `STORE_INDEX_MISSING`.
 * @internal
 */
export async function optimizeTextIndex(
  h: TableHandle,
  cleanupOlderThan: Date,
  deleteUnverified: boolean,
): Promise<lancedb.OptimizeStats> {
  const run = (): Promise<lancedb.OptimizeStats> =>
    h.table.optimize({ cleanupOlderThan, deleteUnverified })
  const indexed = h.columnNames().includes(TEXT_COLUMN) && (await hasTextIndex(h))
  let stats: lancedb.OptimizeStats
  try {
    stats = await run()
  } catch (err) {
    if (!indexed || !isFtsRemapFailure(err)) throw err
    await h.table.dropIndex(TEXT_INDEX)
    stats = await run()
    await h.table.createIndex(TEXT_COLUMN, { config: ftsConfig(), replace: true })
  }
  if (indexed) await recordTextFloor(h)
  return stats
}

/** Builds (or rebuilds) the FTS index on `annotation`, under the write lock. @internal */
export async function createTextIndex(h: TableHandle): Promise<void> {
  requireTextColumn(h)
  await h.write('create-index', async () => {
    await h.table.createIndex(TEXT_COLUMN, { config: ftsConfig(), replace: true })
    await recordTextFloor(h)
  })
}

/** Whether the FTS index exists. @internal */
export async function hasTextIndex(h: TableHandle): Promise<boolean> {
  return (await h.table.listIndices()).some((i) => i.columns.includes(TEXT_COLUMN))
}

/**
 * Parses the text query syntax: words (every word must occur), `"a phrase"` (the words in this order),
 * `OR` between two parts (either may occur), `-word` / `NOT word` / `-"a phrase"` (must not occur).
 *
 * @internal
 * @param text - the query
 * @returns a LanceDB full-text query on `annotation`
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an empty query, an unclosed quote or a query of only exclusions
 */
export function parseTextQuery(text: string): lancedb.FullTextQuery {
  return toFullTextQuery(parseTextClauses(text))
}

/** The clauses of a text query ({@link parseTextQuery}'s syntax and errors). @internal */
export function parseTextClauses(text: string): Clause[] {
  const src = String(text ?? '').trim()
  if (src === '')
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'The text query is empty; give --query "words".')
  if ((src.match(/"/g)?.length ?? 0) % 2 === 1) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Unclosed quote in text query ${JSON.stringify(src)}: close the phrase with ".`,
    )
  }
  const clauses: Clause[] = []
  const token = /(-?)"([^"]*)"|(\S+)/g
  let negateNext = false
  let orNext = false
  for (let m = token.exec(src); m; m = token.exec(src)) {
    const word = m[3]
    if (word === 'NOT') {
      negateNext = true
      continue
    }
    if (word === 'OR') {
      orNext = true
      const last = clauses.at(-1)
      if (last && last.occur === lancedb.Occur.Must) last.occur = lancedb.Occur.Should
      continue
    }
    if (word === 'AND') continue
    const phrase = m[2] !== undefined
    const negated = negateNext || m[1] === '-' || (word?.startsWith('-') ?? false)
    const body = phrase ? (m[2] as string) : (word as string).replace(/^-/, '')
    negateNext = false
    if (body.trim() === '') continue
    clauses.push({
      occur: negated ? lancedb.Occur.MustNot : orNext ? lancedb.Occur.Should : lancedb.Occur.Must,
      text: body,
      phrase: phrase || /[^\p{L}\p{N}]/u.test(body),
    })
    orNext = false
  }
  if (clauses.length === 0 || clauses.every((c) => c.occur === lancedb.Occur.MustNot)) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Text query ${JSON.stringify(src)} has nothing to find: give at least one word or phrase that must or may occur.`,
    )
  }
  return clauses
}

function toFullTextQuery(clauses: readonly Clause[]): lancedb.FullTextQuery {
  const leaf = (c: Clause): lancedb.FullTextQuery =>
    c.phrase
      ? new lancedb.PhraseQuery(c.text, TEXT_COLUMN)
      : new lancedb.MatchQuery(c.text, TEXT_COLUMN, { operator: lancedb.Operator.And })
  const only = clauses[0] as Clause
  if (clauses.length === 1) return leaf(only)
  return new lancedb.BooleanQuery(clauses.map((c) => [c.occur, leaf(c)]))
}

/** What {@link runTextSearch} and {@link runHybrid} need from the store. @internal */
export interface TextRun {
  /** Rendered WHERE, or undefined. */
  sql: string | undefined
  /** Columns to return. */
  select: string[]
  /** At most this many hits. */
  limit: number
  /** The text query. */
  text: string
}

// keyed by the native table, as the vector index type in search-plan.ts: rows the FTS index does not cover, per version
const unindexedCache = new WeakMap<object, { version: number; rows: number }>()

/** Rows the FTS index does not cover (LanceDB `indexStats`), cached per table version. */
async function unindexedRows(h: TableHandle): Promise<number> {
  const version = h.pinned ?? (await h.table.version())
  const hit = unindexedCache.get(h.table)
  if (hit && hit.version === version) return hit.rows
  const rows = (await h.table.indexStats(TEXT_INDEX))?.numUnindexedRows ?? 0
  unindexedCache.set(h.table, { version, rows })
  return rows
}

/**
 * Rows of a full-text search, best first, with LanceDB's BM25 `_score`: the index's hits and, for a query with
 * phrases while some rows are not indexed yet, the phrase hits among those rows (`text-unindexed.ts`).
 *
 * @param h - the table
 * @param run - WHERE, columns, limit and query text
 * @throws {StoreError} `STORE_INDEX_MISSING` when the table has no FTS index
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a query {@link parseTextQuery} refuses
 * @internal
 */
export async function runTextSearch(
  h: TableHandle,
  run: TextRun,
): Promise<Record<string, unknown>[]> {
  requireTextColumn(h)
  if (!(await hasTextIndex(h))) {
    throw new StoreError(
      'STORE_INDEX_MISSING',
      `Table ${h.tableName} has no full-text index on ${TEXT_COLUMN}: build it with \`vcf-agent create-lancedb-index --index_type FTS\` (ingest builds it by itself; other writes keep an existing one current).`,
      { details: { table: h.tableName, column: TEXT_COLUMN } },
    )
  }
  const clauses = parseTextClauses(run.text)
  const select = [...new Set(run.select)]
  const query = (where: string | undefined): lancedb.Query => {
    const q = h.table
      .query()
      .fullTextSearch(toFullTextQuery(clauses))
      .select([...select, '_score'])
      .limit(run.limit)
    return where ? q.where(where) : q
  }
  const rows = (t: import('apache-arrow').Table): Record<string, unknown>[] =>
    tableToRows(t) as unknown as Record<string, unknown>[]
  const unindexed = clauses.some((c) => c.phrase) ? await unindexedRows(h) : 0
  if (unindexed === 0) return rows(await query(run.sql).toArrow())
  // the index answers for the rows below the floor only: on the others a phrase never matches, so an excluded
  // phrase would let every row through (a floor of 0, not recorded, leaves the index's answer as it is)
  const floor = textFloor(h)
  const below = floor === 0n ? run.sql : `_rowid < ${floor}${run.sql ? ` AND (${run.sql})` : ''}`
  const indexed = rows(await query(below).withRowId().toArrow()) as ScoredRow[]
  const more = await unindexedPhraseHits(h, clauses, run.sql, select, run.limit, unindexed)
  const seen = new Set(indexed.map((r) => r._rowid))
  return [...indexed, ...more.filter((r) => !seen.has(r._rowid))]
    .sort((a, b) => b._score - a._score)
    .slice(0, run.limit)
    .map(({ _rowid, ...r }) => r)
}

/** Ranks and fused score of one hybrid hit. @internal */
export interface Fused {
  /** 1-based rank in the vector result, or null when not in it. */
  vector_rank: number | null
  /** 1-based rank in the text result, or null when not in it. */
  text_rank: number | null
  /** Reciprocal rank fusion score Σ 1/(k + rank), k = {@link RRF_K}; larger is better. */
  score: number
}

/**
 * Reciprocal rank fusion (Cormack et al. 2009; the formula of LanceDB's `RRFReranker`, k = {@link RRF_K}): each
 * id scores Σ 1/(k + rank) over the lists it is in; ties keep the vector list's order.
 * @internal
 */
export function fuseRanks(
  vectorIds: readonly string[],
  textIds: readonly string[],
): Map<string, Fused> {
  const out = new Map<string, Fused>()
  vectorIds.forEach((id, i) =>
    out.set(id, { vector_rank: i + 1, text_rank: null, score: 1 / (RRF_K + i + 1) }),
  )
  textIds.forEach((id, i) => {
    const f = out.get(id)
    if (f) {
      f.text_rank = i + 1
      f.score += 1 / (RRF_K + i + 1)
    } else out.set(id, { vector_rank: null, text_rank: i + 1, score: 1 / (RRF_K + i + 1) })
  })
  return new Map([...out].sort((a, b) => b[1].score - a[1].score))
}

/**
 * Full-text search over the `annotation` column (LanceDB `Index.fts`, BM25) and hybrid search (vector + text,
 * fused by reciprocal rank fusion, k = 60, the formula of LanceDB's `RRFReranker`).
 *
 * Rows written after the index was built are found too: searches never set LanceDB's `fastSearch`, so LanceDB
 * searches the not-yet-indexed rows by a flat scan beside the index, and the store's `optimize` (automatic after 20
 * commits or 100,000 rows, or `vcf-agent optimize`) folds them into the index.
 *
 * @internal
 * @module
 */
import * as lancedb from '@lancedb/lancedb'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import type { TableHandle } from './handle.js'

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
 */
function ftsConfig(): lancedb.Index {
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
 * Keeps the FTS index current after a write (the caller holds the write lock): with `create` (an ingest), builds it
 * when the table has the `annotation` column but no index yet; and folds rows the index does not cover into it (LanceDB `optimize` with
 * nothing old enough to prune: compaction and index update only). LanceDB's phrase queries do not see rows the
 * index does not cover, so this runs after every write that adds rows.
 * @internal
 */
export async function keepTextIndexCurrent(h: TableHandle, create: boolean): Promise<void> {
  if (!h.columnNames().includes(TEXT_COLUMN)) return
  if (!(await hasTextIndex(h))) {
    if (!create || (await h.table.countRows()) === 0) return
    await h.table.createIndex(TEXT_COLUMN, { config: ftsConfig(), replace: true })
    return
  }
  const stats = await h.table.indexStats(TEXT_INDEX)
  if (stats && stats.numUnindexedRows > 0) await h.table.optimize({ cleanupOlderThan: new Date(0) })
}

/** Builds (or rebuilds) the FTS index on `annotation`, under the write lock. @internal */
export async function createTextIndex(h: TableHandle): Promise<void> {
  requireTextColumn(h)
  await h.write('create-index', () =>
    h.table.createIndex(TEXT_COLUMN, { config: ftsConfig(), replace: true }),
  )
}

/** Whether the FTS index exists. @internal */
export async function hasTextIndex(h: TableHandle): Promise<boolean> {
  return (await h.table.listIndices()).some((i) => i.columns.includes(TEXT_COLUMN))
}

/** One clause of a parsed text query. */
interface Clause {
  occur: lancedb.Occur
  text: string
  phrase: boolean
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

/** Rows of a full-text search, best first, with LanceDB's BM25 `_score`. @internal */
export async function runTextSearch(
  h: TableHandle,
  run: TextRun,
  extraColumns: readonly string[] = [],
): Promise<import('apache-arrow').Table> {
  requireTextColumn(h)
  if (!(await hasTextIndex(h))) {
    throw new StoreError(
      'STORE_INDEX_MISSING',
      `Table ${h.tableName} has no full-text index on ${TEXT_COLUMN}: build it with \`vcf-agent create-lancedb-index --index_type FTS\` (ingest builds it by itself; other writes keep an existing one current).`,
      { details: { table: h.tableName, column: TEXT_COLUMN } },
    )
  }
  let q = h.table
    .query()
    .fullTextSearch(parseTextQuery(run.text))
    .select([...new Set([...run.select, ...extraColumns]), '_score'])
    .limit(run.limit)
  if (run.sql) q = q.where(run.sql)
  return q.toArrow()
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

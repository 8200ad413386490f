/**
 * Phrase queries over the rows the full-text index does not cover yet.
 *
 * LanceDB searches rows written after the FTS index was built by a flat scan beside the index — except for phrase
 * queries, which find nothing there (LanceDB 0.31 and 0.37). Folding new rows into the index after every write
 * (`Table.optimize`) is what the store did before, but at a million rows that optimize rewrites the whole table
 * (compaction merges the big fragment with the few new rows: 5–18 s per write) and, on LanceDB 0.31, fails with
 * "Max offset of … exceeds length of values" once the index has several pages (lance-format/lance#7653).
 *
 * So the index is left as it is after a write, and a text query with phrases runs twice: as given (the index answers
 * for the rows it covers), and relaxed — each phrase as "all its words", over only the rows from the
 * {@link TEXT_FLOOR_KEY} row id up, the rows written since the index last covered the table — with the phrases then
 * checked on those rows' text, tokenized as the index tokenizes it. The relaxed run reads at most the rows not yet
 * indexed (bounded by the automatic optimize, 100 000 rows by default), never the whole table.
 *
 * @internal
 * @module
 */
import * as lancedb from '@lancedb/lancedb'
import { tableToRows } from './arrow.js'
import { withCommitRetry } from './errors.js'
import type { TableHandle } from './handle.js'

/**
 * Field-metadata key on `annotation`: the first row id (`_rowid`, fragment id << 32 | offset) the FTS index did
 * not cover when it was last built or optimized. Rows are appended in new fragments with higher ids, and compaction
 * renumbers into new higher ids while it updates the index, so every row below it is indexed.
 */
export const TEXT_FLOOR_KEY = 'vcf_agent.fts_unindexed_from'

/** One clause of a parsed text query. @internal */
export interface Clause {
  occur: lancedb.Occur
  text: string
  phrase: boolean
}

/**
 * Tokens as the index makes them (`simple` tokenizer: runs of letters and digits; then lower case and ASCII
 * folding). @internal
 */
export function textTokens(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/[\p{Alphabetic}\p{N}]+/gu))
    out.push(m[0].toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''))
  return out
}

/** Whether `needle` occurs in `tokens` as consecutive tokens (a phrase) or, with `phrase` false, anywhere. */
function occurs(tokens: readonly string[], needle: readonly string[], phrase: boolean): boolean {
  if (needle.length === 0) return false
  if (!phrase) return needle.every((w) => tokens.includes(w))
  outer: for (let i = 0; i + needle.length <= tokens.length; i++) {
    for (let j = 0; j < needle.length; j++) if (tokens[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/**
 * Whether a text satisfies the clauses, as the index reads them: every Must clause occurs, no MustNot clause does,
 * and, when there is no Must clause, at least one Should clause does. @internal
 */
export function matchesClauses(text: string | null, clauses: readonly Clause[]): boolean {
  const tokens = textTokens(text ?? '')
  let must = false
  let should = false
  for (const c of clauses) {
    const hit = occurs(tokens, textTokens(c.text), c.phrase)
    if (c.occur === lancedb.Occur.MustNot) {
      if (hit) return false
    } else if (c.occur === lancedb.Occur.Must) {
      if (!hit) return false
      must = true
    } else if (hit) should = true
  }
  return must || should
}

/** The first row id the index does not cover, as recorded; 0 (every row) when nothing is recorded. @internal */
export function textFloor(h: TableHandle): bigint {
  const field = h.state.arrowSchema.fields.find((f) => f.name === 'annotation')
  const v = field?.metadata.get(TEXT_FLOOR_KEY)
  return v !== undefined && /^\d+$/.test(v) ? BigInt(v) : 0n
}

/** Whether the table holds a row in fragment `fragment` or a later one (LanceDB prunes on `_rowid`: ~3–5 ms). */
async function rowsFromFragment(h: TableHandle, fragment: number): Promise<boolean> {
  const first = await h.table
    .query()
    .where(`_rowid >= ${BigInt(fragment) << 32n}`)
    .select([])
    .withRowId()
    .limit(1)
    .toArrow()
  return first.numRows > 0
}

/**
 * Records that the index covers every row now in the table (the caller holds the write lock, just after building
 * or optimizing the index): the floor becomes the row id of the first row of a fragment newer than all of them.
 * The newest fragment holding rows is found by galloping and bisecting on its id — O(log fragments) queries of one
 * row each, ~50 ms whatever the table holds (reading every `_rowid` took 200–400 ms at 1M rows).
 * @internal
 */
export async function recordTextFloor(h: TableHandle): Promise<void> {
  // invariant: fragment `lo` or a later one holds rows, none from `hi` on
  let maxFragment = -1
  if (await rowsFromFragment(h, 0)) {
    let lo = 0
    let hi = 1
    while (await rowsFromFragment(h, hi)) [lo, hi] = [hi, hi * 2]
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2)
      if (await rowsFromFragment(h, mid)) lo = mid
      else hi = mid
    }
    maxFragment = lo
  }
  const floor = BigInt(maxFragment + 1) << 32n
  if (floor === textFloor(h)) return
  await withCommitRetry(
    () =>
      h.table.updateFieldMetadata([
        { path: 'annotation', metadata: { [TEXT_FLOOR_KEY]: String(floor) } },
      ]),
    'create-index',
  )
  Object.assign(h.state, { arrowSchema: await h.table.schema() })
}

/** A hit with its row id and BM25 score. @internal */
export type ScoredRow = Record<string, unknown> & { _rowid: number; _score: number }

/**
 * The hits among the rows the index does not cover, for a query with phrases: best first, at most `limit`.
 *
 * @param h - the table
 * @param clauses - the parsed query
 * @param sql - the rendered WHERE, or undefined
 * @param select - columns to return
 * @param limit - most hits
 * @param unindexed - rows the index does not cover (LanceDB `indexStats().numUnindexedRows`): the most candidates
 * @internal
 */
export async function unindexedPhraseHits(
  h: TableHandle,
  clauses: readonly Clause[],
  sql: string | undefined,
  select: readonly string[],
  limit: number,
  unindexed: number,
): Promise<ScoredRow[]> {
  const floor = textFloor(h)
  // phrases as all their words (a MustNot phrase cannot be relaxed: it is checked below only)
  const relaxed = clauses
    .filter((c) => !(c.phrase && c.occur === lancedb.Occur.MustNot))
    .map((c): [lancedb.Occur, lancedb.FullTextQuery] => [
      c.occur,
      new lancedb.MatchQuery(c.text, 'annotation', { operator: lancedb.Operator.And }),
    ])
  const query =
    relaxed.length === 1 && relaxed[0]![0] !== lancedb.Occur.MustNot
      ? relaxed[0]![1]
      : new lancedb.BooleanQuery(relaxed)
  const where = `_rowid >= ${floor}${sql ? ` AND (${sql})` : ''}`
  const candidates = await h.table
    .query()
    .fullTextSearch(query)
    .where(where)
    .select(['annotation', '_score'])
    .withRowId()
    .limit(Math.max(unindexed, limit))
    .toArrow()
  const text = candidates.getChild('annotation')
  const ids = candidates.getChild('_rowid')
  const scores = candidates.getChild('_score')
  const keep: { id: number; score: number }[] = []
  for (let i = 0; i < candidates.numRows; i++) {
    if (matchesClauses(text?.get(i) as string | null, clauses))
      keep.push({ id: Number(ids!.get(i)), score: scores!.get(i) as number })
  }
  keep.sort((a, b) => b.score - a.score)
  const top = keep.slice(0, limit)
  if (top.length === 0) return []
  const full = tableToRows(
    await h.table
      .query()
      .where(`_rowid IN (${top.map((t) => String(t.id)).join(', ')})`)
      .select([...select])
      .withRowId()
      .toArrow(),
  ) as unknown as Record<string, unknown>[]
  // tableToRows reads `_rowid` as a number (exact: fragment ids stay far below 2^21)
  const byId = new Map(full.map((r) => [r._rowid as number, r]))
  return top.flatMap((t) => {
    const r = byId.get(t.id)
    return r ? [{ ...r, _rowid: t.id, _score: t.score }] : []
  })
}

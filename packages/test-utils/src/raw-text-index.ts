/**
 * The full-text index of a table as raw LanceDB sees it, for tests that check what the store adds on top (rows
 * the index does not cover, phrases LanceDB alone does not find there).
 *
 * This file talks to LanceDB directly on purpose, like `original-table.ts`, and is allow-listed by the same lint
 * rule.
 */
import * as lancedb from '@lancedb/lancedb'

/** What raw LanceDB says of a table's `annotation` FTS index. */
export interface RawTextIndex {
  /** Rows the index does not cover (`indexStats('annotation_idx').numUnindexedRows`). */
  unindexedRows: number
  /** Rows a bare LanceDB phrase query on `annotation` returns. */
  phraseHits: number
}

/**
 * Opens `table` in `db` with LanceDB and reports its text index and the hits of one phrase query.
 *
 * @param db - the LanceDB folder
 * @param phrase - words to look up as a phrase
 * @param table - the table name (default `variants`)
 */
export async function rawTextIndex(
  db: string,
  phrase: string,
  table = 'variants',
): Promise<RawTextIndex> {
  const conn = await lancedb.connect(db)
  const t = await conn.openTable(table)
  try {
    const stats = await t.indexStats('annotation_idx')
    const hits = await t
      .query()
      .fullTextSearch(new lancedb.PhraseQuery(phrase, 'annotation'))
      .select(['variant_id'])
      .toArray()
    return { unindexedRows: stats?.numUnindexedRows ?? -1, phraseHits: hits.length }
  } finally {
    t.close()
    conn.close()
  }
}

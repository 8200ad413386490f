/**
 * {@link VariantTextSearch}: full-text search over the `annotation` column, scoped like a query.
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'
import { ScopedRead, count } from './scoped-read.js'
import type { TextHit } from './types.js'
import type { VariantStore } from './variant-store.js'

/**
 * Full-text hits (BM25), scoped like {@link VariantQuery} (the scope is applied before the search). Create one
 * with `store.searchText(text)`.
 *
 * Query syntax: words (every word must occur, in any order), `"a phrase"` (these words in this order), `OR`
 * between two parts (either may occur), `-word`, `-"a phrase"` or `NOT word` (must not occur). A word with
 * punctuation, such as the HGVS `NM_007294.4:c.5266dupC`, is searched as a phrase of its parts.
 *
 * @hideconstructor
 * @example
 * ```ts
 * const hits = await store.searchText('"breast cancer" -somatic').regions(['17']).limit(10).toArray()
 * ```
 */
export class VariantTextSearch extends ScopedRead {
  readonly #text: string
  #limit = 10
  #select: string[] | undefined

  /** @internal */
  constructor(store: VariantStore, text: string) {
    super(store)
    if (typeof text !== 'string' || text.trim() === '') {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        'The text query is empty; give --query "words".',
      )
    }
    this.#text = text
  }

  /**
   * At most `n` hits. The default is 10.
   *
   * @param n - a positive integer
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
   * @example
   * ```ts
   * store.searchText('missense').limit(5)
   * ```
   */
  limit(n: number): this {
    this.#limit = count(n, 'limit', 1)
    return this
  }

  /**
   * Columns to return beside `score`. The default is every column except `embedding`.
   *
   * @param columns - storage column names
   * @returns this builder
   * @example
   * ```ts
   * store.searchText('missense').select(['variant_id', 'annotation'])
   * ```
   */
  select(columns: readonly string[]): this {
    this.#select = columns.length > 0 ? [...columns] : undefined
    return this
  }

  /**
   * Runs the search.
   *
   * @returns hits, best first, each with its BM25 `score`
   * @throws {SchemaError} `SCHEMA_NEEDS_MIGRATION` when the table has no `annotation` column
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an empty query or an unclosed quote
   * @example
   * ```ts
   * const hits = await store.searchText('NM_007294.4:c.5266dupC').toArray()
   * ```
   */
  async toArray(): Promise<TextHit[]> {
    return this.store.textSearch({
      text: this.#text,
      where: await this.resolveWhere(),
      limit: this.#limit,
      ...(this.#select ? { select: this.#select } : {}),
    })
  }
}

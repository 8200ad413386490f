/**
 * {@link VariantSearch}: nearest neighbours of a vector, a variant or a stored variant, scoped like a query.
 *
 * @module
 */
import { parseVariantSpec } from '../embeddings/variant-spec.js'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import { classifyAllele } from '../schema/classify.js'
import { type Predicate, keyPredicate } from './predicates.js'
import { ScopedRead, count } from './scoped-read.js'
import type { DistanceType, SearchHit, SearchTarget } from './types.js'
import type { VariantStore } from './variant-store.js'

const DISTANCE_TYPES: readonly DistanceType[] = ['l2', 'cosine', 'dot']

/**
 * Nearest neighbours, scoped like {@link VariantQuery} (the scope is applied before the search). Create one
 * with `store.search(target)`.
 *
 * @hideconstructor
 * @example
 * ```ts
 * const hits = await store.search({ like: '17-41197701-G-C' }).regions(['17']).nprobes(50).refineFactor(10).limit(10).toArray()
 * ```
 */
export class VariantSearch extends ScopedRead {
  readonly #target: SearchTarget
  #limit = 10
  #select: string[] | undefined
  #distanceType: DistanceType | undefined
  #nprobes: number | undefined
  #refineFactor: number | undefined
  #bypass = false
  #text: string | undefined

  /** @internal */
  constructor(store: VariantStore, target: SearchTarget) {
    super(store)
    const given = ['embedding', 'variant', 'like'].filter(
      (k) => target && (target as Record<string, unknown>)[k] !== undefined,
    )
    if (given.length !== 1) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        'Give exactly one of embedding, variant (CHROM:POS:REF:ALT) or like (a stored variant_id).',
        {
          details: { given },
        },
      )
    }
    this.#target = target
  }

  /**
   * At most `n` hits. The default is 10.
   *
   * @param n - a positive integer
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
   * @example
   * ```ts
   * store.search({ like: id }).limit(5)
   * ```
   */
  limit(n: number): this {
    this.#limit = count(n, 'limit', 1)
    return this
  }

  /**
   * Columns to return beside `distance`. The default is every column except `embedding`.
   *
   * @param columns - storage column names
   * @returns this builder
   * @example
   * ```ts
   * store.search({ like: id }).select(['variant_id', 'gene'])
   * ```
   */
  select(columns: readonly string[]): this {
    this.#select = columns.length > 0 ? [...columns] : undefined
    return this
  }

  /**
   * Distance metric (LanceDB `distanceType`). The default is `l2`.
   *
   * @param type - `l2`, `cosine` or `dot`
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
   * @example
   * ```ts
   * store.search({ like: id }).distanceType('cosine')
   * ```
   */
  distanceType(type: DistanceType): this {
    if (!DISTANCE_TYPES.includes(type)) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `distance_type must be l2, cosine or dot (got ${JSON.stringify(type)}).`,
      )
    }
    this.#distanceType = type
    return this
  }

  /**
   * IVF partitions to probe when a vector index exists (LanceDB `nprobes`); more is slower and finds more.
   *
   * @param n - a positive integer
   * @returns this builder
   * @example
   * ```ts
   * store.search({ like: id }).nprobes(50)
   * ```
   */
  nprobes(n: number): this {
    this.#nprobes = count(n, 'nprobes', 1)
    return this
  }

  /**
   * Re-ranks `limit × factor` candidates by exact distance (LanceDB `refineFactor`).
   *
   * @param factor - a positive integer
   * @returns this builder
   * @example
   * ```ts
   * store.search({ like: id }).refineFactor(10)
   * ```
   */
  refineFactor(factor: number): this {
    this.#refineFactor = count(factor, 'refine_factor', 1)
    return this
  }

  /**
   * Exact (flat) search even when a vector index exists (LanceDB `bypassVectorIndex`).
   *
   * @param bypass - the default is true
   * @returns this builder
   * @example
   * ```ts
   * store.search({ like: id }).bypassVectorIndex()
   * ```
   */
  bypassVectorIndex(bypass = true): this {
    this.#bypass = bypass
    return this
  }

  /**
   * Makes the search hybrid: the vector hits and the full-text hits of `text` (syntax as
   * {@link VariantStore.searchText}), both scoped, fused by reciprocal rank fusion (k = 60). Each hit then carries
   * `vector_rank`, `text_rank` and the fused `score`, and hits are ordered by `score`.
   *
   * @param text - the text query
   * @returns this builder
   * @example
   * ```ts
   * store.search({ variant: '17:41197701:G:C' }).text('"breast cancer"').limit(10)
   * ```
   */
  text(text: string | undefined): this {
    this.#text = text === undefined || text.trim() === '' ? undefined : text
    return this
  }

  /**
   * Runs the search.
   *
   * @returns hits, nearest first, each with `distance`
   * @throws {StoreError} `STORE_VARIANT_NOT_FOUND` when `like` names no stored variant
   * @throws {SchemaError} `SCHEMA_MISMATCH` when `variant` would be embedded by another embedder than the table's;
   *   `SCHEMA_INVALID_ROW` for a vector of the wrong length
   * @throws {EmbeddingError} `EMBED_BAD_VARIANT` for an unparseable variant
   * @example
   * ```ts
   * const hits = await store.search({ variant: '17:41197701:G:C' }).limit(5).toArray()
   * ```
   */
  async toArray(): Promise<SearchHit[]> {
    const extra: Predicate[] = []
    let vector: Float32Array | readonly number[]
    const t = this.#target as {
      embedding?: Float32Array | readonly number[]
      variant?: string
      like?: string
    }
    if (t.embedding !== undefined) vector = t.embedding
    else if (t.variant !== undefined) {
      await this.store.bindEmbedder(this.store.embedder.name)
      if (this.store.embedder.dim !== this.store.dim) {
        throw new SchemaError(
          'SCHEMA_MISMATCH',
          `The embedder ${this.store.embedder.name} makes vectors of dim ${this.store.embedder.dim}; table ${this.store.tableName} has dim ${this.store.dim}.`,
        )
      }
      const v = parseVariantSpec(t.variant)
      const [vec] = await this.store.embedder.embed([
        { ...v, variant_class: classifyAllele(v.ref, v.alt) },
      ])
      vector = vec!
    } else {
      const like = String(t.like)
      const found = await this.store.getVariant(like, { select: ['variant_id', 'embedding'] })
      if (!found?.embedding) {
        throw new StoreError(
          'STORE_VARIANT_NOT_FOUND',
          `No variant with id ${JSON.stringify(like)} in table ${this.store.tableName}.`,
          {
            details: { variant_id: like },
          },
        )
      }
      vector = found.embedding
      extra.push(keyPredicate(like, true))
    }
    return this.store.nearest({
      vector,
      where: await this.resolveWhere(extra),
      limit: this.#limit,
      ...(this.#select ? { select: this.#select } : {}),
      ...(this.#distanceType ? { distanceType: this.#distanceType } : {}),
      ...(this.#nprobes ? { nprobes: this.#nprobes } : {}),
      ...(this.#refineFactor ? { refineFactor: this.#refineFactor } : {}),
      ...(this.#bypass ? { bypassVectorIndex: true } : {}),
      ...(this.#text !== undefined ? { text: this.#text } : {}),
    })
  }
}

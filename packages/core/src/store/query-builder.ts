/**
 * The query layer: {@link VariantQuery} (rows) and {@link VariantSearch} (nearest neighbours), built with the same
 * scoping methods — regions, samples, genes and the caller's SQL — in the manner of LanceDB's `QueryBase`
 * (`where`/`select`/`limit`) and `VectorQuery` (`distanceType`/`nprobes`/`refineFactor`). Every adapter (CLI,
 * server, web page) reads through these builders, so every read option behaves the same everywhere.
 *
 * @module
 */
import { classifyAllele } from '../schema/classify.js'
import { parseVariantSpec } from '../embeddings/variant-spec.js'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import { type Region, parseRegions } from '../vcf/regions.js'
import type { Variant } from '../schema/variant.js'
import {
  type Predicate,
  type Where,
  genesPredicate,
  keyPredicate,
  regionPredicate,
  samplesPredicate,
} from './predicates.js'
import type { DeleteResult, DistanceType, SearchHit, SearchTarget, StoreStats } from './types.js'
import type { ScanPlan, VariantStore } from './variant-store.js'

const DISTANCE_TYPES: readonly DistanceType[] = ['l2', 'cosine', 'dot']

function cleanList(values: readonly string[], what: string): string[] {
  if (!Array.isArray(values))
    throw new UsageError('USAGE_INVALID_ARGUMENT', `${what} must be a list of names.`)
  return values.map((v) => String(v).trim()).filter((v) => v !== '')
}

function count(n: number, name: string, min: number): number {
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `${name} must be an integer ≥ ${min} (got ${JSON.stringify(n)}).`,
      { details: { option: name } },
    )
  }
  return n
}

/** The scoping shared by {@link VariantQuery} and {@link VariantSearch}. */
abstract class ScopedRead {
  /** @internal */
  protected readonly store: VariantStore
  #regions: (string | Region)[] | undefined
  #samples: string[] = []
  #genes: string[] = []
  #filter: string | undefined

  /** @internal */
  constructor(store: VariantStore) {
    this.store = store
  }

  /**
   * Keeps variants whose span (POS..END) touches any region. Texts use `bcftools view -r` syntax (`CHR`,
   * `CHR:POS`, `CHR:BEG-END`, comma lists, `{CHR}:BEG-END` for names with `:` or `-`); objects are 1-based,
   * inclusive. Calling it again adds regions; an empty list matches nothing.
   *
   * @param regions - region texts or {@link Region} objects
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` (when the query runs) for an unparseable region
   * @example
   * ```ts
   * store.query().regions(['17:41196312-41277500', 'X'])
   * ```
   */
  regions(regions: readonly (string | Region)[]): this {
    if (regions.some((r) => typeof r === 'string' && r.trim() === '')) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        'A region must not be empty; use CHR, CHR:POS or CHR:BEG-END.',
      )
    }
    this.#regions = [...(this.#regions ?? []), ...regions]
    return this
  }

  /**
   * Keeps variants that any of these samples carries (het or hom-alt).
   *
   * @param names - sample names as in the VCF header
   * @returns this builder
   * @example
   * ```ts
   * store.query().samples(['NA12878'])
   * ```
   */
  samples(names: readonly string[]): this {
    this.#samples.push(...cleanList(names, 'samples'))
    return this
  }

  /**
   * Keeps variants of any of these genes (the `gene` column).
   *
   * @param symbols - gene symbols
   * @returns this builder
   * @example
   * ```ts
   * store.query().genes(['BRCA1', 'BRCA2'])
   * ```
   */
  genes(symbols: readonly string[]): this {
    this.#genes.push(...cleanList(symbols, 'genes'))
    return this
  }

  /**
   * ANDs a caller SQL filter (DataFusion SQL over the storage columns). It is validated when the query runs:
   * only known columns, comparisons, boolean operators and a short list of functions.
   *
   * @param sql - e.g. `clinical_significance = 'Pathogenic' AND qual > 30`
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` (when the query runs) for a refused filter
   * @example
   * ```ts
   * store.query().where("chrom = '17'")
   * ```
   */
  where(sql: string | undefined): this {
    const s = sql?.trim()
    if (s) this.#filter = this.#filter ? `(${this.#filter}) AND (${s})` : s
    return this
  }

  /** The WHERE clause: caller SQL plus typed predicates, with regions resolved against the table's contigs. @internal */
  protected async resolveWhere(extra: readonly Predicate[] = []): Promise<Where> {
    const predicates: Predicate[] = []
    if (this.#regions !== undefined) {
      const texts = this.#regions.filter((r): r is string => typeof r === 'string')
      const objects = this.#regions.filter((r): r is Region => typeof r !== 'string')
      // Only texts with a ':' can name a contig that itself contains ':'; look up just those candidates.
      const candidates = texts
        .flatMap((t) => t.split(','))
        .flatMap((t) => {
          const colon = t.lastIndexOf(':')
          return colon === -1 ? [] : [t.trim(), t.slice(0, colon).trim()]
        })
      const known = candidates.length > 0 ? await this.store.knownContigs(candidates) : undefined
      const parsed = texts.length > 0 ? parseRegions(texts, known) : []
      predicates.push(
        regionPredicate(
          [...parsed, ...objects],
          this.store.columns.includes('rlen'),
          this.store.maxSpan,
        ),
      )
    }
    if (this.#samples.length > 0) predicates.push(samplesPredicate(this.#samples))
    if (this.#genes.length > 0) predicates.push(genesPredicate(this.#genes))
    return { filter: this.#filter, predicates: [...predicates, ...extra] }
  }
}

/**
 * Rows of the table, scoped by regions, samples, genes and SQL; iterate it (`for await`) to stream, or call
 * {@link VariantQuery.toArray}. Create one with `store.query()`.
 *
 * @hideconstructor
 * @example
 * ```ts
 * const rows = await store.query().genes(['BRCA1']).where("clinical_significance = 'Pathogenic'").select(['variant_id']).limit(20).toArray()
 * ```
 */
export class VariantQuery extends ScopedRead implements AsyncIterable<Variant> {
  #select: string[] | undefined
  #limit: number | undefined
  #offset: number | undefined
  #action = 'filter'
  #order: 'genome' | 'storage' = 'genome'

  /**
   * Columns to return. The default is every column except `embedding`.
   *
   * @param columns - storage column names
   * @returns this builder
   * @throws {SchemaError} `SCHEMA_UNKNOWN_COLUMN` (when the query runs)
   * @example
   * ```ts
   * store.query().select(['variant_id', 'chrom', 'pos'])
   * ```
   */
  select(columns: readonly string[]): this {
    this.#select = columns.length > 0 ? [...columns] : undefined
    return this
  }

  /**
   * At most `n` rows. The default is no limit.
   *
   * @param n - a positive integer
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
   * @example
   * ```ts
   * store.query().limit(100)
   * ```
   */
  limit(n: number): this {
    this.#limit = count(n, 'limit', 1)
    return this
  }

  /**
   * Skips the first `n` matching rows.
   *
   * @param n - a non-negative integer
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
   * @example
   * ```ts
   * store.query().offset(100).limit(100) // the second page
   * ```
   */
  offset(n: number): this {
    this.#offset = count(n, 'offset', 0)
    return this
  }

  /**
   * Row order: `genome` (the default) — CHROM in natural order (1 … 22, X, Y, M, then other names), then POS —
   * or `storage` (as stored, cheapest). Genomic order streams too: large results are read contig by contig in POS
   * windows over the `pos` index, so a `limit` gives the first rows of the genome, not an arbitrary few.
   *
   * @param order - `genome` or `storage`
   * @returns this builder
   * @example
   * ```ts
   * store.query().genes(['BRCA1']).orderBy('storage')
   * ```
   */
  orderBy(order: 'genome' | 'storage'): this {
    if (order !== 'genome' && order !== 'storage') {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `order must be genome or storage (got ${JSON.stringify(order)}).`,
      )
    }
    this.#order = order
    return this
  }

  /** Names this read in the audit log (e.g. `export`). The default is `filter`. @internal */
  action(name: string): this {
    this.#action = name
    return this
  }

  /** The plan this query runs. @internal */
  async plan(): Promise<ScanPlan> {
    return {
      where: await this.resolveWhere(),
      select: this.#select,
      limit: this.#limit,
      offset: this.#offset,
      action: this.#action,
      order: this.#order,
    }
  }

  /**
   * Streams the matching rows.
   *
   * @returns an async iterator over the rows, in storage order
   * @example
   * ```ts
   * for await (const v of store.query().regions(['X'])) console.log(v.pos)
   * ```
   */
  async *[Symbol.asyncIterator](): AsyncIterator<Variant> {
    yield* this.store.scanRows(await this.plan())
  }

  /**
   * All matching rows, as an array.
   *
   * @returns the rows, in storage order
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a refused filter or bad region
   * @throws {StoreError} `STORE_BAD_FILTER`
   * @example
   * ```ts
   * const rows = await store.query().samples(['NA12878']).toArray()
   * ```
   */
  async toArray(): Promise<Variant[]> {
    const out: Variant[] = []
    for await (const row of this) out.push(row)
    return out
  }

  /**
   * Counts the matching rows (limit and offset are ignored).
   *
   * @returns the row count
   * @example
   * ```ts
   * await store.query().genes(['BRCA1']).count()
   * ```
   */
  async count(): Promise<number> {
    return this.store.countWhere(await this.resolveWhere(), 'count')
  }

  /**
   * Deletes the matching rows, under the write lock. A query without any condition is refused; one that matches
   * every row is refused unless `all` is set.
   *
   * @param options - `all: true` to allow deleting every row
   * @returns how many rows were deleted
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` without conditions; `USAGE_MATCHES_ALL_ROWS`
   * @example
   * ```ts
   * await store.query().regions(['Y']).delete()
   * ```
   */
  async delete(options: { all?: boolean } = {}): Promise<DeleteResult> {
    return this.store.deleteWhere(await this.resolveWhere(), options)
  }

  /**
   * Statistics of the matching rows (counts by CHROM, variant class and clinical significance, version, indexes).
   *
   * @returns the statistics
   * @example
   * ```ts
   * (await store.query().genes(['BRCA1']).stats()).byClinicalSignificance
   * ```
   */
  async stats(): Promise<StoreStats> {
    return this.store.statsWhere(await this.resolveWhere())
  }
}

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
    })
  }
}

/**
 * The public face of the Variant table: an abstract class (API and TSDoc), in the manner of LanceDB's own
 * `Table` (nodejs/lancedb/table.ts). The LanceDB-backed implementation is private; create a store with
 * {@link openStore}.
 *
 * @module
 */
import type { EmbeddingProvider } from '../embeddings/provider.js'
import type { Variant, VariantInput } from '../schema/variant.js'
import type { Where } from './predicates.js'
import { VariantQuery, VariantSearch } from './query-builder.js'
import { VariantTextSearch } from './text-builder.js'
import { VersionedStore } from './versioned-store.js'
import type {
  AddResult,
  AppendBatch,
  AppendBatchResult,
  DeleteResult,
  FilterOptions,
  IndexInfo,
  MigrateResult,
  ScalarIndexType,
  SearchHit,
  SearchOptions,
  SearchTarget,
  StoreStats,
  TextHit,
  UpdateResult,
  UpsertResult,
  SourceHeader,
  VectorIndexOptions,
} from './types.js'

/** A scan of the table: what {@link VariantQuery} hands to the store. @internal */
export interface ScanPlan {
  /** Caller SQL plus core predicates. */
  where: Where
  /** Columns to return; the default is every column except `embedding`. */
  select?: readonly string[] | undefined
  /** Maximum rows; undefined for no limit. */
  limit?: number | undefined
  /** Rows to skip first. */
  offset?: number | undefined
  /** Audit action of this read. The default is `filter`. */
  action?: string
  /** `genome`: CHROM (natural order) then POS; `storage`: as stored (the default here). */
  order?: 'genome' | 'storage'
}

/** A nearest-neighbour search: what {@link VariantSearch} hands to the store. @internal */
export interface NearestPlan extends Omit<SearchOptions, 'filter'> {
  /** Query vector of the table's dim. */
  vector: Float32Array | readonly number[]
  /** Caller SQL plus core predicates, applied before the search (prefilter). */
  where: Where
  /** A text query: makes the search hybrid (vector and full-text results fused by RRF, k = 60). */
  text?: string
}

/** A full-text search: what {@link VariantTextSearch} hands to the store. @internal */
export interface TextPlan {
  /** The text query (words, `"phrases"`, `OR`, `-word`). */
  text: string
  /** Caller SQL plus core predicates, applied before the search. */
  where: Where
  /** At most this many hits. The default is 10. */
  limit?: number
  /** Columns to return. The default is every column except `embedding`. */
  select?: readonly string[]
}

/**
 * The Variant table: add, search by embedding, update, delete, index and filter, with every write serialised by
 * the write lock (an in-process mutex plus a cross-process lock file), every read seeing the latest committed
 * data, and every operation audited. Reads are built with {@link VariantStore.query} and
 * {@link VariantStore.search}; the older one-call methods (`filterVariants`, `searchByEmbedding`) remain.
 *
 * @hideconstructor
 * @example
 * ```ts
 * const store = await openStore('./lancedb', { dim: 128 })
 * await store.addVariants([{ variant_id: '1-100-A-G', embedding: new Float32Array(128).fill(0.1), chrom: '1', pos: 100, ref: 'A', alt: 'G' }])
 * const rows = await store.query().regions(['1:1-1000']).select(['variant_id', 'pos']).limit(20).toArray()
 * const hits = await store.search({ like: '1-100-A-G' }).genes(['BRCA1']).limit(5).toArray()
 * ```
 */
export abstract class VariantStore extends VersionedStore {
  /** Database folder. */
  abstract readonly dbPath: string
  /** Table name. */
  abstract readonly tableName: string
  /** Embedding dimension of the table. */
  abstract readonly dim: number
  /** True when {@link openStore} created the table; false when it already existed. */
  abstract readonly created: boolean
  /**
   * Drops the table when this handle created it ({@link VariantStore.created}) and it still holds no rows — what a
   * first ingest that failed leaves — so that a failed write leaves no table behind (fixed to that run's `dim`).
   * Runs under the write lock and checks the row count there, so rows another process committed meanwhile are
   * never dropped. The handle is closed afterwards either way.
   *
   * @returns true when the table was dropped
   * @throws {LockError} `LOCK_TIMEOUT` when the write lock cannot be taken
   */
  abstract discardIfEmpty(): Promise<boolean>
  /** Who is acting, recorded in the audit log (e.g. a CLI user or a server token's name). The default is `local`. */
  abstract readonly actor: string
  /** The provider that embeds variants for this store (`search({ variant })`, ingest). */
  abstract readonly embedder: EmbeddingProvider
  /** Path of the audit log, or undefined when auditing is disabled. */
  abstract get auditLogPath(): string | undefined
  /** Names of the columns present in the table on disk. */
  abstract get columns(): string[]
  /** Schema version of the table on disk: 1 = the original Python tool's columns only, 2 = current. */
  abstract get schemaVersion(): number
  /**
   * Name of the embedder whose vectors the table holds (e.g. `features-v1`, `openai:text-embedding-3-small`), as
   * recorded in the table's metadata by the first write of computed embeddings; undefined when not recorded.
   */
  abstract get tableEmbedder(): string | undefined

  /**
   * The headers of the VCF files ingested into this table (each ingest that wrote rows records its file's header
   * lines in the table metadata), by ingest id — the `ingest_id` of the rows it wrote. A store open `as_of` a
   * version sees that version's headers. `exportVcf` writes them back.
   *
   * @returns ingest id → source header; empty for tables written before schema version 4 or by `addVariants`
   * @example
   * ```ts
   * const headers = await store.sourceHeaders()
   * [...headers.values()][0]?.lines[0] // '##fileformat=VCFv4.2'
   * ```
   */
  abstract sourceHeaders(): Promise<Map<string, SourceHeader>>

  /**
   * The longest reference span (bp) of any stored row, from the table's facts; undefined when not recorded. Region
   * queries use it to bound the POS range of variants that start before a region.
   * @internal
   */
  abstract get maxSpan(): number | undefined

  /**
   * A query over the table's rows, scoped by regions, samples, genes and SQL, streamed as an `AsyncIterable`.
   *
   * @returns a new query builder
   * @example
   * ```ts
   * for await (const v of store.query().regions(['17:41196312-41277500']).samples(['NA12878'])) console.log(v.variant_id)
   * ```
   */
  query(): VariantQuery {
    return new VariantQuery(this)
  }

  /**
   * A nearest-neighbour search from a vector, a variant `CHROM:POS:REF:ALT` (embedded with {@link embedder}) or
   * a stored `variant_id` (left out of its own hits), scoped like {@link VariantStore.query}.
   *
   * @param target - `{ embedding }`, `{ variant }` or `{ like }`
   * @returns a new search builder
   * @example
   * ```ts
   * const hits = await store.search({ variant: '17:41197701:G:C' }).where("chrom = '17'").limit(5).toArray()
   * ```
   */
  search(target: SearchTarget): VariantSearch {
    return new VariantSearch(this, target)
  }

  /**
   * A view of this store that acts as `actor` (recorded in the audit log). It shares the table handle: closing
   * the view does nothing; close the original store.
   *
   * @param actor - e.g. a server token's name
   * @returns the view
   * @example
   * ```ts
   * const asPipeline = store.withActor('pipeline')
   * ```
   */
  abstract withActor(actor: string): VariantStore

  /**
   * Adds the columns that a table written by the original Python tool (schema version 1) lacks, in place
   * (LanceDB `addColumns`, all nullable), records the schema version, and sets `variant_id` as the unenforced
   * primary key. Idempotent; runs under the write lock. Writes that need the new columns migrate automatically.
   *
   * @param options - `dryRun: true` reports what would change without changing anything
   * @returns the columns added (or to add) and the versions before and after
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * await store.migrate({ dryRun: true }) // { added: ['id', 'qual', …], fromVersion: 1, toVersion: 2 }
   * ```
   */
  abstract migrate(options?: { dryRun?: boolean }): Promise<MigrateResult>

  /**
   * Appends rows. Every row is validated first; one bad row means nothing is written.
   *
   * @param rows - rows with at least `variant_id`, `embedding` (length `dim`), `chrom`, `pos`, `ref`, `alt`
   * @returns rows written and the new table version
   * @throws {SchemaError} `SCHEMA_INVALID_ROW` naming the row index and field of every bad value
   * @throws {LockError} `LOCK_TIMEOUT` when another writer holds the lock too long
   * @example
   * ```ts
   * await store.addVariants([{ variant_id: '1-100-A-G', embedding, chrom: '1', pos: 100, ref: 'A', alt: 'G' }])
   * ```
   */
  abstract addVariants(rows: readonly VariantInput[]): Promise<AddResult>

  /**
   * Inserts the rows whose `variant_id` is not yet stored and leaves the others unchanged (ids within `rows`
   * must be unique), so adding the same rows twice leaves the same table.
   *
   * @param rows - validated like {@link VariantStore.addVariants}
   * @returns inserted and unchanged counts
   * @throws {SchemaError} `SCHEMA_INVALID_ROW`
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * const { inserted, unchanged } = await store.upsertVariants(rows)
   * ```
   */
  abstract upsertVariants(rows: readonly VariantInput[]): Promise<UpsertResult>

  /**
   * Appends the rows of a prepared batch whose key is not yet stored: the narrow interface ingestion writes
   * through. The store does not know how keys are made; `batch.candidates` narrows the lookup.
   *
   * @param batch - column buffers, keys and an optional candidate predicate
   * @returns inserted, unchanged and changed counts
   * @throws {SchemaError} `SCHEMA_INVALID_ROW` when the buffers have another dim
   * @throws {LockError} `LOCK_TIMEOUT`
   * @internal
   */
  abstract appendBatch(batch: AppendBatch): Promise<AppendBatchResult>

  /**
   * Deletes the rows an ingest run inserted (its `ingest_id`), under the write lock; audited as `ingest-rollback`.
   * @internal
   */
  abstract rollbackIngest(ingestId: string): Promise<DeleteResult>

  /**
   * Runs an operation that spans several store calls (e.g. an ingest) as one audited operation.
   * @internal
   */
  abstract auditedOperation<T>(
    action: string,
    details: Record<string, unknown>,
    fn: () => Promise<T>,
    count?: (r: T) => number,
  ): Promise<T>

  /**
   * Refuses an embedder other than the one the table's vectors came from, and records the embedder on a table
   * that has none recorded (`record: true`, under the write lock).
   *
   * @param name - the embedder's name (`EmbeddingProvider.name`)
   * @param options - `record: true` to record it when the table has none
   * @throws {SchemaError} `SCHEMA_MISMATCH` naming both embedders
   * @example
   * ```ts
   * await store.bindEmbedder(store.embedder.name, { record: true })
   * ```
   */
  abstract bindEmbedder(name: string, options?: { record?: boolean }): Promise<void>

  /**
   * Streams the rows of a scan plan (the engine behind {@link VariantQuery}); audited once when the stream ends.
   * @internal
   */
  abstract scanBatches(plan: ScanPlan): AsyncIterable<readonly Variant[]>

  /**
   * Which of `names` are CHROM values of stored rows (one indexed lookup per name; used to resolve region texts
   * whose contig name itself contains `:`).
   * @internal
   */
  abstract knownContigs(names: readonly string[]): Promise<Set<string>>

  /** Counts the rows a WHERE clause matches (behind {@link VariantQuery.count}). @internal */
  abstract countWhere(where: Where, action?: string): Promise<number>

  /** Deletes the rows a WHERE clause matches (behind {@link VariantQuery.delete}). @internal */
  abstract deleteWhere(where: Where, options?: { all?: boolean }): Promise<DeleteResult>

  /**
   * Table statistics over the rows a WHERE clause matches, with `bins` POS bins per CHROM when asked (behind
   * {@link VariantQuery.stats}). @internal
   */
  abstract statsWhere(where: Where, options?: { bins?: number }): Promise<StoreStats>

  /** Nearest neighbours of a vector (the engine behind {@link VariantSearch}). @internal */
  abstract nearest(plan: NearestPlan): Promise<SearchHit[]>

  /** Full-text hits (the engine behind {@link VariantTextSearch}). @internal */
  abstract textSearch(plan: TextPlan): Promise<TextHit[]>

  /**
   * A full-text search over the `annotation` column (condition names, HGVS, genes, consequences, rsIDs), scoped
   * like {@link VariantStore.query}.
   *
   * @param text - words (all must occur), `"a phrase"`, `OR`, `-word` / `NOT word`
   * @returns a builder; run it with `toArray()`
   * @example
   * ```ts
   * const hits = await store.searchText('"hereditary breast and ovarian cancer"').genes(['BRCA1']).limit(5).toArray()
   * ```
   */
  searchText(text: string): VariantTextSearch {
    return new VariantTextSearch(this, text)
  }

  /**
   * Builds (or rebuilds) the full-text index on `annotation` (LanceDB `Index.fts`, BM25, positions kept for
   * phrases). Rows written later are found at once and folded into the index by {@link VersionedStore.optimize}.
   *
   * @returns nothing
   * @throws {SchemaError} `SCHEMA_NEEDS_MIGRATION` when the table has no `annotation` column
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * await store.createTextIndex()
   * ```
   */
  abstract createTextIndex(): Promise<void>

  /**
   * Nearest neighbours of a query vector.
   *
   * @param vector - `Float32Array` or number array of length `dim`
   * @param options - limit (default 10), SQL prefilter, columns, metric (default `l2`), `nprobes`, `refineFactor`
   * @returns hits, nearest first, each with `distance`
   * @throws {SchemaError} `SCHEMA_INVALID_ROW` for a vector of the wrong length or with non-finite values
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the filter is refused
   * @example
   * ```ts
   * const hits = await store.searchByEmbedding(vec, { limit: 5, filter: "clinical_significance = 'Pathogenic'" })
   * ```
   */
  searchByEmbedding(
    vector: Float32Array | readonly number[],
    options: SearchOptions = {},
  ): Promise<SearchHit[]> {
    const { filter, ...rest } = options
    return this.nearest({ ...rest, vector, where: { filter, predicates: [] } })
  }

  /**
   * Rows matching a SQL filter, as an array (use {@link VariantStore.query} to stream).
   *
   * @param filter - DataFusion SQL over the Variant columns; empty or undefined for every row
   * @param options - columns (default all but `embedding`), limit, offset
   * @returns matching rows in storage order
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the filter is refused
   * @throws {StoreError} `STORE_BAD_FILTER` when LanceDB rejects it
   * @throws {SchemaError} `SCHEMA_UNKNOWN_COLUMN`
   * @example
   * ```ts
   * await store.filterVariants("chrom = '17' AND pos BETWEEN 43044295 AND 43125483", { limit: 100 })
   * ```
   */
  async filterVariants(
    filter: string | undefined,
    options: FilterOptions = {},
  ): Promise<Variant[]> {
    const out: Variant[] = []
    const plan: ScanPlan = {
      where: { filter, predicates: [] },
      select: options.select,
      limit: options.limit,
      offset: options.offset,
    }
    for await (const batch of this.scanBatches(
      options.action ? { ...plan, action: options.action } : plan,
    ))
      for (const row of batch) out.push(row)
    return out
  }

  /**
   * Counts rows, optionally matching a filter.
   *
   * @param filter - SQL filter; omit to count every row
   * @returns the row count
   * @throws {StoreError} `STORE_BAD_FILTER`
   * @example
   * ```ts
   * await store.countRows("chrom = 'X'")
   * ```
   */
  countRows(filter?: string): Promise<number> {
    return this.countWhere({ filter, predicates: [] })
  }

  /**
   * One variant by id.
   *
   * @param variantId - the `variant_id`; any characters, quoted safely
   * @param options - columns to return
   * @returns the row, or undefined when no variant has that id
   * @example
   * ```ts
   * const v = await store.getVariant('17-43045712-T-C')
   * ```
   */
  abstract getVariant(
    variantId: string,
    options?: Pick<FilterOptions, 'select'>,
  ): Promise<Variant | undefined>

  /**
   * Updates one variant's columns. `variant_id` is quoted safely, so an id containing `'` matches only itself.
   * The row stays consistent, under the same lock hold: a column that also lives in the stored INFO
   * (`clinical_significance` → `CLNSIG` or `CLINICAL_SIGNIFICANCE`, `gene` → `GENEINFO` or `SYMBOL`, `GENE`, `Gene`,
   * `GENE_NAME`, `af` → `AF`: the first of those keys the row's INFO has) is rewritten there too, so export writes the new value; and when the update changes a
   * feature the embedder reads (gene, clinical significance, AF, span, class) and the table's vectors are this
   * store's embedder's ({@link VariantStore.tableEmbedder}), the embedding is recomputed — unless the update sets
   * `info` or `embedding` itself. When the INFO or the ID changes (directly, or through that rewrite), the
   * searchable `annotation` text is made again from them as ingest makes it (ANN/CSQ read with the header the
   * row's ingest recorded), unless the update sets `annotation`.
   *
   * @param variantId - the `variant_id` to update
   * @param updates - new values of known, non-key columns
   * @returns how many rows changed (0 when the id is unknown)
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `updates` is empty or changes the variant's identity
   * @throws {SchemaError} `SCHEMA_UNKNOWN_COLUMN`; `SCHEMA_INVALID_ROW` for a bad value
   * @example
   * ```ts
   * await store.updateVariant('1-100-A-G', { clinical_significance: 'Benign' }) // { updated: 1 }
   * ```
   */
  abstract updateVariant(
    variantId: string,
    updates: Partial<Omit<VariantInput, 'variant_id'>>,
  ): Promise<UpdateResult>

  /**
   * Deletes the rows matching a filter. An empty filter is refused; a filter that matches every row is refused
   * unless `all` is set (the check and the delete run under the write lock).
   *
   * @param filter - SQL filter, e.g. `chrom = 'Y'`
   * @param options - `all: true` to allow deleting every row
   * @returns how many rows were deleted
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an empty filter; `USAGE_MATCHES_ALL_ROWS`
   * @throws {StoreError} `STORE_BAD_FILTER`
   * @example
   * ```ts
   * await store.deleteVariants("clinical_significance = 'Benign'") // { deleted: 12 }
   * ```
   */
  deleteVariants(filter: string, options: { all?: boolean } = {}): Promise<DeleteResult> {
    return this.deleteWhere({ filter, predicates: [] }, options)
  }

  /**
   * Creates a scalar index (`<column>_idx`) to speed up filters.
   *
   * @param column - a Variant column (not `embedding`)
   * @param type - `BTREE` (default), `BITMAP` (few distinct values) or `LABEL_LIST` (list columns)
   * @param options - `replace: true` to rebuild an existing index
   * @throws {SchemaError} `SCHEMA_UNKNOWN_COLUMN`
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a type that does not fit the column
   * @throws {StoreError} `STORE_INDEX_EXISTS` when the index exists and `replace` is not set
   * @example
   * ```ts
   * await store.createScalarIndex('het_samples', 'LABEL_LIST')
   * ```
   */
  abstract createScalarIndex(
    column: string,
    type?: ScalarIndexType,
    options?: { replace?: boolean },
  ): Promise<void>

  /**
   * Creates a vector index on `embedding` (IVF_PQ by default). Needs at least 256 rows for PQ training.
   *
   * @param options - type, partitions, sub-vectors, metric, replace
   * @throws {StoreError} `STORE_INDEX_EXISTS`; `STORE_FAILED` when LanceDB cannot train it
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `numSubVectors` does not divide `dim`
   * @example
   * ```ts
   * await store.createVectorIndex({ type: 'IVF_PQ' })
   * ```
   */
  abstract createVectorIndex(options?: VectorIndexOptions): Promise<void>

  /**
   * Creates (or rebuilds) the indexes genomic queries use: BITMAP on `chrom`, `gene`, `variant_class` and
   * `clinical_significance`, BTREE on `pos`, `rlen` and `variant_id`, LABEL_LIST on `het_samples`,
   * `hom_alt_samples` and `genes`.
   *
   * @returns the index names
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * await store.createGenomicIndexes() // ['chrom_idx', 'pos_idx', …]
   * ```
   */
  abstract createGenomicIndexes(): Promise<string[]>

  /**
   * The table's indexes.
   *
   * @returns name, type and columns of each index
   * @example
   * ```ts
   * (await store.listIndices()).map((i) => i.name) // ['pos_idx']
   * ```
   */
  abstract listIndices(): Promise<IndexInfo[]>

  /**
   * The distinct CHROM values in the table.
   *
   * @returns contig names
   * @example
   * ```ts
   * const contigs = await store.contigs() // Set { '1', '2', …, 'X' }
   * ```
   */
  abstract contigs(): Promise<Set<string>>

  /**
   * Summary of the table: row count, counts by chrom, variant class and clinical significance, version, indexes
   * and size on disk.
   *
   * @param filter - optional SQL filter restricting the counted rows
   * @returns the statistics
   * @throws {StoreError} `STORE_BAD_FILTER`
   * @example
   * ```ts
   * const s = await store.stats()
   * ```
   */
  stats(filter?: string): Promise<StoreStats> {
    return this.statsWhere({ filter, predicates: [] })
  }

  /**
   * The table's current version (LanceDB increments it on every commit); for a view made by
   * {@link VersionedStore.at}, the version it is pinned to.
   *
   * @returns the version number
   * @example
   * ```ts
   * await store.version()
   * ```
   */
  abstract version(): Promise<number>

  /**
   * Closes the table and connection. Safe to call twice. The audit records still queued (reads do not wait for
   * theirs) are written afterwards: await {@link VariantStore.closed} before the process exits on purpose.
   *
   * @example
   * ```ts
   * store.close()
   * ```
   */
  abstract close(): void

  /**
   * Resolves once a {@link VariantStore.close} has finished: every queued audit record is on disk.
   *
   * @returns a promise of nothing; resolved at once when the store was not closed
   * @example
   * ```ts
   * store.close()
   * await store.closed()
   * process.exit(0)
   * ```
   */
  abstract closed(): Promise<void>
}

/**
 * The use-cases both adapters call: one implementation of each read and write option, so the CLI's `--json`
 * output and the server's JSON carry the same rows with the same keys. Each takes a typed request (see
 * {@link parseRequest}) and returns data; printing and HTTP framing stay in the adapters.
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import { type IngestOptions, ingestVcf } from '../ingest/ingest.js'
import { type IngestSummary, ingestSummary } from './json.js'
import { makeVariantId } from '../ingest/variant-id.js'
import { parseVariantSpec } from '../embeddings/variant-spec.js'
import { classifyAllele } from '../schema/classify.js'
import type { Variant } from '../schema/variant.js'
import type { VariantQuery, VariantSearch } from '../store/query-builder.js'
import type {
  DeleteResult,
  DistanceType,
  MigrateResult,
  ScalarIndexType,
  SearchHit,
  StoreStats,
  TextHit,
} from '../store/types.js'
import type { VariantTextSearch } from '../store/text-builder.js'
import type { VariantStore } from '../store/variant-store.js'
import type { RequestOf } from './options.js'
import { parseBed } from '../vcf/bed.js'
import type { VcfInput } from '../vcf/source.js'

/** How `regions_file` is given: a path to read (CLI) or the BED text itself (HTTP). */
export interface RequestFiles {
  /** `path`: read the file; `text`: the value is the BED content. */
  regionsFile: 'path' | 'text'
}

type Scope = RequestOf<'filter'>

async function scope<B extends VariantQuery | VariantSearch | VariantTextSearch>(
  builder: B,
  req: Scope,
  files: RequestFiles,
): Promise<B> {
  if (req.region !== undefined) builder.regions(req.region)
  if (req.regions_file !== undefined) {
    const source = files.regionsFile === 'path' ? req.regions_file : 'regions_file'
    const text =
      files.regionsFile === 'path'
        ? await readFile(req.regions_file, 'utf8').catch((err: Error) => {
            throw new UsageError(
              'USAGE_INVALID_ARGUMENT',
              `Cannot read BED file ${req.regions_file}: ${err.message}`,
              { details: { file: req.regions_file } },
            )
          })
        : req.regions_file
    builder.regions(parseBed(text, source))
  }
  if (req.samples?.length) builder.samples(req.samples)
  if (req.gene?.length) builder.genes(req.gene)
  builder.where(req.filter_sql)
  return builder
}

function hasScope(req: Scope): boolean {
  return Boolean(
    req.filter_sql?.trim() ||
    req.region !== undefined ||
    req.regions_file !== undefined ||
    req.samples?.length ||
    req.gene?.length,
  )
}

/** Rows of a filter request, streamed; {@link RowStream.truncated} is known once the stream has ended. */
export interface RowStream extends AsyncIterable<Variant> {
  /** True when more rows matched than the limit let through (known after iteration). */
  readonly truncated: boolean
  /** The limit applied (0: none). */
  readonly limit: number
  /** The table version the rows are read from (known once the first row, or the end, was read). */
  readonly version: number | undefined
}

/** The answer of a search request: the hits and the table version they were read from. */
export interface SearchAnswer {
  /** The table version searched. */
  version: number
  /** Hits, nearest first. */
  hits: SearchHit[]
}

/**
 * The rows a filter request selects (scope, columns, limit — default 10, 0 for none — and offset), streamed, from
 * one table version: `as_of` (a version or tag), else the latest when the stream starts. One extra row is read to
 * tell whether the limit cut the result.
 *
 * @param store - the store
 * @param req - the typed `filter` request
 * @param files - how `regions_file` is given
 * @returns a row stream
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a refused filter or bad region (when iterated)
 * @throws {StoreError} `STORE_VERSION_NOT_FOUND` for an unknown `as_of` (when iterated)
 * @example
 * ```ts
 * const rows = filterRows(store, { gene: ['BRCA1'], limit: 20 }, { regionsFile: 'path' })
 * for await (const v of rows) console.log(v.variant_id)
 * if (rows.truncated) console.error('more rows match')
 * ```
 */
export function filterRows(
  store: VariantStore,
  req: RequestOf<'filter'>,
  files: RequestFiles,
): RowStream {
  const limit = req.limit ?? 10
  let truncated = false
  let version: number | undefined
  const rows = async function* (): AsyncGenerator<Variant> {
    const view = await store.at(req.as_of)
    version = view.pinnedVersion
    const q = await scope(view.query(), req, files)
    if (req.select_columns?.length) q.select(req.select_columns)
    if (req.offset) q.offset(req.offset)
    if (req.order !== undefined) q.orderBy(req.order as 'genome' | 'storage')
    if (limit > 0) q.limit(limit + 1)
    let n = 0
    for await (const row of q) {
      if (limit > 0 && n === limit) {
        truncated = true
        break
      }
      n++
      yield row
    }
  }
  return {
    [Symbol.asyncIterator]: () => rows()[Symbol.asyncIterator](),
    get truncated() {
      return truncated
    },
    get version() {
      return version
    },
    limit,
  }
}

/**
 * Nearest neighbours for a search request: exactly one of `embedding`, `variant` or `like`, scoped like a filter,
 * in one table version (`as_of`, else the latest).
 *
 * @param store - the store
 * @param req - the typed `search` request
 * @param files - how `regions_file` is given
 * @returns the hits, nearest first, and the version searched
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` unless exactly one target is given, or for an empty `text`
 * @throws {StoreError} `STORE_VARIANT_NOT_FOUND` for an unknown `like`
 * @throws {SchemaError} `SCHEMA_MISMATCH` when the table's vectors come from another embedder
 * @throws {StoreError} `STORE_VERSION_NOT_FOUND` for an unknown `as_of`
 * @example
 * ```ts
 * const { version, hits } = await searchHits(store, { like: '17-41197701-G-C', limit: 5 }, { regionsFile: 'path' })
 * ```
 */
export async function searchHits(
  store: VariantStore,
  req: RequestOf<'search'>,
  files: RequestFiles,
): Promise<SearchAnswer> {
  const given = [req.embedding, req.variant, req.like].filter((x) => x !== undefined).length
  if (given !== 1) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'Give exactly one of embedding (f,f,…), variant (chrom:pos:ref:alt) or like (a stored variant_id).',
    )
  }
  const target =
    req.embedding !== undefined
      ? { embedding: req.embedding }
      : req.variant !== undefined
        ? { variant: req.variant }
        : { like: req.like! }
  const view = await store.at(req.as_of)
  const s = await scope(view.search(target), req, files)
  if (req.limit !== undefined) s.limit(req.limit)
  if (req.select_columns?.length) s.select(req.select_columns)
  if (req.distance_type !== undefined) s.distanceType(req.distance_type as DistanceType)
  if (req.nprobes !== undefined) s.nprobes(req.nprobes)
  if (req.refine_factor !== undefined) s.refineFactor(req.refine_factor)
  if (req.bypass_vector_index) s.bypassVectorIndex()
  if (req.text !== undefined) {
    if (req.text.trim() === '')
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        'text is empty: give words to fuse a text search with the vector search (--text "breast cancer"), or leave it out.',
        { details: { option: 'text' } },
      )
    s.text(req.text)
  }
  return { version: view.pinnedVersion!, hits: await s.toArray() }
}

/** The answer of a text search request: the hits and the table version they were read from. */
export interface TextSearchAnswer {
  /** The table version searched. */
  version: number
  /** Hits, best BM25 score first. */
  hits: TextHit[]
}

/**
 * Full-text hits for a `search_text` request: the `query` over the `annotation` column (syntax in
 * {@link VariantTextSearch}), scoped like a filter, in one table version (`as_of`, else the latest).
 *
 * @param store - the store
 * @param req - the typed `search_text` request
 * @param files - how `regions_file` is given
 * @returns the hits, best first, and the version searched
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a missing or empty query, or an unclosed quote
 * @throws {SchemaError} `SCHEMA_NEEDS_MIGRATION` when the table has no `annotation` column
 * @throws {StoreError} `STORE_VERSION_NOT_FOUND` for an unknown `as_of`
 * @example
 * ```ts
 * const { hits } = await searchTextHits(store, { query: '"breast cancer"', gene: ['BRCA1'] }, { regionsFile: 'path' })
 * ```
 */
export async function searchTextHits(
  store: VariantStore,
  req: RequestOf<'search_text'>,
  files: RequestFiles,
): Promise<TextSearchAnswer> {
  if (req.query === undefined || req.query.trim() === '') {
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'query is required: give --query "words".', {
      details: { option: 'query' },
    })
  }
  const view = await store.at(req.as_of)
  const s = await scope(view.searchText(req.query), req, files)
  if (req.limit !== undefined) s.limit(req.limit)
  if (req.select_columns?.length) s.select(req.select_columns)
  return { version: view.pinnedVersion!, hits: await s.toArray() }
}

/**
 * Deletes the rows a delete request selects. A request without any condition is refused.
 *
 * @param store - the store
 * @param req - the typed `delete` request
 * @param files - how `regions_file` is given
 * @returns rows deleted
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` without conditions; `USAGE_MATCHES_ALL_ROWS` without `all`
 * @example
 * ```ts
 * await deleteRows(store, { region: ['Y'] }, { regionsFile: 'path' })
 * ```
 */
export async function deleteRows(
  store: VariantStore,
  req: RequestOf<'delete'>,
  files: RequestFiles,
): Promise<DeleteResult> {
  if (!hasScope(req))
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'A delete needs filter_sql, region, regions_file, samples or gene.',
    )
  return (await scope(store.query(), req, files)).delete({ all: Boolean(req.all) })
}

/**
 * Statistics of the rows a stats request selects, in one table version (`as_of`, else the latest); `version`
 * names it. With `bins`, also the rows of each CHROM in that many equal-width POS bins.
 *
 * @param store - the store
 * @param req - the typed `stats` request
 * @param files - how `regions_file` is given
 * @returns the statistics
 * @example
 * ```ts
 * (await tableStats(store, {}, { regionsFile: 'path' })).rows
 * ```
 */
export async function tableStats(
  store: VariantStore,
  req: RequestOf<'stats'>,
  files: RequestFiles,
): Promise<StoreStats> {
  return (await scope((await store.at(req.as_of)).query(), req, files)).stats({
    bins: req.bins ?? 0,
  })
}

/**
 * The query an export request selects (rows are written by `exportVcf`), over one table version (`as_of`, else the
 * latest; `query.tableVersion()` names it).
 *
 * @param store - the store
 * @param req - the typed `export` request
 * @param files - how `regions_file` is given
 * @returns the query, audited as `export`
 * @example
 * ```ts
 * const q = await exportQuery(store, { gene: ['BRCA1'] }, { regionsFile: 'path' })
 * ```
 */
export async function exportQuery(
  store: VariantStore,
  req: RequestOf<'export'>,
  files: RequestFiles,
): Promise<VariantQuery> {
  return (await scope((await store.at(req.as_of)).query(), req, files)).action('export')
}

/**
 * Adds one variant: its id made as ingest makes ids (`makeVariantId`), its embedding given or computed with the
 * store's embedder (which is then recorded on, or checked against, the table).
 *
 * @param store - the store
 * @param req - `variant` (CHROM:POS:REF:ALT) or `chrom`/`pos`/`ref`/`alt`; optional `embedding`, `variant_id`, `clinical_significance`
 * @returns whether it was added, and its id
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the variant is not given
 * @throws {SchemaError} `SCHEMA_INVALID_ROW`, `SCHEMA_MISMATCH`
 * @example
 * ```ts
 * await addVariant(store, { variant: '17:43045712:T:C', clinical_significance: 'Pathogenic' })
 * ```
 */
export async function addVariant(
  store: VariantStore,
  req: RequestOf<'add'>,
): Promise<{ added: number; variant_id: string }> {
  let chrom: string, pos: number, ref: string, alt: string
  if (req.variant !== undefined) ({ chrom, pos, ref, alt } = parseVariantSpec(req.variant))
  else {
    const missing = (['chrom', 'pos', 'ref', 'alt'] as const).filter((k) => req[k] === undefined)
    if (missing.length > 0) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `Give variant (chrom:pos:ref:alt) or all of chrom, pos, ref and alt (missing ${missing.join(', ')}).`,
      )
    }
    ;({ chrom, pos, ref, alt } = req as { chrom: string; pos: number; ref: string; alt: string })
  }
  const clinical = req.clinical_significance ?? null
  const variant_class = classifyAllele(ref, alt)
  let embedding: Float32Array | number[]
  if (req.embedding !== undefined) embedding = req.embedding
  else {
    await store.bindEmbedder(store.embedder.name, { record: true })
    const [vec] = await store.embedder.embed([
      { chrom, pos, ref, alt, variant_class, clinical_significance: clinical },
    ])
    embedding = vec!
  }
  const variant_id = req.variant_id ?? makeVariantId(chrom, pos, ref, alt)
  const res = await store.upsertVariants([
    { variant_id, embedding, chrom, pos, ref, alt, clinical_significance: clinical, variant_class },
  ])
  return { added: res.inserted, variant_id }
}

/**
 * Updates one variant's columns.
 *
 * @param store - the store
 * @param req - `variant_id` and `updates` (an object of column → value)
 * @returns the id and rows updated (1)
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a missing id or updates that are not an object
 * @throws {StoreError} `STORE_VARIANT_NOT_FOUND` when no variant has that id
 * @example
 * ```ts
 * await updateVariant(store, { variant_id: '1-100-A-G', updates: { clinical_significance: 'Benign' } })
 * ```
 */
export async function updateVariant(
  store: VariantStore,
  req: RequestOf<'update'>,
): Promise<{ variant_id: string; updated: number }> {
  if (!req.variant_id)
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'variant_id is required.', {
      details: { option: 'variant_id' },
    })
  const updates = req.updates
  if (updates == null || typeof updates !== 'object' || Array.isArray(updates)) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'updates must be a JSON object such as {"clinical_significance": "Benign"}.',
      { details: { option: 'updates' } },
    )
  }
  const res = await store.updateVariant(req.variant_id, updates)
  if (res.updated === 0) {
    throw new StoreError(
      'STORE_VARIANT_NOT_FOUND',
      `No variant with id ${JSON.stringify(req.variant_id)} in table ${store.tableName}; nothing updated.`,
      {
        details: { variant_id: req.variant_id },
      },
    )
  }
  return { variant_id: req.variant_id, updated: res.updated }
}

/**
 * Creates an index: every genomic index (`genomic`), a vector index (`index_type` IVF_PQ / IVF_FLAT), or a scalar
 * index on `column`.
 *
 * @param store - the store
 * @param req - the typed `index` request
 * @returns what was created
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a missing column or unknown type
 * @throws {StoreError} `STORE_INDEX_EXISTS` without `replace`
 * @example
 * ```ts
 * await createIndex(store, { genomic: true })
 * ```
 */
export async function createIndex(
  store: VariantStore,
  req: RequestOf<'index'>,
): Promise<{ indexes: string[]; index_type?: string; column?: string }> {
  if (req.genomic) return { indexes: await store.createGenomicIndexes() }
  const type = (req.index_type ?? 'BTREE').toUpperCase()
  const replace = Boolean(req.replace)
  if (type === 'FTS') {
    if (req.column !== undefined && req.column !== 'annotation') {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `An FTS index goes on the annotation column, not ${req.column}.`,
      )
    }
    await store.createTextIndex()
    return { indexes: ['annotation_idx'], index_type: type, column: 'annotation' }
  }
  if (type === 'IVF_PQ' || type === 'IVF_FLAT') {
    if (req.column !== undefined && req.column !== 'embedding') {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `A ${type} index goes on the embedding column, not ${req.column}.`,
      )
    }
    await store.createVectorIndex({
      type,
      replace,
      ...(req.num_partitions ? { numPartitions: req.num_partitions } : {}),
      ...(req.num_sub_vectors ? { numSubVectors: req.num_sub_vectors } : {}),
      ...(req.distance_type ? { distanceType: req.distance_type as DistanceType } : {}),
    })
    return { indexes: ['embedding_idx'], index_type: type, column: 'embedding' }
  }
  if (!req.column)
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'column is required (or genomic, or index_type IVF_PQ / IVF_FLAT).',
      { details: { option: 'column' } },
    )
  await store.createScalarIndex(req.column, type as ScalarIndexType, { replace })
  return { indexes: [`${req.column}_idx`], index_type: type, column: req.column }
}

/**
 * Migrates a table of the original tool in place (or reports what would change).
 *
 * @param store - the store
 * @param req - `dry_run`
 * @returns the migration result, snake_case
 * @example
 * ```ts
 * await migrateTable(store, { dry_run: true })
 * ```
 */
export async function migrateTable(
  store: VariantStore,
  req: RequestOf<'migrate'>,
): Promise<{ added: string[]; from_version: number; to_version: number; dry_run: boolean }> {
  const r: MigrateResult = await store.migrate({ dryRun: Boolean(req.dry_run) })
  return { added: r.added, from_version: r.fromVersion, to_version: r.toVersion, dry_run: r.dryRun }
}

/**
 * One stored variant by id, as of a version or tag (default the latest).
 *
 * @param store - the store
 * @param variantId - the `variant_id`
 * @param select - columns (default: every column except `embedding`)
 * @param asOf - the version or tag to read (default: the latest)
 * @returns the row and the table version it was read from
 * @throws {StoreError} `STORE_VARIANT_NOT_FOUND`; `STORE_VERSION_NOT_FOUND` for an unknown `asOf`
 * @example
 * ```ts
 * const { row, version } = await variantById(store, '17-41197701-G-C')
 * ```
 */
export async function variantById(
  store: VariantStore,
  variantId: string,
  select?: readonly string[],
  asOf?: string,
): Promise<{ row: Variant; version: number }> {
  const view = await store.at(asOf)
  const row = await view.getVariant(variantId, select && select.length > 0 ? { select } : {})
  if (!row) {
    throw new StoreError(
      'STORE_VARIANT_NOT_FOUND',
      `No variant with id ${JSON.stringify(variantId)} in table ${store.tableName}.`,
      {
        details: { variant_id: variantId },
      },
    )
  }
  return { row, version: view.pinnedVersion! }
}

/**
 * Ingests a VCF file for an ingest request (the table must exist unless the adapter created it; a `dim` that
 * differs from the table's is refused).
 *
 * @param store - the store, or null with `validate_only`
 * @param path - the VCF file
 * @param req - the typed `ingest` request
 * @param extra - adapter hooks: progress, warnings, an abort signal
 * @returns the snake_case summary
 * @throws {SchemaError} `SCHEMA_MISMATCH` when `dim` differs from the table's
 * @throws {VcfParseError} `VCF_PARSE_*` for a malformed file, `VCF_PARSE_STRICT_VIOLATIONS` with `strict`
 *   (nothing stays written)
 * @example
 * ```ts
 * await ingestFile(store, 'calls.vcf.gz', { batch_size: 4096 })
 * ```
 */
export async function ingestFile(
  store: VariantStore | null,
  path: VcfInput,
  req: RequestOf<'ingest'>,
  extra: Pick<IngestOptions, 'onProgress' | 'onWarning' | 'signal'> = {},
): Promise<IngestSummary> {
  if (store && req.dim !== undefined && req.dim !== store.dim) {
    throw new SchemaError(
      'SCHEMA_MISMATCH',
      `Table ${store.tableName} has dim ${store.dim}, not ${req.dim}; omit dim or ingest into a new table.`,
      {
        details: { table: store.tableName, dim: store.dim, requested: req.dim },
      },
    )
  }
  const result = await ingestVcf(store, path, {
    validateOnly: Boolean(req.validate_only),
    ...(req.strict ? { strict: true } : {}),
    ...(req.clinical_significance_key
      ? { clinicalSignificanceKey: req.clinical_significance_key }
      : {}),
    ...(req.batch_size ? { batchSize: req.batch_size } : {}),
    ...(req.workers === undefined ? {} : { workers: req.workers }),
    ...(req.update_changed ? { updateChanged: true } : {}),
    ...(req.tag === undefined ? {} : { tag: req.tag }),
    ...extra,
  }).catch(async (err: unknown) => {
    // a first ingest that fails leaves no table behind (one fixed to this run's dim)
    if (store?.created) await store.discardIfEmpty().catch(() => false)
    throw err
  })
  return ingestSummary(result)
}

/**
 * The option and result types of the store: what callers pass to {@link VariantStore} and get back.
 *
 * @module
 */
import type { AuditLog } from '../audit/index.js'
import type { Variant } from '../schema/variant.js'

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Table name. The default is `variants`. */
  tableName?: string
  /**
   * Embedding dimension. Used when the table is created (the default is 1024); when the table exists, a
   * different value is an error (`SCHEMA_MISMATCH`). Omit it to accept the table's own dim.
   */
  dim?: number
  /** Create the table when it does not exist. The default is true. */
  create?: boolean
  /** How long a write waits for the write lock, in ms. The default is 60 000 ms. */
  lockTimeoutMs?: number
  /** After how long without a heartbeat another process's lock counts as stale, in ms. The default is 10 000 ms. */
  lockStaleMs?: number
  /** Who is acting, for the audit log. The default is `local`. */
  actor?: string
  /**
   * LanceDB storage options for an object-storage db path (`s3://`, `s3+ddb://`), e.g.
   * `{ aws_region: 'eu-west-1' }`; they override those taken from the AWS environment variables
   * ({@link storageOptionsFromEnv}). Ignored for a local folder.
   */
  storageOptions?: Record<string, string>
  /**
   * Where every operation is audited: a path (the default is `<dbPath>/audit.log.jsonl`; on object storage a
   * local file per writer, `<state dir>/object-stores/<name>/audit.log.jsonl`, see {@link DbLocation}), an open
   * {@link AuditLog}, or `false` to disable auditing explicitly.
   */
  audit?: string | AuditLog | false
  /** Extra columns whose values are always masked in the audit log (e.g. `patient_id`), beside the sample lists. */
  sensitiveColumns?: readonly string[]
  /**
   * The provider that embeds variants for this store (`search({ variant })`; ingest uses it unless told
   * otherwise), or a function that makes it from the table's dim and the embedder name recorded in the table's
   * metadata (undefined for a new table or one that recorded none). Its `dim` must equal the table's. The default
   * is the built-in feature embedder at the table's dim, in the design the table records (`features-v1` tables
   * keep `features-v1`), else `features-v2`.
   */
  embedder?:
    | import('../embeddings/provider.js').EmbeddingProvider
    | ((
        dim: number,
        tableEmbedder: string | undefined,
      ) => import('../embeddings/provider.js').EmbeddingProvider)
  /** Receives warnings (e.g. a database folder writable by others). Core never prints. */
  onWarning?: (message: string) => void
  /**
   * When the store runs {@link VariantStore.optimize} by itself: after a write that brings the commits or rows
   * written since the last optimize to a threshold (counted across processes in `<dbPath>/.<table>.maintenance.json`).
   * `false` turns it off. The default comes from `VCF_AGENT_AUTO_OPTIMIZE` (`off`, or `WRITES,ROWS`), else
   * {@link DEFAULT_AUTO_OPTIMIZE}: 20 commits or 100 000 rows. An ingest counts toward it but leaves the optimize to
   * the next other write (its result warns that it is due); a first ingest into the table it created is not counted.
   */
  autoOptimize?: import('./optimize.js').AutoOptimize | false
}

/** Distance metric of a vector search (LanceDB `DistanceType`). */
export type DistanceType = 'l2' | 'cosine' | 'dot'

/** Options of {@link VariantStore.searchByEmbedding}. */
export interface SearchOptions {
  /** Maximum number of hits. The default is 10. */
  limit?: number
  /** SQL filter applied before the search (LanceDB prefilter), e.g. `chrom = '1'`. */
  filter?: string
  /** Columns to return. The default is every column except `embedding`. */
  select?: readonly string[]
  /** Distance metric. The default is `l2`; the built-in embedder's vectors are unit length, so l2 and cosine rank alike. */
  distanceType?: DistanceType
  /** IVF partitions to probe when a vector index exists (LanceDB `nprobes`). The default is LanceDB's (20). */
  nprobes?: number
  /** Re-rank `limit × refineFactor` candidates with exact distances (LanceDB `refineFactor`). The default is none. */
  refineFactor?: number
  /** Exact (flat) search even when a vector index exists (LanceDB `bypassVectorIndex`). The default is false. */
  bypassVectorIndex?: boolean
}

/**
 * One search hit: the selected columns plus its distance to the query (smaller is nearer). A hybrid search (a
 * vector search with a text query) adds `vector_rank` and `text_rank` (1-based, null when the hit is not in that
 * list) and `score`, the reciprocal rank fusion score (k = 60; larger is better), and orders hits by `score`.
 */
export type SearchHit = Variant & {
  distance: number
  vector_rank?: number | null
  text_rank?: number | null
  score?: number
}

/** One full-text hit: the selected columns plus its BM25 `score` (larger is better). */
export type TextHit = Variant & { score: number }

/** Options of {@link VariantStore.filterVariants}. */
export interface FilterOptions {
  /** Columns to return. The default is every column except `embedding`. */
  select?: readonly string[]
  /** Maximum number of rows. The default is no limit. */
  limit?: number
  /** Rows to skip first. */
  offset?: number
  /** Audit action name for this read (e.g. `export`). The default is `filter`. @internal */
  action?: string
}

/** Result of {@link VariantStore.addVariants}. */
export interface AddResult {
  /** Rows written. */
  added: number
  /** Table version after the write. */
  version: number
}

/** Result of {@link VariantStore.upsertVariants}. */
export interface UpsertResult {
  /** Rows whose `variant_id` was new and were inserted. */
  inserted: number
  /** Rows whose `variant_id` already existed with the same content; left as they were. */
  unchanged: number
  /**
   * Rows whose `variant_id` already existed but whose CLNSIG, QUAL, FILTER or INFO differ (counted by ingestion
   * only; 0 otherwise). They are left as stored: delete them first to load the new content.
   */
  changed?: number
  /** Table version after the write. */
  version: number
}

/** Result of {@link VariantStore.updateVariant}. */
export interface UpdateResult {
  /** Rows changed: 0 when no variant has that id. */
  updated: number
}

/** Result of {@link VariantStore.deleteVariants}. */
export interface DeleteResult {
  /** Rows deleted. */
  deleted: number
}

/** Scalar index types (LanceDB `Index.btree()`, `Index.bitmap()`, `Index.labelList()`). */
export type ScalarIndexType = 'BTREE' | 'BITMAP' | 'LABEL_LIST'

/** Vector index types (LanceDB `Index.ivfPq()`, `Index.ivfFlat()`). */
export type VectorIndexType = 'IVF_PQ' | 'IVF_FLAT'

/** Options of {@link VariantStore.createVectorIndex}. */
export interface VectorIndexOptions {
  /** The default is `IVF_PQ`. */
  type?: VectorIndexType
  /** IVF partitions. The default is about √rows, at least 1. */
  numPartitions?: number
  /** PQ sub-vectors; must divide `dim`. The default is `dim / 16` (or `dim / 8`, `dim / 4`…). */
  numSubVectors?: number
  /** Distance metric the index is built for. The default is `l2`. */
  distanceType?: DistanceType
  /** Replace an existing index. The default is false. */
  replace?: boolean
}

/** An index on the table. */
export interface IndexInfo {
  /** Index name (`<column>_idx`). */
  name: string
  /** LanceDB index type, e.g. `BTree`, `Bitmap`, `LabelList`, `IvfPq`. */
  indexType: string
  /** Indexed columns. */
  columns: string[]
}

/** Result of {@link VariantStore.stats}. */
export interface StoreStats {
  /** Table name. */
  table: string
  /** Rows counted. */
  rows: number
  /** Embedding dimension. */
  dim: number
  /** Schema version on disk. */
  schemaVersion: number
  /** LanceDB table version. */
  version: number
  /** Rows per CHROM, most first. */
  byChrom: Record<string, number>
  /** Rows per variant class (`.` = not set), most first. */
  byVariantClass: Record<string, number>
  /** Rows per clinical significance (`.` = not set), most first. */
  byClinicalSignificance: Record<string, number>
  /** Indexes on the table. */
  indexes: IndexInfo[]
  /** Size of the table folder on disk, in bytes. */
  diskBytes: number
  /** Rows in equal-width POS bins, one entry per CHROM in natural order (only when bins were asked for). */
  byPosition?: PositionBins[]
}

/**
 * Matching rows of one CHROM counted in equal-width POS bins: bin `i` covers POS `minPos + i * binWidth` up to
 * (not including) `minPos + (i + 1) * binWidth`; the last bin also holds `maxPos`. Part of {@link StoreStats}.
 */
export interface PositionBins {
  /** The CHROM. */
  chrom: string
  /** Smallest matching POS (1-based). */
  minPos: number
  /** Largest matching POS (1-based). */
  maxPos: number
  /** Width of each bin in bp (at least 1). */
  binWidth: number
  /** Rows per bin, from `minPos` on. */
  counts: number[]
}

/** Result of {@link VariantStore.migrate}. */
export interface MigrateResult {
  /** Columns added (or, with `dryRun`, that would be added). */
  added: string[]
  /** Schema version before. */
  fromVersion: number
  /** Schema version after (or that the migration would reach). */
  toVersion: number
  /** True when nothing was changed. */
  dryRun: boolean
}

/**
 * What a similarity search starts from: a query vector of the table's `dim`, a variant `CHROM:POS:REF:ALT`
 * (1-based POS) embedded with the store's embedder, or the `variant_id` of a stored variant (its own embedding;
 * the variant itself is left out of the hits).
 */
export type SearchTarget =
  | { readonly embedding: Float32Array | readonly number[] }
  | { readonly variant: string }
  | { readonly like: string }

/**
 * One batch handed to {@link VariantStore.appendBatch}: column buffers built from the one column list, the
 * batch's primary keys in row order, and optionally a SQL predicate that every stored row sharing a key with the
 * batch satisfies (it narrows the existing-key lookup; the caller builds it, e.g. from CHROM/POS ranges).
 * @internal
 */
export interface AppendBatch {
  /** Column buffers (see `rowsToBuffers`). */
  buffers: import('../schema/column-buffers.js').BatchBuffers
  /** `variant_id` of each row, in row order; unique within the batch. */
  keys: readonly string[]
  /** A SQL predicate (built with `sqlIdent`/`sqlString`) that every stored row with one of `keys` matches. */
  candidates?: string
  /** The batch's facts, when its builder collected them (else they are read from the buffers). */
  facts?: import('./facts.js').Facts
}

/** Result of {@link VariantStore.appendBatch}. @internal */
export interface AppendBatchResult {
  /** Rows whose key was new and were appended. */
  inserted: number
  /** Rows already stored with the same CLNSIG, QUAL, FILTER and INFO. */
  unchanged: number
  /** Rows already stored with other CLNSIG, QUAL, FILTER or INFO (left as stored). */
  changed: number
  /** Table version after the write. */
  version: number
}

/** One version of the table, as {@link VariantStore.listVersions} lists it. */
export interface VersionInfo {
  /** LanceDB version number (every commit adds one). */
  version: number
  /** When it was committed, ISO-8601 UTC (LanceDB's manifest). */
  timestamp: string
  /** Rows in that version (LanceDB's manifest `total_rows`); undefined when LanceDB did not record it. */
  rows: number | undefined
  /** Tags naming this version. */
  tags: string[]
  /**
   * The audited operation that made it (`ingest`, `update`, `restore`, `optimize` …), from the audit log; undefined
   * for versions written without vcf-agent's audit (the table's creation, other tools, auditing off).
   */
  operation: string | undefined
  /** Who made it, from the audit log. */
  actor: string | undefined
}

/** A tag: a name for one version (LanceDB `Tags`). Tags never move; delete and create again to re-point one. */
export interface TagInfo {
  /** Tag name, e.g. `clinvar-2024-06`. */
  name: string
  /** The version it names. */
  version: number
}

/** Result of {@link VariantStore.restore}. */
export interface RestoreResult {
  /** The version whose content was restored. */
  restored: number
  /** The latest version before the restore. */
  versionBefore: number
  /** The new version (equal in content to `restored`). */
  version: number
}

/** Options of {@link VariantStore.optimize}. */
export interface OptimizeOptions {
  /**
   * Versions older than this are removed, in ms (the latest and every tagged version are kept). The default is
   * 7 days ({@link DEFAULT_RETENTION_MS}), LanceDB's own default.
   */
  retentionMs?: number
  /**
   * Also delete data files no version references that are younger than 7 days (LanceDB `deleteUnverified`):
   * leftovers of a writer that crashed mid-commit. The default is false.
   *
   * **WARNING**: only safe when every writer of the table goes through vcf-agent (its write lock is held during
   * optimize); a writer outside it could lose files it is writing.
   */
  deleteUnverified?: boolean
}

/** Result of {@link VariantStore.optimize}. */
export interface OptimizeResult {
  /** The latest version before. */
  versionBefore: number
  /** The latest version after (compaction and index updates commit new versions). */
  version: number
  /** Fragments compaction rewrote (removed). */
  fragmentsRemoved: number
  /** Fragments written by compaction. */
  fragmentsAdded: number
  /** Versions removed by the cleanup. */
  versionsRemoved: number
  /** Bytes the cleanup removed (LanceDB's count). */
  bytesRemoved: number
  /** Size of the table folder before, in bytes. */
  diskBytesBefore: number
  /** Size of the table folder after, in bytes. */
  diskBytes: number
  /** Versions committed before this time were eligible for removal (ISO-8601 UTC). */
  cleanupBefore: string
  /**
   * The tag whose version held the cleanup back: LanceDB's Node API refuses to remove any version while a tagged
   * version is older than the cut-off, so the cut-off moves back to the oldest tagged version. Undefined when no tag
   * held it.
   */
  heldByTag: string | undefined
  /** Staging files of crashed ingests that were removed. */
  stagingFilesRemoved: number
}

/** One variant whose content differs between the two versions of a {@link DiffResult}. */
export interface ChangedVariant {
  /** The `variant_id`. */
  variant_id: string
  /** The content columns that differ (see {@link DIFF_COLUMNS}). */
  columns: string[]
}

/** Options of {@link VariantStore.diff}. */
export interface DiffOptions {
  /** List at most this many ids of each kind (the counts are always complete); 0 lists all. The default is 1000. */
  maxIds?: number
}

/** Result of {@link VariantStore.diff}. */
export interface DiffResult {
  /** The older side, as a version number. */
  from: number
  /** The newer side, as a version number. */
  to: number
  /** How many ids are in `to` only, in `from` only, and in both with other content. */
  counts: { added: number; removed: number; changed: number }
  /** Ids in `to` but not `from`, sorted (at most `maxIds`). */
  added: string[]
  /** Ids in `from` but not `to`, sorted (at most `maxIds`). */
  removed: string[]
  /** Ids in both whose content differs, sorted, with the columns that differ (at most `maxIds`). */
  changed: ChangedVariant[]
  /** True when a list was cut at `maxIds`. */
  truncated: boolean
}

/**
 * The header of a VCF an ingest read, kept with the table so that `export-vcf` writes back the source's own
 * declarations (`##INFO`, `##FORMAT`, `##FILTER`, `##contig`, `##reference` …) and sample names.
 */
export interface SourceHeader {
  /** Base name of the source VCF. */
  file: string
  /** The header lines as read, `##fileformat` first and the `#CHROM` line last. */
  lines: string[]
}

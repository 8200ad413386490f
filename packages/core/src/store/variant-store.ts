import { mkdir, readdir, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as lancedb from '@lancedb/lancedb'
import type * as ArrowTypes from 'apache-arrow'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import { type AuditLog, audited, createAuditLog, createNullAuditLog, describeUpdate } from '../audit/index.js'
import { withWriteLock } from '../lock/write-lock.js'
import {
  COLUMNS,
  COLUMN_NAMES,
  type ColumnName,
  type ColumnSpec,
  DEFAULT_DIM,
  METADATA_SCHEMA_VERSION,
  PRIMARY_KEY,
  SCHEMA_VERSION,
  findColumn,
} from '../schema/columns.js'
import { type Variant, type VariantInput, checkValue, validateRows } from '../schema/variant.js'
import { arrow, arrowType, buffersToTable, rowsToTable, tableToRows, variantSchema } from './arrow.js'
import { type BatchBuffers, type PosRange, posRanges } from './column-buffers.js'
import { sqlEquals, sqlIdent, sqlString } from './filter.js'
import { isTrustedFilter, validateFilter } from './filter-validator.js'
import { isCommitConflict, translateError } from './errors.js'
import { checkSchema } from './schema-check.js'

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
   * Where every operation is audited: a path (the default is `<dbPath>/audit.log.jsonl`), an open
   * {@link AuditLog}, or `false` to disable auditing explicitly.
   */
  audit?: string | AuditLog | false
  /** Extra columns whose values are always masked in the audit log (e.g. `patient_id`), beside the sample lists. */
  sensitiveColumns?: readonly string[]
  /** Receives warnings (e.g. a database folder writable by others). Core never prints. */
  onWarning?: (message: string) => void
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
}

/** One search hit: the selected columns plus its distance to the query (smaller is nearer). */
export type SearchHit = Variant & { distance: number }

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

const DEFAULT_SELECT = COLUMNS.filter((c) => c.kind !== 'embedding').map((c) => c.name)

/**
 * The Variant table: add, search by embedding, update, delete, index and filter, with every write
 * serialised by the write lock (an in-process mutex plus a cross-process lock file) and every read seeing
 * the latest committed data. Create one with {@link openStore}.
 *
 * @hideconstructor
 * @example
 * ```ts
 * const store = await openStore('./lancedb', { dim: 128 })
 * await store.addVariants([{ variant_id: '1-100-A-G', embedding: new Float32Array(128).fill(0.1), chrom: '1', pos: 100, ref: 'A', alt: 'G' }])
 * const hits = await store.searchByEmbedding(new Float32Array(128).fill(0.1), { limit: 5, filter: "chrom = '1'" })
 * ```
 */
export class VariantStore {
  /** Database folder. */
  readonly dbPath: string
  /** Table name. */
  readonly tableName: string
  /** Embedding dimension of the table. */
  readonly dim: number
  /** True when {@link openStore} created the table; false when it already existed. */
  readonly created: boolean
  readonly #state: SchemaState
  readonly #audit: AuditLog
  readonly #table: lancedb.Table
  readonly #conn: lancedb.Connection
  readonly #lockPath: string
  readonly #lockTimeoutMs: number | undefined
  readonly #lockStaleMs: number | undefined
  readonly #init: ConstructorParameters<typeof VariantStore>[0]
  /** Who is acting, recorded in the audit log (e.g. a CLI user or a server token's name). The default is `local`. */
  readonly actor: string
  readonly #ownsHandle: boolean

  /** @internal */
  constructor(init: {
    dbPath: string
    tableName: string
    dim: number
    created: boolean
    state: SchemaState
    table: lancedb.Table
    conn: lancedb.Connection
    options: OpenStoreOptions
    actor?: string
    ownsHandle?: boolean
    audit: AuditLog
  }) {
    this.#audit = init.audit
    this.#init = init
    this.actor = init.actor ?? init.options.actor ?? 'local'
    this.#ownsHandle = init.ownsHandle ?? true
    this.dbPath = init.dbPath
    this.tableName = init.tableName
    this.dim = init.dim
    this.created = init.created
    this.#state = init.state
    this.#table = init.table
    this.#conn = init.conn
    this.#lockPath = lockPathFor(init.dbPath, init.tableName)
    this.#lockTimeoutMs = init.options.lockTimeoutMs
    this.#lockStaleMs = init.options.lockStaleMs
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
  withActor(actor: string): VariantStore {
    return new VariantStore({ ...this.#init, actor, ownsHandle: false })
  }

  /** Audits one operation as this store's actor (see `audited`). */
  #audited<T>(action: string, extra: { filter?: string | undefined; details?: Record<string, unknown> }, fn: () => Promise<T>, count?: (r: T) => number): Promise<T> {
    const base = {
      action,
      actor: this.actor,
      table: this.tableName,
      ...(extra.filter ? { filter: extra.filter } : {}),
      ...(extra.details ? { details: extra.details } : {}),
    }
    return audited(this.#audit, base, fn, count)
  }

  /**
   * Runs an operation that spans several store calls (e.g. an ingest) as one audited operation.
   * @internal
   */
  auditedOperation<T>(action: string, details: Record<string, unknown>, fn: () => Promise<T>, count?: (r: T) => number): Promise<T> {
    return this.#audited(action, { details }, fn, count)
  }

  /**
   * Deletes the rows an ingest run inserted (its `ingest_id`), under the write lock; audited as `ingest-rollback`.
   * @internal
   */
  rollbackIngest(ingestId: string): Promise<DeleteResult> {
    return this.#audited('ingest-rollback', { details: { ingestId } }, () =>
      this.#write('ingest-rollback', async () => {
        const res = await this.#table.delete(sqlEquals('ingest_id', ingestId))
        return { deleted: (res as { numDeletedRows?: number }).numDeletedRows ?? 0 }
      }), (r) => r.deleted)
  }

  /** Path of the audit log, or undefined when auditing is disabled. */
  get auditLogPath(): string | undefined {
    return this.#audit.path
  }

  /** Names of the columns present in the table on disk. */
  get columns(): string[] {
    return this.#state.columns.map((c) => c.name)
  }

  /** Schema version of the table on disk: 1 = the original Python tool's columns only, 2 = current. */
  get schemaVersion(): number {
    return this.#state.version
  }

  /**
   * Adds the columns that a table written by the original Python tool (schema version 1) lacks, in place
   * (LanceDB `addColumns`, all nullable, so every existing row, embedding and index is kept), records the
   * schema version, and sets `variant_id` as the unenforced primary key. Idempotent; runs under the write lock.
   * Writes that need the new columns (ingest, or rows/updates using them) migrate automatically.
   *
   * @param options - `dryRun: true` reports what would change without changing anything
   * @returns the columns added (or to add) and the versions before and after
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * const plan = await store.migrate({ dryRun: true }) // { added: ['id', 'qual', …], fromVersion: 1, toVersion: 2 }
   * await store.migrate()
   * ```
   */
  migrate(options: { dryRun?: boolean } = {}): Promise<MigrateResult> {
    return this.#audited('migrate', { details: { dryRun: Boolean(options.dryRun) } }, async () => {
    const missing = (): ColumnSpec[] => (COLUMNS as readonly ColumnSpec[]).filter((c) => !this.columns.includes(c.name))
    if (options.dryRun) {
      const added = missing().map((c) => c.name)
      return { added, fromVersion: this.schemaVersion, toVersion: added.length > 0 ? SCHEMA_VERSION : this.schemaVersion, dryRun: true }
    }
    return withWriteLock(this.#lockPath, () => this.#migrateLocked(), {
      timeoutMs: this.#lockTimeoutMs,
      staleMs: this.#lockStaleMs,
      operation: 'migrate',
    })
    })
  }

  async #migrateLocked(): Promise<MigrateResult> {
    await this.#refreshState()
    const fromVersion = this.schemaVersion
    const add = (COLUMNS as readonly ColumnSpec[]).filter((c) => !this.columns.includes(c.name))
    if (add.length > 0) {
      await withCommitRetry(
        () => this.#table.addColumns(add.map((c) => new arrow.Field(c.name, arrowType(c, this.dim), true))),
        'migrate',
      )
    }
    if (add.length > 0 || fromVersion < SCHEMA_VERSION) {
      await withCommitRetry(
        () => this.#table.updateFieldMetadata([{ path: PRIMARY_KEY, metadata: { [METADATA_SCHEMA_VERSION]: String(SCHEMA_VERSION) } }]),
        'migrate',
      )
      await this.#table.setUnenforcedPrimaryKey(PRIMARY_KEY).catch(() => undefined)
    }
    await this.#refreshState()
    return { added: add.map((c) => c.name), fromVersion, toVersion: this.schemaVersion, dryRun: false }
  }

  async #refreshState(): Promise<void> {
    const schema = await this.#table.schema()
    const present = new Set(schema.fields.map((f) => f.name))
    this.#state.columns = COLUMNS.filter((c) => present.has(c.name))
    this.#state.arrowSchema = schema
    this.#state.version = schemaVersionOf(schema)
  }

  /**
   * Runs a write under the lock. `needsCurrentSchema`: the write uses columns that a version-1 table lacks, so the
   * table is migrated first (under the same lock hold).
   */
  #write<T>(operation: string, fn: () => Promise<T>, needsCurrentSchema = false): Promise<T> {
    return withWriteLock(
      this.#lockPath,
      async () => {
        if (needsCurrentSchema && this.schemaVersion < SCHEMA_VERSION) await this.#migrateLocked()
        return withCommitRetry(fn, operation)
      },
      {
      timeoutMs: this.#lockTimeoutMs,
      staleMs: this.#lockStaleMs,
      operation,
    })
  }

  /**
   * Refuses hostile or malformed caller filters before they reach LanceDB (see `validateFilter`): only known
   * columns, comparison/boolean operators and a short list of functions; for deletes also tautologies.
   */
  #checkFilter(filter: string | undefined, forWrite = false): void {
    if (filter === undefined || filter.trim() === '' || isTrustedFilter(filter)) return
    validateFilter(filter, { columns: this.columns, forWrite })
  }

  /** Do these rows use columns the table on disk lacks? */
  #usesMissingColumns(rows: readonly object[]): boolean {
    if (this.schemaVersion >= SCHEMA_VERSION) return false
    const have = new Set(this.columns)
    return rows.some((r) => Object.entries(r).some(([k, v]) => !have.has(k) && v !== undefined && v !== null))
  }

  #select(select: readonly string[] | undefined): string[] {
    const cols = select && select.length > 0 ? [...select] : DEFAULT_SELECT.filter((c) => this.columns.includes(c))
    const unknown = cols.filter((c) => !this.columns.includes(c))
    if (unknown.length > 0) {
      throw new SchemaError(
        'SCHEMA_UNKNOWN_COLUMN',
        `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. Columns: ${this.columns.join(', ')}.`,
        { details: { unknown } },
      )
    }
    return cols
  }

  /**
   * Appends rows. Every row is validated first; one bad row means nothing is written. Rows are converted to
   * Arrow columns (one record batch) before the write.
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
  addVariants(rows: readonly VariantInput[]): Promise<AddResult> {
    return this.#audited('add', {}, async () => {
    validateRows(rows, this.dim)
    if (rows.length === 0) return { added: 0, version: await this.#table.version() }
    const migrate = this.#usesMissingColumns(rows)
    return this.#write(
      'add',
      async () => {
        const res = await this.#table.add(rowsToTable(rows, this.#state.arrowSchema, this.dim))
        return { added: rows.length, version: res.version }
      },
      migrate,
    )
    }, (r) => r.added)
  }

  /**
   * Inserts the rows whose `variant_id` is not yet in the table and leaves the others unchanged. The ids within
   * `rows` must be unique. Used by ingestion, so ingesting a file twice leaves the same rows.
   *
   * How: the Arrow batches are built before the lock is taken (so a caller can prepare the next batch while the
   * previous one is written); under the write lock, the ids already stored are looked up
   * (`variant_id IN (…)`), and the new rows are appended with two `add()` calls in flight (appends do not
   * conflict in Lance, and two in flight nearly double the write rate on 2 cores). This is ~2x faster than
   * `mergeInsert` and exact, because every writer that uses this lock sees the previous one's commit.
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
  upsertVariants(rows: readonly VariantInput[]): Promise<UpsertResult> {
    return this.#audited('upsert', {}, async () => {
    try {
      validateRows(rows, this.dim)
    } catch (err) {
      return Promise.reject(err)
    }
    if (rows.length === 0) return this.#table.version().then((version) => ({ inserted: 0, unchanged: 0, version }))
    const current = this.schemaVersion >= SCHEMA_VERSION
    const tables = current ? splitInTwo(rows).map((p) => rowsToTable(p, this.#state.arrowSchema, this.dim)) : undefined
    return this.#write(
      'upsert',
      async () => {
      const existing = await this.#existingIds(rows.map((r) => r.variant_id), posRanges(rows))
      let toAdd = tables ?? splitInTwo(rows).map((p) => rowsToTable(p, this.#state.arrowSchema, this.dim))
      let inserted = rows.length
      if (existing.size > 0) {
        const fresh = rows.filter((r) => !existing.has(r.variant_id))
        inserted = fresh.length
        toAdd = fresh.length === 0 ? [] : splitInTwo(fresh).map((p) => rowsToTable(p, this.#state.arrowSchema, this.dim))
      }
      const results = await Promise.all(toAdd.map((t) => this.#table.add(t)))
      const version = results.length > 0 ? Math.max(...results.map((r) => r.version)) : await this.#table.version()
      return { inserted, unchanged: rows.length - inserted, version }
      },
      true,
    )
    }, (r) => r.inserted)
  }

  /**
   * Like {@link VariantStore.upsertVariants}, for a batch already converted to column buffers (by the ingest
   * worker). The caller guarantees the buffers fit the schema (they are built from the one column list).
   *
   * @param batch - column buffers and the batch's `variant_id`s in row order
   * @returns inserted and unchanged counts
   * @throws {LockError} `LOCK_TIMEOUT`
   * @internal
   */
  upsertPrepared(batch: { buffers: BatchBuffers; ids: readonly string[]; ranges?: readonly PosRange[] }): Promise<UpsertResult> {
    if (batch.buffers.dim !== this.dim) {
      return Promise.reject(new SchemaError('SCHEMA_INVALID_ROW', `Batch embeddings have dim ${batch.buffers.dim}, the table has ${this.dim}.`))
    }
    const current = this.schemaVersion >= SCHEMA_VERSION
    let table = current ? buffersToTable(batch.buffers, this.#state.arrowSchema) : undefined
    return this.#write(
      'upsert',
      async () => {
      table ??= buffersToTable(batch.buffers, this.#state.arrowSchema)
      const existing = await this.#existingIds(batch.ids, batch.ranges)
      let parts: ArrowTypes.Table[]
      if (existing.size === 0) parts = halves(table)
      else {
        // keep the runs of rows whose ids are new (zero-copy slices)
        const runs: ArrowTypes.Table[] = []
        let start = -1
        for (let i = 0; i <= batch.ids.length; i++) {
          const fresh = i < batch.ids.length && !existing.has(batch.ids[i]!)
          if (fresh && start === -1) start = i
          if (!fresh && start !== -1) {
            runs.push(table.slice(start, i))
            start = -1
          }
        }
        parts = runs.length === 0 ? [] : [new arrow.Table(runs.flatMap((t) => t.batches))]
      }
      const results = await Promise.all(parts.map((t) => this.#table.add(t)))
      const inserted = batch.ids.length - existing.size
      const changed = existing.size > 0 ? await this.#countChanged(table, batch.ids, existing) : 0
      const version = results.length > 0 ? Math.max(...results.map((r) => r.version)) : await this.#table.version()
      return { inserted, unchanged: existing.size - changed, changed, version }
      },
      true,
    )
  }

  /** How many of the already-stored rows differ from the new ones in CLNSIG, QUAL, FILTER or INFO. */
  async #countChanged(table: ArrowTypes.Table, ids: readonly string[], existing: Set<string>): Promise<number> {
    const cols = ['clinical_significance', 'qual', 'filter', 'info'] as const
    const sig = (r: Record<string, unknown>): string => JSON.stringify(cols.map((c) => r[c] ?? null))
    const incoming = new Map<string, string>()
    const rowsOf = tableToRows(table.select([...cols]))
    ids.forEach((id, i) => {
      if (existing.has(id)) incoming.set(id, sig(rowsOf[i] as unknown as Record<string, unknown>))
    })
    let changed = 0
    const list = [...existing]
    for (let i = 0; i < list.length; i += 10_000) {
      const where = `${sqlIdent(PRIMARY_KEY)} IN (${list.slice(i, i + 10_000).map(sqlString).join(', ')})`
      const stored = tableToRows(await this.#table.query().where(where).select([PRIMARY_KEY, ...cols]).toArrow())
      for (const r of stored) if (incoming.get(r.variant_id) !== sig(r as unknown as Record<string, unknown>)) changed++
    }
    return changed
  }

  /**
   * The ids among `ids` that are already stored. Ingest ids embed CHROM and POS, so only rows inside the batch's
   * per-chromosome POS ranges can match: one range scan instead of a large `IN (…)` list (5–10x faster on
   * growing tables). Falls back to `IN` lists when the batch spans many chromosomes.
   */
  async #existingIds(ids: readonly string[], ranges?: readonly PosRange[]): Promise<Set<string>> {
    const wanted = new Set(ids)
    const found = new Set<string>()
    const collect = async (where: string): Promise<void> => {
      const t = await this.#table.query().where(where).select([PRIMARY_KEY]).toArrow()
      const col = t.getChild(PRIMARY_KEY)
      for (let j = 0; j < t.numRows; j++) {
        const id = String(col?.get(j))
        if (wanted.has(id)) found.add(id)
      }
    }
    if (ranges && ranges.length > 0 && ranges.length <= 64) {
      await collect(
        ranges
          .map((r) => `(${sqlIdent('chrom')} = ${sqlString(r.chrom)} AND ${sqlIdent('pos')} >= ${r.minPos} AND ${sqlIdent('pos')} <= ${r.maxPos})`)
          .join(' OR '),
      )
      return found
    }
    for (let i = 0; i < ids.length; i += 10_000) {
      await collect(`${sqlIdent(PRIMARY_KEY)} IN (${ids.slice(i, i + 10_000).map(sqlString).join(', ')})`)
    }
    return found
  }

  /**
   * Nearest neighbours of a query vector.
   *
   * @param vector - `Float32Array` or number array of length `dim`
   * @param options - limit (default 10), SQL prefilter, columns, distance metric (default `l2`)
   * @returns hits, nearest first, each with `distance`
   * @throws {SchemaError} `SCHEMA_INVALID_ROW` when the vector has the wrong length or non-finite values;
   *   `SCHEMA_UNKNOWN_COLUMN` for an unknown selected column
   * @throws {StoreError} `STORE_BAD_FILTER` when LanceDB rejects the filter
   * @example
   * ```ts
   * const hits = await store.searchByEmbedding(vec, { limit: 5, filter: "clinical_significance = 'Pathogenic'" })
   * ```
   */
  searchByEmbedding(vector: Float32Array | readonly number[], options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.#audited('search', { filter: options.filter, details: { limit: options.limit ?? 10, embedding: `[${vector.length} floats]` } }, async () => {
    const problem = checkValue(COLUMNS[1], vector, this.dim)
    if (problem) {
      throw new SchemaError('SCHEMA_INVALID_ROW', `The query vector ${problem}.`, {
        details: { field: 'embedding', expected: this.dim },
      })
    }
    const limit = positiveInt(options.limit ?? 10, 'limit')
    this.#checkFilter(options.filter)
    const select = this.#select(options.select)
    try {
      let q = this.#table
        .vectorSearch(Float32Array.from(vector))
        .distanceType(options.distanceType ?? 'l2')
        .select([...select, '_distance'])
        .limit(limit)
      if (options.filter) q = q.where(options.filter)
      const rows = tableToRows(await q.toArrow()) as (Variant & { _distance: number })[]
      return rows.map(({ _distance, ...rest }) => ({ ...rest, distance: _distance }) as SearchHit)
    } catch (err) {
      throw translateError(err, 'search', options.filter)
    }
    }, (r) => r.length)
  }

  /**
   * Rows matching a SQL filter.
   *
   * @param filter - DataFusion SQL over the Variant columns; empty or undefined for every row
   * @param options - columns (default all but `embedding`), limit, offset
   * @returns matching rows in storage order
   * @throws {StoreError} `STORE_BAD_FILTER`
   * @throws {SchemaError} `SCHEMA_UNKNOWN_COLUMN`
   * @example
   * ```ts
   * await store.filterVariants("chrom = '17' AND pos BETWEEN 43044295 AND 43125483", { limit: 100 })
   * ```
   */
  filterVariants(filter: string | undefined, options: FilterOptions = {}): Promise<Variant[]> {
    return this.#audited(
      options.action ?? 'filter',
      { filter },
      async () => {
        this.#checkFilter(filter)
        return this.#query(filter, options)
      },
      (r) => r.length,
    )
  }

  async #query(filter: string | undefined, options: FilterOptions): Promise<Variant[]> {
    {
    const select = this.#select(options.select)
    try {
      let q = this.#table.query().select(select)
      if (filter && filter.trim()) q = q.where(filter)
      if (options.limit !== undefined) q = q.limit(positiveInt(options.limit, 'limit'))
      if (options.offset) q = q.offset(options.offset)
      return tableToRows(await q.toArrow())
    } catch (err) {
      throw translateError(err, 'filter', filter)
    }
    }
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
    return this.#audited(
      'count',
      { filter },
      async () => {
        this.#checkFilter(filter)
        return this.#count(filter)
      },
      (r) => r,
    )
  }

  async #count(filter?: string): Promise<number> {
    {
    try {
      return await this.#table.countRows(filter && filter.trim() ? filter : undefined)
    } catch (err) {
      throw translateError(err, 'count', filter)
    }
    }
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
  async getVariant(variantId: string, options: Pick<FilterOptions, 'select'> = {}): Promise<Variant | undefined> {
    const rows = await this.filterVariants(sqlEquals(PRIMARY_KEY, variantId), { ...options, limit: 1, action: 'get' })
    return rows[0]
  }

  /**
   * Updates one variant's columns. `variant_id` is quoted safely, so an id containing `'` matches only itself.
   * An `embedding` update is validated like an insert.
   *
   * @param variantId - the `variant_id` to update
   * @param updates - new values of known, non-key columns
   * @returns how many rows changed (0 when the id is unknown)
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `updates` is empty or changes `variant_id`
   * @throws {SchemaError} `SCHEMA_UNKNOWN_COLUMN` for an unknown column; `SCHEMA_INVALID_ROW` for a bad value
   * @example
   * ```ts
   * await store.updateVariant('1-100-A-G', { clinical_significance: 'Benign' }) // { updated: 1 }
   * ```
   */
  updateVariant(variantId: string, updates: Partial<Omit<VariantInput, 'variant_id'>>): Promise<UpdateResult> {
    return this.#audited('update', { filter: sqlEquals(PRIMARY_KEY, String(variantId)), details: updates && typeof updates === 'object' ? describeUpdate(updates as Record<string, unknown>) : {} }, async () => {
    if (typeof variantId !== 'string' || variantId === '') {
      throw new UsageError('USAGE_INVALID_ARGUMENT', 'updateVariant needs a non-empty variant_id.')
    }
    if (updates === null || typeof updates !== 'object' || Array.isArray(updates)) {
      throw new UsageError('USAGE_INVALID_ARGUMENT', 'Updates must be an object of column names to new values.')
    }
    const keys = Object.keys(updates)
    if (keys.length === 0) throw new UsageError('USAGE_INVALID_ARGUMENT', 'Updates must name at least one column.')
    const values: Record<string, lancedb.IntoSql> = {}
    for (const key of keys) {
      if (key === PRIMARY_KEY || key === 'chrom' || key === 'pos' || key === 'ref' || key === 'alt') {
        throw new UsageError(
          'USAGE_INVALID_ARGUMENT',
          `${key} is part of the variant's identity (variant_id = CHROM-POS-REF-ALT) and cannot be updated; delete the variant and add it again.`,
          { details: { field: key } },
        )
      }
      const spec = findColumn(key)
      if (!spec) {
        throw new SchemaError('SCHEMA_UNKNOWN_COLUMN', `Cannot update unknown column ${key}. Columns: ${this.columns.join(', ')}.`, {
          details: { field: key },
        })
      }
      const value = (updates as Record<string, unknown>)[key]
      const problem = checkValue(spec, value, this.dim)
      if (problem) {
        throw new SchemaError('SCHEMA_INVALID_ROW', `Update of ${key} ${problem}. Nothing was written.`, { details: { field: key } })
      }
      values[key] = toSqlValue(spec, value)
    }
    return this.#write(
      'update',
      async () => {
        const res = await this.#table.update({ where: sqlEquals(PRIMARY_KEY, variantId), values })
        return { updated: res.rowsUpdated }
      },
      this.#usesMissingColumns([updates]),
    )
    }, (r) => r.updated)
  }

  /**
   * Deletes the rows matching a filter. An empty filter is refused; a filter that matches every row is refused
   * unless `all` is set (the check and the delete run under the write lock, so no row can slip in between).
   *
   * @param filter - SQL filter, e.g. `chrom = 'Y'`
   * @param options - `all: true` to allow deleting every row
   * @returns how many rows were deleted
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an empty filter; `USAGE_MATCHES_ALL_ROWS` when it would delete every row
   * @throws {StoreError} `STORE_BAD_FILTER`
   * @example
   * ```ts
   * await store.deleteVariants("clinical_significance = 'Benign'") // { deleted: 12 }
   * ```
   */
  deleteVariants(filter: string, options: { all?: boolean } = {}): Promise<DeleteResult> {
    return this.#audited('delete', { filter, details: { all: Boolean(options.all) } }, async () => {
    if (typeof filter !== 'string' || filter.trim() === '') {
      throw new UsageError('USAGE_INVALID_ARGUMENT', 'deleteVariants needs a non-empty filter; to delete every row pass filter "true" with all: true.')
    }
    this.#checkFilter(filter, !options.all)
    return this.#write('delete', async () => {
      const total = await this.#count()
      const matched = await this.#count(filter)
      if (matched === 0) return { deleted: 0 }
      if (matched === total && !options.all) {
        throw new UsageError(
          'USAGE_MATCHES_ALL_ROWS',
          `The filter matches all ${total} rows. Nothing was deleted; pass all: true (CLI: --all) to delete every row.`,
          { details: { matched, total } },
        )
      }
      try {
        const res = await this.#table.delete(filter)
        return { deleted: (res as { numDeletedRows?: number }).numDeletedRows ?? matched }
      } catch (err) {
        throw translateError(err, 'delete', filter)
      }
    })
    }, (r) => r.deleted)
  }

  /**
   * Creates a scalar index (`<column>_idx`) to speed up filters.
   *
   * @param column - a Variant column (not `embedding`)
   * @param type - `BTREE` (default; ranges, many distinct values), `BITMAP` (few distinct values) or
   *   `LABEL_LIST` (list columns such as `het_samples`: `array_has_any`/`array_contains` filters)
   * @param options - `replace: true` to rebuild an existing index
   * @throws {SchemaError} `SCHEMA_UNKNOWN_COLUMN` for an unknown column
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an unknown type or a type that does not fit the column
   * @throws {StoreError} `STORE_INDEX_EXISTS` when the index exists and `replace` is not set
   * @example
   * ```ts
   * await store.createScalarIndex('pos', 'BTREE')
   * await store.createScalarIndex('het_samples', 'LABEL_LIST')
   * ```
   */
  createScalarIndex(column: string, type: ScalarIndexType = 'BTREE', options: { replace?: boolean } = {}): Promise<void> {
    return this.#audited('create-index', { details: { column, type, replace: Boolean(options.replace) } }, async () => {
    const spec = findColumn(column)
    if (!spec || !this.columns.includes(column)) {
      throw new SchemaError('SCHEMA_UNKNOWN_COLUMN', `Cannot index unknown column ${column}. Columns: ${this.columns.join(', ')}.`, {
        details: { field: column },
      })
    }
    const kinds: Record<ScalarIndexType, ColumnSpec['kind'][]> = {
      BTREE: ['utf8', 'int64', 'float64'],
      BITMAP: ['utf8', 'int64'],
      LABEL_LIST: ['utf8_list'],
    }
    if (!(type in kinds)) {
      throw new UsageError('USAGE_INVALID_ARGUMENT', `Unknown scalar index type ${String(type)}; use BTREE, BITMAP or LABEL_LIST (or IVF_PQ / IVF_FLAT for a vector index on embedding).`)
    }
    if (!kinds[type].includes(spec.kind)) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `A ${type} index does not fit column ${column} (${spec.kind}); use ${spec.kind === 'utf8_list' ? 'LABEL_LIST' : spec.kind === 'embedding' ? 'a vector index (IVF_PQ, IVF_FLAT)' : 'BTREE or BITMAP'}.`,
      )
    }
    const config = type === 'BTREE' ? lancedb.Index.btree() : type === 'BITMAP' ? lancedb.Index.bitmap() : lancedb.Index.labelList()
    await this.#write('create-index', async () => {
      await this.#assertNoIndex(column, options.replace)
      await this.#table.createIndex(column, { config, replace: true })
    })
    })
  }

  /**
   * Creates a vector index on `embedding` (IVF_PQ by default) for fast approximate search on large tables.
   * Needs at least 256 rows for PQ training.
   *
   * @param options - type, partitions, sub-vectors, metric, replace
   * @throws {StoreError} `STORE_INDEX_EXISTS`; `STORE_FAILED` when LanceDB cannot train it (too few rows)
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `numSubVectors` does not divide `dim`
   * @example
   * ```ts
   * await store.createVectorIndex({ type: 'IVF_PQ' })
   * ```
   */
  createVectorIndex(options: VectorIndexOptions = {}): Promise<void> {
    return this.#audited('create-index', { details: { column: 'embedding', type: options.type ?? 'IVF_PQ', replace: Boolean(options.replace) } }, async () => {
    const type = options.type ?? 'IVF_PQ'
    if (type !== 'IVF_PQ' && type !== 'IVF_FLAT') {
      throw new UsageError('USAGE_INVALID_ARGUMENT', `Unknown vector index type ${String(type)}; use IVF_PQ or IVF_FLAT.`)
    }
    const rows = await this.#count()
    const numPartitions = options.numPartitions ?? Math.max(1, Math.min(4096, Math.round(Math.sqrt(rows))))
    let numSubVectors = options.numSubVectors
    if (numSubVectors === undefined) {
      numSubVectors = [16, 8, 4, 2, 1].map((d) => this.dim / d).find((s) => Number.isInteger(s) && s <= 256) ?? 1
    }
    if (this.dim % numSubVectors !== 0) {
      throw new UsageError('USAGE_INVALID_ARGUMENT', `numSubVectors ${numSubVectors} must divide dim ${this.dim}.`)
    }
    const distanceType = options.distanceType ?? 'l2'
    const config =
      type === 'IVF_PQ'
        ? lancedb.Index.ivfPq({ numPartitions, numSubVectors, distanceType })
        : lancedb.Index.ivfFlat({ numPartitions, distanceType })
    await this.#write('create-index', async () => {
      await this.#assertNoIndex('embedding', options.replace)
      await this.#table.createIndex('embedding', { config, replace: true })
    })
    })
  }

  async #assertNoIndex(column: string, replace: boolean | undefined): Promise<void> {
    if (replace) return
    const existing = (await this.#table.listIndices()).find((i) => i.columns.includes(column))
    if (existing) {
      throw new StoreError(
        'STORE_INDEX_EXISTS',
        `Column ${column} already has index ${existing.name} (${existing.indexType}). Pass replace (CLI: --replace) to rebuild it.`,
        { details: { column, name: existing.name, indexType: existing.indexType } },
      )
    }
  }

  /**
   * Creates (or rebuilds, so rows added since are covered) the indexes genomic queries use: BITMAP on `chrom`,
   * BTREE on `pos`, `rlen`, `gene` and `variant_id`, LABEL_LIST on `het_samples` and `hom_alt_samples`.
   * Run it after an ingest; region, sample and gene queries then read only the matching rows.
   *
   * @returns the index names
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * await store.createGenomicIndexes() // ['chrom_idx', 'pos_idx', …]
   * ```
   */
  async createGenomicIndexes(): Promise<string[]> {
    const plan: [string, ScalarIndexType][] = [
      ['chrom', 'BITMAP'],
      ['pos', 'BTREE'],
      ['rlen', 'BTREE'],
      ['gene', 'BTREE'],
      ['variant_id', 'BTREE'],
      ['het_samples', 'LABEL_LIST'],
      ['hom_alt_samples', 'LABEL_LIST'],
    ]
    const made: string[] = []
    for (const [column, type] of plan) {
      if (!this.columns.includes(column)) continue
      await this.createScalarIndex(column, type, { replace: true })
      made.push(`${column}_idx`)
    }
    return made
  }

  /**
   * The distinct CHROM values in the table (reads the `chrom` column only).
   *
   * @returns contig names
   * @example
   * ```ts
   * const contigs = await store.contigs() // Set { '1', '2', …, 'X' }
   * ```
   */
  async contigs(): Promise<Set<string>> {
    const t = await this.#table.query().select(['chrom']).toArrow()
    const col = t.getChild('chrom')
    const out = new Set<string>()
    for (let i = 0; i < t.numRows; i++) out.add(String(col?.get(i)))
    return out
  }

  /**
   * Summary of the table: row count, counts by chrom, variant class and clinical significance, version, indexes
   * and size on disk. Reads three columns of every row (no embeddings).
   *
   * @param filter - optional SQL filter restricting the counted rows
   * @returns the statistics
   * @throws {StoreError} `STORE_BAD_FILTER`
   * @example
   * ```ts
   * const s = await store.stats()
   * console.log(s.rows, s.byChrom['17'], s.diskBytes)
   * ```
   */
  stats(filter?: string): Promise<StoreStats> {
    return this.#audited('stats', { filter }, async () => {
    this.#checkFilter(filter)
    const cols = ['chrom', 'variant_class', 'clinical_significance'].filter((c) => this.columns.includes(c))
    const rows = await this.#query(filter, { select: cols })
    const count = (key: 'chrom' | 'variant_class' | 'clinical_significance'): Record<string, number> => {
      const out: Record<string, number> = {}
      for (const r of rows) {
        const k = String((r as unknown as Record<string, unknown>)[key] ?? '.')
        out[k] = (out[k] ?? 0) + 1
      }
      return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]))
    }
    return {
      table: this.tableName,
      rows: rows.length,
      dim: this.dim,
      schemaVersion: this.schemaVersion,
      version: await this.version(),
      byChrom: count('chrom'),
      byVariantClass: cols.includes('variant_class') ? count('variant_class') : {},
      byClinicalSignificance: count('clinical_significance'),
      indexes: await this.listIndices(),
      diskBytes: await dirSize(join(this.dbPath, `${this.tableName}.lance`)),
    }
    }, (r) => r.rows)
  }

  /**
   * The table's indexes.
   *
   * @returns name, type and columns of each index
   * @example
   * ```ts
   * (await store.listIndices()).map((i) => i.name) // ['pos_idx']
   * ```
   */
  async listIndices(): Promise<IndexInfo[]> {
    return (await this.#table.listIndices()).map((i) => ({ name: i.name, indexType: i.indexType, columns: [...i.columns] }))
  }

  /**
   * The table's current version (LanceDB increments it on every commit).
   * @returns the version number
   * @example
   * ```ts
   * await store.version()
   * ```
   */
  async version(): Promise<number> {
    return this.#table.version()
  }

  /**
   * Closes the table and connection. Safe to call twice.
   * @example
   * ```ts
   * store.close()
   * ```
   */
  close(): void {
    if (!this.#ownsHandle) return
    this.#table.close()
    this.#conn.close()
    void this.#audit.close()
  }
}

function halves(table: ArrowTypes.Table): ArrowTypes.Table[] {
  if (table.numRows < 2048) return [table]
  const half = Math.ceil(table.numRows / 2)
  return [table.slice(0, half), table.slice(half)]
}

function splitInTwo<T>(rows: readonly T[]): T[][] {
  if (rows.length < 2048) return [rows.slice()]
  const half = Math.ceil(rows.length / 2)
  return [rows.slice(0, half), rows.slice(half)]
}

function positiveInt(n: number, name: string): number {
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `${name} must be a positive integer.`)
  }
  return n
}

function toSqlValue(spec: ColumnSpec, value: unknown): lancedb.IntoSql {
  if (value === null || value === undefined) return null
  if (spec.kind === 'embedding') return Array.from(value as ArrayLike<number>)
  if (spec.kind === 'utf8_list') return [...(value as string[])]
  if (typeof value === 'bigint') return Number(value)
  if (spec.name === 'info' && typeof value === 'object') return JSON.stringify(value)
  return value as lancedb.IntoSql
}

async function withCommitRetry<T>(fn: () => Promise<T>, operation: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      if (attempt < 5 && isCommitConflict(err)) {
        await new Promise((r) => setTimeout(r, 20 * 2 ** attempt))
        continue
      }
      throw translateError(err, operation)
    }
  }
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
}

async function dirSize(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath ?? dir, entry.name)).catch(() => ({ size: 0 }))).size
  }
  return total
}

/** Mutable schema facts shared by a store and its {@link VariantStore.withActor} views. @internal */
interface SchemaState {
  version: number
  columns: readonly ColumnSpec[]
  arrowSchema: ArrowTypes.Schema
}

/** Schema version recorded on the table (schema or `variant_id` field metadata); 1 when columns are missing. */
function schemaVersionOf(schema: ArrowTypes.Schema): number {
  const present = new Set(schema.fields.map((f) => f.name))
  if (COLUMNS.some((c) => !present.has(c.name))) return 1
  const key = schema.fields.find((f) => f.name === PRIMARY_KEY)?.metadata.get(METADATA_SCHEMA_VERSION)
  return Number(key ?? schema.metadata.get(METADATA_SCHEMA_VERSION) ?? SCHEMA_VERSION)
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

/** Path of the cross-process write lock of a table. @internal */
export function lockPathFor(dbPath: string, tableName: string): string {
  return join(dbPath, `.${tableName}.write.lock`)
}

/**
 * Opens (or creates) the Variant table in a LanceDB folder. Idempotent: a second call opens the same table and
 * reports `created: false`. The connection reads with `readConsistencyInterval: 0`, so every read sees the
 * latest commit, including other processes' writes.
 *
 * @param dbPath - LanceDB folder; created if missing
 * @param options - table name (default `variants`), dim (default 1024 for new tables), lock timeouts
 * @returns the store
 * @throws {SchemaError} `SCHEMA_MISMATCH` when the existing table has another `dim`, missing or retyped columns
 * @throws {StoreError} `STORE_TABLE_NOT_FOUND` when `create: false` and the table does not exist
 * @example
 * ```ts
 * const store = await openStore('./lancedb', { tableName: 'variants', dim: 1024 })
 * console.log(store.created ? 'created' : 'opened', store.dim)
 * ```
 */
export async function openStore(dbPath: string, options: OpenStoreOptions = {}): Promise<VariantStore> {
  const tableName = options.tableName ?? 'variants'
  if (!/^[A-Za-z0-9_.-]+$/.test(tableName)) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `Invalid table name ${JSON.stringify(tableName)}: use letters, digits, _ . and -.`)
  }
  if (options.dim !== undefined && (!Number.isSafeInteger(options.dim) || options.dim < 1 || options.dim > 65536)) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'dim must be an integer between 1 and 65536.')
  }
  // An absolute path: LanceDB reads a relative path starting with "db" as a LanceDB Cloud URI (db://…).
  dbPath = resolve(dbPath)
  if (options.create === false && !existsSync(join(dbPath, `${tableName}.lance`))) {
    throw new StoreError('STORE_TABLE_NOT_FOUND', `Table ${tableName} does not exist in ${dbPath}. Create it with \`vcf-agent init-lancedb\` or ingest a VCF.`, {
      details: { table: tableName },
    })
  }
  // new database folders are private (0700); an existing folder others can write to is reported
  await mkdir(dbPath, { recursive: true, mode: 0o700 })
  const mode = (await stat(dbPath)).mode
  if ((mode & 0o022) !== 0) {
    options.onWarning?.(
      `Database folder ${dbPath} is writable by group or others (mode ${(mode & 0o777).toString(8)}); run chmod 700 on it.`,
    )
  }
  const conn = await lancedb.connect(dbPath, { readConsistencyInterval: 0 })
  let created = false
  try {
    if (!(await conn.tableNames()).includes(tableName)) {
      if (options.create === false) {
        throw new StoreError('STORE_TABLE_NOT_FOUND', `Table ${tableName} does not exist in ${dbPath}. Create it with \`vcf-agent init-lancedb\`.`, {
          details: { table: tableName },
        })
      }
      const dim = options.dim ?? DEFAULT_DIM
      await withWriteLock(
        lockPathFor(dbPath, tableName),
        async () => {
          if ((await conn.tableNames()).includes(tableName)) return
          const table = await conn.createEmptyTable(tableName, variantSchema(dim), { mode: 'create' })
          await table.setUnenforcedPrimaryKey(PRIMARY_KEY)
          table.close()
          created = true
        },
        { timeoutMs: options.lockTimeoutMs, staleMs: options.lockStaleMs, operation: 'create-table' },
      )
    }
    const table = await conn.openTable(tableName)
    const schema = await table.schema()
    const check = checkSchema(schema, options.dim)
    if (check.differences.length > 0 || check.dim === undefined) {
      table.close()
      throw new SchemaError(
        'SCHEMA_MISMATCH',
        `Table ${tableName} in ${dbPath} does not match the Variant schema: ${check.differences.join('; ')}.`,
        { details: { table: tableName, differences: check.differences } },
      )
    }
    const present = new Set(schema.fields.map((f) => f.name))
    const sensitive = options.sensitiveColumns ?? []
    const audit =
      options.audit === false
        ? createNullAuditLog()
        : typeof options.audit === 'object'
          ? options.audit
          : await createAuditLog(options.audit ?? join(dbPath, 'audit.log.jsonl'), { columns: [...COLUMN_NAMES, ...sensitive], sensitiveColumns: sensitive })
    return new VariantStore({
      audit,
      dbPath,
      tableName,
      dim: check.dim,
      created,
      state: { version: schemaVersionOf(schema), columns: COLUMNS.filter((c) => present.has(c.name as ColumnName)), arrowSchema: schema },
      table,
      conn,
      options,
    })
  } catch (err) {
    conn.close()
    throw translateError(err, 'open')
  }
}

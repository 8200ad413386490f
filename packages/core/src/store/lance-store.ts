/**
 * The LanceDB-backed {@link VariantStore}: holds the native table (`private` handle, as LanceDB's `LocalTable`
 * holds `inner`) and delegates each concern to its module — append, indexes, migration, stats. Auditing is
 * applied once, by the audit plan, when the instance is made.
 *
 * @internal
 * @module
 */
import { join } from 'node:path'
import type * as lancedb from '@lancedb/lancedb'
import { SchemaError, UsageError } from '../errors/errors.js'
import type { AuditLog } from '../audit/index.js'
import type { EmbeddingProvider } from '../embeddings/provider.js'
import { COLUMNS } from '../schema/columns.js'
import type { Variant, VariantInput } from '../schema/variant.js'
import { addRows, appendBatch, upsertRows } from './append.js'
import { tableToRows } from './arrow.js'
import { applyAuditPlan } from './audit-plan.js'
import { translateError } from './errors.js'
import { sqlEquals, sqlIdent, sqlString } from '../filter/index.js'
import { type SchemaState, type TableHandle, createHandle } from './handle.js'
import { GENOMIC_INDEXES, createScalarIndex, createVectorIndex, listIndices } from './indexes.js'
import { type DbLocation, isObjectStoreUri } from './location.js'
import { migrate } from './migrate.js'
import { type Where, keyPredicate, renderWhere } from './predicates.js'
import { recordAllFacts, recordedMaxSpan, recordedValues } from './facts.js'
import { genomicScan } from './genomic-order.js'
import { createTextIndex, runTextSearch } from './text-search.js'
import { nearest } from './nearest.js'
import { statsOf } from './stats.js'
import type {
  AddResult,
  AppendBatch,
  AppendBatchResult,
  DeleteResult,
  DiffOptions,
  DiffResult,
  FilterOptions,
  IndexInfo,
  MigrateResult,
  OpenStoreOptions,
  OptimizeOptions,
  OptimizeResult,
  RestoreResult,
  ScalarIndexType,
  SearchHit,
  TextHit,
  StoreStats,
  TagInfo,
  UpdateResult,
  UpsertResult,
  SourceHeader,
  VectorIndexOptions,
  VersionInfo,
} from './types.js'
import { type NearestPlan, type ScanPlan, type TextPlan, VariantStore } from './variant-store.js'
import { audited } from '../audit/index.js'
import { diffVersions } from './diff.js'
import { type IngestSession, type IngestSessionOptions, beginIngest } from './ingest-session.js'
import { sourceHeadersOf } from './source-headers.js'
import { type AutoOptimize, noteRowsWritten, optimizeLocked } from './optimize.js'
import { deleteRows, updateRow } from './update.js'
import {
  type PinCache,
  createTag,
  deleteTag,
  listTags,
  listVersions,
  resolveVersion,
  restoreVersion,
} from './versions.js'

/** Field-metadata key on `embedding` that names the embedder whose vectors the table holds. */
export const METADATA_EMBEDDER = 'vcf_agent.embedder'

const DEFAULT_SELECT = COLUMNS.filter((c) => c.kind !== 'embedding').map((c) => c.name)

/** What {@link LanceVariantStore} is made from (by `openStore`). @internal */
export interface LanceStoreInit {
  dbPath: string
  /** Where the store lives (local folder or object storage). */
  location: DbLocation
  tableName: string
  dim: number
  created: boolean
  state: SchemaState
  table: lancedb.Table
  conn: lancedb.Connection
  options: OpenStoreOptions
  audit: AuditLog
  embedder: EmbeddingProvider
  /** Handles pinned to versions, shared by the store and its views. */
  pins: PinCache
  /** When the store optimizes by itself (false: never). */
  autoOptimize: AutoOptimize | false
  /** The version a read-only view is pinned to; undefined for the store itself. */
  pinned?: number
  actor?: string
  ownsHandle?: boolean
}

/** How many views by actor and by version a store keeps. */
const VIEW_CACHE_SIZE = 16

/** Puts `value` in `map` under `key`, dropping the oldest entries beyond `size`. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, size: number): void {
  map.set(key, value)
  while (map.size > size) map.delete(map.keys().next().value as K)
}

/** The LanceDB-backed store. @internal */
export class LanceVariantStore extends VariantStore {
  readonly dbPath: string
  readonly tableName: string
  readonly dim: number
  readonly created: boolean
  readonly actor: string
  readonly embedder: EmbeddingProvider
  readonly #init: LanceStoreInit
  readonly #table: lancedb.Table
  readonly #handle: TableHandle
  /** Views of this store by actor ({@link withActor}) and by version ({@link at}), most recently made last. */
  readonly #actors = new Map<string, VariantStore>()
  readonly #versions = new Map<number, VariantStore>()

  constructor(init: LanceStoreInit) {
    super()
    this.#init = init
    this.dbPath = init.dbPath
    this.tableName = init.tableName
    this.dim = init.dim
    this.created = init.created
    this.actor = init.actor ?? init.options.actor ?? 'local'
    this.embedder = init.embedder
    this.#table = init.table
    this.#handle = createHandle(init, lockPathFor(init.dbPath, init.tableName), () =>
      this.optimize(),
    )
    applyAuditPlan(this, init.audit)
  }

  get auditLogPath(): string | undefined {
    return this.#init.audit.path
  }

  get columns(): string[] {
    return this.#handle.columnNames()
  }

  get schemaVersion(): number {
    return this.#init.state.version
  }

  async sourceHeaders(): Promise<Map<string, SourceHeader>> {
    return sourceHeadersOf(await this.#handle.table.schema())
  }

  get tableEmbedder(): string | undefined {
    return this.#init.state.arrowSchema.fields
      .find((f) => f.name === 'embedding')
      ?.metadata.get(METADATA_EMBEDDER)
  }

  get pinnedVersion(): number | undefined {
    return this.#init.pinned
  }

  get maxSpan(): number | undefined {
    return recordedMaxSpan(this.#init.state.arrowSchema)
  }

  withActor(actor: string): VariantStore {
    // a server asks for the same few actors on every request: their views are kept (they hold no state)
    let view = this.#actors.get(actor)
    if (!view) {
      view = new LanceVariantStore({ ...this.#init, actor, ownsHandle: false })
      remember(this.#actors, actor, view, VIEW_CACHE_SIZE)
    }
    return view
  }

  async at(ref?: string | number): Promise<VariantStore> {
    const version = await resolveVersion(this.#handle, ref)
    if (this.#init.pinned === version) return this
    const kept = this.#versions.get(version)
    if (kept) return kept
    const pin = await this.#init.pins.get(this.#handle, version)
    const view = new LanceVariantStore({
      ...this.#init,
      table: pin.table,
      state: pin.state,
      pinned: version,
      ownsHandle: false,
    })
    remember(this.#versions, version, view, VIEW_CACHE_SIZE)
    return view
  }

  listVersions(): Promise<VersionInfo[]> {
    return listVersions(this.#handle)
  }

  listTags(): Promise<TagInfo[]> {
    return listTags(this.#handle)
  }

  createTag(name: string, ref?: string | number): Promise<TagInfo> {
    return createTag(this.#handle, name, ref)
  }

  deleteTag(name: string): Promise<TagInfo> {
    return deleteTag(this.#handle, name)
  }

  restore(ref: string | number): Promise<RestoreResult> {
    return restoreVersion(this.#handle, ref)
  }

  diff(
    from: string | number,
    to?: string | number,
    options: DiffOptions = {},
  ): Promise<DiffResult> {
    return diffVersions(this.#handle, this.#init.pins, from, to, options.maxIds ?? 1000)
  }

  optimize(options: OptimizeOptions = {}): Promise<OptimizeResult> {
    return this.#handle.write('optimize', () =>
      optimizeLocked(this.#handle, { ...options, staleMs: this.#init.options.lockStaleMs }),
    )
  }

  beginIngest(options: IngestSessionOptions): Promise<IngestSession> {
    return beginIngest(this.#handle, this.#init.location.localDir, options, this.created)
  }

  auditedOperation<T>(
    action: string,
    details: Record<string, unknown>,
    fn: () => Promise<T>,
    count?: (r: T) => number,
  ): Promise<T> {
    return audited(
      this.#init.audit,
      { action, actor: this.actor, table: this.tableName, details },
      fn,
      count,
    )
  }

  async bindEmbedder(name: string, options: { record?: boolean } = {}): Promise<void> {
    const recorded = this.tableEmbedder
    if (recorded !== undefined && recorded !== name) {
      throw new SchemaError(
        'SCHEMA_MISMATCH',
        `Table ${this.tableName} holds vectors of the embedder ${recorded}, not ${name}: their distances cannot be compared. ` +
          `Use the embedder ${recorded} (CLI: --embedder; built-in: ${recorded.startsWith('openai:') ? 'no' : 'yes'}), or ingest into a new table.`,
        { details: { table: this.tableName, table_embedder: recorded, embedder: name } },
      )
    }
    if (recorded === undefined && options.record) {
      await this.#handle.write('record-embedder', () =>
        this.#table.updateFieldMetadata([
          { path: 'embedding', metadata: { [METADATA_EMBEDDER]: name } },
        ]),
      )
      Object.assign(this.#init.state, { arrowSchema: await this.#table.schema() })
    }
  }

  migrate(options: { dryRun?: boolean } = {}): Promise<MigrateResult> {
    return migrate(this.#handle, Boolean(options.dryRun))
  }

  addVariants(rows: readonly VariantInput[]): Promise<AddResult> {
    return addRows(this.#handle, rows)
  }

  upsertVariants(rows: readonly VariantInput[]): Promise<UpsertResult> {
    return upsertRows(this.#handle, rows)
  }

  appendBatch(batch: AppendBatch): Promise<AppendBatchResult> {
    return appendBatch(this.#handle, batch)
  }

  rollbackIngest(ingestId: string): Promise<DeleteResult> {
    return this.#handle.write('ingest-rollback', async () => {
      const res = await this.#table.delete(sqlEquals('ingest_id', ingestId))
      const deleted = (res as { numDeletedRows?: number }).numDeletedRows ?? 0
      noteRowsWritten(deleted)
      return { deleted }
    })
  }

  #selectList(select: readonly string[] | undefined): string[] {
    const cols =
      select && select.length > 0
        ? [...select]
        : DEFAULT_SELECT.filter((c) => this.columns.includes(c))
    const unknown = cols.filter((c) => !this.columns.includes(c))
    if (unknown.length > 0) {
      throw new SchemaError(
        'SCHEMA_UNKNOWN_COLUMN',
        `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. Columns: ${this.columns.join(', ')}.`,
        {
          details: { unknown },
        },
      )
    }
    return cols
  }

  #where(where: Where, forWrite = false): string | undefined {
    return renderWhere(where, { columns: this.columns, forWrite })
  }

  async *scanBatches(plan: ScanPlan): AsyncIterable<readonly Variant[]> {
    const select = this.#selectList(plan.select)
    const sql = this.#where(plan.where)
    if (plan.order === 'genome') {
      const extra = ['chrom', 'pos'].filter((c) => !select.includes(c))
      try {
        for await (const batch of genomicScan(this.#handle, sql, [...select, ...extra], {
          limit: plan.limit,
          offset: plan.offset,
          contigs: plan.where.contigs,
        })) {
          if (extra.length > 0)
            for (const row of batch)
              for (const c of extra) delete (row as unknown as Record<string, unknown>)[c]
          yield batch
        }
      } catch (err) {
        throw translateError(err, 'filter', sql)
      }
      return
    }
    let q = this.#table.query().select(select)
    if (sql) q = q.where(sql)
    if (plan.limit !== undefined) q = q.limit(plan.limit)
    if (plan.offset) q = q.offset(plan.offset)
    try {
      for await (const batch of q) yield tableToRows(batch as never)
    } catch (err) {
      throw translateError(err, 'filter', sql)
    }
  }

  async countWhere(where: Where): Promise<number> {
    const sql = this.#where(where)
    try {
      return await this.#table.countRows(sql)
    } catch (err) {
      throw translateError(err, 'count', sql)
    }
  }

  async knownContigs(names: readonly string[]): Promise<Set<string>> {
    // the table's facts list every CHROM ever written (a superset after deletes): no query needed
    const recorded = recordedValues(this.#init.state.arrowSchema)?.chrom
    if (recorded) {
      const all = new Set(recorded)
      return new Set(names.filter((n) => all.has(n)))
    }
    const out = new Set<string>()
    for (const name of new Set(names)) {
      const hit = await this.#table
        .query()
        .where(`${sqlIdent('chrom')} = ${sqlString(name)}`)
        .select(['chrom'])
        .limit(1)
        .toArray()
      if (hit.length > 0) out.add(name)
    }
    return out
  }

  deleteWhere(where: Where, options: { all?: boolean } = {}): Promise<DeleteResult> {
    if (where.predicates.length === 0 && !where.filter?.trim()) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        'A delete needs a condition (filter_sql, region, regions_file, samples or gene); to delete every row use filter "true" with all.',
      )
    }
    // a tautology in the caller's SQL is refused unless typed predicates narrow it or `all` is set
    const sql = this.#where(where, where.predicates.length === 0 && !options.all)!
    return deleteRows(this.#handle, sql, Boolean(options.all))
  }

  statsWhere(where: Where, options?: { bins?: number }): Promise<StoreStats> {
    return statsOf(this.#handle, this.#where(where), options)
  }

  nearest(plan: NearestPlan): Promise<SearchHit[]> {
    return nearest(this.#handle, plan, {
      dim: this.dim,
      where: (w) => this.#where(w),
      select: (cols) => this.#selectList(cols),
    })
  }

  async textSearch(plan: TextPlan): Promise<TextHit[]> {
    const limit = plan.limit ?? 10
    if (!Number.isSafeInteger(limit) || limit <= 0)
      throw new UsageError('USAGE_INVALID_ARGUMENT', 'limit must be a positive integer.')
    const sql = this.#where(plan.where)
    const select = this.#selectList(plan.select)
    try {
      const rows = (await runTextSearch(this.#handle, {
        sql,
        select,
        limit,
        text: plan.text,
      })) as unknown as (Variant & { _score: number })[]
      return rows.map(({ _score, ...rest }) => ({ ...rest, score: _score }))
    } catch (err) {
      throw translateError(err, 'search-text', sql)
    }
  }

  createTextIndex(): Promise<void> {
    return createTextIndex(this.#handle)
  }

  async getVariant(
    variantId: string,
    options: Pick<FilterOptions, 'select'> = {},
  ): Promise<Variant | undefined> {
    const select = this.#selectList(options.select)
    const sql = keyPredicate(String(variantId)).sql
    try {
      return tableToRows(await this.#table.query().where(sql).select(select).limit(1).toArrow())[0]
    } catch (err) {
      throw translateError(err, 'get', sql)
    }
  }

  updateVariant(
    variantId: string,
    updates: Partial<Omit<VariantInput, 'variant_id'>>,
  ): Promise<UpdateResult> {
    // the vectors are this store's embedder's: an update of an embedded feature re-embeds the row
    const own = this.tableEmbedder !== undefined && this.tableEmbedder === this.embedder.name
    return updateRow(
      this.#handle,
      variantId,
      updates,
      own
        ? {
            embed: async (row) => {
              const [v] = await this.embedder.embed([row])
              return v!
            },
          }
        : {},
    )
  }

  createScalarIndex(
    column: string,
    type: ScalarIndexType = 'BTREE',
    options: { replace?: boolean } = {},
  ): Promise<void> {
    return createScalarIndex(this.#handle, column, type, Boolean(options.replace))
  }

  createVectorIndex(options: VectorIndexOptions = {}): Promise<void> {
    return createVectorIndex(this.#handle, options)
  }

  async createGenomicIndexes(): Promise<string[]> {
    await recordAllFacts(this.#handle)
    const made: string[] = []
    for (const [column, type] of GENOMIC_INDEXES) {
      if (!this.columns.includes(column)) continue
      await this.createScalarIndex(column, type, { replace: true })
      made.push(`${column}_idx`)
    }
    if (this.columns.includes('annotation')) {
      await this.createTextIndex()
      made.push('annotation_idx')
    }
    return made
  }

  listIndices(): Promise<IndexInfo[]> {
    return listIndices(this.#handle)
  }

  async contigs(): Promise<Set<string>> {
    const out = new Set<string>()
    for await (const batch of this.#table.query().select(['chrom'])) {
      const col = batch.getChild('chrom')
      for (let i = 0; i < batch.numRows; i++) out.add(String(col?.get(i)))
    }
    return out
  }

  version(): Promise<number> {
    return this.#table.version()
  }

  async discardIfEmpty(): Promise<boolean> {
    if (!this.created || this.#init.pinned !== undefined || this.#init.ownsHandle === false) {
      this.close()
      return false
    }
    // a failed first ingest that wrote directly has dropped the table already
    if (!this.#table.isOpen()) {
      const gone = !(await this.#init.conn.tableNames().catch(() => [this.tableName])).includes(
        this.tableName,
      )
      this.close()
      return gone
    }
    const dropped = await this.#handle.locked('discard-table', async () => {
      if ((await this.#table.countRows()) > 0) return false
      this.#table.close()
      await this.#init.conn.dropTable(this.tableName)
      return true
    })
    this.close()
    return dropped
  }

  #closing: Promise<void> | undefined

  close(): void {
    if (this.#init.ownsHandle === false || this.#closing) return
    this.#init.pins.close()
    if (this.#table.isOpen()) this.#table.close()
    this.#init.conn.close()
    // the audit log writes the records still queued (reads do not wait for theirs), then closes
    this.#closing = this.#init.audit.close().catch(() => undefined)
  }

  closed(): Promise<void> {
    return this.#closing ?? Promise.resolve()
  }
}

/**
 * Path of the cross-process write lock of a table (on object storage only the key of its in-process mutex).
 * @internal
 */
export function lockPathFor(dbPath: string, tableName: string): string {
  return isObjectStoreUri(dbPath)
    ? `${dbPath.replace(/\/+$/, '')}/.${tableName}.write.lock`
    : join(dbPath, `.${tableName}.write.lock`)
}

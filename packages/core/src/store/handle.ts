/**
 * The private handle a LanceDB-backed store shares with its concern modules (append, indexes, migration,
 * stats): the native table and connection, the schema facts, and the locked-write helper.
 *
 * @internal
 * @module
 */
import type * as lancedb from '@lancedb/lancedb'
import type * as ArrowTypes from 'apache-arrow'
import { noteVersions, outsideVersionNotes } from '../audit/index.js'
import { UsageError } from '../errors/errors.js'
import { withWriteLock } from '../lock/write-lock.js'
import { type ColumnSpec, SCHEMA_VERSION } from '../schema/columns.js'
import { withCommitRetry } from './errors.js'
import type { LanceStoreInit } from './lance-store.js'
import { migrateLocked } from './migrate.js'
import { countWrite, countingRows } from './optimize.js'
import { ensureConditionalPut } from './probe.js'
import { ensureTextIndex } from './text-search.js'

/**
 * Writes after which the handle does not check the full-text index: they add no rows, are the upkeep, or (an
 * ingest commit) do it themselves before tagging.
 */
const NO_TEXT_UPKEEP: ReadonlySet<string> = new Set([
  'optimize',
  'create-index',
  'migrate',
  'ingest-commit',
  'ingest-direct',
])

/**
 * Writes the automatic optimize does not count: the optimize itself, and a direct ingest (`ingest-direct.ts`), which
 * fills a table it created with one full-size fragment per batch (≥ 1 024 rows, about 16 MB of embeddings) and
 * indexes their text at the end — nothing for compaction or index upkeep to fix, and compacting would rewrite the
 * whole table it just wrote (a third of the ingest's time at dim 1024). `optimize` still compacts them when asked.
 */
const NOT_COUNTED: ReadonlySet<string> = new Set(['optimize', 'ingest-direct'])

/**
 * Writes that count toward the automatic optimize but never run it themselves: an ingest's commit. Its cost must not
 * grow with the table — the optimize after ingesting ClinVar (136 095 rows, dim 128) into a 1 027 294-row table
 * took 26 of its 34 s, against 8 s into an empty one — so the ingest says it is due (`optimizeDue`) and the next
 * other write, or `optimize`, runs it.
 */
const DEFERS_OPTIMIZE: ReadonlySet<string> = new Set(['ingest-commit'])

/** Mutable schema facts shared by a store and its `withActor` views. @internal */
export interface SchemaState {
  /** Schema version on disk (1 = the original tool's columns only). */
  version: number
  /** Columns present on disk, in `COLUMNS` order. */
  columns: readonly ColumnSpec[]
  /** The table's Arrow schema. */
  arrowSchema: ArrowTypes.Schema
}

/** What the concern modules of the store work on. @internal */
export interface TableHandle {
  /** Database folder, or object-storage URI. */
  readonly dbPath: string
  /** Local folder for the staging files and counters (the database folder itself, unless on object storage). */
  readonly localDir: string
  /** Whether the table is on object storage (no lock file; appends of staged rows are merged on the key). */
  readonly objectStore: boolean
  /** Table name. */
  readonly tableName: string
  /** Embedding dimension. */
  readonly dim: number
  /** The native LanceDB table: the live one, or (in a read-only view) one checked out at {@link TableHandle.pinned}. */
  readonly table: lancedb.Table
  /** The connection the table came from (opens pinned handles). */
  readonly conn: lancedb.Connection
  /** The version a read-only view is pinned to; undefined for the live table. */
  readonly pinned: number | undefined
  /** Path of the audit log, when auditing is on (the version history reads it). */
  readonly auditPath: string | undefined
  /** Schema facts, refreshed after migrations. */
  readonly state: SchemaState
  /** Column names present on disk. */
  columnNames(): string[]
  /**
   * Whether the last write through this handle made the automatic optimize due and left it to a later write (only an
   * ingest's commit defers it).
   */
  optimizeDue(): boolean
  /**
   * Runs `fn` under the write lock with commit-conflict retries; `needsCurrentSchema` migrates a version-1
   * table first (under the same lock hold). Reports the table versions before and after to the audited operation
   * running (`noteVersions`). A read-only view refuses (`USAGE_INVALID_ARGUMENT`).
   */
  write<T>(operation: string, fn: () => Promise<T>, needsCurrentSchema?: boolean): Promise<T>
  /** Runs `fn` under the write lock only. */
  locked<T>(operation: string, fn: () => Promise<T>): Promise<T>
}

/**
 * The handle of a store: its table and schema facts, and the locked-write helper every write goes through — the
 * write lock, commit-conflict retries, the versions before and after (`noteVersions`, for the audit record), the
 * rows written (for the automatic optimize), and that optimize once a write makes it due.
 *
 * @param init - what the store is made from
 * @param lockPath - the table's write lock
 * @param optimize - the store's (audited) optimize, run after a write that made it due
 * @returns the handle
 * @internal
 */
export function createHandle(
  init: LanceStoreInit,
  lockPath: string,
  optimize: () => Promise<unknown>,
): TableHandle {
  const location = init.location
  // no local lock file can exclude a writer on another host: object storage takes only the in-process mutex
  const objectStore = location.kind !== 'local'
  const lockOptions = (operation: string) => ({
    timeoutMs: init.options.lockTimeoutMs,
    staleMs: init.options.lockStaleMs,
    operation,
    crossProcess: !objectStore,
  })
  const readOnly = (operation: string): UsageError =>
    new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Table ${init.tableName} is open read-only as of version ${init.pinned} (store.at): ${operation} writes through the store itself.`,
      { details: { operation, version: init.pinned } },
    )
  let deferred = false
  const locked = async <T>(
    operation: string,
    fn: () => Promise<T>,
    retry: boolean,
    needsCurrentSchema = false,
  ): Promise<T> => {
    if (init.pinned !== undefined) throw readOnly(operation)
    if (location.kind !== 'local') await ensureConditionalPut(location)
    let due = false
    const result = await withWriteLock(
      lockPath,
      async () => {
        const before = await init.table.version()
        let rows = 0
        try {
          const run = await countingRows(async () => {
            if (needsCurrentSchema && init.state.version < SCHEMA_VERSION)
              await migrateLocked(handle)
            return retry ? withCommitRetry(fn, operation) : fn()
          })
          rows = run.rows
          // an FTS index built before the rows it covers were recorded is brought up to date once (text-search.ts)
          if (rows > 0 && !NO_TEXT_UPKEEP.has(operation)) await ensureTextIndex(handle, false)
          return run.result
        } finally {
          const after = await init.table.version().catch(() => before)
          noteVersions(before, after)
          if (!NOT_COUNTED.has(operation))
            due = await countWrite(handle, after - before, rows, init.autoOptimize).catch(
              () => false,
            )
        }
      },
      lockOptions(operation),
    )
    deferred = due && DEFERS_OPTIMIZE.has(operation)
    if (deferred) return result
    // an automatic optimize is its own audited operation, after the lock of the write that made it due
    if (due)
      await outsideVersionNotes(optimize).catch((err: unknown) =>
        init.options.onWarning?.(
          `The automatic optimize of table ${init.tableName} failed: ${(err as Error).message}`,
        ),
      )
    return result
  }
  const handle: TableHandle = {
    dbPath: init.dbPath,
    localDir: init.location.localDir,
    objectStore,
    tableName: init.tableName,
    dim: init.dim,
    table: init.table,
    conn: init.conn,
    pinned: init.pinned,
    auditPath: init.audit.path,
    state: init.state,
    columnNames: () => init.state.columns.map((c) => c.name),
    optimizeDue: () => deferred,
    locked: (operation, fn) => locked(operation, fn, false),
    write: (operation, fn, needsCurrentSchema = false) =>
      locked(operation, fn, true, needsCurrentSchema),
  }
  return handle
}

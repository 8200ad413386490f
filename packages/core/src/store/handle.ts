/**
 * The private handle a LanceDB-backed store shares with its concern modules (append, indexes, migration,
 * stats): the native table and connection, the schema facts, and the locked-write helper.
 *
 * @internal
 * @module
 */
import type * as lancedb from '@lancedb/lancedb'
import type * as ArrowTypes from 'apache-arrow'
import type { ColumnSpec } from '../schema/columns.js'

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
  /** Database folder. */
  readonly dbPath: string
  /** Table name. */
  readonly tableName: string
  /** Embedding dimension. */
  readonly dim: number
  /** The native LanceDB table. */
  readonly table: lancedb.Table
  /** Schema facts, refreshed after migrations. */
  readonly state: SchemaState
  /** Column names present on disk. */
  columnNames(): string[]
  /**
   * Runs `fn` under the write lock with commit-conflict retries; `needsCurrentSchema` migrates a version-1
   * table first (under the same lock hold).
   */
  write<T>(operation: string, fn: () => Promise<T>, needsCurrentSchema?: boolean): Promise<T>
  /** Runs `fn` under the write lock only. */
  locked<T>(operation: string, fn: () => Promise<T>): Promise<T>
}

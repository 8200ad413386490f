/**
 * Migration of tables written by the original Python tool (schema version 1) to the current schema, in place.
 *
 * @internal
 * @module
 */
import type * as ArrowTypes from 'apache-arrow'
import {
  COLUMNS,
  type ColumnSpec,
  METADATA_SCHEMA_VERSION,
  PRIMARY_KEY,
  SCHEMA_VERSION,
} from '../schema/columns.js'
import { arrow, arrowType } from './arrow.js'
import { withCommitRetry } from './errors.js'
import type { SchemaState, TableHandle } from './handle.js'
import type { MigrateResult } from './types.js'

/** Schema version recorded on the table (schema or `variant_id` field metadata); when columns are missing, the newest version whose columns are all present. @internal */
export function schemaVersionOf(schema: ArrowTypes.Schema): number {
  const present = new Set(schema.fields.map((f) => f.name))
  const firstMissing = (COLUMNS as readonly ColumnSpec[])
    .filter((c) => !present.has(c.name))
    .reduce((v, c) => Math.min(v, c.since), Number.POSITIVE_INFINITY)
  // the newest version whose columns are all there (a version-3 table lacks only `genes`)
  if (firstMissing !== Number.POSITIVE_INFINITY) return Math.max(1, firstMissing - 1)
  const key = schema.fields
    .find((f) => f.name === PRIMARY_KEY)
    ?.metadata.get(METADATA_SCHEMA_VERSION)
  return Number(key ?? schema.metadata.get(METADATA_SCHEMA_VERSION) ?? SCHEMA_VERSION)
}

/** Schema facts of an Arrow schema. @internal */
export function schemaStateOf(schema: ArrowTypes.Schema): SchemaState {
  const present = new Set(schema.fields.map((f) => f.name))
  return {
    version: schemaVersionOf(schema),
    columns: COLUMNS.filter((c) => present.has(c.name)),
    arrowSchema: schema,
  }
}

/** Re-reads the table's schema into `h.state`. @internal */
export async function refreshState(h: TableHandle): Promise<void> {
  Object.assign(h.state, schemaStateOf(await h.table.schema()))
}

/** The columns of `COLUMNS` the table lacks. @internal */
export function missingColumns(h: TableHandle): ColumnSpec[] {
  const have = h.columnNames()
  return (COLUMNS as readonly ColumnSpec[]).filter((c) => !have.includes(c.name))
}

/** Migrates the table; the caller holds the write lock. @internal */
export async function migrateLocked(h: TableHandle): Promise<MigrateResult> {
  await refreshState(h)
  const fromVersion = h.state.version
  const add = missingColumns(h)
  if (add.length > 0) {
    await withCommitRetry(
      () => h.table.addColumns(add.map((c) => new arrow.Field(c.name, arrowType(c, h.dim), true))),
      'migrate',
    )
  }
  if (add.length > 0 || fromVersion < SCHEMA_VERSION) {
    await withCommitRetry(
      () =>
        h.table.updateFieldMetadata([
          { path: PRIMARY_KEY, metadata: { [METADATA_SCHEMA_VERSION]: String(SCHEMA_VERSION) } },
        ]),
      'migrate',
    )
    // a nullable key would be accepted as the primary key and then break every query (LanceDB 0.31): only a
    // non-null one is declared (a table written with pyarrow's default schema keeps its nullable key)
    const key = (await h.table.schema()).fields.find((f) => f.name === PRIMARY_KEY)
    if (key && !key.nullable)
      await h.table.setUnenforcedPrimaryKey(PRIMARY_KEY).catch(() => undefined)
  }
  await refreshState(h)
  return { added: add.map((c) => c.name), fromVersion, toVersion: h.state.version, dryRun: false }
}

/** Migrates the table under the write lock (or, with `dryRun`, reports what would change). @internal */
export function migrate(h: TableHandle, dryRun: boolean): Promise<MigrateResult> {
  if (dryRun) {
    const added = missingColumns(h).map((c) => c.name)
    return Promise.resolve({
      added,
      fromVersion: h.state.version,
      toVersion: added.length > 0 ? SCHEMA_VERSION : h.state.version,
      dryRun: true,
    })
  }
  return h.locked('migrate', () => migrateLocked(h))
}

/** Do these rows use columns the table on disk lacks? @internal */
export function usesMissingColumns(h: TableHandle, rows: readonly object[]): boolean {
  if (h.state.version >= SCHEMA_VERSION) return false
  const have = new Set(h.columnNames())
  return rows.some((r) => Object.entries(r).some(([k, v]) => !have.has(k) && v != null))
}

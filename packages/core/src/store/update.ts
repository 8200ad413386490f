/**
 * Changing stored rows: updating one variant's columns in place (LanceDB `Table.update`), with the checks of the
 * values, and deleting the rows of a checked filter.
 *
 * @internal
 * @module
 */
import type * as lancedb from '@lancedb/lancedb'
import { SchemaError, UsageError } from '../errors/errors.js'
import { sqlEquals } from '../filter/index.js'
import { PRIMARY_KEY, findColumn } from '../schema/columns.js'
import { type VariantInput, checkValue } from '../schema/variant.js'
import { translateError } from './errors.js'
import { factValues, recordFacts } from './facts.js'
import type { TableHandle } from './handle.js'
import { usesMissingColumns } from './migrate.js'
import { noteRowsWritten } from './optimize.js'
import type { DeleteResult, UpdateResult } from './types.js'

/** Identity columns: part of `variant_id`, never updated in place. */
const IDENTITY = new Set([PRIMARY_KEY, 'chrom', 'pos', 'ref', 'alt'])

function toSqlValue(kind: string, name: string, value: unknown): lancedb.IntoSql {
  if (value == null) return null
  if (kind === 'embedding') return Array.from(value as ArrayLike<number>)
  if (kind === 'utf8_list') return [...(value as string[])]
  if (typeof value === 'bigint') return Number(value)
  if (name === 'info' && typeof value === 'object') return JSON.stringify(value)
  return value as lancedb.IntoSql
}

/** Updates one variant's columns under the write lock (see `VariantStore.updateVariant`). @internal */
export function updateRow(
  h: TableHandle,
  variantId: string,
  updates: Partial<Omit<VariantInput, 'variant_id'>>,
): Promise<UpdateResult> {
  if (typeof variantId !== 'string' || variantId === '')
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'updateVariant needs a non-empty variant_id.')
  if (updates == null || typeof updates !== 'object' || Array.isArray(updates)) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'Updates must be an object of column names to new values.',
    )
  }
  const keys = Object.keys(updates)
  if (keys.length === 0)
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'Updates must name at least one column.')
  const values: Record<string, lancedb.IntoSql> = {}
  for (const key of keys) {
    if (IDENTITY.has(key)) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `${key} is part of the variant's identity (variant_id = CHROM-POS-REF-ALT) and cannot be updated; delete the variant and add it again.`,
        { details: { field: key } },
      )
    }
    const spec = findColumn(key)
    if (!spec) {
      throw new SchemaError(
        'SCHEMA_UNKNOWN_COLUMN',
        `Cannot update unknown column ${key}. Columns: ${h.columnNames().join(', ')}.`,
        { details: { field: key } },
      )
    }
    const value = (updates as Record<string, unknown>)[key]
    const problem = checkValue(spec, value, h.dim)
    if (problem)
      throw new SchemaError(
        'SCHEMA_INVALID_ROW',
        `Update of ${key} ${problem}. Nothing was written.`,
        {
          details: { field: key },
        },
      )
    values[key] = toSqlValue(spec.kind, spec.name, value)
  }
  return h.write(
    'update',
    async () => {
      const res = await h.table.update({ where: sqlEquals(PRIMARY_KEY, variantId), values })
      noteRowsWritten(res.rowsUpdated)
      if (res.rowsUpdated > 0)
        await recordFacts(h, factValues([updates as Record<string, unknown>]))
      return { updated: res.rowsUpdated }
    },
    usesMissingColumns(h, [updates]),
  )
}

/**
 * Deletes the rows `sql` matches under the write lock, refusing one that matches every row unless `all` (the count
 * and the delete run under the same lock hold).
 * @internal
 */
export function deleteRows(h: TableHandle, sql: string, all: boolean): Promise<DeleteResult> {
  return h.write('delete', async () => {
    const total = await h.table.countRows()
    const matched = await h.table.countRows(sql)
    if (matched === 0) return { deleted: 0 }
    if (matched === total && !all) {
      throw new UsageError(
        'USAGE_MATCHES_ALL_ROWS',
        `The filter matches all ${total} rows. Nothing was deleted; pass all: true (CLI: --all) to delete every row.`,
        { details: { matched, total } },
      )
    }
    try {
      const res = await h.table.delete(sql)
      const deleted = (res as { numDeletedRows?: number }).numDeletedRows ?? matched
      noteRowsWritten(deleted)
      return { deleted }
    } catch (err) {
      throw translateError(err, 'delete', sql)
    }
  })
}

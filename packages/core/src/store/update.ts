/**
 * Changing stored rows: updating one variant's columns in place (LanceDB `Table.update`), with the checks of the
 * values, and deleting the rows of a checked filter.
 *
 * @internal
 * @module
 */
import { SchemaError, UsageError } from '../errors/errors.js'
import { sqlEquals } from '../filter/index.js'
import { PRIMARY_KEY, findColumn } from '../schema/columns.js'
import { type Variant, type VariantInput, checkValue } from '../schema/variant.js'
import { type VcfHeader, parseHeader } from '../vcf/header.js'
import { rowAnnotationText } from '../vcf/row-annotation.js'
import { tableToRows } from './arrow.js'
import { translateError } from './errors.js'
import { factValues, recordFacts } from './facts.js'
import type { TableHandle } from './handle.js'
import { usesMissingColumns } from './migrate.js'
import { noteRowsWritten } from './optimize.js'
import { sourceHeadersOf } from './source-headers.js'
import type { DeleteResult, UpdateResult } from './types.js'

/** Identity columns: part of `variant_id`, never updated in place. */
const IDENTITY = new Set([PRIMARY_KEY, 'chrom', 'pos', 'ref', 'alt'])

/**
 * A value as a DataFusion SQL literal for `Table.update({ valuesSql })`. LanceDB's own conversion writes `0` for
 * a float that happens to be whole, so an embedding such as `[0, 0.12]` is refused ("Array expressions must have
 * a consistent datatype"); here every element of a float list has a decimal point, and QUAL's non-finite values
 * (VCF inf/nan) are cast from their names.
 */
function sqlLiteral(value: unknown, float: boolean): string {
  if (value == null) return 'NULL'
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return `CAST('${Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity'}' AS DOUBLE)`
    const text = String(value)
    return float && /^-?\d+$/.test(text) ? `${text}.0` : text
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value))
    return `[${Array.from(value as ArrayLike<unknown>, (v) => sqlLiteral(v, float)).join(', ')}]`
  throw new UsageError('USAGE_INVALID_ARGUMENT', `Cannot write ${typeof value} as a column value.`)
}

function toSqlValue(kind: string, name: string, value: unknown): string {
  if (name === 'info' && value != null && typeof value === 'object')
    return sqlLiteral(JSON.stringify(value), false)
  return sqlLiteral(value, kind === 'embedding' || kind === 'float64')
}

/** Columns whose value also lives in INFO, and the INFO keys that hold it (the first present is rewritten). */
const IN_INFO: Record<string, readonly string[]> = {
  clinical_significance: ['CLNSIG', 'CLINICAL_SIGNIFICANCE'],
  // the keys the gene is read from (`geneFrom`), but ANN/CSQ sub-fields
  gene: ['GENEINFO', 'SYMBOL', 'GENE', 'Gene', 'GENE_NAME'],
  af: ['AF'],
}

/** Columns the embedders read (`VariantFeatures`): changing one changes the variant's embedding. */
const EMBEDDED = new Set(['gene', 'clinical_significance', 'af', 'rlen', 'variant_class'])

/**
 * The stored INFO JSON with the INFO copies of the updated columns rewritten ({@link IN_INFO}), so that export
 * writes what the row says; undefined when nothing changes. A null value removes the key.
 */
function syncedInfo(
  info: string | null | undefined,
  updates: Record<string, unknown>,
): string | undefined {
  if (!info || 'info' in updates) return undefined
  let obj: Record<string, unknown>
  try {
    obj = JSON.parse(info) as Record<string, unknown>
  } catch {
    return undefined
  }
  let changed = false
  for (const [column, keys] of Object.entries(IN_INFO)) {
    if (!(column in updates)) continue
    const key = keys.find((k) => k in obj)
    if (key === undefined) continue
    const value = updates[column]
    if (value == null) delete obj[key]
    else obj[key] = [value]
    changed = true
  }
  return changed ? JSON.stringify(obj) : undefined
}

/** The parsed header the ingest `ingestId` recorded, or undefined (none recorded, or unreadable). */
function sourceHeaderOf(h: TableHandle, ingestId: unknown): VcfHeader | undefined {
  if (typeof ingestId !== 'string') return undefined
  const source = sourceHeadersOf(h.state.arrowSchema).get(ingestId)
  if (!source) return undefined
  try {
    return parseHeader(source.lines, source.file)
  } catch {
    return undefined
  }
}

/**
 * What an update also changes: the stored INFO (the INFO copies of the updated columns) and the embedding (when
 * an embedded feature changes and the table's vectors are the store embedder's). @internal
 */
export interface UpdateEffects {
  /** Re-embeds the updated row with the store's embedder, or undefined when the table's vectors are not its. */
  embed?: (row: Variant) => Promise<Float32Array>
}

/** Updates one variant's columns under the write lock (see `VariantStore.updateVariant`). @internal */
export function updateRow(
  h: TableHandle,
  variantId: string,
  updates: Partial<Omit<VariantInput, 'variant_id'>>,
  effects: UpdateEffects = {},
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
  const values: Record<string, string> = {}
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
  // `gene` is the first of `genes`: an update of the one alone replaces the other
  if ('gene' in updates && !('genes' in updates) && h.columnNames().includes('genes')) {
    const gene = (updates as Record<string, unknown>).gene
    values.genes = toSqlValue('utf8_list', 'genes', gene == null ? null : [gene])
  }
  const where = sqlEquals(PRIMARY_KEY, variantId)
  const record = updates as Record<string, unknown>
  const syncInfo = keys.some((k) => k in IN_INFO) && !('info' in record)
  const reembed =
    effects.embed !== undefined && keys.some((k) => EMBEDDED.has(k)) && !('embedding' in record)
  // the searchable text is made from INFO and ID: made again when either changes (unless it is given)
  const retext =
    h.columnNames().includes('annotation') &&
    !('annotation' in record) &&
    (syncInfo || 'info' in record || 'id' in record)
  return h.write(
    'update',
    async () => {
      if (syncInfo || reembed || retext) {
        // the row as it will be, read under the same lock hold as the update
        const [row] = tableToRows(
          await h.table
            .query()
            .where(where)
            .select(h.columnNames().filter((c) => c !== 'embedding'))
            .limit(1)
            .toArrow(),
        )
        if (row === undefined) return { updated: 0 }
        const info = syncInfo ? syncedInfo(row.info, record) : undefined
        if (info !== undefined) values.info = sqlLiteral(info, false)
        if (retext && (info !== undefined || 'info' in record || 'id' in record)) {
          // the INFO JSON as it will be stored: synced, given (an object as JSON), or as it was
          const given = record.info
          const stored =
            'info' in record
              ? given != null && typeof given === 'object'
                ? JSON.stringify(given)
                : given
              : (info ?? row.info)
          const next = { ...row, ...record, info: stored } as Variant
          const text = rowAnnotationText(next, sourceHeaderOf(h, row.ingest_id))
          values.annotation = toSqlValue('utf8', 'annotation', text)
        }
        if (reembed) {
          const next = { ...row, ...record, ...(info === undefined ? {} : { info }) }
          values.embedding = sqlLiteral(await effects.embed!(next), true)
        }
      }
      const res = await h.table.update({ where, valuesSql: values })
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

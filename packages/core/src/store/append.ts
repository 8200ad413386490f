/**
 * Writes that add rows: plain appends, upserts of validated rows, and prepared batches from ingestion. The store
 * knows nothing of how keys are made: a batch brings its own candidate predicate for the existing-key lookup.
 *
 * @internal
 * @module
 */
import type * as lancedb from '@lancedb/lancedb'
import type * as ArrowTypes from 'apache-arrow'
import { SchemaError } from '../errors/errors.js'
import { PRIMARY_KEY } from '../schema/columns.js'
import { type VariantInput, validateRows } from '../schema/variant.js'
import { arrow, buffersToTable, rowsToTable, tableToRows } from './arrow.js'
import { sqlIdent, sqlString } from '../filter/index.js'
import type { TableHandle } from './handle.js'
import { usesMissingColumns } from './migrate.js'
import { factValues, recordFacts } from './facts.js'
import { noteRowsWritten } from './optimize.js'
import type { AddResult, AppendBatch, AppendBatchResult, UpsertResult } from './types.js'

/** Columns whose difference makes a re-ingested row "changed". */
const CHANGE_COLUMNS = ['clinical_significance', 'qual', 'filter', 'info'] as const

/** Ids per `IN (…)` list. */
const IN_LIST_SIZE = 10_000

function halves(table: ArrowTypes.Table): ArrowTypes.Table[] {
  if (table.numRows < 2048) return [table]
  const half = Math.ceil(table.numRows / 2)
  return [table.slice(0, half), table.slice(half)]
}

/**
 * Writes rows whose keys were looked up as new: two appends in flight on a local table (the write lock excludes
 * other writers), a merge insert-only on `variant_id` on object storage (no lock excludes other hosts, so a key
 * another writer added since the lookup is skipped, not duplicated).
 * @returns the rows inserted and the version of the last commit
 */
async function insertNew(
  h: TableHandle,
  table: ArrowTypes.Table,
): Promise<{ inserted: number; version: number }> {
  if (h.objectStore) {
    const res = await h.table.mergeInsert(PRIMARY_KEY).whenNotMatchedInsertAll().execute(table)
    return { inserted: res.numInsertedRows, version: res.version }
  }
  const results = await Promise.all(halves(table).map((t) => h.table.add(t)))
  return { inserted: table.numRows, version: Math.max(...results.map((r) => r.version)) }
}

/** Appends validated rows. @internal */
export async function addRows(h: TableHandle, rows: readonly VariantInput[]): Promise<AddResult> {
  validateRows(rows, h.dim)
  if (rows.length === 0) return { added: 0, version: await h.table.version() }
  return h.write(
    'add',
    async () => {
      const res = await h.table.add(rowsToTable(rows, h.state.arrowSchema, h.dim))
      noteRowsWritten(rows.length)
      const recorded = await recordFacts(h, factValues(rows))
      return { added: rows.length, version: recorded ? await h.table.version() : res.version }
    },
    usesMissingColumns(h, rows),
  )
}

/** Inserts the rows whose key is new, leaves the others. @internal */
export async function upsertRows(
  h: TableHandle,
  rows: readonly VariantInput[],
): Promise<UpsertResult> {
  validateRows(rows, h.dim)
  if (rows.length === 0) return { inserted: 0, unchanged: 0, version: await h.table.version() }
  return h.write(
    'upsert',
    async () => {
      const existing = await existingKeys(
        h,
        rows.map((r) => r.variant_id),
      )
      const fresh = existing.size === 0 ? rows : rows.filter((r) => !existing.has(r.variant_id))
      const written =
        fresh.length === 0
          ? undefined
          : await insertNew(h, rowsToTable(fresh, h.state.arrowSchema, h.dim))
      const inserted = written?.inserted ?? 0
      noteRowsWritten(inserted)
      const recorded = fresh.length > 0 && (await recordFacts(h, factValues(fresh)))
      const version = written && !recorded ? written.version : await h.table.version()
      return { inserted, unchanged: rows.length - inserted, version }
    },
    true,
  )
}

/**
 * Appends the rows of a prepared batch whose key is not yet stored, with two `add()` calls in flight (appends do
 * not conflict in Lance; two in flight nearly double the write rate on 2 cores). The Arrow table is built before
 * the lock is taken, so the caller prepares the next batch while this one is written.
 * @internal
 */
export function appendBatch(h: TableHandle, batch: AppendBatch): Promise<AppendBatchResult> {
  if (batch.buffers.dim !== h.dim) {
    return Promise.reject(
      new SchemaError(
        'SCHEMA_INVALID_ROW',
        `Batch embeddings have dim ${batch.buffers.dim}, the table has ${h.dim}.`,
      ),
    )
  }
  const current = h.state.version >= 2
  let table = current ? buffersToTable(batch.buffers, h.state.arrowSchema) : undefined
  return h.write(
    'upsert',
    async () => {
      table ??= buffersToTable(batch.buffers, h.state.arrowSchema)
      const existing = await existingKeys(h, batch.keys, batch.candidates)
      let parts: ArrowTypes.Table[]
      if (existing.size === 0) parts = halves(table)
      else {
        // keep the runs of rows whose keys are new (zero-copy slices)
        const runs: ArrowTypes.Table[] = []
        let start = -1
        for (let i = 0; i <= batch.keys.length; i++) {
          const fresh = i < batch.keys.length && !existing.has(batch.keys[i]!)
          if (fresh && start === -1) start = i
          if (!fresh && start !== -1) {
            runs.push(table.slice(start, i))
            start = -1
          }
        }
        parts = runs.length === 0 ? [] : [new arrow.Table(runs.flatMap((t) => t.batches))]
      }
      const results: { version: number }[] = []
      if (h.objectStore) for (const t of parts) results.push(await insertNew(h, t))
      else results.push(...(await Promise.all(parts.map((t) => h.table.add(t)))))
      noteRowsWritten(batch.keys.length - existing.size)
      const changed = existing.size > 0 ? await countChanged(h, table, batch.keys, existing) : 0
      const recorded = parts.length > 0 && (await recordFacts(h, factValues(table)))
      const version =
        results.length > 0 && !recorded
          ? Math.max(...results.map((r) => r.version))
          : await h.table.version()
      return {
        inserted: batch.keys.length - existing.size,
        unchanged: existing.size - changed,
        changed,
        version,
      }
    },
    true,
  )
}

/**
 * The keys among `keys` that are already stored (one lookup, see {@link storedRows}).
 * @internal
 */
export async function existingKeys(
  h: TableHandle,
  keys: readonly string[],
  candidates?: string,
): Promise<Set<string>> {
  return new Set((await storedRows(h.table, keys, candidates, [])).keys())
}

/**
 * The stored rows among `keys` (the `columns` asked for), by id: one query with the candidate predicate (every
 * stored row with one of the keys matches it), else `variant_id IN (…)` lists of 10 000.
 * @internal
 */
export async function storedRows(
  table: lancedb.Table,
  keys: readonly string[],
  candidates: string | undefined,
  columns: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const wanted = new Set(keys)
  const out = new Map<string, Record<string, unknown>>()
  const collect = async (where: string): Promise<void> => {
    const t = await table
      .query()
      .where(where)
      .select([PRIMARY_KEY, ...columns])
      .toArrow()
    for (const r of tableToRows(t)) {
      if (wanted.has(r.variant_id)) out.set(r.variant_id, r as unknown as Record<string, unknown>)
    }
  }
  if (candidates) {
    await collect(candidates)
    return out
  }
  for (let i = 0; i < keys.length; i += IN_LIST_SIZE) {
    await collect(
      `${sqlIdent(PRIMARY_KEY)} IN (${keys
        .slice(i, i + IN_LIST_SIZE)
        .map(sqlString)
        .join(', ')})`,
    )
  }
  return out
}

/** How many of the already-stored rows differ from the new ones in CLNSIG, QUAL, FILTER or INFO. */
async function countChanged(
  h: TableHandle,
  table: ArrowTypes.Table,
  keys: readonly string[],
  existing: Set<string>,
): Promise<number> {
  const sig = (r: Record<string, unknown>): string =>
    JSON.stringify(CHANGE_COLUMNS.map((c) => r[c] ?? null))
  const incoming = new Map<string, string>()
  const rowsOf = tableToRows(table.select([...CHANGE_COLUMNS]))
  keys.forEach((id, i) => {
    if (existing.has(id)) incoming.set(id, sig(rowsOf[i] as unknown as Record<string, unknown>))
  })
  let changed = 0
  const list = [...existing]
  for (let i = 0; i < list.length; i += IN_LIST_SIZE) {
    const where = `${sqlIdent(PRIMARY_KEY)} IN (${list
      .slice(i, i + IN_LIST_SIZE)
      .map(sqlString)
      .join(', ')})`
    const stored = tableToRows(
      await h.table
        .query()
        .where(where)
        .select([PRIMARY_KEY, ...CHANGE_COLUMNS])
        .toArrow(),
    )
    for (const r of stored)
      if (incoming.get(r.variant_id) !== sig(r as unknown as Record<string, unknown>)) changed++
  }
  return changed
}

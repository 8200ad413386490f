/**
 * An ingest as one staged commit. While the file is read, each batch is classified against the table (one
 * lookup per batch: the batch's candidate predicate or `variant_id IN (…)`, over an index when there is one) and
 * its new rows — and, with `updateChanged`, its changed rows — are spilled to a staging file. Only when the whole
 * file has been read does {@link IngestSession.commit} write them, under one hold of the write lock: appended
 * (`add`), or merged (`mergeInsert` on `variant_id`: changed rows replaced, new rows inserted, one version), chunk by chunk of
 * about {@link COMMIT_CHUNK_BYTES}. On object storage, where no lock file excludes other hosts, new rows are merged
 * insert-only on `variant_id` instead of appended, so concurrent overlapping ingests never duplicate a key. A failed
 * or interrupted ingest only deletes its staging file
 * ({@link IngestSession.abort}): the table never saw it. An ingest that creates the table writes directly instead
 * (`ingest-direct.ts`).
 *
 * @internal
 * @module
 */
import type * as ArrowTypes from 'apache-arrow'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import { translateError } from './errors.js'
import { sqlEquals, sqlIdent, sqlString } from '../filter/index.js'
import { PRIMARY_KEY, SCHEMA_VERSION } from '../schema/columns.js'
import { ensureTextIndex } from './text-search.js'
import { storedRows } from './append.js'
import { arrow, buffersToTable, columnToArray, tableToRows } from './arrow.js'
import { DIFF_COLUMNS } from './diff.js'
import { type Facts, factValues, mergeFacts, recordFacts } from './facts.js'
import type { TableHandle } from './handle.js'
import { migrateLocked } from './migrate.js'
import { noteRowsWritten } from './optimize.js'
import { beginDirectIngest } from './ingest-direct.js'
import { StagingFile } from './staging.js'
import { checkTagName } from './versions.js'
import type { AppendBatch, AppendBatchResult, SourceHeader } from './types.js'
import { recordSourceHeader } from './source-headers.js'
import type { IngestCommit } from '../ingest/sink.js'

/**
 * Bytes of staged Arrow data written per commit step: 64 MiB, written as two appends in flight (two table
 * versions), or one merge. Measured on ClinVar (136 095 rows, dim 1024, 650 MB staged): 64 MiB keeps the peak RSS
 * at ~640 MB (128 MiB: ~870 MB, 256 MiB: ~1.5 GB) for a commit within 10% as fast.
 */
export const COMMIT_CHUNK_BYTES = 64 * 1024 * 1024

/** Ids per `IN (…)` list. */
const IN_LIST_SIZE = 10_000

/** Options of an ingest session. @internal */
export interface IngestSessionOptions {
  /** Id written to `ingest_id` of every row the ingest writes. */
  ingestId: string
  /** Replace stored rows whose content differs (else they are left as stored and counted as changed). */
  updateChanged: boolean
  /** Tag to give the version the commit ends at. */
  tag: string | undefined
}

/** An ingest's staging and commit. @internal */
export interface IngestSession {
  /** Classifies a batch and stages the rows to write. */
  appendBatch(batch: AppendBatch): Promise<AppendBatchResult>
  /**
   * Writes everything staged, under the write lock, records the source's header (table metadata, see
   * `recordSourceHeader`) and tags the result.
   */
  commit(header?: SourceHeader): Promise<IngestCommit>
  /** Deletes the staging file (nothing was written to the table), or drops the table a direct ingest created. */
  abort(): Promise<void>
}

const asText = (v: unknown): string =>
  JSON.stringify(ArrayBuffer.isView(v) ? Array.from(v as Float32Array) : (v ?? null))

/** Zero-copy slices of `table` holding the rows `keep(i)` selects, as one table. */
function pick(table: ArrowTypes.Table, keep: (i: number) => boolean): ArrowTypes.Table {
  const runs: ArrowTypes.Table[] = []
  let start = -1
  for (let i = 0; i <= table.numRows; i++) {
    const yes = i < table.numRows && keep(i)
    if (yes && start === -1) start = i
    if (!yes && start !== -1) {
      runs.push(table.slice(start, i))
      start = -1
    }
  }
  if (runs.length === 1) return runs[0]!
  return new arrow.Table(
    table.schema,
    runs.flatMap((t) => t.batches),
  )
}

/**
 * Starts an ingest session on a table (migrating a version-1 table first, so staged batches have the current
 * schema). When `created` holds (the store handle created the table), the table is local and still empty, the
 * ingest writes directly instead ({@link beginDirectIngest}).
 * @internal
 */
export async function beginIngest(
  h: TableHandle,
  localDir: string,
  options: IngestSessionOptions,
  created = false,
): Promise<IngestSession> {
  if (h.pinned !== undefined) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Table ${h.tableName} is open read-only as of version ${h.pinned}: ingest through the store itself.`,
    )
  }
  if (options.tag !== undefined) {
    checkTagName(options.tag)
    await refuseExistingTag(h, options.tag)
  }
  if (h.state.version < SCHEMA_VERSION)
    await h.write('migrate', () => migrateLocked(h).then(() => undefined))
  if (created && !h.objectStore) {
    const direct = await beginDirectIngest(h, options, (tag) => refuseExistingTag(h, tag))
    if (direct) return direct
  }
  const staging = new StagingFile(localDir, h.tableName, options.ingestId)
  const present = new Set(h.columnNames())
  const content = DIFF_COLUMNS.filter((c) => present.has(c))
  const compared = options.updateChanged ? [...content, 'embedding'] : content
  /** Versions the per-batch lookups saw: when one version throughout, the commit need not look again. */
  const seen = new Set<number>()
  /** Staged ids that replace a stored row. */
  const staged = new Set<string>()
  const totals = { unchanged: 0, changed: 0, embeddingsChanged: 0 }
  const same = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
    content.every((c) => asText(a[c]) === asText(b[c]))

  /** Classifies `keys` of `table` against the stored rows. */
  const classify = async (
    table: ArrowTypes.Table,
    keys: readonly string[],
    candidates: string | undefined,
  ) => {
    const stored = await storedRows(h.table, keys, candidates, compared)
    const state = new Array<'new' | 'same' | 'changed'>(keys.length).fill('new')
    let embeddingsChanged = 0
    if (stored.size > 0) {
      const incoming = tableToRows(table.select([...compared]))
      keys.forEach((id, i) => {
        const s = stored.get(id)
        if (!s) return
        const row = incoming[i] as unknown as Record<string, unknown>
        if (same(s, row)) state[i] = 'same'
        else {
          state[i] = 'changed'
          if (options.updateChanged && asText(s.embedding) !== asText(row.embedding))
            embeddingsChanged++
        }
      })
    }
    return { state, embeddingsChanged }
  }

  return {
    async appendBatch(batch) {
      if (batch.buffers.dim !== h.dim) {
        throw new SchemaError(
          'SCHEMA_INVALID_ROW',
          `Batch embeddings have dim ${batch.buffers.dim}, the table has ${h.dim}.`,
        )
      }
      const table = buffersToTable(batch.buffers, h.state.arrowSchema)
      const version = await h.table.version()
      seen.add(version)
      const { state, embeddingsChanged } = await classify(table, batch.keys, batch.candidates)
      let inserted = 0
      let unchanged = 0
      let changed = 0
      for (let i = 0; i < state.length; i++) {
        if (state[i] === 'new') inserted++
        else if (state[i] === 'same') unchanged++
        else {
          changed++
          if (options.updateChanged) staged.add(batch.keys[i]!)
        }
      }
      totals.unchanged += unchanged
      if (!options.updateChanged) totals.changed += changed
      totals.embeddingsChanged += embeddingsChanged
      await staging.append(
        pick(table, (i) => state[i] === 'new' || (options.updateChanged && state[i] === 'changed')),
      )
      return { inserted, unchanged, changed, version }
    },

    async commit(header) {
      try {
        return await commitStaged(header)
      } finally {
        await staging.remove()
      }
    },

    abort() {
      return staging.remove()
    },
  }

  async function commitStaged(header: SourceHeader | undefined): Promise<IngestCommit> {
    const result = await writeStaged(header)
    return h.optimizeDue() ? { ...result, optimizeDue: true } : result
  }

  function writeStaged(header: SourceHeader | undefined): Promise<IngestCommit> {
    return h.write(
      'ingest-commit',
      async () => {
        const versionBefore = await h.table.version()
        // another commit since the lookups began: look every staged id up again
        const recheck = seen.size > 1 || (seen.size === 1 && !seen.has(versionBefore))
        const result: IngestCommit = {
          inserted: 0,
          updated: 0,
          unchanged: totals.unchanged,
          changed: totals.changed,
          embeddingsChanged: totals.embeddingsChanged,
          versionBefore,
          version: versionBefore,
          tag: options.tag,
        }
        const updatedIds: string[] = []
        let facts: Facts | undefined
        try {
          const write = async (chunk: ArrowTypes.Table): Promise<void> => {
            const keys = columnToArray(chunk.getChild(PRIMARY_KEY)!) as string[]
            let state: ('new' | 'same' | 'changed')[]
            if (recheck) {
              const c = await classify(chunk, keys, undefined)
              state = c.state
            } else state = keys.map((k) => (staged.has(k) ? 'changed' : 'new'))
            const keep = (i: number) =>
              state[i] === 'new' || (options.updateChanged && state[i] === 'changed')
            for (const s of state) {
              if (s === 'same' && recheck) result.unchanged++
              if (s === 'changed' && !options.updateChanged) result.changed++
            }
            const rows = pick(chunk, keep)
            if (rows.numRows === 0) return
            const replacing = keys.filter((k, i) => keep(i) && state[i] === 'changed')
            facts = mergeFacts(facts, factValues(rows))
            if (replacing.length > 0) {
              updatedIds.push(...replacing)
              const res = await h.table
                .mergeInsert(PRIMARY_KEY)
                .whenMatchedUpdateAll()
                .whenNotMatchedInsertAll()
                .execute(rows)
              result.inserted += res.numInsertedRows
              result.updated += res.numUpdatedRows
              noteRowsWritten(res.numInsertedRows + res.numUpdatedRows)
            } else if (h.objectStore) {
              // no lock excludes other hosts: a row another writer added since the lookup must not be added twice,
              // so new rows are merged on the key (insert-only; the table declares variant_id its primary key)
              const res = await h.table
                .mergeInsert(PRIMARY_KEY)
                .whenNotMatchedInsertAll()
                .execute(rows)
              result.inserted += res.numInsertedRows
              result.unchanged += rows.numRows - res.numInsertedRows
              noteRowsWritten(res.numInsertedRows)
            } else {
              // two appends in flight (they do not conflict in Lance) nearly double the write rate on 2 cores
              const half = Math.ceil(rows.numRows / 2)
              await Promise.all(
                (rows.numRows < 2048 ? [rows] : [rows.slice(0, half), rows.slice(half)]).map((t) =>
                  h.table.add(t),
                ),
              )
              result.inserted += rows.numRows
              noteRowsWritten(rows.numRows)
            }
          }
          let chunk: ArrowTypes.Table[] = []
          let bytes = 0
          for await (const part of staging.tables()) {
            chunk.push(part.table)
            bytes += part.bytes
            if (bytes >= COMMIT_CHUNK_BYTES) {
              await write(concat(chunk))
              chunk = []
              bytes = 0
            }
          }
          if (chunk.length > 0) await write(concat(chunk))
          if (facts) await recordFacts(h, facts)
          if (header && header.lines.length > 0 && result.inserted + result.updated > 0)
            await recordSourceHeader(h, options.ingestId, header)
          // the full-text index covers the new rows before the tag and the reported version name them
          if (result.inserted + result.updated > 0) await ensureTextIndex(h, true)
          if (options.tag !== undefined) {
            await refuseExistingTag(h, options.tag)
            await (await h.table.tags()).create(options.tag, await h.table.version())
          }
        } catch (err) {
          const e = translateError(err, 'ingest')
          try {
            await rollback(h, options.ingestId, versionBefore, updatedIds)
          } catch (rollbackError) {
            e.details.rollbackFailed = translateError(rollbackError, 'ingest-rollback').code
          }
          throw e
        }
        result.version = await h.table.version()
        return result
      },
      true,
    )
  }
}

function concat(tables: readonly ArrowTypes.Table[]): ArrowTypes.Table {
  if (tables.length === 1) return tables[0]!
  return new arrow.Table(
    tables[0]!.schema,
    tables.flatMap((t) => t.batches),
  )
}

async function refuseExistingTag(h: TableHandle, name: string): Promise<void> {
  const tags = await (await h.table.tags()).list()
  if (Object.hasOwn(tags, name)) {
    throw new StoreError(
      'STORE_TAG_EXISTS',
      `Table ${h.tableName} already has a tag ${name} (version ${tags[name]!.version}); nothing was ingested. Choose another tag, or delete it first (vcf-agent tag delete ${name}).`,
      { details: { table: h.tableName, tag: name } },
    )
  }
}

/**
 * Undoes a commit that failed part-way (under the same lock hold): deletes the rows it wrote (its `ingest_id`)
 * and puts back the stored rows it had replaced, read from the version before the commit.
 */
async function rollback(
  h: TableHandle,
  ingestId: string,
  versionBefore: number,
  updatedIds: readonly string[],
): Promise<void> {
  if ((await h.table.version()) === versionBefore) return
  await h.table.delete(sqlEquals('ingest_id', ingestId))
  if (updatedIds.length === 0) return
  const old = await h.conn.openTable(h.tableName)
  try {
    await old.checkout(versionBefore)
    for (let i = 0; i < updatedIds.length; i += IN_LIST_SIZE) {
      const where = `${sqlIdent(PRIMARY_KEY)} IN (${updatedIds
        .slice(i, i + IN_LIST_SIZE)
        .map(sqlString)
        .join(', ')})`
      const rows = await old.query().where(where).toArrow()
      if (rows.numRows > 0) await h.table.add(rows)
    }
  } finally {
    old.close()
  }
}

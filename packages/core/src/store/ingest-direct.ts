/**
 * The direct ingest: when an ingest creates the table (the store handle created it and it holds no rows yet), each
 * batch is appended to the table while the file is still being read, so reading and writing overlap instead of
 * following each other as in the staged commit ({@link beginIngest}). The write lock is held from the first batch to
 * the end, so no other writer can add rows meanwhile; readers may see the table filling. Every row is new (the
 * table was empty and only this ingest writes to it), so no batch is looked up. A failed or interrupted ingest
 * drops the table it created, under the same lock hold: no table, rows, versions or files are left.
 *
 * @internal
 * @module
 */
import { SchemaError } from '../errors/errors.js'
import type { IngestCommit } from '../ingest/sink.js'
import { buffersToTable } from './arrow.js'
import { translateError } from './errors.js'
import { type Facts, factValues, mergeFacts, recordFacts } from './facts.js'
import type { TableHandle } from './handle.js'
import type { IngestSession, IngestSessionOptions } from './ingest-session.js'
import { noteRowsWritten } from './optimize.js'
import { ensureTextIndex } from './text-search.js'
import { recordSourceHeader } from './source-headers.js'

/** What ends the lock hold: the last step run under it. */
type Last = () => Promise<IngestCommit | undefined>

/**
 * Starts a direct ingest when the table is empty: takes the write lock and keeps it until
 * {@link IngestSession.commit} or {@link IngestSession.abort}. Returns undefined (and releases the lock) when the
 * table holds rows, so the caller stages instead.
 *
 * @param h - the table (created by this store handle; local, not object storage)
 * @param options - ingest id and tag (`updateChanged` changes nothing: every row is new)
 * @param checkTag - refuses a tag that exists (run under the lock, before tagging)
 * @returns the session, or undefined when the table is not empty
 * @throws {LockError} `LOCK_TIMEOUT` when the write lock cannot be taken
 * @internal
 */
export async function beginDirectIngest(
  h: TableHandle,
  options: IngestSessionOptions,
  checkTag: (name: string) => Promise<void>,
): Promise<IngestSession | undefined> {
  let end!: (last: Last) => void
  const ended = new Promise<Last>((resolve) => (end = resolve))
  let started!: (versionBefore: number | undefined) => void
  const ready = new Promise<number | undefined>((resolve) => (started = resolve))
  // the hold: checks the table is empty, then waits for the commit or the abort to give it its last step
  const held = h.locked('ingest-direct', async () => {
    if ((await h.table.countRows()) > 0) {
      started(undefined)
      return undefined
    }
    started(await h.table.version())
    const last = await ended
    return last()
  })
  held.catch(() => undefined)
  const versionBefore = await Promise.race([ready, held.then(() => undefined)])
  if (versionBefore === undefined) {
    await held
    return undefined
  }

  let facts: Facts | undefined
  let inserted = 0
  const writes = new Set<Promise<unknown>>()
  /** Waits for every append in flight; the first failure is thrown. */
  const settle = async (): Promise<void> => {
    const results = await Promise.allSettled([...writes])
    const failed = results.find((r) => r.status === 'rejected')
    if (failed) throw failed.reason
  }
  const drop = async (): Promise<void> => {
    await Promise.allSettled([...writes])
    if (h.table.isOpen()) h.table.close()
    await h.conn.dropTable(h.tableName)
  }
  let finished = false
  const finish = async (last: Last): Promise<IngestCommit | undefined> => {
    if (finished) return undefined
    finished = true
    end(last)
    return held
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
      facts = mergeFacts(facts, batch.facts ?? factValues(table))
      const add = h.table.add(table)
      writes.add(add)
      try {
        await add
      } catch (err) {
        throw translateError(err, 'ingest')
      } finally {
        writes.delete(add)
      }
      inserted += table.numRows
      return { inserted: table.numRows, unchanged: 0, changed: 0, version: versionBefore }
    },

    async commit(header) {
      const result = await finish(async () => {
        try {
          await settle()
          noteRowsWritten(inserted)
          if (facts) await recordFacts(h, facts)
          if (header && header.lines.length > 0 && inserted > 0)
            await recordSourceHeader(h, options.ingestId, header)
          // the full-text index covers the new rows before the tag and the reported version name them
          if (inserted > 0) await ensureTextIndex(h, true)
          if (options.tag !== undefined) {
            await checkTag(options.tag)
            await (await h.table.tags()).create(options.tag, await h.table.version())
          }
          return {
            inserted,
            updated: 0,
            unchanged: 0,
            changed: 0,
            embeddingsChanged: 0,
            versionBefore,
            version: await h.table.version(),
            tag: options.tag,
          }
        } catch (err) {
          const e = translateError(err, 'ingest')
          try {
            await drop()
          } catch (dropError) {
            e.details.rollbackFailed = translateError(dropError, 'ingest-rollback').code
          }
          throw e
        }
      })
      return result!
    },

    async abort() {
      await finish(async () => {
        await drop()
        return undefined
      })
    },
  }
}

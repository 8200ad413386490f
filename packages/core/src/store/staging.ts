/**
 * The staging file of an ingest: the rows an ingest will write, spilled to disk as Arrow IPC while the file is
 * read, and committed to the table only once the whole file has been read. A failed or interrupted ingest deletes
 * its staging file and has written nothing to the table — no rows, no versions, no data files (LanceDB keeps every
 * committed version's files until optimize removes the version, so rows written and then deleted would stay on disk
 * for the whole retention period).
 *
 * Layout: `<dbPath>/.staging/<table>.<ingestId>.arrows`, a sequence of `[8-byte length][Arrow IPC stream]`
 * segments, one per batch, with a lease (`….lease`, kept fresh by a heartbeat) so `optimize` can tell a running
 * ingest's file from one a crashed process left.
 *
 * @internal
 * @module
 */
import { mkdir, open, readdir, rm, stat, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type * as ArrowTypes from 'apache-arrow'
import { leaseHeld, takeLease } from '../lock/file-lock.js'
import { arrow } from './arrow.js'

/** After how long without a heartbeat (one a second) a staging file's lease counts as abandoned, in ms. */
export const STAGING_STALE_MS = 10_000

/** The staging folder of a database. @internal */
export function stagingDir(dbPath: string): string {
  return join(dbPath, '.staging')
}

/** Appends batches to a staging file and reads them back. @internal */
export class StagingFile {
  readonly path: string
  readonly #dir: string
  #file: FileHandle | undefined
  #release: (() => Promise<void>) | undefined
  #chain: Promise<unknown> = Promise.resolve()
  /** Bytes written. */
  bytes = 0
  /** Rows written. */
  rows = 0

  /** @param dbPath - database folder @param tableName - table @param ingestId - the ingest's id */
  constructor(dbPath: string, tableName: string, ingestId: string) {
    this.#dir = stagingDir(dbPath)
    this.path = join(this.#dir, `${tableName}.${ingestId}.arrows`)
  }

  async #opened(): Promise<FileHandle> {
    if (!this.#file) {
      await mkdir(this.#dir, { recursive: true, mode: 0o700 })
      this.#file = await open(this.path, 'w+', 0o600)
      this.#release = await takeLease(this.path, STAGING_STALE_MS)
    }
    return this.#file
  }

  /** Appends one table (serialised after the writes before it). */
  append(table: ArrowTypes.Table): Promise<void> {
    if (table.numRows === 0) return Promise.resolve()
    const next = this.#chain.then(async () => {
      const file = await this.#opened()
      const body = arrow.tableToIPC(table, 'stream')
      const head = Buffer.alloc(8)
      head.writeBigUInt64BE(BigInt(body.byteLength))
      await file.write(head)
      await file.write(body)
      this.bytes += body.byteLength
      this.rows += table.numRows
    })
    this.#chain = next.catch(() => undefined)
    return next
  }

  /** The tables written, in order, one in memory at a time. */
  async *tables(): AsyncGenerator<{ table: ArrowTypes.Table; bytes: number }> {
    await this.#chain
    if (!this.#file) return
    const file = this.#file
    const head = Buffer.alloc(8)
    for (let at = 0; ;) {
      const { bytesRead } = await file.read(head, 0, 8, at)
      if (bytesRead < 8) return
      const length = Number(head.readBigUInt64BE())
      const body = Buffer.alloc(length)
      await file.read(body, 0, length, at + 8)
      at += 8 + length
      yield { table: arrow.tableFromIPC(body), bytes: length }
    }
  }

  /** Closes and deletes the file and its lease. Safe to call twice. */
  async remove(): Promise<void> {
    await this.#chain
    const file = this.#file
    this.#file = undefined
    await file?.close().catch(() => undefined)
    if (file) await rm(this.path, { force: true })
    await this.#release?.()
    this.#release = undefined
  }
}

/**
 * Deletes the staging files of `tableName` that no live ingest holds (left by a process that crashed or was
 * killed before it could delete them).
 *
 * @param dbPath - database folder
 * @param tableName - table
 * @param staleMs - a lease without a heartbeat for this long is abandoned (at least 2 000 ms); the default is
 *   {@link STAGING_STALE_MS}
 * @returns how many files were removed
 * @internal
 */
export async function removeOrphanStaging(
  dbPath: string,
  tableName: string,
  staleMs = STAGING_STALE_MS,
): Promise<number> {
  const dir = stagingDir(dbPath)
  const names = await readdir(dir).catch(() => [] as string[])
  let removed = 0
  for (const name of names) {
    if (!name.startsWith(`${tableName}.`) || !name.endsWith('.arrows')) continue
    const path = join(dir, name)
    if (await leaseHeld(path, staleMs)) continue
    // a file younger than the stale time may belong to an ingest that has not taken its lease yet
    const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs
    if (age < Math.max(staleMs, 2_000)) continue
    await rm(path, { force: true })
    await rm(`${path}.lease`, { recursive: true, force: true })
    removed++
  }
  return removed
}

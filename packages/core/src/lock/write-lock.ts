import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { LockError } from '../errors/errors.js'
import { withTimeout } from 'async-mutex'
import { mutexFor, withFileLock } from './file-lock.js'

/** Options of {@link withWriteLock}. */
export interface WriteLockOptions {
  /** How long to wait for the lock before failing with `LOCK_TIMEOUT`, in ms. The default is 60 000 ms. */
  timeoutMs?: number
  /**
   * After how long without a heartbeat a lock file is considered stale (its holder crashed) and taken over, in ms.
   * The holder refreshes it every `staleMs / 2`. Minimum 2 000 ms; the default is 10 000 ms.
   */
  staleMs?: number
  /** What the holder is doing, recorded in the holder file (e.g. `add`, `ingest`). */
  operation?: string
  /**
   * Take the cross-process lock file too (default true). False for a table on object storage, where no local
   * lock can exclude other hosts: only the in-process mutex is taken and LanceDB's commit protocol (conditional
   * PUT or a DynamoDB commit store) orders the writers.
   */
  crossProcess?: boolean
}

/** Who holds a write lock, as recorded in `<lock>.holder.json` beside the lock. */
export interface LockHolder {
  /** Process id of the holder. */
  pid: number
  /** Host name of the holder. */
  hostname: string
  /** When the holder acquired the lock, ISO-8601 UTC. */
  since: string
  /** What the holder is doing. */
  operation: string
}

async function readHolder(lockPath: string): Promise<LockHolder | undefined> {
  try {
    return JSON.parse(await readFile(`${lockPath}.holder.json`, 'utf8')) as LockHolder
  } catch {
    return undefined
  }
}

/**
 * Runs `fn` while holding the write lock for `lockPath`: first an in-process `async-mutex` Mutex (one per
 * lock path), then a cross-process lock file (`proper-lockfile`: an atomic `mkdir` of `lockPath`, kept fresh by a
 * heartbeat; a lock whose heartbeat stopped for `staleMs` — its holder crashed or was killed — is taken over).
 * The holder's pid, host, start time and operation are written to `<lockPath>.holder.json` so a waiter that times
 * out can name it.
 *
 * Reads never take this lock: LanceDB commits are atomic, so readers see the last committed version. With
 * `crossProcess: false` (a table on object storage) only the in-process mutex is taken.
 *
 * @param lockPath - path of the lock (a directory is created there); its parent must be writable
 * @param fn - the write to run; its result is returned
 * @param options - timeout, stale threshold and operation name
 * @returns what `fn` returns
 * @throws {LockError} `LOCK_TIMEOUT` when the lock is not acquired within `timeoutMs` (details name the holder);
 *   `LOCK_COMPROMISED` when the lock was taken from us while `fn` ran (its result is then not trusted)
 * @example
 * ```ts
 * await withWriteLock('/data/lancedb/.variants.write.lock', () => table.add(rows), { timeoutMs: 5000 })
 * ```
 */
export async function withWriteLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  options: WriteLockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000
  const staleMs = Math.max(options.staleMs ?? 10_000, 2_000)
  const timeoutError = async (): Promise<LockError> => {
    const holder = await readHolder(lockPath)
    const who = holder
      ? `process ${holder.pid} on ${holder.hostname} (${holder.operation}, since ${holder.since})`
      : 'another writer in this process'
    return new LockError(
      'LOCK_TIMEOUT',
      `Timed out after ${timeoutMs} ms waiting for the write lock ${lockPath}, held by ${who}. ` +
        'Wait for that write to finish, or raise the lock timeout.',
      { details: { lockPath, timeoutMs, holder } },
    )
  }

  if (options.crossProcess === false) {
    let release: () => void
    try {
      release = await withTimeout(mutexFor(lockPath), timeoutMs).acquire()
    } catch {
      throw await timeoutError()
    }
    try {
      return await fn()
    } finally {
      release()
    }
  }
  // waiters take the mutex in call order, so the parent folder is made inside it
  return withFileLock(lockPath, fn, {
    prepare: async () => {
      await mkdir(lockPath.slice(0, Math.max(lockPath.lastIndexOf('/'), 1)), { recursive: true })
    },
    timeoutMs,
    staleMs,
    maxDelayMs: 200,
    timeoutError,
    lostError: (cause) =>
      new LockError(
        'LOCK_COMPROMISED',
        `The write lock ${lockPath} was lost while writing: ${cause.message}`,
        {
          cause,
          details: { lockPath },
        },
      ),
    onAcquired: async () => {
      const holder: LockHolder = {
        pid: process.pid,
        hostname: hostname(),
        since: new Date().toISOString(),
        operation: options.operation ?? 'write',
      }
      await writeFile(`${lockPath}.holder.json`, JSON.stringify(holder))
    },
    onRelease: () => rm(`${lockPath}.holder.json`, { force: true }),
  })
}

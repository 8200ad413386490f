/**
 * The lock around "read the last hash + append" of an audit file: an in-process mutex per file, then a
 * cross-process lock directory `<file>.lock` (proper-lockfile).
 *
 * @internal
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { Mutex, withTimeout } from 'async-mutex'
import lockfile from 'proper-lockfile'
import { LockError } from '../errors/errors.js'

/** Options of {@link withAuditFileLock}. */
export interface AuditFileLockOptions {
  /** How long to wait for the lock, in ms. */
  timeoutMs: number
  /** After how long without a heartbeat a lock directory is taken over (its holder died), in ms; at least 2 000. */
  staleMs: number
}

const mutexes = new Map<string, Mutex>()

function mutexFor(path: string): Mutex {
  let m = mutexes.get(path)
  if (!m) {
    m = new Mutex()
    mutexes.set(path, m)
  }
  return m
}

/**
 * Runs `fn` under the in-process mutex of `path` only (no lock directory): for work that must not interleave with
 * an append by this process but does not touch the chain.
 *
 * @internal
 * @param path - absolute path of the audit file
 * @param fn - the critical section
 * @returns what `fn` returns
 * @example
 * ```ts
 * await withAuditMutex('/data/audit.log.jsonl', () => fh.close())
 * ```
 */
export function withAuditMutex<T>(path: string, fn: () => Promise<T>): Promise<T> {
  return mutexFor(path).runExclusive(fn)
}

function timeoutError(path: string, timeoutMs: number): LockError {
  return new LockError(
    'LOCK_TIMEOUT',
    `Timed out after ${timeoutMs} ms waiting for the audit log lock ${path}.lock. Another process is appending to ` +
      `${path}; if none is running, remove the stale ${path}.lock directory.`,
    { details: { path, lockPath: `${path}.lock`, timeoutMs } },
  )
}

/**
 * Runs `fn` while no other writer in this process or in another process appends to `path`.
 *
 * @internal
 * @param path - absolute path of the audit file
 * @param fn - the critical section
 * @param options - timeout and stale threshold
 * @returns what `fn` returns
 * @throws {LockError} `LOCK_TIMEOUT` when the lock is not acquired within `timeoutMs`;
 *   `LOCK_COMPROMISED` when the lock was taken over while `fn` ran
 * @example
 * ```ts
 * await withAuditFileLock('/data/audit.log.jsonl', () => appendLine(), { timeoutMs: 30_000, staleMs: 10_000 })
 * ```
 */
export async function withAuditFileLock<T>(
  path: string,
  fn: () => Promise<T>,
  options: AuditFileLockOptions,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs
  let releaseMutex: () => void
  try {
    releaseMutex = await withTimeout(mutexFor(path), options.timeoutMs).acquire()
  } catch {
    throw timeoutError(path, options.timeoutMs)
  }
  try {
    let compromised: Error | undefined
    let unlock: (() => Promise<void>) | undefined
    let delay = 5
    while (!unlock) {
      try {
        unlock = await lockfile.lock(path, {
          realpath: false,
          lockfilePath: `${path}.lock`,
          stale: Math.max(options.staleMs, 2_000),
          retries: 0,
          onCompromised: (err) => {
            compromised = err
          },
        })
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err
        if (Date.now() + delay > deadline) throw timeoutError(path, options.timeoutMs)
        await sleep(delay + Math.random() * delay)
        delay = Math.min(delay * 2, 100)
      }
    }
    try {
      const result = await fn()
      if (compromised) {
        throw new LockError(
          'LOCK_COMPROMISED',
          `The audit log lock ${path}.lock was lost while appending: ${compromised.message}`,
          {
            cause: compromised,
            details: { path, lockPath: `${path}.lock` },
          },
        )
      }
      return result
    } finally {
      await unlock().catch(() => undefined)
    }
  } finally {
    releaseMutex()
  }
}

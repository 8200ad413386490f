/**
 * The lock around "read the last hash + append" of an audit file: an in-process mutex per file, then a
 * cross-process lock directory `<file>.lock` (proper-lockfile).
 *
 * @internal
 * @module
 */
import { LockError } from '../errors/errors.js'
import { mutexFor, withFileLock } from '../lock/file-lock.js'

/** Options of {@link withAuditFileLock}. */
export interface AuditFileLockOptions {
  /** How long to wait for the lock, in ms. */
  timeoutMs: number
  /** After how long without a heartbeat a lock directory is taken over (its holder died), in ms; at least 2 000. */
  staleMs: number
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
  return mutexFor(`${path}.lock`).runExclusive(fn)
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
  return withFileLock(`${path}.lock`, fn, {
    timeoutMs: options.timeoutMs,
    staleMs: options.staleMs,
    maxDelayMs: 100,
    timeoutError: () => timeoutError(path, options.timeoutMs),
    lostError: (cause) =>
      new LockError(
        'LOCK_COMPROMISED',
        `The audit log lock ${path}.lock was lost while appending: ${cause.message}`,
        {
          cause,
          details: { path, lockPath: `${path}.lock` },
        },
      ),
  })
}

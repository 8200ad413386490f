/**
 * The one lock-file helper: an in-process `async-mutex` Mutex per lock path, then a cross-process lock directory
 * (`proper-lockfile`: an atomic `mkdir`, kept fresh by a heartbeat; a lock whose heartbeat stopped for `staleMs`
 * is taken over), with a deadline and detection of a lock lost while held. The table write lock
 * (`withWriteLock`) and the audit file lock are both made from it.
 *
 * @internal
 * @module
 */
import { Mutex, withTimeout } from 'async-mutex'
import lockfile from 'proper-lockfile'
import { setTimeout as sleep } from 'node:timers/promises'
import type { LockError } from '../errors/errors.js'

/** How {@link withFileLock} waits and what it says when it cannot. @internal */
export interface FileLockOptions {
  /** Give up after this long, in ms. */
  timeoutMs: number
  /** A lock whose heartbeat stopped this long ago (ms, at least 2 000) is stale and taken over. */
  staleMs: number
  /** Longest pause between attempts, in ms. */
  maxDelayMs: number
  /** The error for a timeout (may read who holds the lock). */
  timeoutError: () => LockError | Promise<LockError>
  /** The error when the lock was lost while `fn` ran. */
  lostError: (cause: Error) => LockError
  /** Runs once the in-process mutex is held, before the lock directory is made (e.g. makes its parent). */
  prepare?: () => Promise<void>
  /** Runs after the lock is taken, before `fn` (e.g. writes who holds it). */
  onAcquired?: () => Promise<void>
  /** Runs before the lock is released. */
  onRelease?: () => Promise<void>
}

const mutexes = new Map<string, Mutex>()

/** The in-process mutex of a lock path. @internal */
export function mutexFor(lockPath: string): Mutex {
  let m = mutexes.get(lockPath)
  if (!m) {
    m = new Mutex()
    mutexes.set(lockPath, m)
  }
  return m
}

/**
 * Runs `fn` holding the in-process mutex and the lock directory `lockPath`.
 *
 * @param lockPath - the lock directory to create
 * @param fn - the critical section
 * @param o - timeout, stale threshold, errors, hooks
 * @returns what `fn` returns
 * @throws {LockError} the timeout or lost-lock error of `o`
 * @internal
 */
export async function withFileLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  o: FileLockOptions,
): Promise<T> {
  const deadline = Date.now() + o.timeoutMs
  let releaseMutex: () => void
  try {
    releaseMutex = await withTimeout(mutexFor(lockPath), o.timeoutMs).acquire()
  } catch {
    throw await o.timeoutError()
  }
  try {
    await o.prepare?.()
    let compromised: Error | undefined
    let unlock: (() => Promise<void>) | undefined
    let delay = 5
    while (!unlock) {
      try {
        unlock = await lockfile.lock(lockPath, {
          realpath: false,
          lockfilePath: lockPath,
          stale: Math.max(o.staleMs, 2_000),
          retries: 0,
          onCompromised: (err) => {
            compromised = err
          },
        })
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err
        if (Date.now() + delay > deadline) throw await o.timeoutError()
        await sleep(delay + Math.random() * delay)
        delay = Math.min(delay * 2, o.maxDelayMs)
      }
    }
    try {
      await o.onAcquired?.()
      const result = await fn()
      if (compromised) throw o.lostError(compromised)
      return result
    } finally {
      await o.onRelease?.().catch(() => undefined)
      await unlock().catch(() => undefined)
    }
  } finally {
    releaseMutex()
  }
}

/**
 * Takes a lease on `path`: a lock directory `<path>.lease` kept fresh by a heartbeat while this process lives, so
 * another process can tell a file in use from one a crashed process left ({@link leaseHeld}).
 *
 * @param path - the leased file
 * @param staleMs - after this long without a heartbeat the lease counts as abandoned (at least 2 000 ms)
 * @returns a function that ends the lease
 * @internal
 */
export async function takeLease(path: string, staleMs: number): Promise<() => Promise<void>> {
  const unlock = await lockfile.lock(path, {
    realpath: false,
    lockfilePath: `${path}.lease`,
    stale: Math.max(staleMs, 2_000),
    // a heartbeat every second, so a checker with any stale threshold of 2 s or more never misreads a live lease
    update: 1_000,
    retries: 0,
    onCompromised: () => undefined,
  })
  return () => unlock().catch(() => undefined)
}

/**
 * Whether a live process holds the lease of `path` (see {@link takeLease}).
 *
 * @param path - the leased file
 * @param staleMs - the stale threshold the holder used
 * @returns false when no lease exists or its heartbeat stopped
 * @internal
 */
export function leaseHeld(path: string, staleMs: number): Promise<boolean> {
  return lockfile
    .check(path, {
      realpath: false,
      lockfilePath: `${path}.lease`,
      stale: Math.max(staleMs, 2_000),
    })
    .catch(() => false)
}

/**
 * Table versions in audit records: {@link audited} opens a note for each operation, and the store's write helper
 * reports the table version it found under the write lock and the one it left ({@link noteVersions}), so every
 * write's record names `versionBefore` and `versionAfter` without each method passing them along.
 *
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** The table versions one audited operation saw. @internal */
export interface VersionNote {
  /** The version before the operation's first commit (the smallest reported). */
  before?: number
  /** The version after its last commit (the largest reported). */
  after?: number
  /** The note of the enclosing audited operation, which sees the same versions. */
  readonly parent: VersionNote | undefined
}

const notes = new AsyncLocalStorage<VersionNote>()

/**
 * Runs `fn` with a fresh version note (inside the note of any enclosing operation) and hands the note back with
 * the result.
 *
 * @param fn - the operation
 * @returns the note (filled while `fn` ran) and `fn`'s promise
 * @internal
 */
export function withVersionNote<T>(fn: () => Promise<T>): {
  note: VersionNote
  result: Promise<T>
} {
  const note: VersionNote = { parent: notes.getStore() }
  return { note, result: notes.run(note, fn) }
}

/**
 * Reports the table versions a commit went from and to, to the audited operation running (and every enclosing
 * one). Does nothing outside an audited operation.
 *
 * @param before - the version found under the write lock, before the commit
 * @param after - the version after it
 * @example
 * ```ts
 * noteVersions(await table.version(), (await table.add(rows)).version)
 * ```
 */
export function noteVersions(before: number, after: number): void {
  for (let n = notes.getStore(); n; n = n.parent) {
    n.before = n.before === undefined ? before : Math.min(n.before, before)
    n.after = n.after === undefined ? after : Math.max(n.after, after)
  }
}

/**
 * Runs `fn` outside every version note, so what it commits is not counted to the operation that called it (e.g.
 * an automatic `optimize` after a write, audited as its own operation).
 *
 * @param fn - the detached work
 * @returns what `fn` returns
 * @internal
 */
export function outsideVersionNotes<T>(fn: () => Promise<T>): Promise<T> {
  return notes.exit(fn)
}

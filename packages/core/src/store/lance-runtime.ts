/**
 * Sizing of LanceDB's CPU thread pool. Lance sizes it at the number of CPUs minus `LANCE_IO_CORE_RESERVATION`
 * (default 2), so on a 2-core machine it has one thread, and building a full-text (inverted) index then deadlocks:
 * the posting-list producer holds the pool's only thread while it waits for a consumer that needs a pool thread
 * itself (lancedb/lancedb#3568, lance-format/lance#7350). On this project's 2-core machines the first ingest of
 * ClinVar hung that way with the write lock held, at 0 % CPU, until `LANCE_CPU_THREADS` was raised.
 *
 * @internal
 * @module
 */
import { availableParallelism } from 'node:os'

/**
 * Sets `LANCE_CPU_THREADS` to the number of CPUs + 2 (at least 4) unless the user set it: one thread above every
 * producer the index builder may start. Lance reads the variable once, when its CPU pool starts (the first index
 * build or encode), so this runs before a store connects.
 *
 * @param env - the environment to adjust (the process's)
 * @returns the value in effect
 * @internal
 */
export function ensureLanceCpuThreads(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.LANCE_CPU_THREADS
  if (given !== undefined && given.trim() !== '') return given
  const value = String(Math.max(4, availableParallelism() + 2))
  env.LANCE_CPU_THREADS = value
  return value
}

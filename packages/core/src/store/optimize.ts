/**
 * Compaction, index update and cleanup of old versions (LanceDB `Table.optimize`), under the write lock — LanceDB
 * warns that concurrent maintenance can corrupt a table — and run automatically after enough writes.
 *
 * Retention: versions older than the retention period (default {@link DEFAULT_RETENTION_MS}, 7 days, LanceDB's
 * own default) are removed; the latest version and every tagged version are kept. LanceDB's Node API (0.31) has no
 * way to skip a tagged version: its cleanup fails when a tagged version is older than the cut-off. So the cut-off
 * moves back to the oldest tagged version, and versions newer than that tag stay until the tag is deleted
 * (`heldByTag` in the result names it).
 *
 * @internal
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError } from '../errors/errors.js'
import type { TableHandle } from './handle.js'
import { removeOrphanStaging } from './staging.js'
import { dirSize } from './stats.js'
import { optimizeTextIndex } from './text-search.js'
import type { OptimizeOptions, OptimizeResult } from './types.js'

/** The default retention period of old versions: 7 days, in ms (LanceDB's default for `cleanupOlderThan`). */
export const DEFAULT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000

/**
 * When a store optimizes its table by itself: after `writes` commits or `rows` rows written since the last
 * optimize, whichever comes first (0 turns a trigger off). The defaults, 20 commits and 100 000 rows, are
 * LanceDB's rule of thumb ("run optimize if you have added or modified 100,000 or more records or run more than 20
 * data modification operations", `Table.optimize`).
 */
export interface AutoOptimize {
  /** Commits since the last optimize. The default is 20. */
  writes: number
  /** Rows written (inserted, updated or deleted) since the last optimize. The default is 100 000. */
  rows: number
}

/** The default {@link AutoOptimize}: 20 commits or 100 000 rows. */
export const DEFAULT_AUTO_OPTIMIZE: Readonly<AutoOptimize> = Object.freeze({
  writes: 20,
  rows: 100_000,
})

/**
 * The automatic optimize setting from `VCF_AGENT_AUTO_OPTIMIZE`: unset for the defaults, `off` (or `0`, `false`)
 * to turn it off, or `WRITES,ROWS` (e.g. `50,1000000`; 0 turns one trigger off).
 *
 * @param value - the variable's value
 * @returns the setting, or false for off
 * @throws {ConfigError} `CONFIG_INVALID` for any other value
 * @example
 * ```ts
 * autoOptimizeFromEnv(process.env.VCF_AGENT_AUTO_OPTIMIZE) // { writes: 20, rows: 100000 } when unset
 * ```
 */
export function autoOptimizeFromEnv(value: string | undefined): AutoOptimize | false {
  const v = value?.trim().toLowerCase()
  if (v === undefined || v === '') return { ...DEFAULT_AUTO_OPTIMIZE }
  if (v === 'off' || v === '0' || v === 'false') return false
  const m = /^(\d+)\s*,\s*(\d+)$/.exec(v)
  if (!m) {
    throw new ConfigError(
      'CONFIG_INVALID',
      `VCF_AGENT_AUTO_OPTIMIZE must be off or WRITES,ROWS (e.g. 20,100000), not ${JSON.stringify(value)}.`,
      { details: { variable: 'VCF_AGENT_AUTO_OPTIMIZE' } },
    )
  }
  const writes = Number(m[1])
  const rows = Number(m[2])
  return writes === 0 && rows === 0 ? false : { writes, rows }
}

/** How far before a tagged version the cut-off moves (LanceDB re-reads the clock after ours). */
const TAG_MARGIN_MS = 250

/** What the maintenance file keeps between processes. */
interface Counters {
  writes: number
  rows: number
}

const rowCounts = new AsyncLocalStorage<{ rows: number }>()

/**
 * Counts rows to the write running (for the automatic optimize); does nothing outside a store write.
 * @internal
 */
export function noteRowsWritten(n: number): void {
  const c = rowCounts.getStore()
  if (c && Number.isFinite(n) && n > 0) c.rows += n
}

/** Runs a write while counting the rows it reports. @internal */
export async function countingRows<T>(fn: () => Promise<T>): Promise<{ result: T; rows: number }> {
  const c = { rows: 0 }
  const result = await rowCounts.run(c, fn)
  return { result, rows: c.rows }
}

function countersPath(h: Pick<TableHandle, 'localDir' | 'tableName'>): string {
  return join(h.localDir, `.${h.tableName}.maintenance.json`)
}

async function readCounters(path: string): Promise<Counters> {
  try {
    const c = JSON.parse(await readFile(path, 'utf8')) as Partial<Counters>
    return { writes: Number(c.writes) || 0, rows: Number(c.rows) || 0 }
  } catch {
    return { writes: 0, rows: 0 }
  }
}

async function writeCounters(path: string, c: Counters): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, JSON.stringify(c), { mode: 0o600 })
  await rename(tmp, path)
}

/**
 * Adds a write's commits and rows to the table's counters (the caller holds the write lock) and says whether an
 * automatic optimize is due.
 * @internal
 */
export async function countWrite(
  h: Pick<TableHandle, 'localDir' | 'tableName'>,
  commits: number,
  rows: number,
  auto: AutoOptimize | false,
): Promise<boolean> {
  if (!auto || (commits <= 0 && rows <= 0)) return false
  const path = countersPath(h)
  const c = await readCounters(path)
  c.writes += Math.max(commits, 0)
  c.rows += rows
  await writeCounters(path, c)
  return (auto.writes > 0 && c.writes >= auto.writes) || (auto.rows > 0 && c.rows >= auto.rows)
}

/**
 * Optimizes the table (the caller holds the write lock): compaction, index update, cleanup of versions older
 * than the retention period except tagged ones, and removal of crashed ingests' staging files.
 * @internal
 */
export async function optimizeLocked(
  h: TableHandle,
  options: OptimizeOptions & { staleMs?: number | undefined } = {},
): Promise<OptimizeResult> {
  const tableDir = join(h.dbPath, `${h.tableName}.lance`)
  const retentionMs = options.retentionMs ?? DEFAULT_RETENTION_MS
  const diskBytesBefore = await dirSize(tableDir)
  const versionBefore = await h.table.version()
  let cutoff = Date.now() - retentionMs
  let heldByTag: string | undefined
  const tags = await (await h.table.tags()).list()
  if (Object.keys(tags).length > 0) {
    const times = new Map(
      (await h.table.listVersions()).map((v) => [v.version, new Date(v.timestamp).getTime()]),
    )
    for (const [name, t] of Object.entries(tags)) {
      const at = times.get(t.version)
      // a margin before the tagged version: LanceDB measures the cut-off from its own clock, a moment later
      if (at !== undefined && at - TAG_MARGIN_MS < cutoff) {
        cutoff = at - TAG_MARGIN_MS
        heldByTag = name
      }
    }
  }
  const stats = await optimizeTextIndex(h, new Date(cutoff), Boolean(options.deleteUnverified))
  const stagingFilesRemoved = await removeOrphanStaging(h.localDir, h.tableName, options.staleMs)
  await writeCounters(countersPath(h), { writes: 0, rows: 0 })
  return {
    versionBefore,
    version: await h.table.version(),
    fragmentsRemoved: stats.compaction.fragmentsRemoved,
    fragmentsAdded: stats.compaction.fragmentsAdded,
    versionsRemoved: stats.prune.oldVersionsRemoved,
    bytesRemoved: stats.prune.bytesRemoved,
    diskBytesBefore,
    diskBytes: await dirSize(tableDir),
    cleanupBefore: new Date(cutoff).toISOString(),
    heldByTag,
    stagingFilesRemoved,
  }
}

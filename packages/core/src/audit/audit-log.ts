/**
 * The audit log: one hash-chained NDJSON line per operation, appended to a 0600 file under a cross-process lock.
 *
 * @module
 */
import { constants, type FileHandle, mkdir, open, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import pino from 'pino'
import { AuditError, UsageError, VcfAgentError } from '../errors/errors.js'
import { hashAuditRecord } from './chain.js'
import { AUDIT_WRITE_FAILED } from './codes.js'
import { withAuditFileLock, withAuditMutex } from './file-lock.js'
import { maskFilter } from '../filter/index.js'
import { maskDetails } from './redact.js'
import { readChainTail } from './tail.js'
import type { AuditEvent, AuditLog, CreateAuditLogOptions } from './types.js'

/** How long a passed check serves the reads that follow it, in ms (see {@link AuditLog.check}). */
export const READ_CHECK_MS = 100

/**
 * How long a read's record (`durable: false`) may wait in the queue for other records to share its append and
 * fsync, in ms. A write's record starts the append at once and takes the waiting reads with it, in order. This is
 * the window of read records a crash can lose.
 */
export const READ_FLUSH_MS = 50

const FORMAT_VERSION = 1
const OPEN_FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW

function auditWriteError(path: string, doing: string, cause: unknown): VcfAgentError {
  if (cause instanceof VcfAgentError) return cause as VcfAgentError
  const errno = (cause as NodeJS.ErrnoException | undefined)?.code
  const why = cause instanceof Error ? cause.message : String(cause)
  return new AuditError(
    AUDIT_WRITE_FAILED,
    `Cannot ${doing} the audit log ${path}: ${why}. Operations are refused while the audit log cannot be written; ` +
      'check that the path is a regular file in a writable directory with free space.',
    { cause, details: { path, ...(errno === undefined ? {} : { errno }) } },
  )
}

interface OpenFile {
  fh: FileHandle
  dev: number
  ino: number
}

/** Opens (creating with mode 0600) the audit file for appending and reading, and makes sure it is 0600. */
async function openAuditFile(path: string): Promise<OpenFile> {
  let fh: FileHandle
  try {
    fh = await open(path, OPEN_FLAGS, 0o600)
  } catch (err) {
    throw auditWriteError(path, 'open', err)
  }
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new Error('not a regular file')
    if ((st.mode & 0o777) !== 0o600) {
      try {
        await fh.chmod(0o600)
      } catch (err) {
        // A file others can read must not receive audit records; other odd modes (0400, 0700) are tolerated.
        if ((st.mode & 0o077) !== 0)
          throw new Error(
            `it is readable by group or others (mode ${(st.mode & 0o777).toString(8)}) and chmod 600 failed: ${(err as Error).message}`,
            { cause: err },
          )
      }
    }
    return { fh, dev: st.dev, ino: st.ino }
  } catch (err) {
    await fh.close().catch(() => undefined)
    throw auditWriteError(path, 'open', err)
  }
}

function validateEvent(event: AuditEvent): void {
  const problems: string[] = []
  for (const key of ['action', 'actor', 'table'] as const) {
    if (typeof event[key] !== 'string' || event[key] === '')
      problems.push(`${key} must be a non-empty string`)
  }
  if (event.outcome !== 'ok' && event.outcome !== 'error')
    problems.push("outcome must be 'ok' or 'error'")
  if (
    typeof event.durationMs !== 'number' ||
    !Number.isFinite(event.durationMs) ||
    event.durationMs < 0
  ) {
    problems.push('durationMs must be a finite number ≥ 0')
  }
  if (event.rows !== undefined && (!Number.isSafeInteger(event.rows) || event.rows < 0))
    problems.push('rows must be an integer ≥ 0')
  for (const key of ['versionBefore', 'versionAfter', 'version'] as const) {
    const v = event[key]
    if (v !== undefined && (!Number.isSafeInteger(v) || v < 0))
      problems.push(`${key} must be an integer ≥ 0`)
  }
  if (
    event.details !== undefined &&
    (event.details == null || typeof event.details !== 'object' || Array.isArray(event.details))
  ) {
    problems.push('details must be an object')
  }
  if (problems.length > 0) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `Invalid audit event: ${problems.join('; ')}.`, {
      details: { problems },
    })
  }
}

/**
 * Opens (creating it if needed) a hash-chained audit log file and returns a sink that appends one JSON line per
 * event.
 *
 * How a record is written:
 * 1. In-process mutex, then the cross-process lock directory `<path>.lock` (proper-lockfile), so several CLI
 *    processes and a server can append to one file and the chain stays linear.
 * 2. If the file at `path` was rotated or removed, it is reopened (a new file starts a new chain).
 * 3. The last line is read from the end of the file (not the whole file) and must pass its own hash; its `hash`
 *    becomes the new line's `prev`.
 * 4. The event is masked and serialised by pino (the `redact` option runs {@link maskFilter} on `filter` and
 *    {@link maskDetails} on `details`), then `hash` is added and the line is appended with `O_APPEND` in one
 *    `write`, then synced. A failed write is truncated away so no partial line remains.
 *
 * The file is created with mode 0600 and re-checked on every open: a wider mode is narrowed to 0600, and a file
 * readable by others whose mode cannot be changed is refused. Symbolic links are refused (`O_NOFOLLOW`). A missing
 * parent directory is created with mode 0700.
 *
 * @param path - the audit file, e.g. `<db_path>/audit.log.jsonl`
 * @param options - extra sensitive columns, lock timeouts, fsync
 * @returns an open {@link AuditLog}; close it when done (it is also `AsyncDisposable`: `await using log = …`)
 * @throws {VcfAgentError} `STORE_FAILED` (to become `AUDIT_WRITE_FAILED`) when the file cannot be created or opened,
 *   is not a regular file, or is readable by others and cannot be restricted. `record()` throws the same code when
 *   a line cannot be written, `STORE_FAILED` (to become `AUDIT_TAMPERED`) when the file's last line is damaged, and
 *   `LOCK_TIMEOUT` when the lock is not acquired in time.
 * @example
 * ```ts
 * const log = await createAuditLog('/data/lancedb/audit.log.jsonl', { sensitiveColumns: ['patient_code'] })
 * await log.record({ action: 'delete', actor: 'alice', table: 'variants', filter: "chrom = 'MT'", rows: 12, outcome: 'ok', durationMs: 48 })
 * await log.close()
 * ```
 */
export async function createAuditLog(
  path: string,
  options: CreateAuditLogOptions = {},
): Promise<AuditLog & AsyncDisposable> {
  const file = resolve(path)
  const lockOptions = {
    timeoutMs: options.lockTimeoutMs ?? 30_000,
    staleMs: options.lockStaleMs ?? 10_000,
  }
  const fsync = options.fsync ?? true
  const maskOptions = {
    sensitiveColumns: options.sensitiveColumns ?? [],
    ...(options.columns ? { columns: options.columns } : {}),
  }

  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  } catch (err) {
    throw auditWriteError(file, 'create the directory of', err)
  }
  let current: OpenFile | undefined = await openAuditFile(file)

  let captured: string | undefined
  const serializer = pino(
    {
      base: null,
      timestamp: false,
      formatters: { level: () => ({ v: FORMAT_VERSION }) },
      redact: {
        paths: ['filter', 'details'],
        censor: (value, at) =>
          at[0] === 'filter'
            ? maskFilter(String(value), maskOptions)
            : maskDetails(value as Record<string, unknown>, maskOptions),
      },
    },
    {
      write: (line: string) => {
        captured = line
      },
    },
  )

  /** The open file, reopened if `file` now names another inode (rotated, removed, replaced). */
  let closed = false
  const currentFile = async (): Promise<OpenFile> => {
    if (closed) throw auditWriteError(file, 'write to', new Error('the audit log is closed'))
    let same = false
    try {
      const st = await stat(file)
      same = current !== undefined && st.dev === current.dev && st.ino === current.ino
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        throw auditWriteError(file, 'check', err)
    }
    if (!same || !current) {
      // rotated, removed, replaced, or a reopen failed before: open the file at the path again
      await current?.fh.close().catch(() => undefined)
      current = undefined
      current = await openAuditFile(file)
    }
    return current
  }

  /** Appends a batch of records in order: one tail read, one write, one fsync. The caller holds the file lock. */
  const appendBatch = async (events: readonly AuditEvent[]): Promise<void> => {
    const { fh } = await currentFile()
    const size = (await fh.stat()).size
    let { prev, seq } = await readChainTail(fh, size, file)
    const lines: string[] = []
    for (const event of events) {
      const record = {
        ts: new Date().toISOString(),
        seq,
        actor: event.actor,
        action: event.action,
        table: event.table,
        filter: event.filter,
        rows: event.rows,
        versionBefore: event.versionBefore,
        versionAfter: event.versionAfter,
        version: event.version,
        outcome: event.outcome,
        code: event.code,
        durationMs: event.durationMs,
        details: event.details,
        prev,
      }
      captured = undefined
      serializer.info(record)
      const line = captured as string | undefined
      if (line === undefined)
        throw auditWriteError(file, 'serialise a record for', new Error('pino wrote nothing'))
      const parsed = JSON.parse(line) as Record<string, unknown>
      const hash = hashAuditRecord(prev, parsed)
      lines.push(`${JSON.stringify({ ...parsed, hash })}\n`)
      prev = hash
      seq++
    }
    const out = Buffer.from(lines.join(''))
    try {
      let offset = 0
      while (offset < out.length) {
        const { bytesWritten } = await fh.write(out, offset, out.length - offset, null)
        if (bytesWritten <= 0) throw new Error('write returned 0 bytes')
        offset += bytesWritten
      }
      if (fsync) await fh.datasync()
    } catch (err) {
      await fh.truncate(size).catch(() => undefined)
      throw auditWriteError(file, 'append to', err)
    }
  }

  // Group commit: records wait in `queue`; one flusher writes everything queued, batch after batch. A record
  // someone waits for (a write's) starts a flush at once; records nobody waits for (reads) wait up to
  // READ_FLUSH_MS for company, so a busy server pays one lock, tail read, write and fsync per window, not per read.
  const queue: {
    event: AuditEvent
    durable: boolean
    resolve: () => void
    reject: (err: unknown) => void
  }[] = []
  let flushing: Promise<void> | undefined
  let timer: NodeJS.Timeout | undefined
  const flush = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.splice(0)
      try {
        await withAuditFileLock(file, () => appendBatch(batch.map((b) => b.event)), lockOptions)
        for (const b of batch) b.resolve()
      } catch (err) {
        const failure = auditWriteError(file, 'append to', err)
        for (const b of batch) b.reject(failure)
      }
      // what arrived meanwhile: only reads → wait for the window again
      if (queue.length > 0 && !queue.some((q) => q.durable)) {
        schedule()
        break
      }
    }
    flushing = undefined
  }
  const startFlush = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    flushing ??= flush()
  }
  const schedule = (): void => {
    timer ??= setTimeout(startFlush, READ_FLUSH_MS)
  }
  const enqueue = (event: AuditEvent, durable: boolean): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ event, durable, resolve, reject })
      if (durable || closed) startFlush()
      else if (!flushing) schedule()
    })
  /** Writes what is queued now (close, tests). */
  const drain = async (): Promise<void> => {
    if (queue.length > 0) startFlush()
    while (flushing) await flushing
  }

  // the failure of a batch that held only records nobody waits for: the next check() reports it
  let unreported: Error | undefined
  // when a check last found the file in place (performance.now() ms)
  let checkedAt = Number.NEGATIVE_INFINITY
  const log: AuditLog & AsyncDisposable = {
    path: file,
    async record(event, options) {
      validateEvent(event)
      const written = enqueue(event, options?.durable !== false)
      if (options?.durable === false) {
        written.catch((err: unknown) => {
          unreported ??= err instanceof Error ? err : new Error(String(err))
        })
        return
      }
      await written
    },
    async check(options) {
      if (unreported !== undefined) {
        const err = unreported
        unreported = undefined
        throw err
      }
      if (options?.durable === false && !closed && performance.now() - checkedAt < READ_CHECK_MS)
        return
      // the common case needs no mutex (which a batch holds through its fsync): the open file is still at the path
      if (!closed && current) {
        const st = await stat(file).catch(() => undefined)
        if (st && st.dev === current.dev && st.ino === current.ino) {
          checkedAt = performance.now()
          return
        }
      }
      await withAuditMutex(file, currentFile)
      checkedAt = performance.now()
    },
    async close() {
      await drain()
      await withAuditMutex(file, async () => {
        const fh = current?.fh
        closed = true
        current = undefined
        await fh?.close().catch(() => undefined)
      })
    },
    async [Symbol.asyncDispose]() {
      await log.close()
    },
  }
  return log
}

/**
 * An audit log that records nothing, for callers that disable auditing explicitly (tests, throw-away databases).
 * Its `path` is undefined so the caller can tell that nothing is audited.
 *
 * @returns a sink whose `record` resolves at once
 * @example
 * ```ts
 * const audit = options.audit === false ? createNullAuditLog() : await createAuditLog(join(dbPath, 'audit.log.jsonl'))
 * ```
 */
export function createNullAuditLog(): AuditLog {
  return {
    path: undefined,
    async record(event) {
      validateEvent(event)
    },
    async check() {},
    async close() {},
  }
}

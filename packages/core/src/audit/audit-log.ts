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

/** One operation to audit, as the caller describes it. Values are masked when the record is written. */
export interface AuditEvent {
  /** The operation: `add`, `update`, `delete`, `index`, `ingest`, `migrate`, `search`, `filter`, `export` … */
  action: string
  /** Who asked: a user name, a service account, `cli:<os user>`. Written as given. */
  actor: string
  /** The table the operation ran on. */
  table: string
  /** The SQL filter, unmasked; the log masks every literal in it with {@link maskFilter}. */
  filter?: string
  /** Rows read, written, updated or deleted. */
  rows?: number
  /** A write: the table version before its first commit (read under the write lock). */
  versionBefore?: number
  /** A write: the table version after its last commit (equal to `versionBefore` when it committed nothing). */
  versionAfter?: number
  /** A read: the table version it read (its answer names the same version). */
  version?: number
  /** `ok` when the operation succeeded, `error` when it failed. */
  outcome: 'ok' | 'error'
  /** The stable error code when `outcome` is `error`, e.g. `STORE_BAD_FILTER`. */
  code?: string
  /** How long the operation took, in ms. */
  durationMs: number
  /** Structured context; masked key by key with {@link maskDetails} (sample lists, embeddings, update values). */
  details?: Record<string, unknown>
}

/**
 * One line of the audit file, as written: the masked event plus the chain fields. Keys appear in this order.
 */
export interface AuditRecord {
  /** Record format version, 1. */
  v: 1
  /** When the record was written (the end of the operation), ISO-8601 UTC with ms. */
  ts: string
  /** 1-based line number in this file, so a gap is visible at a glance. */
  seq: number
  /** {@link AuditEvent.actor}. */
  actor: string
  /** {@link AuditEvent.action}. */
  action: string
  /** {@link AuditEvent.table}. */
  table: string
  /** The masked filter. */
  filter?: string
  /** {@link AuditEvent.rows}. */
  rows?: number
  /** {@link AuditEvent.versionBefore}. */
  versionBefore?: number
  /** {@link AuditEvent.versionAfter}. */
  versionAfter?: number
  /** {@link AuditEvent.version}. */
  version?: number
  /** {@link AuditEvent.outcome}. */
  outcome: 'ok' | 'error'
  /** {@link AuditEvent.code}. */
  code?: string
  /** {@link AuditEvent.durationMs}. */
  durationMs: number
  /** The masked details. */
  details?: Record<string, unknown>
  /** The previous line's `hash`, or `AUDIT_GENESIS_HASH` on the first line. */
  prev: string
  /** SHA-256 hex of `prev` + the canonical JSON of this record without `hash`. */
  hash: string
}

/** Where audit events go. Create one with {@link createAuditLog} or {@link createNullAuditLog}. */
export interface AuditLog {
  /** The audit file, or undefined when auditing is disabled. */
  readonly path: string | undefined
  /**
   * Appends one record for `event` and resolves once it is written and synced to disk, so an operation is
   * reported done only after its record is durable (a crash loses no record of a reported operation). Records
   * are group-committed: every record queued while a batch is being written goes into the next batch — one
   * append, one fsync, still one hash-chained line per record, in order — so concurrent operations do not queue
   * one by one behind the disk.
   *
   * With `durable: false` (reads) the record joins the queue and `record` resolves at once: the read does not
   * wait for the disk. Its record waits up to {@link READ_FLUSH_MS} for company, then is written, chained and
   * synced in one batch with the records queued with it (a durable record starts the batch at once); if that batch
   * fails, the next {@link AuditLog.check} throws, so the next operation stops.
   *
   * @param event - the operation
   * @param options - `durable: false` to not wait for the record to reach the disk (the default waits)
   * @throws {VcfAgentError} when the record cannot be written; the caller must then fail its operation
   */
  record(event: AuditEvent, options?: RecordOptions): Promise<void>
  /**
   * Checks that a record could be written now (the file is open, still at `path`, a regular file). {@link audited}
   * calls it before running an operation, so a broken audit log stops the operation before it changes anything.
   *
   * With `durable: false` (reads) a check that passed less than {@link READ_CHECK_MS} ago is reused: reads on a busy
   * server do not each stat the file (the batch that writes their records checks it again anyway).
   *
   * @param options - `durable: false` for a read
   * @throws {VcfAgentError} when the log is closed or the file cannot be opened
   */
  check?(options?: RecordOptions): Promise<void>
  /** Waits for pending records and closes the file. Later records are refused. */
  close(): Promise<void>
}

/** How long a passed check serves the reads that follow it, in ms (see {@link AuditLog.check}). */
export const READ_CHECK_MS = 100

/**
 * How long a read's record (`durable: false`) may wait in the queue for other records to share its append and
 * fsync, in ms. A write's record starts the append at once and takes the waiting reads with it, in order. This is
 * the window of read records a crash can lose.
 */
export const READ_FLUSH_MS = 50

/** Options of {@link AuditLog.record}. */
export interface RecordOptions {
  /**
   * Wait until the record is synced to disk (default true). Writes always wait; reads pass false, so a crash
   * can lose the records of reads answered in the last batch window (one fsync, a few ms) — never a write's.
   */
  durable?: boolean
}

/** Options of {@link createAuditLog}. */
export interface CreateAuditLogOptions {
  /** Extra columns whose values are always masked, added to `DEFAULT_SENSITIVE_COLUMNS` (e.g. configured PII columns). */
  sensitiveColumns?: readonly string[]
  /**
   * The table's column names (e.g. `COLUMN_NAMES`). When given, names in a filter that are not columns, keywords or
   * functions are masked too, which catches values typed without quotes (`patient = jane`). Without it, every name
   * stays readable.
   */
  columns?: readonly string[]
  /** How long a record waits for the cross-process lock, in ms. The default is 30 000 ms. */
  lockTimeoutMs?: number
  /** After how long a lock left by a crashed process is taken over, in ms (minimum 2 000). The default is 10 000 ms. */
  lockStaleMs?: number
  /**
   * Whether each record is synced to disk (`fdatasync`) before {@link AuditLog.record} resolves. The default is true.
   *
   * **WARNING**: with `false` a power loss can drop the last records even though their operations succeeded.
   */
  fsync?: boolean
}

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

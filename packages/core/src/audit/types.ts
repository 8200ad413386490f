/**
 * The audit log's shapes: the event a caller records, the record written (one hash-chained NDJSON line), the log's
 * interface and its options. The implementation is `audit-log.ts`.
 *
 * @module
 */
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
 * One line of the audit file, as written: the event ({@link AuditEvent}, its `filter` and `details` masked) with the
 * chain fields. Keys appear in this order: `v`, `ts`, `seq`, `actor`, `action`, `table`, `filter`, `rows`,
 * `versionBefore`, `versionAfter`, `version`, `outcome`, `code`, `durationMs`, `details`, `prev`, `hash`.
 */
export interface AuditRecord extends AuditEvent {
  /** Record format version, 1. */
  v: 1
  /** When the record was written (the end of the operation), ISO-8601 UTC with ms. */
  ts: string
  /** 1-based line number in this file, so a gap is visible at a glance. */
  seq: number
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

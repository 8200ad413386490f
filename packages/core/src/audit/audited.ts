/**
 * Running an operation with exactly one audit record for it.
 *
 * @module
 */
import { AuditError, VcfAgentError } from '../errors/errors.js'
import type { AuditEvent, AuditLog, RecordOptions } from './types.js'
import { AUDIT_WRITE_FAILED } from './codes.js'
import { redactMessage } from './redact.js'
import { type VersionNote, withVersionNote } from './versions.js'

/** What the caller of {@link audited} says about the operation; `outcome`, `code` and `durationMs` are measured. */
export type AuditBase = Omit<AuditEvent, 'outcome' | 'durationMs' | 'code'>

/** What {@link audited} sets on an operation's error when even the error could not be audited. */
export interface UnauditedErrorMark {
  /** Always true. */
  auditFailed: true
  /** The code of the audit failure, e.g. `LOCK_TIMEOUT`. */
  auditCode: string
}

const CODE_SHAPE = /^[A-Z][A-Z0-9_]*$/

/** The stable code of an error (duck-typed, so a `VcfAgentError` from another copy of core counts), else `INTERNAL`. */
function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null | undefined)?.code
  return typeof code === 'string' && CODE_SHAPE.test(code) ? code : 'INTERNAL'
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function elapsedMs(startedAt: number): number {
  return Math.max(0, Math.round((performance.now() - startedAt) * 1000) / 1000)
}

function auditFailure(
  log: AuditLog,
  base: AuditBase,
  operationOutcome: 'ok' | 'not-run',
  cause: unknown,
): VcfAgentError {
  const where = log.path ?? 'the audit log'
  const message =
    operationOutcome === 'ok'
      ? `The ${base.action} on table ${base.table} succeeded, but its audit record could not be written to ${where} ` +
        `(${messageOf(cause)}). The change is NOT audited: repair the audit log, then review this operation.`
      : `The ${base.action} on table ${base.table} was not run because the audit log ${where} cannot be written ` +
        `(${messageOf(cause)}). Repair the audit log and retry.`
  return new AuditError(AUDIT_WRITE_FAILED, message, {
    cause,
    details: {
      action: base.action,
      table: base.table,
      auditLog: log.path,
      operationOutcome,
      auditCode: codeOf(cause),
    },
  })
}

/** The version fields of a record, from what the operation reported. */
function versionsOf(note: VersionNote): Pick<AuditEvent, 'versionBefore' | 'versionAfter'> {
  return {
    ...(note.before === undefined ? {} : { versionBefore: note.before }),
    ...(note.after === undefined ? {} : { versionAfter: note.after }),
  }
}

function markUnaudited(err: unknown, auditErr: unknown): void {
  const mark: UnauditedErrorMark = { auditFailed: true, auditCode: codeOf(auditErr) }
  if (err instanceof VcfAgentError) Object.assign(err.details, mark)
  else if (err != null && typeof err === 'object' && Object.isExtensible(err)) {
    Object.defineProperty(err, 'auditError', {
      value: auditErr,
      enumerable: false,
      configurable: true,
    })
  }
}

/**
 * Runs `fn` and writes exactly one audit record for it: `outcome: 'ok'` with `rows` (from `count`), the table
 * versions the operation reported (`versionBefore`/`versionAfter` of its commits, see `noteVersions`;
 * a read's `version` comes in `base`) and `durationMs`, or `outcome: 'error'` with the error's `code`, its message under `details.error` (redacted, with
 * the filter masked wherever the message repeats it, as LanceDB's parse errors do), and `durationMs`.
 *
 * No unaudited operation goes unnoticed:
 * - before `fn` runs, `log.check()` (when the log has it) must pass, so a broken audit log stops the operation
 *   before it changes anything (the error has `details.operationOutcome: 'not-run'`);
 * - if `fn` succeeded but its record cannot be written, `audited` throws instead of returning the result
 *   (`details.operationOutcome: 'ok'`: the change happened and is not audited);
 * - if `fn` failed, its error is rethrown unchanged after the record is written; if even that record could not be
 *   written, the error is marked: a `VcfAgentError` gets `details.auditFailed: true` and `details.auditCode`
 *   ({@link UnauditedErrorMark}), any other error object a non-enumerable `auditError` property.
 *
 * A `count` callback that throws does not fail the operation; the record then has no `rows` (or `base.rows`).
 *
 * @param log - where the record goes
 * @param base - action, actor, table, filter (unmasked; the log masks it), rows, details
 * @param fn - the operation
 * @param count - derives the row count from the result, e.g. `(hits) => hits.length`
 * @param options - `durable: false` for reads: the record is queued, not awaited (see {@link AuditLog.record})
 * @returns what `fn` returns
 * @throws {VcfAgentError} `STORE_FAILED` (to become `AUDIT_WRITE_FAILED`) when the audit log cannot be written,
 *   with `details.operationOutcome` `'not-run'` or `'ok'`; otherwise whatever `fn` throws
 * @example
 * ```ts
 * const hits = await audited(
 *   log,
 *   { action: 'search', actor: 'alice', table: 'variants', filter: "chrom = '1'" },
 *   () => store.searchByEmbedding(vector, { filter: "chrom = '1'" }),
 *   (rows) => rows.length,
 * )
 * ```
 */
export async function audited<T>(
  log: AuditLog,
  base: AuditBase,
  fn: () => Promise<T>,
  count?: (result: T) => number,
  options: RecordOptions = {},
): Promise<T> {
  if (log.check) {
    try {
      await log.check(options)
    } catch (err) {
      throw auditFailure(log, base, 'not-run', err)
    }
  }
  const startedAt = performance.now()
  let result: T
  const run = withVersionNote(fn)
  try {
    result = await run.result
  } catch (err) {
    const event: AuditEvent = {
      ...base,
      ...versionsOf(run.note),
      outcome: 'error',
      code: codeOf(err),
      durationMs: elapsedMs(startedAt),
      // LanceDB errors repeat the filter verbatim: mask it as a filter, not just as free text.
      details: {
        ...base.details,
        error: redactMessage(messageOf(err), { filters: [base.filter] }),
      },
    }
    try {
      await log.record(event, options)
    } catch (auditErr) {
      markUnaudited(err, auditErr)
    }
    throw err
  }
  const durationMs = elapsedMs(startedAt)
  let rows = base.rows
  if (count) {
    try {
      rows = count(result)
    } catch {
      // A broken counter must not fail an operation that succeeded; the record just has no row count.
    }
  }
  try {
    await log.record(
      {
        ...base,
        ...(rows === undefined ? {} : { rows }),
        ...versionsOf(run.note),
        outcome: 'ok',
        durationMs,
      },
      options,
    )
  } catch (err) {
    throw auditFailure(log, base, 'ok', err)
  }
  return result
}

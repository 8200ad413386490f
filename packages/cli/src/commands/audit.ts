/**
 * `audit verify`: check the hash chain of the audit log.
 *
 * @module
 */
import { join } from 'node:path'
import { AuditError, isObjectStoreUri, parseDbLocation, verifyAuditLog } from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, optionalString } from './context.js'

/** The audit log file of a database when `--audit_log` is not given. */
export const DEFAULT_AUDIT_LOG_NAME = 'audit.log.jsonl'

/**
 * The audit log path: `--audit_log`, else `<db_path>/audit.log.jsonl` (for an object-storage db path, the
 * `audit.log.jsonl` of its local folder, see `DbLocation`).
 *
 * @param ctx - the command context
 * @returns the path as given (relative paths are resolved against the working directory)
 * @example
 * ```ts
 * auditLogPath(ctx) // 'lancedb/audit.log.jsonl' with the defaults
 * ```
 */
export function auditLogPath(ctx: CommandContext): string {
  const given = optionalString(ctx, 'audit_log')
  if (given) return given
  const db = String(ctx.opt('db_path'))
  // on object storage each host keeps its own audit log in a local folder named after the URI
  return join(isObjectStoreUri(db) ? parseDbLocation(db).localDir : db, DEFAULT_AUDIT_LOG_NAME)
}

/**
 * `vcf-agent audit verify`: verifies the audit log's hash chain and reports the first altered, removed, inserted or
 * reordered line. On success the data is `{ path, ok: true, lines, lastHash }`; keep `lastHash` somewhere else to
 * detect later that lines were cut from the end.
 *
 * @param ctx - the command context (`--audit_log`, `--db_path`)
 * @returns `{ data: { path, ok, lines, lastHash }, message }` when the chain is intact
 * @throws {VcfAgentError} `AUDIT_TAMPERED` (exit 1) when verification fails; `details` holds `path`, `lines`,
 *   `firstBadLine` and `reason`. `USAGE_INVALID_ARGUMENT` (exit 2) when there is no audit log at the path;
 *   `LOCK_TIMEOUT` (exit 5) when a writer holds the audit lock too long.
 * @example
 * ```ts
 * // $ vcf-agent audit verify --db_path ./lancedb
 * // Audit log lancedb/audit.log.jsonl is intact: 1284 line(s), last hash 3f9a…
 * ```
 */
export async function auditVerify(ctx: CommandContext): Promise<CommandOutput> {
  const path = auditLogPath(ctx)
  const result = await verifyAuditLog(path)
  if (!result.ok) {
    throw new AuditError(
      'AUDIT_TAMPERED',
      `The audit log ${path} fails verification at line ${result.firstBadLine} of ${result.lines}: ${result.reason}. ` +
        'Keep the file as evidence and compare it with a backup to see what changed.',
      { details: { path, ...result } },
    )
  }
  const message =
    result.lines === 0
      ? `Audit log ${path} is empty.`
      : `Audit log ${path} is intact: ${result.lines} line(s), last hash ${result.lastHash}.`
  return { data: { path, ...result }, message }
}

/**
 * The audit module's error codes, kept as named constants for the modules and tests that import them. The codes
 * themselves (with their HTTP status and exit code) are rows of the one error table, `errors/error-table.ts`.
 *
 * @internal
 * @module
 */
import { type AuditErrorCode, ErrorCode } from '../errors/codes.js'

/**
 * An audit record could not be written (file missing, not writable, replaced by a directory, lock lost), so the
 * operation must fail. Stable code `AUDIT_WRITE_FAILED`.
 *
 * @internal
 */
export const AUDIT_WRITE_FAILED: AuditErrorCode = ErrorCode.AUDIT_WRITE_FAILED

/**
 * The audit log's existing content is damaged (its last line is incomplete or fails its own hash), so appending
 * would extend a broken chain. Stable code `AUDIT_TAMPERED`.
 *
 * @internal
 */
export const AUDIT_TAMPERED: AuditErrorCode = ErrorCode.AUDIT_TAMPERED

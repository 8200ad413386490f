/**
 * The error codes the audit module throws, in one place until the audit codes join `ErrorCode`.
 *
 * @internal
 * @module
 */
import type { ErrorCode } from '../errors/codes.js'

/**
 * An audit record could not be written (file missing, not writable, replaced by a directory, lock lost), so the
 * operation must fail. Stable code `AUDIT_WRITE_FAILED`.
 *
 * @internal
 */
export const AUDIT_WRITE_FAILED: ErrorCode = 'AUDIT_WRITE_FAILED'

/**
 * The audit log's existing content is damaged (its last line is incomplete or fails its own hash), so appending
 * would extend a broken chain. Stable code `AUDIT_TAMPERED`.
 *
 * @internal
 */
export const AUDIT_TAMPERED: ErrorCode = 'AUDIT_TAMPERED'

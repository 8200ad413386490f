/**
 * Audit trail of vcf-agent: one hash-chained, masked JSON line per operation, and the masking used for it.
 *
 * - {@link createAuditLog} / {@link createNullAuditLog} / {@link audited}: writing records.
 * - {@link verifyAuditLog}: checking the chain.
 * - {@link maskFilter}, {@link maskValue}, {@link maskDetails}, {@link describeUpdate}, {@link redactMessage}:
 *   keeping values out of logs and messages. Hostile filters are refused by `validateFilter` (store).
 *
 * @module
 */
export { READ_CHECK_MS, READ_FLUSH_MS, createAuditLog, createNullAuditLog } from './audit-log.js'
export type {
  AuditEvent,
  AuditLog,
  AuditRecord,
  CreateAuditLogOptions,
  RecordOptions,
} from './types.js'
export { audited } from './audited.js'
export type { AuditBase, UnauditedErrorMark } from './audited.js'
export { AUDIT_GENESIS_HASH } from './chain.js'
export { noteVersions, outsideVersionNotes } from './versions.js'
export { MASK, maskFilter } from '../filter/index.js'
export type { MaskFilterOptions } from '../filter/index.js'
export {
  DEFAULT_SENSITIVE_COLUMNS,
  describeUpdate,
  maskDetails,
  maskValue,
  redactMessage,
} from './redact.js'
export type { MaskOptions, RedactMessageOptions } from './redact.js'
export { verifyAuditLog } from './verify.js'
export type { VerifyAuditLogOptions, VerifyAuditLogResult } from './verify.js'

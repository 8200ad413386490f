/**
 * The hash chain of the audit log: canonical JSON and SHA-256 over `prev` + record.
 *
 * @module
 */
import { createHash } from 'node:crypto'

/** The `prev` of the first line of an audit log: 64 zeros (the width of a SHA-256 hex digest). */
export const AUDIT_GENESIS_HASH = '0'.repeat(64)

/**
 * JSON with object keys sorted at every level and no whitespace, so the same record always hashes the same however
 * its line was formatted.
 *
 * @internal
 * @param value - a JSON value (as returned by `JSON.parse`)
 * @returns the canonical JSON text
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`
  if (value != null && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The `hash` of an audit line: SHA-256 (hex) of `prev` followed by the canonical JSON of the record without its
 * `hash` field. `prev` is also inside the record, so it is covered twice; that is harmless and keeps the rule simple.
 *
 * @internal
 * @param prev - the previous line's hash, or {@link AUDIT_GENESIS_HASH} for the first line
 * @param record - the parsed line; a `hash` key in it is ignored
 * @returns 64 lowercase hex digits
 * @example
 * ```ts
 * hashAuditRecord(AUDIT_GENESIS_HASH, { seq: 1, action: 'add', prev: AUDIT_GENESIS_HASH })
 * ```
 */
export function hashAuditRecord(prev: string, record: Record<string, unknown>): string {
  const { hash: _ignored, ...rest } = record
  return createHash('sha256').update(prev).update(canonicalJson(rest)).digest('hex')
}

/**
 * Verification of an audit log's hash chain.
 *
 * @module
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UsageError } from '../errors/errors.js'
import { AUDIT_GENESIS_HASH, hashAuditRecord } from './chain.js'
import { withAuditFileLock } from './file-lock.js'

/**
 * Result of {@link verifyAuditLog}. `lines` counts every line of the file (complete or not). `firstBadLine` is
 * 1-based. `lastHash` is the hash of the last line (undefined for an empty file): keep it somewhere else to detect
 * later truncation or wholesale replacement of the file.
 */
export type VerifyAuditLogResult =
  | { ok: true; lines: number; lastHash: string | undefined }
  | { ok: false; lines: number; firstBadLine: number; reason: string }

/** Options of {@link verifyAuditLog}. */
export interface VerifyAuditLogOptions {
  /** How long to wait for the audit lock (held by writers only for one append), in ms. The default is 30 000 ms. */
  lockTimeoutMs?: number
}

const NO_LOCK_ERRNOS = new Set(['EACCES', 'EPERM', 'EROFS'])

/** Size of the file at a moment when no writer is mid-append (under the audit lock when it can be taken). */
async function stableSize(file: string, timeoutMs: number): Promise<number> {
  const size = async (): Promise<number> => {
    try {
      return (await stat(file)).size
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UsageError(
          'USAGE_INVALID_ARGUMENT',
          `There is no audit log at ${file}. Check the path (--audit_log).`,
          {
            details: { path: file },
          },
        )
      }
      throw err
    }
  }
  try {
    return await withAuditFileLock(file, size, { timeoutMs, staleMs: 10_000 })
  } catch (err) {
    // A read-only auditor cannot create the lock directory: read without it (a half-written last line then shows).
    if (NO_LOCK_ERRNOS.has((err as NodeJS.ErrnoException).code ?? '')) return size()
    throw err
  }
}

function checkLine(
  line: string,
  lineNo: number,
  expectedPrev: string,
): { hash: string } | { reason: string } {
  if (line === '') return { reason: 'empty line' }
  let rec: unknown
  try {
    rec = JSON.parse(line)
  } catch {
    return { reason: 'not valid JSON (the line was altered or cut)' }
  }
  if (rec == null || typeof rec !== 'object' || Array.isArray(rec))
    return { reason: 'not a JSON object' }
  const { hash, prev, seq } = rec as Record<string, unknown>
  if (typeof hash !== 'string' || typeof prev !== 'string')
    return { reason: 'no hash or prev field' }
  if (hashAuditRecord(prev, rec as Record<string, unknown>) !== hash) {
    return { reason: 'hash mismatch: the line was altered' }
  }
  if (prev !== expectedPrev) {
    return {
      reason:
        lineNo === 1
          ? 'prev is not the genesis hash: lines before this one were removed, or the file does not start a chain'
          : `prev does not match the hash of line ${lineNo - 1}: a line was removed, inserted or reordered here`,
    }
  }
  if (seq !== lineNo) return { reason: `seq is ${JSON.stringify(seq)}, expected ${lineNo}` }
  return { hash }
}

/**
 * Verifies an audit log's hash chain line by line and reports the first line that was altered, removed, inserted
 * or reordered. The file is streamed (constant memory). Writers are paused only while the file's size is read, so
 * records appended during verification are not checked and never show as half-written.
 *
 * What it detects: any change to a line's content (its own hash fails), a removed, inserted or reordered line (the
 * next line's `prev` or `seq` no longer fits), a cut-off last line. What it cannot detect alone: removing lines
 * from the end, or replacing the whole file with a freshly computed chain; compare `lastHash` with a copy kept
 * elsewhere for that. A line edited with its hash recomputed is reported at the line after it. Formatting
 * (whitespace, key order) is not covered: the hash is over the canonical JSON of the record.
 *
 * @param path - the audit file
 * @param options - lock timeout
 * @returns `{ ok: true, lines, lastHash }` or `{ ok: false, lines, firstBadLine, reason }`
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when there is no file at `path`
 * @throws {LockError} `LOCK_TIMEOUT` when a writer holds the audit lock for longer than `lockTimeoutMs`
 * @example
 * ```ts
 * const result = await verifyAuditLog('/data/lancedb/audit.log.jsonl')
 * if (!result.ok) console.error(`line ${result.firstBadLine}: ${result.reason}`)
 * ```
 */
export async function verifyAuditLog(
  path: string,
  options: VerifyAuditLogOptions = {},
): Promise<VerifyAuditLogResult> {
  const file = resolve(path)
  const size = await stableSize(file, options.lockTimeoutMs ?? 30_000)
  let lines = 0
  let prev = AUDIT_GENESIS_HASH
  let bad: { firstBadLine: number; reason: string } | undefined
  const handle = (line: string, complete: boolean): void => {
    lines++
    if (bad) return
    if (!complete) {
      bad = {
        firstBadLine: lines,
        reason:
          'incomplete last line (no trailing newline): a write was interrupted or the file was cut',
      }
      return
    }
    const checked = checkLine(line, lines, prev)
    if ('reason' in checked) bad = { firstBadLine: lines, reason: checked.reason }
    else prev = checked.hash
  }
  if (size > 0) {
    let carry: Buffer = Buffer.alloc(0)
    for await (const chunk of createReadStream(file, {
      start: 0,
      end: size - 1,
    }) as AsyncIterable<Buffer>) {
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
      let from = 0
      for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
        handle(buf.subarray(from, nl).toString('utf8'), true)
        from = nl + 1
      }
      carry = Buffer.from(buf.subarray(from))
    }
    if (carry.length > 0) handle(carry.toString('utf8'), false)
  }
  return bad
    ? { ok: false, lines, ...bad }
    : { ok: true, lines, lastHash: lines === 0 ? undefined : prev }
}

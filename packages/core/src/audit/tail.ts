/**
 * Reading the end of the chain: the last line of an audit file, read backwards from the end.
 *
 * @internal
 * @module
 */
import type { FileHandle } from 'node:fs/promises'
import { AuditError, type VcfAgentError } from '../errors/errors.js'
import { AUDIT_GENESIS_HASH, hashAuditRecord } from './chain.js'
import { AUDIT_TAMPERED } from './codes.js'

const NEWLINE = 0x0a
const FIRST_CHUNK = 4096

async function readAt(fh: FileHandle, length: number, position: number): Promise<Buffer> {
  const buf = Buffer.alloc(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return buf.subarray(0, done)
}

/**
 * The last line of the first `size` bytes of a file, without its newline; undefined for an empty file. Reads
 * backwards in growing chunks, so only the tail is read however long the file is. `complete` is false when the
 * file does not end with a newline.
 */
async function readLastLine(
  fh: FileHandle,
  size: number,
): Promise<{ line: string; complete: boolean } | undefined> {
  if (size === 0) return undefined
  let buf: Buffer = Buffer.alloc(0)
  let pos = size
  let chunk = FIRST_CHUNK
  for (;;) {
    const length = Math.min(chunk, pos)
    pos -= length
    buf = Buffer.concat([await readAt(fh, length, pos), buf])
    const complete = buf[buf.length - 1] === NEWLINE
    const body = complete ? buf.subarray(0, buf.length - 1) : buf
    const nl = body.lastIndexOf(NEWLINE)
    if (nl !== -1) return { line: body.subarray(nl + 1).toString('utf8'), complete }
    if (pos === 0) return { line: body.toString('utf8'), complete }
    chunk *= 2
  }
}

function damaged(file: string, why: string): VcfAgentError {
  return new AuditError(
    AUDIT_TAMPERED,
    `The last line of the audit log ${file} ${why}, so no record can be chained to it. Run \`vcf-agent audit verify\` ` +
      'to find the first bad line, keep the file as evidence, and move it aside: a new file starts a new chain.',
    { details: { path: file, reason: why } },
  )
}

/**
 * Reads the chain state at the end of an audit file: the `prev` and `seq` for the next line. The last line must be
 * complete and pass its own hash.
 *
 * @internal
 * @param fh - the open audit file
 * @param size - its current size in bytes
 * @param file - its path, for messages
 * @returns `prev` (the last line's hash, or the genesis hash) and the next `seq`
 * @throws {VcfAgentError} `STORE_FAILED` (to become `AUDIT_TAMPERED`) when the last line is incomplete or damaged
 * @example
 * ```ts
 * const { prev, seq } = await readChainTail(fh, (await fh.stat()).size, path)
 * ```
 */
export async function readChainTail(
  fh: FileHandle,
  size: number,
  file: string,
): Promise<{ prev: string; seq: number }> {
  const last = await readLastLine(fh, size)
  if (!last) return { prev: AUDIT_GENESIS_HASH, seq: 1 }
  if (!last.complete)
    throw damaged(
      file,
      'is incomplete (no trailing newline; a write was interrupted or the file was cut)',
    )
  let rec: unknown
  try {
    rec = JSON.parse(last.line)
  } catch {
    throw damaged(file, 'is not valid JSON')
  }
  if (rec == null || typeof rec !== 'object' || Array.isArray(rec))
    throw damaged(file, 'is not a JSON object')
  const { hash, prev, seq } = rec as Record<string, unknown>
  if (typeof hash !== 'string' || typeof prev !== 'string' || !Number.isSafeInteger(seq)) {
    throw damaged(file, 'lacks the hash, prev or seq field')
  }
  if (hashAuditRecord(prev, rec as Record<string, unknown>) !== hash)
    throw damaged(file, 'does not match its own hash')
  return { prev: hash, seq: (seq as number) + 1 }
}

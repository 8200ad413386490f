import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VcfAgentError } from '../src/errors/errors.js'
import { createAuditLog, verifyAuditLog } from '../src/audit/index.js'
import { useTempDir } from './helpers.js'

const tmp = useTempDir('vcf-agent-audit-')

/** Writes a five-line audit log and returns its path and its lines (without newlines). */
async function fiveLines(): Promise<{ path: string; lines: string[] }> {
  const path = join(tmp(), 'audit.log.jsonl')
  const log = await createAuditLog(path, { fsync: false })
  const actions = ['ingest', 'add', 'update', 'search', 'delete']
  for (const [i, action] of actions.entries()) {
    await log.record({
      action,
      actor: 'alice',
      table: 'variants',
      rows: i + 1,
      outcome: 'ok',
      durationMs: i,
    })
  }
  await log.close()
  return { path, lines: readFileSync(path, 'utf8').split('\n').slice(0, -1) }
}

const write = (path: string, lines: string[]): void => writeFileSync(path, `${lines.join('\n')}\n`)
const hashOf = (line: string): string => (JSON.parse(line) as { hash: string }).hash

describe('verifyAuditLog', () => {
  it('should accept an intact chain and report its line count and last hash', async () => {
    const { path, lines } = await fiveLines()
    expect(lines).toHaveLength(5)
    expect(await verifyAuditLog(path)).toEqual({ ok: true, lines: 5, lastHash: hashOf(lines[4]!) })
  })

  it('should accept an empty file', async () => {
    const path = join(tmp(), 'empty.jsonl')
    writeFileSync(path, '')
    expect(await verifyAuditLog(path)).toEqual({ ok: true, lines: 0, lastHash: undefined })
  })

  it('should report line 3 when one byte of line 3 was edited', async () => {
    const { path, lines } = await fiveLines()
    const buf = readFileSync(path)
    const at = lines[0]!.length + 1 + lines[1]!.length + 1 + lines[2]!.indexOf('"alice"') + 1
    expect(String.fromCharCode(buf[at]!)).toBe('a')
    buf[at] = 'A'.charCodeAt(0)
    writeFileSync(path, buf)
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 5,
      firstBadLine: 3,
      reason: 'hash mismatch: the line was altered',
    })
  })

  it('should report line 3 when an edit there breaks the JSON', async () => {
    const { path, lines } = await fiveLines()
    write(path, [lines[0]!, lines[1]!, lines[2]!.replace('{', '['), lines[3]!, lines[4]!])
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 5,
      firstBadLine: 3,
      reason: 'not valid JSON (the line was altered or cut)',
    })
  })

  it('should report line 2 when line 2 was deleted', async () => {
    const { path, lines } = await fiveLines()
    write(path, [lines[0]!, lines[2]!, lines[3]!, lines[4]!])
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 4,
      firstBadLine: 2,
      reason:
        'prev does not match the hash of line 1: a line was removed, inserted or reordered here',
    })
  })

  it('should report line 1 when the first line was deleted', async () => {
    const { path, lines } = await fiveLines()
    write(path, lines.slice(1))
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 4,
      firstBadLine: 1,
      reason:
        'prev is not the genesis hash: lines before this one were removed, or the file does not start a chain',
    })
  })

  it('should report the first swapped position when two lines were swapped', async () => {
    const { path, lines } = await fiveLines()
    write(path, [lines[0]!, lines[1]!, lines[3]!, lines[2]!, lines[4]!])
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 5,
      firstBadLine: 3,
      reason:
        'prev does not match the hash of line 2: a line was removed, inserted or reordered here',
    })
  })

  it('should report an inserted copy of a genuine line', async () => {
    const { path, lines } = await fiveLines()
    write(path, [lines[0]!, lines[1]!, lines[1]!, lines[2]!, lines[3]!, lines[4]!])
    expect(await verifyAuditLog(path)).toMatchObject({ ok: false, lines: 6, firstBadLine: 3 })
  })

  it('should report the next line when an edited line got a recomputed hash', async () => {
    const { path, lines } = await fiveLines()
    const rec = JSON.parse(lines[2]!) as Record<string, unknown>
    rec.rows = 0
    delete rec.hash
    const canonical = (v: unknown): string =>
      v != null && typeof v === 'object'
        ? `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(v)
    rec.hash = createHash('sha256').update(String(rec.prev)).update(canonical(rec)).digest('hex')
    write(path, [lines[0]!, lines[1]!, JSON.stringify(rec), lines[3]!, lines[4]!])
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 5,
      firstBadLine: 4,
      reason:
        'prev does not match the hash of line 3: a line was removed, inserted or reordered here',
    })
  })

  it('should report a cut-off last line and an empty line', async () => {
    const { path, lines } = await fiveLines()
    writeFileSync(path, `${lines.slice(0, 4).join('\n')}\n${lines[4]!.slice(0, 40)}`)
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 5,
      firstBadLine: 5,
      reason:
        'incomplete last line (no trailing newline): a write was interrupted or the file was cut',
    })
    write(path, [lines[0]!, '', lines[1]!])
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      lines: 3,
      firstBadLine: 2,
      reason: 'empty line',
    })
  })

  it('should accept a chain cut at the end, which only a stored last hash reveals', async () => {
    const { path, lines } = await fiveLines()
    write(path, lines.slice(0, 4))
    const result = await verifyAuditLog(path)
    expect(result).toEqual({ ok: true, lines: 4, lastHash: hashOf(lines[3]!) })
    expect(result.ok && result.lastHash).not.toBe(hashOf(lines[4]!))
  })

  it('should throw USAGE_INVALID_ARGUMENT for a missing file', async () => {
    const err = await verifyAuditLog(join(tmp(), 'nope.jsonl')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(VcfAgentError)
    expect((err as VcfAgentError).code).toBe('USAGE_INVALID_ARGUMENT')
  })
})

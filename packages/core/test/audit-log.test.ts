import { createHash } from 'node:crypto'
import {
  chmodSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VcfAgentError } from '../src/errors/errors.js'
import {
  AUDIT_GENESIS_HASH,
  type AuditEvent,
  audited,
  createAuditLog,
  createNullAuditLog,
  verifyAuditLog,
} from '../src/audit/index.js'
import { AUDIT_TAMPERED, AUDIT_WRITE_FAILED } from '../src/audit/codes.js'
import { useTempDir } from './helpers.js'

const tmp = useTempDir('vcf-agent-audit-')

/** Canonical JSON and chain hash, re-implemented here so the test does not trust the code under test. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v != null && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v)
}
function expectedHash(line: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = line
  return createHash('sha256').update(String(line.prev)).update(canonical(rest)).digest('hex')
}

function readLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

const event = (extra: Partial<AuditEvent> = {}): AuditEvent => ({
  action: 'add',
  actor: 'alice',
  table: 'variants',
  outcome: 'ok',
  durationMs: 12.5,
  ...extra,
})

async function rejection(p: Promise<unknown>): Promise<VcfAgentError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(VcfAgentError)
  return err as VcfAgentError
}

describe('createAuditLog', () => {
  it('should append one masked, hash-chained line per record with the documented fields in order', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    await log.record(
      event({
        action: 'delete',
        filter: "patient_email = 'john.doe@example.com' AND pos > 1000",
        rows: 3,
      }),
    )
    await log.record(
      event({ action: 'search', outcome: 'error', code: 'STORE_BAD_FILTER', durationMs: 0.25 }),
    )
    await log.close()

    const [first, second] = readLines(path)
    expect(Object.keys(first!)).toEqual([
      'v',
      'ts',
      'seq',
      'actor',
      'action',
      'table',
      'filter',
      'rows',
      'outcome',
      'durationMs',
      'prev',
      'hash',
    ])
    expect(first).toMatchObject({
      v: 1,
      seq: 1,
      actor: 'alice',
      action: 'delete',
      table: 'variants',
      filter: "patient_email = '***' AND pos > ***",
      rows: 3,
      outcome: 'ok',
      durationMs: 12.5,
      prev: AUDIT_GENESIS_HASH,
    })
    expect(first!.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(Math.abs(Date.parse(first!.ts as string) - Date.now())).toBeLessThan(60_000)
    expect(first!.hash).toBe(expectedHash(first!))
    expect(second).toMatchObject({
      seq: 2,
      action: 'search',
      outcome: 'error',
      code: 'STORE_BAD_FILTER',
      durationMs: 0.25,
    })
    expect(second!.prev).toBe(first!.hash)
    expect(second!.hash).toBe(expectedHash(second!))
    expect(readFileSync(path, 'utf8')).not.toMatch(/john|example\.com|1000/)
  })

  it('should mask sample lists, embeddings, update values and configured PII columns in details', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path, {
      sensitiveColumns: ['participant_code'],
      columns: ['chrom', 'patient'],
    })
    await log.record(
      event({
        action: 'update',
        filter: 'patient = jane',
        details: {
          updates: { clinical_significance: 'Pathogenic' },
          row: {
            het_samples: ['NA12878'],
            hom_alt_samples: ['NA12891'],
            embedding: new Float32Array(1024),
            chrom: '17',
          },
          participant_code: 'P-0042',
        },
      }),
    )
    await log.close()
    const [line] = readLines(path)
    expect(line!.filter).toBe('patient = ***')
    expect(line!.details).toEqual({
      updates: { columns: ['clinical_significance'] },
      row: { het_samples: '***', hom_alt_samples: '***', embedding: '[1024 floats]', chrom: '17' },
      participant_code: '***',
    })
    expect(line!.hash).toBe(expectedHash(line!))
  })

  it('should create the file with mode 0600 and narrow a wider mode on open', async () => {
    const dir = tmp()
    const path = join(dir, 'nested', 'audit.log.jsonl')
    const log = await createAuditLog(path)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700)
    await log.close()

    const loose = join(dir, 'loose.jsonl')
    writeFileSync(loose, '')
    chmodSync(loose, 0o644)
    const log2 = await createAuditLog(loose)
    expect(statSync(loose).mode & 0o777).toBe(0o600)
    await log2.close()
  })

  it('should refuse a symbolic link, a directory and a path it cannot create', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'target'), '')
    symlinkSync(join(dir, 'target'), join(dir, 'link.jsonl'))
    const viaLink = await rejection(createAuditLog(join(dir, 'link.jsonl')))
    expect(viaLink.code).toBe(AUDIT_WRITE_FAILED)
    expect(viaLink.details).toEqual({ path: join(dir, 'link.jsonl'), errno: 'ELOOP' })

    mkdirSync(join(dir, 'adir'))
    const onDir = await rejection(createAuditLog(join(dir, 'adir')))
    expect(onDir.code).toBe(AUDIT_WRITE_FAILED)
    expect(onDir.details.errno).toBe('EISDIR')

    const inProc = await rejection(createAuditLog('/proc/self/vcf-agent-audit.jsonl'))
    expect(inProc.code).toBe(AUDIT_WRITE_FAILED)
    expect(inProc.details.path).toBe('/proc/self/vcf-agent-audit.jsonl')
  })

  it('should chain records written concurrently by two instances in one process', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const [a, b] = await Promise.all([createAuditLog(path), createAuditLog(path)])
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? a : b).record(event({ actor: `u${i}`, rows: i })),
      ),
    )
    await Promise.all([a.close(), b.close()])
    const lines = readLines(path)
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(new Set(lines.map((l) => l.actor)).size).toBe(40)
    expect(await verifyAuditLog(path)).toEqual({ ok: true, lines: 40, lastHash: lines[39]!.hash })
  })

  it('should find the previous hash by reading the tail of a file whose lines exceed the read chunk', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    await log.record(event({ details: { note: 'x'.repeat(20_000) } }))
    await log.record(event({ details: { note: 'y'.repeat(9_000) } }))
    await log.record(event())
    await log.close()
    const lines = readLines(path)
    expect(lines[1]!.prev).toBe(lines[0]!.hash)
    expect(lines[2]!.prev).toBe(lines[1]!.hash)
    expect(await verifyAuditLog(path)).toEqual({ ok: true, lines: 3, lastHash: lines[2]!.hash })
  })

  it('should refuse to extend a chain whose last line is cut off, and leave the file as it is', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    await log.record(event())
    const whole = readFileSync(path, 'utf8')
    writeFileSync(path, `${whole}{"v":1,"ts":"2024-01-01T00:00:00.000Z","se`)
    const err = await rejection(log.record(event()))
    expect(err.code).toBe(AUDIT_TAMPERED)
    expect(err.details).toEqual({
      path,
      reason: 'is incomplete (no trailing newline; a write was interrupted or the file was cut)',
    })
    expect(readFileSync(path, 'utf8')).toBe(`${whole}{"v":1,"ts":"2024-01-01T00:00:00.000Z","se`)

    writeFileSync(path, whole.replace('"alice"', '"mallory"'))
    const edited = await rejection(log.record(event()))
    expect(edited.details.reason).toBe('does not match its own hash')
    await log.close()
  })

  it('should start a new chain in a new file when the old one was rotated away', async () => {
    const dir = tmp()
    const path = join(dir, 'audit.log.jsonl')
    const log = await createAuditLog(path)
    await log.record(event({ actor: 'before' }))
    renameSync(path, join(dir, 'audit.log.1.jsonl'))
    await log.record(event({ actor: 'after' }))
    await log.close()
    expect(readLines(join(dir, 'audit.log.1.jsonl')).map((l) => l.actor)).toEqual(['before'])
    const [fresh] = readLines(path)
    expect(fresh).toMatchObject({ actor: 'after', seq: 1, prev: AUDIT_GENESIS_HASH })
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  it('should refuse invalid events and records after close', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const bad = await rejection(
      log.record({ ...event(), actor: '', durationMs: -1, outcome: 'maybe' as 'ok' }),
    )
    expect(bad.code).toBe('USAGE_INVALID_ARGUMENT')
    expect(bad.details.problems).toEqual([
      'actor must be a non-empty string',
      "outcome must be 'ok' or 'error'",
      'durationMs must be a finite number ≥ 0',
    ])
    await log.close()
    await log[Symbol.asyncDispose]() // a second close is harmless
    const closed = await rejection(log.record(event()))
    expect(closed.code).toBe(AUDIT_WRITE_FAILED)
    expect(closed.message).toMatch(/the audit log is closed/)
    expect(readFileSync(path, 'utf8')).toBe('')
  })
})

describe('createNullAuditLog', () => {
  it('should accept records without writing anywhere', async () => {
    const log = createNullAuditLog()
    expect(log.path).toBeUndefined()
    await expect(log.record(event())).resolves.toBeUndefined()
    await expect(
      audited(log, { action: 'search', actor: 'a', table: 't' }, async () => 7),
    ).resolves.toBe(7)
  })
})

describe('audited', () => {
  it('should record an ok outcome with the row count and a measured duration', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const hits = await audited(
      log,
      { action: 'search', actor: 'bob', table: 'variants', filter: "chrom = '17'" },
      async () => ['a', 'b', 'c'],
      (r) => r.length,
    )
    expect(hits).toEqual(['a', 'b', 'c'])
    await log.close()
    const [line] = readLines(path)
    expect(line).toMatchObject({
      action: 'search',
      actor: 'bob',
      filter: "chrom = '***'",
      rows: 3,
      outcome: 'ok',
    })
    expect(line).not.toHaveProperty('code')
    expect(typeof line!.durationMs).toBe('number')
    expect(line!.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('should record an error outcome with the code and a redacted message, then rethrow the same error', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const failure = new VcfAgentError(
      'STORE_BAD_FILTER',
      "LanceDB rejected the filter near 'jane@example.org'",
    )
    const thrown = await audited(
      log,
      { action: 'filter', actor: 'bob', table: 'variants' },
      async () => {
        await new Promise((r) => setTimeout(r, 5))
        throw failure
      },
    ).catch((e: unknown) => e)
    expect(thrown).toBe(failure)
    const plain = await audited(
      log,
      { action: 'export', actor: 'bob', table: 'variants' },
      async () => {
        throw new TypeError('x is undefined')
      },
    ).catch((e: unknown) => e)
    expect(plain).toBeInstanceOf(TypeError)
    await log.close()
    const [first, second] = readLines(path)
    expect(first).toMatchObject({
      action: 'filter',
      outcome: 'error',
      code: 'STORE_BAD_FILTER',
      details: { error: "LanceDB rejected the filter near '***'" },
    })
    expect(first!.durationMs).toBeGreaterThanOrEqual(4)
    expect(second).toMatchObject({
      action: 'export',
      outcome: 'error',
      code: 'INTERNAL',
      details: { error: 'x is undefined' },
    })
    expect(await verifyAuditLog(path)).toMatchObject({ ok: true, lines: 2 })
  })

  it('should mask the filter inside an error message that repeats it', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const filter = 'patient_id = 4711 AND (pos > 100'
    await audited(log, { action: 'filter', actor: 'bob', table: 'variants', filter }, async () => {
      throw new VcfAgentError(
        'STORE_BAD_FILTER',
        `Error parsing statement: SELECT 1 FROM t WHERE ${filter} (sql parser error)`,
      )
    }).catch(() => undefined)
    await log.close()
    const [line] = readLines(path)
    expect(line!.filter).toBe('patient_id = *** AND (pos > ***')
    expect(line!.details).toEqual({
      error:
        'Error parsing statement: SELECT 1 FROM t WHERE patient_id = *** AND (pos > *** (sql parser error)',
    })
  })

  it('should not run the operation when the audit file was replaced by a directory', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    rmSync(path)
    mkdirSync(path)
    let ran = 0
    const err = await rejection(
      audited(log, { action: 'add', actor: 'bob', table: 'variants' }, async () => ++ran),
    )
    expect(ran).toBe(0)
    expect(err.code).toBe(AUDIT_WRITE_FAILED)
    expect(err.details).toEqual({
      action: 'add',
      table: 'variants',
      auditLog: path,
      operationOutcome: 'not-run',
      auditCode: AUDIT_WRITE_FAILED,
    })
    expect((err.cause as VcfAgentError).details.errno).toBe('EISDIR')
    await log.close()
  })

  it('should throw instead of returning when an operation succeeded but its record cannot be written', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    let ran = 0
    const err = await rejection(
      audited(
        log,
        { action: 'delete', actor: 'bob', table: 'variants', filter: "chrom = 'MT'" },
        async () => {
          ran++
          rmSync(path) // the audit file disappears while the write runs …
          mkdirSync(path) // … and a directory takes its place
          return 12
        },
      ),
    )
    expect(ran).toBe(1)
    expect(err.code).toBe(AUDIT_WRITE_FAILED)
    expect(err.details.operationOutcome).toBe('ok')
    expect(err.message).toMatch(
      /^The delete on table variants succeeded, but its audit record could not be written/,
    )
    await log.close()
  })

  it("should rethrow the operation's error marked as unaudited when its record cannot be written either", async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const failure = new VcfAgentError('STORE_FAILED', 'disk full')
    const thrown = await audited(
      log,
      { action: 'ingest', actor: 'bob', table: 'variants' },
      async () => {
        rmSync(path)
        mkdirSync(path)
        throw failure
      },
    ).catch((e: unknown) => e)
    expect(thrown).toBe(failure)
    expect(failure.details).toEqual({ auditFailed: true, auditCode: AUDIT_WRITE_FAILED })
    await log.close()
  })
})

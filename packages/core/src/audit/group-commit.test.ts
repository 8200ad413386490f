import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { useTempDir } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { createAuditLog } from './audit-log.js'
import { verifyAuditLog } from './verify.js'

const tmp = useTempDir('vcf-agent-group-commit-')

describe('audit group commit', () => {
  it('should write every concurrent record once, in one valid chain with consecutive seq', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const n = 300
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        log.record({
          action: 'search',
          actor: `client-${i}`,
          table: 'variants',
          outcome: 'ok',
          durationMs: 1,
          rows: i,
        }),
      ),
    )
    await log.close()
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; actor: string })
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1))
    expect(new Set(lines.map((l) => l.actor)).size).toBe(n)
    const verdict = await verifyAuditLog(path)
    expect([verdict.ok, verdict.lines]).toEqual([true, n])
  })

  it('should queue a read record without waiting, write it with the next batch, and chain it', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const read = { action: 'filter', actor: 'reader', table: 'variants', outcome: 'ok' as const }
    await log.record({ ...read, durationMs: 1 }, { durable: false })
    await log.record({ ...read, action: 'delete', durationMs: 2 })
    await log.record({ ...read, durationMs: 3 }, { durable: false })
    await log.close()
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; action: string })
    expect(lines.map((l) => `${l.seq}:${l.action}`)).toEqual(['1:filter', '2:delete', '3:filter'])
    expect((await verifyAuditLog(path)).ok).toBe(true)
  })

  it('should hold read records for their window and write them with the next durable record, in order', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    const read = { action: 'filter', actor: 'reader', table: 'variants', outcome: 'ok' as const }
    for (let i = 0; i < 5; i++) await log.record({ ...read, durationMs: i }, { durable: false })
    // 20 ms later, still inside the window: nothing is on disk yet (a flush per read would have written them)
    await new Promise((r) => setTimeout(r, 20))
    expect(readFileSync(path, 'utf8')).toBe('')
    await log.record({ ...read, action: 'delete', durationMs: 9 })
    // the write's record was synced before record() resolved, and took the five reads before it
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; action: string; durationMs: number })
    expect(lines.map((l) => `${l.seq}:${l.action}:${l.durationMs}`)).toEqual([
      '1:filter:0',
      '2:filter:1',
      '3:filter:2',
      '4:filter:3',
      '5:filter:4',
      '6:delete:9',
    ])
    await log.record({ ...read, durationMs: 10 }, { durable: false })
    await log.close() // close writes what waits
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(7)
    expect((await verifyAuditLog(path)).ok).toBe(true)
  })

  it('should stop the next operation when a queued read record could not be written', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const log = await createAuditLog(path)
    rmSync(path)
    mkdirSync(path) // the log can no longer be written
    const event = {
      action: 'filter',
      actor: 'r',
      table: 'variants',
      outcome: 'ok' as const,
      durationMs: 1,
    }
    await log.record(event, { durable: false }) // resolves at once
    // a write queued after it fails too (batches run in order), so the read's batch has failed by now
    await expect(log.record(event)).rejects.toMatchObject({ code: 'AUDIT_WRITE_FAILED' })
    rmSync(path, { recursive: true })
    // the log is writable again, but the lost read record is reported once, by the next check
    await expect(log.check!()).rejects.toMatchObject({ code: 'AUDIT_WRITE_FAILED' })
    await expect(log.check!()).resolves.toBeUndefined()
    await log.close()
  })
})

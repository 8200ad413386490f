import { readFileSync } from 'node:fs'
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
})

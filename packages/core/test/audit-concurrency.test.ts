import { type ChildProcess, fork } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAuditLog, verifyAuditLog } from '../src/audit/index.js'
import { useTempDir } from './helpers.js'

const tmp = useTempDir('vcf-agent-audit-')
const fixture = join(import.meta.dirname, 'fixtures', 'audit-child.mjs')
const dist = join(import.meta.dirname, '..', 'dist', 'audit', 'index.js')
if (!existsSync(dist)) {
  throw new Error(
    'This test spawns processes that load packages/core/dist/audit: run `npx tsc -p tsconfig.build.json` in packages/core first.',
  )
}

function startChild(
  path: string,
  actor: string,
  count: number,
): { child: ChildProcess; ready: Promise<void>; out: Promise<string> } {
  const child = fork(fixture, [path, actor, String(count)], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  const ready = new Promise<void>((resolve) => child.once('message', () => resolve()))
  const done = new Promise<string>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`child exited ${code}: ${out}`)),
    ),
  )
  return { child, ready, out: done }
}

describe('audit log across processes', () => {
  it('should keep one valid chain with every record when 3 processes and this one append at once', async () => {
    const path = join(tmp(), 'audit.log.jsonl')
    const perChild = 40
    const children = ['p1', 'p2', 'p3'].map((actor) => startChild(path, actor, perChild))
    await Promise.all(children.map((c) => c.ready))
    const own = await createAuditLog(path)
    children.forEach((c) => c.child.send('go'))
    for (let i = 0; i < 20; i++) {
      await own.record({
        action: 'filter',
        actor: 'parent',
        table: 'variants',
        outcome: 'ok',
        durationMs: 1,
      })
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4))
    }
    const summaries = (await Promise.all(children.map((c) => c.out))).map(
      (o) => JSON.parse(o.trim()) as { written: number },
    )
    await own.close()

    expect(summaries.map((s) => s.written)).toEqual([perChild, perChild, perChild])
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .slice(0, -1)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines).toHaveLength(3 * perChild + 20)
    expect(lines.map((l) => l.seq)).toEqual(
      Array.from({ length: 3 * perChild + 20 }, (_, i) => i + 1),
    )
    const perActor: Record<string, number> = {}
    for (const l of lines) perActor[l.actor as string] = (perActor[l.actor as string] ?? 0) + 1
    expect(perActor).toEqual({ p1: perChild, p2: perChild, p3: perChild, parent: 20 })
    // The records of different processes really interleaved (the lock serialised appends, not whole processes).
    const switches = lines.filter((l, i) => i > 0 && l.actor !== lines[i - 1]!.actor).length
    expect(switches).toBeGreaterThan(3)
    expect(new Set(lines.map((l) => l.filter))).toEqual(new Set([undefined, "variant_id = '***'"]))
    expect(await verifyAuditLog(path)).toEqual({
      ok: true,
      lines: 3 * perChild + 20,
      lastHash: lines.at(-1)!.hash,
    })
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(existsSync(`${path}.lock`)).toBe(false)
  })
})

import { type ChildProcess, fork, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore, type VcfAgentError, withWriteLock } from '@vcf-agent/core'
import { row, useTempDir } from './helpers.js'

const tmp = useTempDir()
const fixtures = join(import.meta.dirname, 'fixtures')
const dist = join(import.meta.dirname, '..', 'dist', 'index.js')
if (!existsSync(dist))
  throw new Error(
    'These tests spawn processes that load packages/core/dist: run `pnpm build` first.',
  )

function startChild(args: string[]): {
  child: ChildProcess
  ready: Promise<void>
  out: Promise<string>
} {
  const child = fork(join(fixtures, 'child-writer.mjs'), args, {
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

describe('write lock', () => {
  it('should keep every row when 50 in-process adds race 4 child processes adding 200 rows each', async () => {
    const db = tmp()
    const dim = 32
    const store = await openStore(db, { dim })
    const children = [0, 1, 2, 3].map((k) =>
      startChild(['add', db, String(dim), String(k * 200), '200']),
    )
    await Promise.all(children.map((c) => c.ready))
    children.forEach((c) => c.child.send('go'))
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.addVariants([
          row(i * 2, dim, { variant_id: `m-${i}-a` }),
          row(i * 2 + 1, dim, { variant_id: `m-${i}-b` }),
        ]),
      ),
    )
    await Promise.all(children.map((c) => c.out))
    expect(await store.countRows()).toBe(100 + 800)
    const ids = (await store.filterVariants(undefined, { select: ['variant_id'] })).map(
      (r) => r.variant_id,
    )
    expect(new Set(ids).size).toBe(900)
    store.close()
    const reopened = await openStore(db)
    expect(await reopened.countRows("chrom = '2'")).toBe(800)
    reopened.close()
  })

  it('should let two processes race createScalarIndex: one builds it, the other gets STORE_INDEX_EXISTS', async () => {
    const db = tmp()
    const store = await openStore(db, { dim: 8 })
    await store.addVariants(Array.from({ length: 50 }, (_, i) => row(i, 8)))
    const children = [0, 1].map(() => startChild(['index', db, '8', '0', '0']))
    await Promise.all(children.map((c) => c.ready))
    children.forEach((c) => c.child.send('go'))
    const results = (await Promise.all(children.map((c) => c.out))).map(
      (o) => JSON.parse(o.trim()) as { ok: boolean; code?: string },
    )
    const outcomes = results.map((r) => (r.ok ? 'ok' : r.code)).sort()
    expect(outcomes).toEqual(['STORE_INDEX_EXISTS', 'ok'])
    expect((await store.listIndices()).map((i) => i.name)).toEqual(['pos_idx'])
    store.close()
  })

  it('should time out naming the holder, and take over the lock after its holder is SIGKILLed', async () => {
    const db = tmp()
    const lockPath = join(db, '.variants.write.lock')
    const holder = spawn(process.execPath, [join(fixtures, 'hold-lock.mjs'), lockPath, '2000'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
    const err = (await withWriteLock(lockPath, async () => 1, {
      timeoutMs: 300,
      staleMs: 2000,
    }).catch((e: unknown) => e)) as VcfAgentError
    expect(err.code).toBe('LOCK_TIMEOUT')
    expect((err.details.holder as { pid: number; operation: string }).pid).toBe(holder.pid)
    expect((err.details.holder as { operation: string }).operation).toBe('hold-forever')
    holder.kill('SIGKILL')
    await new Promise((r) => holder.once('exit', r))
    const started = Date.now()
    const store = await openStore(db, { dim: 4, lockStaleMs: 2000, lockTimeoutMs: 15_000 })
    await store.addVariants([row(0, 4)])
    const waited = Date.now() - started
    expect(await store.countRows()).toBe(1)
    expect(waited).toBeLessThan(15_000)
    store.close()
  })

  it('should serialise writers in one process without losing rows', async () => {
    const db = tmp()
    const order: number[] = []
    await Promise.all(
      [0, 1, 2].map((i) =>
        withWriteLock(join(db, '.t.write.lock'), async () => {
          order.push(i)
          await new Promise((r) => setTimeout(r, 20))
          order.push(i)
        }),
      ),
    )
    // each writer's two pushes are adjacent: nobody entered while another held the lock
    expect(order).toEqual([0, 0, 1, 1, 2, 2])
  })
})

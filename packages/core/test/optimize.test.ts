/**
 * optimize: compaction and cleanup with retention, never removing tagged versions; automatic runs; and the disk
 * use of a table after ten failed ingests of a truncated file.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { VcfAgentError, ingestVcf, openStore } from '@vcf-agent/core'
import { CLINVAR_EXCERPT, CORPUS } from '@vcf-agent/test-utils'
import { row as makeRow, useTempDir } from './helpers.js'

const tmp = useTempDir()
const row = (i: number) => makeRow(i, 8)

async function du(dir: string): Promise<number> {
  let total = 0
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size
  }
  return total
}

function audit(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

describe('optimize', () => {
  it('should keep the table within 1.2x of its committed data after 10 failed ingests of a truncated file', async () => {
    const dir = tmp()
    const db = join(dir, 'db')
    const store = await openStore(db, { dim: 128, autoOptimize: false })
    await ingestVcf(store, CLINVAR_EXCERPT)
    const rows = await store.countRows()
    await store.optimize()
    const table = join(db, 'variants.lance')
    const committed = await du(table)
    const versions = await store.version()

    // 3129 rows, cut at 70% of its bytes in the middle of a line: the last line is malformed
    const text = gunzipSync(readFileSync(join(CORPUS, 'bcftools__roh.1.vcf.gz'))).toString('utf8')
    const truncated = join(dir, 'truncated.vcf')
    let cut = Math.floor(text.length * 0.7)
    while (text[cut] === '\n' || text[cut - 1] === '\n') cut++
    writeFileSync(truncated, text.slice(0, cut))
    for (let i = 0; i < 10; i++) {
      const err = (await ingestVcf(store, truncated, { batchSize: 100 }).catch(
        (e: unknown) => e,
      )) as VcfAgentError
      expect(err).toBeInstanceOf(VcfAgentError)
      expect(err.code).toMatch(/^VCF_PARSE_/)
    }
    expect(await store.countRows()).toBe(rows)
    // the failed ingests committed nothing: no version, no data file, no staging file left
    expect(await store.version()).toBe(versions)
    const afterFailures = (await du(table)) + (await du(join(db, '.staging')))
    const r = await store.optimize()
    const afterOptimize = (await du(table)) + (await du(join(db, '.staging')))
    expect(afterFailures).toBeLessThanOrEqual(committed * 1.2)
    expect(afterOptimize).toBeLessThanOrEqual(committed * 1.2)
    expect(r.diskBytes).toBe(await du(table))
    store.close()
  })

  it('should write nothing and leave no staging file when an ingest is interrupted', async () => {
    const db = tmp()
    const store = await openStore(db, { dim: 16, autoOptimize: false })
    await ingestVcf(store, CLINVAR_EXCERPT)
    const [rows, version] = [await store.countRows(), await store.version()]
    const abort = new AbortController()
    let progress = 0
    const err = (await ingestVcf(store, join(CORPUS, 'bcftools__roh.1.vcf.gz'), {
      batchSize: 100,
      signal: abort.signal,
      onProgress: () => {
        if (++progress === 5) abort.abort()
      },
    }).catch((e: unknown) => e)) as VcfAgentError
    expect(err.code).toBe('INGEST_INTERRUPTED')
    expect([await store.countRows(), await store.version()]).toEqual([rows, version])
    expect(await readdir(join(db, '.staging'))).toEqual([])
    store.close()
  })

  it('should remove untagged versions past the retention period and never a tagged one', async () => {
    const db = tmp()
    const store = await openStore(db, { dim: 8, autoOptimize: false })
    for (let i = 0; i < 4; i++) await store.addVariants([row(i)])
    await new Promise((r) => setTimeout(r, 500))
    await store.addVariants([row(4)])
    const tagged = await store.version()
    await store.createTag('keep')
    for (let i = 5; i < 8; i++) await store.addVariants([row(i)])
    const before = (await store.listVersions()).map((v) => v.version)
    await new Promise((r) => setTimeout(r, 1100))
    const r = await store.optimize({ retentionMs: 0 })
    const after = (await store.listVersions()).map((v) => v.version)
    // LanceDB's Node API refuses to clean past a tagged version: versions before the tag go, the tag holds the rest
    expect(r.heldByTag).toBe('keep')
    expect(after).toContain(tagged)
    expect(after.filter((v) => v < tagged)).toEqual([])
    expect(r.versionsRemoved).toBe(before.filter((v) => v < tagged).length)
    expect(await (await store.at('keep')).countRows()).toBe(5)
    expect(await store.countRows()).toBe(8)
    // without the tag, everything but the latest goes
    await store.deleteTag('keep')
    await new Promise((r) => setTimeout(r, 1100))
    const r2 = await store.optimize({ retentionMs: 0 })
    expect(r2.heldByTag).toBeUndefined()
    expect((await store.listVersions()).map((v) => v.version)).toEqual([await store.version()])
    expect(await store.countRows()).toBe(8)
    store.close()
  })

  it('should optimize by itself after the set number of commits, audited as its own operation, and not when off', async () => {
    const on = await openStore(tmp(), { dim: 8, autoOptimize: { writes: 3, rows: 0 } })
    for (let i = 0; i < 3; i++) await on.addVariants([row(i)])
    const records = audit(on.auditLogPath!)
    const optimize = records.filter((r) => r.action === 'optimize')
    expect(optimize.length).toBe(1)
    // it ran right after the add that brought the count to 3 commits (an add is one commit, plus one when it records
    // new facts), and that add's record names only its own commits
    const adds = records.filter((r) => r.action === 'add')
    const span = (a: Record<string, unknown>) => Number(a.versionAfter) - Number(a.versionBefore)
    expect(adds.map(span)).toEqual([2, 1, 1])
    expect(optimize[0]!.versionBefore).toBe(adds[1]!.versionAfter)
    on.close()

    const off = await openStore(tmp(), { dim: 8, autoOptimize: false })
    for (let i = 0; i < 5; i++) await off.addVariants([row(i)])
    expect(audit(off.auditLogPath!).filter((r) => r.action === 'optimize')).toEqual([])
    off.close()
  })

  it('should not count a first ingest that fills the table it created, and leave the optimize a later ingest makes due to the next write', async () => {
    const store = await openStore(tmp(), { dim: 8, autoOptimize: { writes: 3, rows: 0 } })
    // the direct ingest: one version per 100-row batch, far more than 3 commits, and no optimize after it
    const first = await ingestVcf(store, CLINVAR_EXCERPT, { batchSize: 100 })
    expect(first.versionBefore).toBeDefined()
    expect(first.version! - first.versionBefore!).toBeGreaterThan(3)
    expect(audit(store.auditLogPath!).filter((r) => r.action === 'optimize')).toEqual([])
    // a later ingest is staged into the filled table and counted: its commits make the optimize due, which it
    // leaves to the next write and says so
    const second = await ingestVcf(store, join(CORPUS, 'bcftools__roh.1.vcf.gz'), {
      batchSize: 100,
    })
    expect(
      second.warnings.filter((w) => w.startsWith('The table is due an optimize')),
    ).toHaveLength(1)
    expect(audit(store.auditLogPath!).filter((r) => r.action === 'optimize')).toEqual([])
    await store.addVariants([row(1)])
    expect(audit(store.auditLogPath!).filter((r) => r.action === 'optimize').length).toBe(1)
    store.close()
  })

  it('should name the versions before and after in the audit record of every write', async () => {
    const store = await openStore(tmp(), { dim: 8, autoOptimize: false })
    const v0 = await store.version()
    await store.addVariants([row(1), row(2)])
    const v1 = await store.version()
    await store.updateVariant(row(1).variant_id, { gene: 'BRCA1' })
    const v2 = await store.version()
    await store.deleteVariants(`variant_id = '${row(2).variant_id}'`)
    const v3 = await store.version()
    await store.createTag('t')
    const records = audit(store.auditLogPath!)
    const of = (action: string) => records.find((r) => r.action === action)!
    expect([of('add').versionBefore, of('add').versionAfter]).toEqual([v0, v1])
    expect([of('update').versionBefore, of('update').versionAfter]).toEqual([v1, v2])
    expect([of('delete').versionBefore, of('delete').versionAfter]).toEqual([v2, v3])
    // a tag is not a commit
    expect([of('tag-create').versionBefore, of('tag-create').versionAfter]).toEqual([v3, v3])
    store.close()
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ORIGINAL_COLUMNS, ingestVcf, openStore, type VcfAgentError } from '@vcf-agent/core'
import { CORPUS } from './golden.js'
import { useTempDir } from './helpers.js'
import { fieldTypes, originalRows, writeOriginalTable } from '@vcf-agent/test-utils'

const tmp = useTempDir()

describe('tables written by the original Python tool', () => {
  it('should serve every read without changing the table', async () => {
    const db = tmp()
    const rows = originalRows(40)
    await writeOriginalTable(db, rows)
    const store = await openStore(db)
    const before = await store.version()
    expect([store.schemaVersion, store.dim]).toEqual([1, 1024])
    expect(store.columns).toEqual([...ORIGINAL_COLUMNS])
    expect(await store.countRows("clinical_significance = 'Pathogenic'")).toBe(14)
    const hits = await store.searchByEmbedding(Float32Array.from(rows[5]!.embedding), { limit: 1 })
    expect([hits[0]!.variant_id, hits[0]!.distance]).toEqual([rows[5]!.variant_id, 0])
    const got = await store.getVariant(rows[7]!.variant_id, { select: [...ORIGINAL_COLUMNS] })
    expect({ ...got, embedding: Array.from(got!.embedding!) }).toEqual(rows[7])
    expect(await store.version()).toBe(before)
    store.close()
  })

  it('should migrate in place: dry run first, then add the new columns keeping rows, types and the index; idempotent', async () => {
    const db = tmp()
    const rows = originalRows(25)
    await writeOriginalTable(db, rows)
    const typesBefore = await fieldTypes(db)
    const store = await openStore(db)
    const v0 = await store.version()
    const plan = await store.migrate({ dryRun: true })
    expect(plan.fromVersion).toBe(1)
    expect(plan.added).toEqual([
      'id',
      'qual',
      'filter',
      'info',
      'gene',
      'af',
      'variant_class',
      'rlen',
      'het_samples',
      'hom_alt_samples',
      'source_file',
      'source_line',
      'ingest_id',
      'annotation',
      'genes',
      'format',
      'sample_data',
    ])
    expect(await store.version()).toBe(v0)
    const res = await store.migrate()
    expect([res.added.length, res.fromVersion, res.toVersion]).toEqual([17, 1, 4])
    expect(store.schemaVersion).toBe(4)
    const typesAfter = await fieldTypes(db)
    for (const c of ORIGINAL_COLUMNS) expect(typesAfter[c]).toBe(typesBefore[c])
    const all = await store.filterVariants(undefined, { select: [...ORIGINAL_COLUMNS] })
    expect(
      all.map((r) => ({ ...r, embedding: Array.from(r.embedding!) })).sort((a, b) => a.pos - b.pos),
    ).toEqual(rows)
    expect((await store.listIndices()).map((i) => i.name)).toEqual(['pos_idx'])
    expect((await store.migrate()).added).toEqual([])
    store.close()
    const reopened = await openStore(db)
    expect(reopened.schemaVersion).toBe(4)
    reopened.close()
  })

  it('should migrate automatically when an ingest needs the new columns', async () => {
    const db = tmp()
    await writeOriginalTable(db, originalRows(10))
    const store = await openStore(db)
    const res = await ingestVcf(store, join(CORPUS, 'ncbi__clinvar.vcf'))
    expect(res.inserted).toBe(2)
    expect(store.schemaVersion).toBe(4)
    expect(await store.countRows()).toBe(12)
    expect(await store.countRows('source_file IS NULL')).toBe(10)
    store.close()
  })

  it('should read, migrate and ingest into a table written with pyarrow’s default schema (every column nullable)', async () => {
    const db = tmp()
    const rows = originalRows(12)
    await writeOriginalTable(db, rows, 'variants', true)
    expect((await fieldTypes(db)).variant_id).toBe('Utf8')
    const store = await openStore(db)
    expect(await store.countRows("clinical_significance = 'Benign'")).toBe(4)
    const hits = await store.searchByEmbedding(Float32Array.from(rows[3]!.embedding), { limit: 1 })
    expect(hits[0]!.variant_id).toBe(rows[3]!.variant_id)
    const res = await ingestVcf(store, join(CORPUS, 'ncbi__clinvar.vcf'))
    expect(res.inserted).toBeGreaterThan(0)
    expect(store.schemaVersion).toBe(4)
    // queries still work after the migration (a nullable primary key would break them)
    expect(await store.countRows()).toBe(12 + res.inserted)
    expect(await store.query().regions(['17:43044295-43044295']).count()).toBeGreaterThan(0)
    store.close()
  })

  it('should refuse a table that is neither ours nor the original, listing the differences and changing nothing', async () => {
    const db = tmp()
    const lancedb = await import('@lancedb/lancedb')
    const conn = await lancedb.connect(db)
    const t = await conn.createTable('variants', [
      { variant_id: 'a', chromosome: '1', position: 5 },
    ])
    const version = await t.version()
    const err = (await openStore(db).catch((e: unknown) => e)) as VcfAgentError
    expect(err.code).toBe('SCHEMA_MISMATCH')
    expect(err.details.differences).toEqual(
      expect.arrayContaining([
        'column embedding is missing',
        'column chrom is missing',
        'unexpected column chromosome (Utf8)',
      ]),
    )
    expect(await t.version()).toBe(version)
    t.close()
    conn.close()
  })
})

import { classifyAllele, createFeatureEmbedder } from '@vcf-agent/core'
import { describe, expect, it } from 'vitest'
import { DIM, req, row, setupApp, useTempDir, vec, read } from './helpers.js'

const tmp = useTempDir()

/** Rows whose embeddings are the built-in feature embedder's, so `variant` searches find them. */
function embeddedRows(): Record<string, unknown>[] {
  const embedder = createFeatureEmbedder(DIM)
  return [
    { chrom: '1', pos: 100, ref: 'A', alt: 'G', clinical_significance: 'Benign' },
    { chrom: '1', pos: 200, ref: 'C', alt: 'CT', clinical_significance: 'Pathogenic' },
    { chrom: '2', pos: 300, ref: 'GA', alt: 'G', clinical_significance: 'Benign' },
    { chrom: 'X', pos: 400, ref: 'T', alt: 'A', clinical_significance: 'Pathogenic' },
  ].map((v) => ({
    ...v,
    variant_id: `${v.chrom}-${v.pos}-${v.ref}-${v.alt}`,
    variant_class: classifyAllele(v.ref, v.alt),
    // the query side knows only CHROM:POS:REF:ALT, so embed the stored rows from those alone
    embedding: Array.from(
      embedder.embedOne({
        chrom: v.chrom,
        pos: v.pos,
        ref: v.ref,
        alt: v.alt,
        variant_class: classifyAllele(v.ref, v.alt),
      }),
    ),
  }))
}

describe('search', () => {
  it('should find the nearest rows of an embedding, with limit, filter and select', async () => {
    const { app, close } = await setupApp(tmp())
    await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [1, 2, 3, 4, 5].map((i) => row(i)) }),
    )
    const res = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { embedding: vec(3), limit: 2, select_columns: ['variant_id', 'pos'] }),
    )
    expect(res.status).toBe(200)
    const { hits } = await read(res)
    expect(hits).toHaveLength(2)
    expect(hits[0]).toEqual({ variant_id: '1-1003-A-G', pos: 1003, distance: 0 })
    expect(hits[1].distance).toBeGreaterThan(0)
    const filtered = await read(
      await app.request(
        '/tables/variants/search',
        req('read', 'POST', {
          embedding: vec(3),
          filter_sql: 'pos <> 1003',
          select_columns: ['variant_id'],
        }),
      ),
    )
    expect(filtered.hits.map((h: { variant_id: string }) => h.variant_id).sort()).toEqual([
      '1-1001-A-G',
      '1-1002-A-G',
      '1-1004-A-G',
      '1-1005-A-G',
    ])
    await close()
  })

  it('should embed a CHROM:POS:REF:ALT query and search by a stored variant (leaving it out)', async () => {
    const { app, close } = await setupApp(tmp())
    await app.request('/tables/variants/variants', req('write', 'POST', { rows: embeddedRows() }))
    const byVariant = await read(
      await app.request(
        '/tables/variants/search',
        req('read', 'POST', { variant: '1:200:C:CT', limit: 1, select_columns: ['variant_id'] }),
      ),
    )
    expect(byVariant.hits).toEqual([{ variant_id: '1-200-C-CT', distance: 0 }])
    const like = await read(
      await app.request(
        '/tables/variants/search',
        req('read', 'POST', { like: '1-200-C-CT', select_columns: ['variant_id'] }),
      ),
    )
    expect(like.hits.map((h: { variant_id: string }) => h.variant_id).sort()).toEqual([
      '1-100-A-G',
      '2-300-GA-G',
      'X-400-T-A',
    ])
    const likeFiltered = await read(
      await app.request(
        '/tables/variants/search',
        req('read', 'POST', {
          like: '1-200-C-CT',
          filter_sql: "chrom = '1'",
          select_columns: ['variant_id'],
        }),
      ),
    )
    expect(likeFiltered.hits.map((h: { variant_id: string }) => h.variant_id)).toEqual([
      '1-100-A-G',
    ])
    await close()
  })

  it('should reject bad search requests with the right code', async () => {
    const { app, close } = await setupApp(tmp())
    await app.request('/tables/variants/variants', req('write', 'POST', { rows: [row(1)] }))
    const two = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { embedding: vec(1), like: '1-1001-A-G' }),
    )
    expect(two.status).toBe(400)
    expect((await read(two)).error).toMatchObject({
      code: 'USAGE_INVALID_ARGUMENT',
      message:
        'Give exactly one of embedding (f,f,…), variant (chrom:pos:ref:alt) or like (a stored variant_id).',
    })
    const none = await app.request('/tables/variants/search', req('read', 'POST', { limit: 3 }))
    expect(none.status).toBe(400)
    expect((await read(none)).error.code).toBe('USAGE_INVALID_ARGUMENT')
    // unknown fields (here the old names) are refused, not ignored
    const renamed = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { embedding: vec(1), filter: 'pos > 0', select: ['pos'] }),
    )
    expect(renamed.status).toBe(400)
    const renamedError = (await read(renamed)).error
    expect(renamedError.code).toBe('USAGE_INVALID_ARGUMENT')
    expect(renamedError.details).toEqual({ unknown: ['filter', 'select'], operation: 'search' })
    const badVariant = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { variant: '1:x:A:G' }),
    )
    expect(badVariant.status).toBe(422)
    expect((await read(badVariant)).error.code).toBe('EMBED_BAD_VARIANT')
    const missing = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { like: 'nope' }),
    )
    expect(missing.status).toBe(404)
    expect((await read(missing)).error.code).toBe('STORE_VARIANT_NOT_FOUND')
    const dim = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { embedding: [1, 2] }),
    )
    expect(dim.status).toBe(422)
    expect((await read(dim)).error.code).toBe('SCHEMA_INVALID_ROW')
    const column = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { embedding: vec(1), select_columns: ['nope'] }),
    )
    expect(column.status).toBe(422)
    expect((await read(column)).error).toMatchObject({
      code: 'SCHEMA_UNKNOWN_COLUMN',
      details: { unknown: ['nope'] },
    })
    const filter = await app.request(
      '/tables/variants/search',
      req('read', 'POST', { embedding: vec(1), filter_sql: 'pos >>> 1' }),
    )
    expect(filter.status).toBe(400)
    expect((await read(filter)).error.code).toBe('USAGE_INVALID_ARGUMENT') // refused by the filter validator before LanceDB
    await close()
  })
})

describe('filter', () => {
  it('should answer JSON rows, and NDJSON when asked', async () => {
    const { app, close } = await setupApp(tmp())
    await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [1, 2, 3, 4].map((i) => row(i, { chrom: i % 2 ? '1' : '2' })) }),
    )
    const json = await app.request(
      '/tables/variants/filter',
      req('read', 'POST', { filter_sql: "chrom = '2'", select_columns: ['variant_id', 'pos'] }),
    )
    expect(json.status).toBe(200)
    expect(json.headers.get('content-type')).toMatch(/^application\/json/)
    const version = (await read(await app.request('/tables/variants/stats', req('read', 'GET'))))
      .version
    expect(json.headers.get('x-table-version')).toBe(String(version))
    expect(await read(json)).toEqual({
      version,
      rows: [
        { variant_id: '1-1002-A-G', pos: 1002 },
        { variant_id: '1-1004-A-G', pos: 1004 },
      ],
      truncated: false,
    })

    const nd = await app.request(
      '/tables/variants/filter',
      req(
        'read',
        'POST',
        { select_columns: ['pos', 'embedding'], limit: 3, offset: 1 },
        { accept: 'application/x-ndjson' },
      ),
    )
    expect(nd.status).toBe(200)
    expect(nd.headers.get('content-type')).toBe('application/x-ndjson')
    expect(nd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const lines = (await nd.text()).split('\n')
    expect(lines.at(-1)).toBe('')
    // genomic order (CHROM 1 before 2, then POS): 1001 1003 | 1002 1004; offset 1, limit 3
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(
      [3, 2, 4].map((i) => ({
        pos: 1000 + i,
        embedding: vec(i).map(Math.fround),
        table_version: version,
      })),
    )

    const all = await read(await app.request('/tables/variants/filter', req('read', 'POST', {})))
    expect(all.rows.map((r: { pos: number }) => r.pos)).toEqual([1001, 1003, 1002, 1004])
    const stored = await read(
      await app.request('/tables/variants/filter', req('read', 'POST', { order: 'storage' })),
    )
    expect(stored.rows.map((r: { pos: number }) => r.pos)).toEqual([1001, 1002, 1003, 1004])
    expect(all.truncated).toBe(false)
    expect(Object.keys(all.rows[0])).not.toContain('embedding')
    const cut = await read(
      await app.request(
        '/tables/variants/filter',
        req('read', 'POST', { select_columns: ['pos'], limit: 2 }),
      ),
    )
    expect(cut).toEqual({ version, rows: [{ pos: 1001 }, { pos: 1003 }], truncated: true })
    await close()
  })
})

describe('tables, stats and indexes', () => {
  it('should list and create tables idempotently', async () => {
    const { app, close } = await setupApp(tmp())
    const created = await app.request('/tables', req('admin', 'POST', { name: 'other', dim: 4 }))
    expect(created.status).toBe(201)
    expect(await read(created)).toEqual({ name: 'other', dim: 4, created: true })
    const again = await app.request('/tables', req('admin', 'POST', { name: 'other', dim: 4 }))
    expect(again.status).toBe(200)
    expect(await read(again)).toEqual({ name: 'other', dim: 4, created: false })
    const anyDim = await app.request('/tables', req('admin', 'POST', { name: 'other' }))
    expect(await read(anyDim)).toEqual({ name: 'other', dim: 4, created: false })
    const mismatch = await app.request('/tables', req('admin', 'POST', { name: 'other', dim: 8 }))
    expect(mismatch.status).toBe(422)
    expect((await read(mismatch)).error.code).toBe('SCHEMA_MISMATCH')
    expect(await read(await app.request('/tables', req('read', 'GET')))).toEqual({
      tables: ['other', 'variants'],
    })
    const stats = await read(await app.request('/tables/other/stats', req('read', 'GET')))
    expect(stats).toMatchObject({ table: 'other', rows: 0, dim: 4, schema_version: 4, indexes: [] })
    await close()
  })

  it('should report stats and build, list and replace indexes', async () => {
    const { app, close } = await setupApp(tmp())
    await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [1, 2, 3].map((i) => row(i, { het_samples: ['S1'] })) }),
    )
    const btree = await app.request(
      '/tables/variants/indexes',
      req('admin', 'POST', { column: 'pos', index_type: 'BTREE' }),
    )
    expect(btree.status).toBe(201)
    expect(await read(btree)).toEqual({
      indexes: ['pos_idx'],
      index_type: 'BTREE',
      column: 'pos',
      all_indexes: [{ name: 'pos_idx', index_type: 'BTree', columns: ['pos'] }],
    })
    const exists = await app.request(
      '/tables/variants/indexes',
      req('admin', 'POST', { column: 'pos', index_type: 'BTREE' }),
    )
    expect(exists.status).toBe(409)
    expect((await read(exists)).error).toMatchObject({
      code: 'STORE_INDEX_EXISTS',
      details: { column: 'pos', name: 'pos_idx' },
    })
    const replaced = await app.request(
      '/tables/variants/indexes',
      req('admin', 'POST', { column: 'pos', index_type: 'BITMAP', replace: true }),
    )
    expect(replaced.status).toBe(201)
    const labels = await app.request(
      '/tables/variants/indexes',
      req('admin', 'POST', { column: 'het_samples', index_type: 'LABEL_LIST' }),
    )
    expect(labels.status).toBe(201)
    const vector = await app.request(
      '/tables/variants/indexes',
      req('admin', 'POST', { column: 'embedding', index_type: 'IVF_FLAT', num_partitions: 1 }),
    )
    expect(vector.status).toBe(201)
    const vectorBody = await read(vector)
    expect(vectorBody).toMatchObject({
      indexes: ['embedding_idx'],
      index_type: 'IVF_FLAT',
      column: 'embedding',
    })
    const list = await read(await app.request('/tables/variants/indexes', req('read', 'GET')))
    expect(vectorBody.all_indexes).toEqual(list.indexes)
    expect(
      list.indexes.map((i: { name: string; index_type: string }) => [i.name, i.index_type]).sort(),
    ).toEqual([
      ['embedding_idx', 'IvfFlat'],
      ['het_samples_idx', 'LabelList'],
      ['pos_idx', 'Bitmap'],
    ])
    const wrong = await app.request(
      '/tables/variants/indexes',
      req('admin', 'POST', { column: 'pos', index_type: 'IVF_PQ' }),
    )
    expect(wrong.status).toBe(400)
    expect((await read(wrong)).error).toMatchObject({
      code: 'USAGE_INVALID_ARGUMENT',
      message: 'A IVF_PQ index goes on the embedding column, not pos.',
    })
    const unfit = await app.request(
      '/tables/variants/indexes',
      req('admin', 'POST', { column: 'het_samples', index_type: 'BTREE' }),
    )
    expect(unfit.status).toBe(400)
    expect((await read(unfit)).error.code).toBe('USAGE_INVALID_ARGUMENT')

    const stats = await read(await app.request('/tables/variants/stats', req('read', 'GET')))
    expect(stats.rows).toBe(3)
    expect(stats.dim).toBe(8)
    expect(stats.columns).toContain('variant_id')
    expect(stats.indexes).toHaveLength(3)
    expect(stats.version).toBeGreaterThan(3)
    await close()
  })
})

import { openStore } from '@vcf-agent/core'
import { describe, expect, it } from 'vitest'
import { req, row, setupApp, useTempDir, vec, read } from './helpers.js'

const tmp = useTempDir()

describe('variant routes', () => {
  it('should add rows and read one back by id', async () => {
    const { app, close } = await setupApp(tmp())
    const rows = [
      row(1, {
        clinical_significance: 'Pathogenic',
        id: ['rs1'],
        qual: 50.5,
        filter: ['PASS'],
        info: { AF: [0.5] },
        gene: 'BRCA1',
        af: 0.5,
      }),
      row(2),
    ]
    const added = await app.request('/tables/variants/variants', req('write', 'POST', { rows }))
    expect(added.status).toBe(201)
    const body = await read(added)
    expect(body.added).toBe(2)
    expect(body.version).toBeGreaterThan(1)

    const got = await app.request('/tables/variants/variants/1-1001-A-G', req('read', 'GET'))
    expect(got.status).toBe(200)
    expect(await read(got)).toEqual({
      variant_id: '1-1001-A-G',
      chrom: '1',
      pos: 1001,
      ref: 'A',
      alt: 'G',
      clinical_significance: 'Pathogenic',
      id: ['rs1'],
      qual: 50.5,
      filter: ['PASS'],
      info: '{"AF":[0.5]}',
      gene: 'BRCA1',
      af: 0.5,
      variant_class: null,
      rlen: null,
      het_samples: null,
      hom_alt_samples: null,
      source_file: null,
      source_line: null,
      ingest_id: null,
      annotation: null,
      genes: null,
      format: null,
      sample_data: null,
    })
    const some = await app.request(
      '/tables/variants/variants/1-1002-A-G?select_columns=variant_id,embedding',
      req('read', 'GET'),
    )
    expect(await read(some)).toEqual({
      variant_id: '1-1002-A-G',
      embedding: vec(2).map(Math.fround),
    })
    await close()
  })

  it('should answer 404 STORE_VARIANT_NOT_FOUND for an unknown id, and find ids with / and quotes', async () => {
    const { app, close } = await setupApp(tmp())
    const odd = "x'1/<DEL>"
    await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [row(1, { variant_id: odd })] }),
    )
    const found = await app.request(
      `/tables/variants/variants/${encodeURIComponent(odd)}?select_columns=variant_id,pos`,
      req('read', 'GET'),
    )
    expect(found.status).toBe(200)
    expect(await read(found)).toEqual({ variant_id: odd, pos: 1001 })
    const missing = await app.request('/tables/variants/variants/1-9-A-G', req('read', 'GET'))
    expect(missing.status).toBe(404)
    expect(await read(missing)).toEqual({
      error: {
        code: 'STORE_VARIANT_NOT_FOUND',
        message: 'No variant with id "1-9-A-G" in table variants.',
        details: { variant_id: '1-9-A-G' },
        requestId: missing.headers.get('x-request-id'),
      },
    })
    await close()
  })

  it('should answer 404 STORE_TABLE_NOT_FOUND for a missing table and 422 for a bad table name', async () => {
    const { app, close } = await setupApp(tmp())
    const res = await app.request('/tables/nope/variants/1-1-A-G', req('read', 'GET'))
    expect(res.status).toBe(404)
    expect((await read(res)).error).toMatchObject({
      code: 'STORE_TABLE_NOT_FOUND',
      details: { table: 'nope' },
    })
    const bad = await app.request('/tables/a%20b/stats', req('read', 'GET'))
    expect(bad.status).toBe(422)
    expect((await read(bad)).error).toMatchObject({
      code: 'HTTP_VALIDATION_FAILED',
      details: {
        target: 'param',
        issues: [
          {
            path: 'table',
            message: 'must use only letters, digits, _ . and -',
            code: 'invalid_format',
          },
        ],
      },
    })
    await close()
  })

  it('should reject rows that fail the schema with 422 and write nothing', async () => {
    const { app, close } = await setupApp(tmp())
    const shape = await app.request(
      '/tables/variants/variants',
      req('write', 'POST', {
        rows: [
          { ...row(1), pos: 'x' },
          { ...row(2), extra: 1, chrom: '' },
        ],
      }),
    )
    expect(shape.status).toBe(422)
    const shapeBody = await read(shape)
    expect(shapeBody.error.code).toBe('HTTP_VALIDATION_FAILED')
    expect(shapeBody.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'rows.0.pos',
      'rows.1',
      'rows.1.chrom',
    ])

    const dim = await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [row(1), { ...row(2), embedding: [1, 2, 3] }] }),
    )
    expect(dim.status).toBe(422)
    const dimBody = await read(dim)
    expect(dimBody.error.code).toBe('SCHEMA_INVALID_ROW')
    expect(dimBody.error.details).toEqual({
      issues: [{ row: 1, field: 'embedding', problem: 'has length 3, expected 8' }],
    })
    // finite in JSON, Infinity once stored as Float32 (searches would give distance null)
    const big = await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [{ ...row(1), embedding: [1e39, 0, 0, 0, 0, 0, 0, 0] }] }),
    )
    expect(big.status).toBe(422)
    expect((await read(big)).error.details).toEqual({
      issues: [
        {
          row: 0,
          field: 'embedding',
          problem: 'element 0 (1e+39) is outside the Float32 range (±3.4e38)',
        },
      ],
    })
    const stats = await read(await app.request('/tables/variants/stats', req('read', 'GET')))
    expect(stats.rows).toBe(0)
    await close()
  })

  it('should update a variant, and answer 404 for an unknown id and 422 for empty or unknown updates', async () => {
    const { app, close } = await setupApp(tmp())
    await app.request('/tables/variants/variants', req('write', 'POST', { rows: [row(1)] }))
    const ok = await app.request(
      '/tables/variants/variants/1-1001-A-G',
      req('write', 'PATCH', { updates: { clinical_significance: 'Benign', qual: 9 } }),
    )
    expect(ok.status).toBe(200)
    expect(await read(ok)).toEqual({ variant_id: '1-1001-A-G', updated: 1 })
    const got = await read(
      await app.request(
        '/tables/variants/variants/1-1001-A-G?select_columns=clinical_significance,qual',
        req('read', 'GET'),
      ),
    )
    expect(got).toEqual({ clinical_significance: 'Benign', qual: 9 })

    const missing = await app.request(
      '/tables/variants/variants/nope',
      req('write', 'PATCH', { updates: { gene: 'X' } }),
    )
    expect(missing.status).toBe(404)
    expect((await read(missing)).error).toMatchObject({
      code: 'STORE_VARIANT_NOT_FOUND',
      message: 'No variant with id "nope" in table variants; nothing updated.',
      details: { variant_id: 'nope' },
    })
    const empty = await app.request(
      '/tables/variants/variants/1-1001-A-G',
      req('write', 'PATCH', { updates: {} }),
    )
    expect(empty.status).toBe(422)
    expect((await read(empty)).error.details.issues).toEqual([
      { path: 'updates', message: 'name at least one column to update', code: 'custom' },
    ])
    const key = await app.request(
      '/tables/variants/variants/1-1001-A-G',
      req('write', 'PATCH', { updates: { variant_id: 'z' } }),
    )
    expect(key.status).toBe(422)
    const dim = await app.request(
      '/tables/variants/variants/1-1001-A-G',
      req('write', 'PATCH', { updates: { embedding: [1] } }),
    )
    expect(dim.status).toBe(422)
    expect((await read(dim)).error.code).toBe('SCHEMA_INVALID_ROW')
    const big = await app.request(
      '/tables/variants/variants/1-1001-A-G',
      req('write', 'PATCH', { updates: { embedding: [0, 0, 0, -1e39, 0, 0, 0, 0] } }),
    )
    expect(big.status).toBe(422)
    expect((await read(big)).error.code).toBe('SCHEMA_INVALID_ROW')
    await close()
  })

  it('should delete by filter, refuse a match-all delete without all, and reject a bad filter', async () => {
    const { app, close } = await setupApp(tmp())
    await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [row(1), row(2), row(3)] }),
    )
    const guard = await app.request(
      '/tables/variants/delete',
      req('write', 'POST', { filter_sql: "chrom = '1'" }),
    )
    expect(guard.status).toBe(400)
    expect((await read(guard)).error).toMatchObject({
      code: 'USAGE_MATCHES_ALL_ROWS',
      details: { matched: 3, total: 3 },
    })
    const some = await app.request(
      '/tables/variants/delete',
      req('write', 'POST', { filter_sql: 'pos > 1001' }),
    )
    expect(some.status).toBe(200)
    expect(await read(some)).toEqual({ deleted: 2 })
    const none = await app.request(
      '/tables/variants/delete',
      req('write', 'POST', { filter_sql: 'pos > 5000' }),
    )
    expect(await read(none)).toEqual({ deleted: 0 })
    const bad = await app.request(
      '/tables/variants/delete',
      req('write', 'POST', { filter_sql: 'no_such_column = 1' }),
    )
    expect(bad.status).toBe(400)
    expect((await read(bad)).error.code).toBe('USAGE_INVALID_ARGUMENT') // refused by the filter validator before LanceDB
    // no condition at all (or only blanks) is a usage error, even with all: true
    for (const body of [{}, { filter_sql: '  ' }, { all: true }]) {
      const empty = await app.request('/tables/variants/delete', req('write', 'POST', body))
      expect(empty.status).toBe(400)
      expect((await read(empty)).error.code).toBe('USAGE_INVALID_ARGUMENT')
    }
    const renamed = await app.request(
      '/tables/variants/delete',
      req('write', 'POST', { filter: 'true', all: true }),
    )
    expect(renamed.status).toBe(400)
    expect((await read(renamed)).error.details).toEqual({
      unknown: ['filter'],
      operation: 'delete',
    })
    const all = await app.request(
      '/tables/variants/delete',
      req('write', 'POST', { filter_sql: 'true', all: true }),
    )
    expect(await read(all)).toEqual({ deleted: 1 })
    await close()
  })

  it('should see writes made through another handle at once (no stale reader)', async () => {
    const dbPath = tmp()
    const { app, close } = await setupApp(dbPath)
    const before = await read(await app.request('/tables/variants/stats', req('read', 'GET')))
    expect(before.rows).toBe(0)
    const other = await openStore(dbPath, { tableName: 'variants', create: false })
    await other.addVariants([1, 2, 3].map((i) => ({ ...row(i), embedding: vec(i) }) as never))
    const after = await read(await app.request('/tables/variants/stats', req('read', 'GET')))
    expect(after.rows).toBe(3)
    expect(after.version).toBeGreaterThan(before.version)
    const got = await app.request(
      '/tables/variants/variants/1-1003-A-G?select_columns=pos',
      req('read', 'GET'),
    )
    expect(await read(got)).toEqual({ pos: 1003 })
    await other.deleteVariants('pos = 1003')
    expect(
      (await app.request('/tables/variants/variants/1-1003-A-G', req('read', 'GET'))).status,
    ).toBe(404)
    other.close()
    await close()
  })
})

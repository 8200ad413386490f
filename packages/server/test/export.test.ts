import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NORM_VCF, TOKENS, createTable, read, req, setupApp, useTempDir } from './helpers.js'

const tmp = useTempDir()

async function ingest(
  app: Awaited<ReturnType<typeof setupApp>>['app'],
  table: string,
  body: Uint8Array | string,
): Promise<Response> {
  return app.request(`/tables/${table}/ingest?filename=norm.vcf`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKENS.write}`,
      'content-type': 'application/octet-stream',
    },
    body,
  })
}

describe('export and stats', () => {
  it('should export ingested rows as a sorted VCF that ingests back to the same rows', async () => {
    const dbPath = tmp()
    const { app, close } = await setupApp(dbPath, { uploadDir: tmp() })
    expect((await read(await ingest(app, 'variants', readFileSync(NORM_VCF)))).new_rows).toBe(39)

    const res = await app.request('/tables/variants/export', req('read', 'GET'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="variants.vcf"')
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const text = await res.text()
    const lines = text.split('\n')
    // the source's own fileformat and header lines (bcftools__norm.vcf is VCFv4.2)
    expect(lines[0]).toBe('##fileformat=VCFv4.2')
    expect(lines).toContain(
      '##FORMAT=<ID=PL,Number=G,Type=Integer,Description="Phred-scaled likelihood">',
    )
    expect(lines.at(-1)).toBe('')
    const records = lines.filter((l) => l !== '' && !l.startsWith('#'))
    expect(records).toHaveLength(39)
    const positions = records.map((r) => [r.split('\t')[0], Number(r.split('\t')[1])] as const)
    expect(positions).toEqual([...positions].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : 0)))

    await createTable(dbPath, 'copy')
    const again = await read(await ingest(app, 'copy', text))
    expect(again).toMatchObject({ rows: 39, new_rows: 39 })
    const ids = async (table: string) =>
      (
        (
          await read(
            await app.request(
              `/tables/${table}/filter`,
              req('read', 'POST', { select_columns: ['variant_id'], limit: 0 }),
            ),
          )
        ).rows as { variant_id: string }[]
      )
        .map((r) => r.variant_id)
        .sort()
    const original = await ids('variants')
    expect(original).toHaveLength(39)
    expect(await ids('copy')).toEqual(original)

    const some = await (
      await app.request(
        `/tables/variants/export?filter_sql=${encodeURIComponent('pos < 0')}`,
        req('read', 'GET'),
      )
    ).text()
    expect(some.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual([])
    const bad = await app.request(
      `/tables/variants/export?filter_sql=${encodeURIComponent('nope >')}`,
      req('read', 'GET'),
    )
    expect(bad.status).toBe(400)
    expect((await read(bad)).error.code).toBe('USAGE_INVALID_ARGUMENT') // refused by the filter validator before LanceDB
    // the old parameter name is refused, not ignored
    const old = await app.request(
      `/tables/variants/export?filter=${encodeURIComponent('pos < 0')}`,
      req('read', 'GET'),
    )
    expect(old.status).toBe(400)
    expect((await read(old)).error.details).toEqual({ unknown: ['filter'], operation: 'export' })
    expect((await app.request('/tables/missing/export', req('read', 'GET'))).status).toBe(404)
    await close()
  })

  it('should report per-CHROM, class and significance counts, and count a filter', async () => {
    const { app, close } = await setupApp(tmp(), { uploadDir: tmp() })
    await ingest(app, 'variants', readFileSync(NORM_VCF))
    const stats = await read(await app.request('/tables/variants/stats', req('read', 'GET')))
    expect(stats).toMatchObject({
      table: 'variants',
      rows: 39,
      dim: 8,
      schema_version: 4,
      // ingest builds the full-text index on annotation
      indexes: [{ name: 'annotation_idx', index_type: 'FTS', columns: ['annotation'] }],
    })
    expect(Object.keys(stats).sort()).toEqual([
      'by_chrom',
      'by_clinical_significance',
      'by_variant_class',
      'columns',
      'dim',
      'disk_bytes',
      'indexes',
      'rows',
      'schema_version',
      'table',
      'version',
    ])
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0)
    expect(sum(stats.by_chrom)).toBe(39)
    expect(sum(stats.by_variant_class)).toBe(39)
    expect(sum(stats.by_clinical_significance)).toBe(39)
    expect(stats.disk_bytes).toBeGreaterThan(0)
    // detail= is gone (the counts are always there): refused like any unknown parameter
    const detail = await app.request('/tables/variants/stats?detail=true', req('read', 'GET'))
    expect(detail.status).toBe(400)
    expect((await read(detail)).error.details).toEqual({ unknown: ['detail'], operation: 'stats' })
    const chrom = Object.keys(stats.by_chrom)[0]!
    const filtered = await read(
      await app.request(
        `/tables/variants/stats?filter_sql=${encodeURIComponent(`chrom = '${chrom}'`)}`,
        req('read', 'GET'),
      ),
    )
    expect(filtered.rows).toBe(stats.by_chrom[chrom])
    expect(filtered.rows).toBeLessThan(39)
    expect(filtered.version).toBe(stats.version)
    await close()
  })
})

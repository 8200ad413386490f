/**
 * Genomic order past one sorted read: a contig with more matching rows than a page goes on in POS windows, and
 * rows at the same POS (the alleles of a split multi-allelic record) keep storage order, which LanceDB's sort
 * does not promise. The expected order is the spec's (VCF 4.3 §1.6.1: sorted by POS within a contig), computed
 * with a stable sort of the rows as written.
 */
import * as lancedb from '@lancedb/lancedb'
import { useTempDir, vec } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { openStore } from './open.js'
import { compareChrom } from '../vcf/writer.js'
import { genomicScan } from './genomic-order.js'

const tmp = useTempDir('vcf-agent-order-pages-')

describe('genomicScan', () => {
  it('should read past a full page in POS windows, keeping tied alleles in storage order', async () => {
    const dir = tmp()
    const store = await openStore(dir, { dim: 4, audit: false })
    // 9,000 rows on 2 contigs, written shuffled; every third POS carries three alleles (a split multi-allelic)
    const rows = Array.from({ length: 9000 }, (_, i) => {
      const chrom = i % 2 === 0 ? '9' : '10' // natural order 9, 10; byte order '10', '9'
      const site = (i * 4999) % 4500
      const pos = 1000 + Math.floor(site / 3) * 10
      const alt = ['C', 'G', 'T'][i % 3]!
      return {
        variant_id: `${chrom}-${pos}-A-${alt}-${i}`,
        embedding: vec(4, i),
        chrom,
        pos,
        ref: 'A',
        alt,
      }
    })
    for (let i = 0; i < rows.length; i += 3000) await store.addVariants(rows.slice(i, i + 3000))
    await store.createGenomicIndexes()
    // stable sort: ties keep the order rows were written in
    const expected = rows
      .map((r, i) => ({ ...r, i }))
      .sort((a, b) => compareChrom(a.chrom, b.chrom) || a.pos - b.pos || a.i - b.i)
      .map((r) => r.variant_id)
    const conn = await lancedb.connect(dir)
    const table = await conn.openTable('variants')
    const h = { table, state: { arrowSchema: await table.schema() } } as never
    const scan = async (options: object, where?: string) => {
      const out: string[] = []
      for await (const batch of genomicScan(h, where, ['variant_id', 'chrom', 'pos'], {
        pageRows: 700,
        ...options,
      }))
        for (const r of batch) out.push(r.variant_id)
      return out
    }
    expect(await scan({})).toEqual(expected)
    expect(await scan({ offset: 4000, limit: 1500 })).toEqual(expected.slice(4000, 5500))
    expect(await scan({ contigs: ['9'], limit: 2000 })).toEqual(
      expected.filter((id) => id.startsWith('9-')).slice(0, 2000),
    )
    // a filter over both contigs: one read (sorted in JS) when the result fits a page, else contig by contig
    const gs = expected.filter((id) => id.split('-')[3] === 'G')
    expect(await scan({ pageRows: 5000 }, "alt = 'G'")).toEqual(gs)
    expect(await scan({ pageRows: 5000, offset: 10, limit: 2500 }, "alt = 'G'")).toEqual(
      gs.slice(10, 2510),
    )
    expect(await scan({}, "alt = 'G'")).toEqual(gs)
    // the one read sorted here: alleles C and G of one site tie, and keep the order they were written in
    const cg = expected.filter((id) => id.split('-')[3] !== 'T')
    expect(await scan({ pageRows: 7000 }, "alt != 'T'")).toEqual(cg)
    // a filter that matches nothing: an empty read, no rows
    expect(await scan({}, "alt = 'Z'")).toEqual([])
    table.close()
    conn.close()
    store.close()
  })
})

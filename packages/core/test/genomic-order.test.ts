/**
 * Filter results come in genomic order (CHROM in natural order, then POS) by default, whether the result is
 * small (sorted in memory) or large (read in POS windows), and a limit gives the first rows of the genome.
 * The rows of the unsorted corpus file come from bcftools (`norm -m -any` golden rows); the order is the spec's
 * sort order (VCF 4.3 §1.6.1: "sorted by POS" within a contig), with contigs in natural order.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS, GOLDEN, useTempDir, vec } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { compareChrom, ingestVcf, openStore } from '../src/index.js'

const tmp = useTempDir('vcf-agent-order-')
const key = (r: { chrom: string; pos: number }) => `${r.chrom}:${r.pos}`

describe('genomic order', () => {
  it('should return an unsorted file in genomic order, and in storage order when asked', async () => {
    const store = await openStore(tmp(), { dim: 8, audit: false })
    await ingestVcf(store, join(CORPUS, 'vep__test_not_ordered.vcf'))
    const golden = readFileSync(join(GOLDEN, 'vep__test_not_ordered.vcf.split.tsv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'))
      .map(([chrom, pos]) => ({ chrom: chrom!, pos: Number(pos) }))
    const sorted = [...golden].sort((a, b) => compareChrom(a.chrom, b.chrom) || a.pos - b.pos)
    const rows = await store.query().select(['chrom', 'pos']).toArray()
    expect(rows.map(key)).toEqual(sorted.map(key))
    const stored = await store.query().select(['chrom', 'pos']).orderBy('storage').toArray()
    expect(stored.map(key).sort()).toEqual(sorted.map(key).sort())
    expect(stored.map(key)).not.toEqual(sorted.map(key))
    const firstThree = await store.query().select(['pos']).limit(3).toArray()
    expect(firstThree).toEqual(sorted.slice(0, 3).map((r) => ({ pos: r.pos })))
    store.close()
  })

  it('should stream a large result in POS windows, sorted, with limit and offset', async () => {
    const store = await openStore(tmp(), { dim: 4, audit: false })
    const n = 26_000
    // positions scattered over 3 contigs, written in a shuffled order
    const rows = Array.from({ length: n }, (_, i) => {
      const chrom = ['2', '10', 'X'][i % 3]!
      const pos = 1 + ((i * 7919) % 5_000_000) * 3 + (i % 3)
      return {
        variant_id: `${chrom}-${pos}-A-G-${i}`,
        embedding: vec(4, i),
        chrom,
        pos,
        ref: 'A',
        alt: 'G',
      }
    })
    for (let i = 0; i < n; i += 5000) await store.addVariants(rows.slice(i, i + 5000))
    await store.createGenomicIndexes()
    const expected = [...rows].sort((a, b) => compareChrom(a.chrom, b.chrom) || a.pos - b.pos)
    const got = await store.query().select(['chrom', 'pos']).toArray()
    expect(got.length).toBe(n)
    expect(got.map(key)).toEqual(expected.map(key))
    const page = await store.query().select(['variant_id']).offset(100).limit(50).toArray()
    expect(page.map((r) => r.variant_id)).toEqual(expected.slice(100, 150).map((r) => r.variant_id))
    store.close()
  })
})

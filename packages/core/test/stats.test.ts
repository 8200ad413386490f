/**
 * Statistics answer from indexed counts (one `countRows` per distinct value, known from the table's facts) once
 * the genomic indexes exist, and from a scan before: both must give the same numbers, and the per-CHROM counts
 * must be bcftools' (`norm -m -any` split rows per CHROM, from the golden files).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS, GOLDEN, useTempDir } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { ingestVcf, openStore } from '../src/index.js'
import { setScanBinsRows } from '../src/store/stats.js'

const tmp = useTempDir('vcf-agent-stats-')

function goldenByChrom(file: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of readFileSync(join(GOLDEN, `${file}.split.tsv`), 'utf8')
    .trim()
    .split('\n')) {
    const chrom = line.split('\t')[0]!
    // bcftools 1.16 reads the trailing blank line of mgl__clinvar_20170404_13_records.vcf as a record (a known
    // bcftools bug, see the corpus MANIFEST); the spec has no such record
    if (chrom !== '') out[chrom] = (out[chrom] ?? 0) + 1
  }
  return out
}

describe('stats', () => {
  it('should give the same counts from indexes as from a scan, and bcftools per-CHROM counts', async () => {
    const store = await openStore(tmp(), { dim: 8, audit: false })
    for (const file of [
      'mgl__clinvar_20170404_13_records.vcf',
      'bcftools__trio.vcf',
      'bcftools__norm.vcf',
    ]) {
      await ingestVcf(store, join(CORPUS, file))
    }
    const expected: Record<string, number> = {}
    for (const file of [
      'mgl__clinvar_20170404_13_records.vcf',
      'bcftools__trio.vcf',
      'bcftools__norm.vcf',
    ]) {
      for (const [c, n] of Object.entries(goldenByChrom(file))) expected[c] = (expected[c] ?? 0) + n
    }
    const scanned = await store.stats()
    expect(scanned.byChrom).toEqual(
      Object.fromEntries(
        Object.entries(expected).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
      ),
    )
    await store.createGenomicIndexes()
    const indexed = await store.stats()
    expect({ ...indexed, indexes: [], version: 0, diskBytes: 0 }).toEqual({
      ...scanned,
      indexes: [],
      version: 0,
      diskBytes: 0,
    })
    // writes keep the facts current: a new significance and a delete
    const [one] = await store.query().regions(['20']).select(['variant_id']).limit(1).toArray()
    await store.updateVariant(one!.variant_id, { clinical_significance: 'Likely_benign_test' })
    await store.query().regions(['1']).delete()
    const afterFast = await store.stats()
    expect(afterFast.byClinicalSignificance.Likely_benign_test).toBe(1)
    expect(afterFast.byChrom['1']).toBeUndefined()
    const filtered = await store.query().regions(['20']).stats()
    expect(filtered.rows).toBe(afterFast.byChrom['20'])
    store.close()
  })
})

describe('stats bins', () => {
  /** bcftools' split rows of a file as [CHROM, POS]. */
  function goldenSites(file: string): [string, number][] {
    return readFileSync(join(GOLDEN, `${file}.split.tsv`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((f) => f[0] !== '')
      .map((f) => [f[0]!, Number(f[1])])
  }

  it('should count rows in equal-width POS bins per CHROM as bcftools positions give, by either path, with or without indexes', async () => {
    const store = await openStore(tmp(), { dim: 8, audit: false })
    const files = ['bcftools__trio.vcf', 'bcftools__norm.vcf']
    for (const file of files) await ingestVcf(store, join(CORPUS, file))
    const sites = files.flatMap(goldenSites)
    const bins = 7
    // natural CHROM order: numbered contigs by number, then the rest by name
    const natural = (a: string, b: string): number =>
      (Number(a) || Infinity) - (Number(b) || Infinity) || a.localeCompare(b)
    const expected = [...new Set(sites.map((s) => s[0]))].sort(natural).map((chrom) => {
      const pos = sites.filter((s) => s[0] === chrom).map((s) => s[1])
      const minPos = Math.min(...pos)
      const maxPos = Math.max(...pos)
      const binWidth = Math.max(1, Math.ceil((maxPos - minPos + 1) / bins))
      const n = Math.min(bins, Math.ceil((maxPos - minPos + 1) / binWidth))
      const counts = Array.from({ length: n }, () => 0)
      for (const p of pos) counts[Math.min(n - 1, Math.floor((p - minPos) / binWidth))]!++
      return { chrom, minPos, maxPos, binWidth, counts }
    })
    expect(expected.length).toBeGreaterThan(1)
    // each path: one read of the matching POS (few matches), and one count a bin (many; threshold 0 forces it)
    const both = async () => {
      const read = (await store.query().stats({ bins })).byPosition
      const before = setScanBinsRows(0)
      try {
        return [read, (await store.query().stats({ bins })).byPosition]
      } finally {
        setScanBinsRows(before)
      }
    }
    expect(await both()).toEqual([expected, expected])
    await store.createGenomicIndexes()
    expect(await both()).toEqual([expected, expected])
    // a scope narrows the bins to its rows; no bins asked, none given
    const [chrom] = expected.map((e) => e.chrom)
    const scoped = await store.query().regions([chrom!]).stats({ bins: 1 })
    expect(scoped.byPosition).toEqual([
      {
        chrom,
        minPos: expected[0]!.minPos,
        maxPos: expected[0]!.maxPos,
        binWidth: expected[0]!.maxPos - expected[0]!.minPos + 1,
        counts: [sites.filter((s) => s[0] === chrom).length],
      },
    ])
    expect((await store.query().stats()).byPosition).toBeUndefined()
    await expect(store.query().stats({ bins: 1001 })).rejects.toMatchObject({
      code: 'USAGE_INVALID_ARGUMENT',
    })
    store.close()
  })
})

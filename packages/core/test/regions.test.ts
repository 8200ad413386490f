import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  genomicFilter,
  ingestVcf,
  openStore,
  parseRegion,
  parseRegions,
  readBedFile,
  type Region,
} from '@vcf-agent/core'
import { CORPUS, sortRows } from './golden.js'
import { SHARED, useTempDir } from './helpers.js'

const tmp = useTempDir()
const hasBcftools = spawnSync('bcftools', ['--version']).status === 0

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

/** An indexed copy of a corpus file (bgzip + bcftools index in a temp dir) unless it already has an index. */
function indexed(path: string, dir: string): string {
  if (existsSync(`${path}.tbi`) || existsSync(`${path}.csi`)) return path
  const out = join(dir, `${path.split('/').pop()!.replace(/\.gz$/, '')}.gz`)
  sh('bcftools', ['view', '-Oz', '-o', out, path])
  sh('bcftools', ['index', out])
  return out
}

/**
 * bcftools' answer: records overlapping the regions, split on ALT (what norm -m -any does to these columns).
 *
 * One documented difference: bcftools 1.16 `-r` tests overlap with the REF length only, even for symbolic
 * alleles whose INFO/END reaches further (htsspecs__sv44.vcf: `<DUP>` at 5 with END=8 is not returned for
 * chrA:6). We count the whole span POS..END, as the VCF spec defines it. So the expected rows add bcftools' own
 * records (from `bcftools query`, with its %END) whose END reaches past the REF and into a region.
 */
function bcftoolsRows(file: string, regions: string, parsed?: Region[]): string[][] {
  const split = (l: string): string[][] => {
    const [c, p, r, a] = l.split('\t')
    return a!.split(',').map((x) => [c!, p!, r!, x])
  }
  const direct = sh('bcftools', [
    'query',
    '-r',
    regions,
    '-f',
    '%CHROM\\t%POS\\t%REF\\t%ALT\\n',
    file,
  ])
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .flatMap(split)
  if (!parsed) return direct
  const seen = new Set(direct.map((r) => r.join('\t')))
  const spans = sh('bcftools', ['query', '-f', '%CHROM\\t%POS\\t%END\\t%REF\\t%ALT\\n', file])
    .trimEnd()
    .split('\n')
    .filter(Boolean)
  for (const l of spans) {
    const [c, p, e, r, a] = l.split('\t')
    const pos = Number(p)
    const end = Number(e)
    if (end <= pos + r!.length - 1) continue
    if (!parsed.some((g) => g.chrom === c && pos <= g.end && end >= g.beg)) continue
    for (const row of split([c, p, r, a].join('\t')))
      if (!seen.has(row.join('\t'))) direct.push(row)
  }
  return direct
}

/** Regions chosen from the file by bcftools itself: edges, single bases, inside the longest variant, whole contig. */
function regionsFor(file: string): string[] {
  const recs = sh('bcftools', ['query', '-f', '%CHROM\\t%POS\\t%END\\n', file])
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'))
    .map(([c, p, e]) => ({ chrom: c!, pos: Number(p), end: Number(e) }))
  const first = recs[0]!
  const last = recs[recs.length - 1]!
  const longest = recs.reduce((a, b) => (b.end - b.pos > a.end - a.pos ? b : a))
  const mid = recs[Math.floor(recs.length / 2)]!
  const out = [
    `${first.chrom}:${first.pos}`,
    `${first.chrom}:1-${first.pos}`,
    `${last.chrom}:${last.pos}-${last.pos + 1000}`,
    `${mid.chrom}:${mid.pos}-${mid.pos}`,
    `${mid.chrom}:${Math.max(1, mid.pos - 5000)}-${mid.pos + 5000}`,
    `${first.chrom}`,
    `${mid.chrom}:${mid.pos}-`,
    `${first.chrom}:${first.pos},${last.chrom}:${last.pos}`,
  ]
  if (longest.end - longest.pos >= 2)
    out.push(
      `${longest.chrom}:${longest.pos + 1}-${longest.pos + 1}`,
      `${longest.chrom}:${longest.end}`,
    )
  return out
}

describe('parseRegion', () => {
  it.each([
    ['chr17:43044295-43125483', { chrom: 'chr17', beg: 43044295, end: 43125483 }],
    ['X', { chrom: 'X', beg: 1, end: Infinity }],
    ['2:500', { chrom: '2', beg: 500, end: 500 }],
    ['2:500-', { chrom: '2', beg: 500, end: Infinity }],
    ['{1:1}:1-10', { chrom: '1:1', beg: 1, end: 10 }],
    ['{1:1-1}', { chrom: '1:1-1', beg: 1, end: Infinity }],
  ])('should parse %s', (text, expected) => {
    expect(parseRegion(text)).toEqual(expected)
  })

  it('should resolve names with : and - like bcftools, and the longest known contig otherwise', () => {
    const contigs = new Set(['1', '1:1', '1:1-1', 'HLA-A*01:01'])
    expect(parseRegion('1:1', contigs)).toEqual({ chrom: '1', beg: 1, end: 1 })
    expect(parseRegion('HLA-A*01:01', contigs)).toEqual({
      chrom: 'HLA-A*01:01',
      beg: 1,
      end: Infinity,
    })
    expect(parseRegions(['1:5-6,{1:1}:2'], contigs)).toEqual([
      { chrom: '1', beg: 5, end: 6 },
      { chrom: '1:1', beg: 2, end: 2 },
    ])
  })

  it.each(['', '1:0', '1:10-5', '{1:1}:x', '17:abc', '17:-5'])(
    'should reject %j with USAGE_INVALID_ARGUMENT',
    (text) => {
      expect(() => parseRegion(text)).toThrow(
        expect.objectContaining({ code: 'USAGE_INVALID_ARGUMENT' }),
      )
    },
  )

  it('should read a BED file as 0-based half-open', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 't.bed'), 'track name=x\n# comment\nchr1\t99\t200\tname\nchr2\t0\t1\n')
    expect(await readBedFile(join(dir, 't.bed'))).toEqual([
      { chrom: 'chr1', beg: 100, end: 200 },
      { chrom: 'chr2', beg: 1, end: 1 },
    ])
  })
})

describe.skipIf(!hasBcftools && !process.env.CI)(
  'region queries agree with bcftools view -r',
  () => {
    const files = [
      join(CORPUS, 'bcftools__roh.1.vcf.gz'),
      join(CORPUS, 'cyvcf2__test.vcf.gz'),
      join(CORPUS, 'bcftools__norm.vcf'),
      join(CORPUS, 'htsspecs__sv44.vcf'),
      join(CORPUS, 'bcftools__mpileup.2.vcf'),
      join(SHARED, 'vcf-bench', 'happy__performance.vcf.gz'),
    ]
    it.each(files.map((f) => [f.split('/').pop()!, f] as const))(
      'should return bcftools rows for regions of %s',
      async (_name, path) => {
        const dir = tmp()
        const file = indexed(path, dir)
        const store = await openStore(join(dir, 'db'), { dim: 8 })
        await ingestVcf(store, path)
        await store.createGenomicIndexes()
        const contigs = await store.contigs()
        for (const r of regionsFor(file)) {
          const regions = parseRegions([r], contigs)
          const rows = await store.filterVariants(genomicFilter({ regions }), {
            select: ['chrom', 'pos', 'ref', 'alt'],
          })
          const ours = rows.map((v) => [v.chrom, String(v.pos), v.ref, v.alt])
          expect({ region: r, rows: sortRows(ours) }).toEqual({
            region: r,
            rows: sortRows(bcftoolsRows(file, r, regions)),
          })
        }
        store.close()
      },
    )

    it('should answer BED files like bcftools view -R, converting 0-based starts', async () => {
      const dir = tmp()
      const path = join(CORPUS, 'bcftools__norm.vcf')
      const file = indexed(path, dir)
      const store = await openStore(join(dir, 'db'), { dim: 8 })
      await ingestVcf(store, path)
      const recs = sh('bcftools', ['query', '-f', '%CHROM\\t%POS\\n', file])
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'))
      const bed = join(dir, 'r.bed')
      writeFileSync(
        bed,
        `${recs[2]![0]}\t${Number(recs[2]![1]) - 1}\t${recs[2]![1]}\n${recs[8]![0]}\t${Number(recs[8]![1]) + 2}\t${Number(recs[8]![1]) + 40}\n`,
      )
      const expected = sh('bcftools', [
        'query',
        '-R',
        bed,
        '-f',
        '%CHROM\\t%POS\\t%REF\\t%ALT\\n',
        file,
      ])
        .trimEnd()
        .split('\n')
        .filter(Boolean)
        .flatMap((l) => {
          const [c, p, r, a] = l.split('\t')
          return a!.split(',').map((x) => [c!, p!, r!, x])
        })
      const regions: Region[] = await readBedFile(bed)
      const rows = await store.filterVariants(genomicFilter({ regions }), {
        select: ['chrom', 'pos', 'ref', 'alt'],
      })
      expect(sortRows(rows.map((v) => [v.chrom, String(v.pos), v.ref, v.alt]))).toEqual(
        sortRows(expected),
      )
      expect(expected.length).toBeGreaterThan(0)
      store.close()
    })

    it('should resolve contigs with odd names (bcftools weird-chr-names)', async () => {
      const dir = tmp()
      const path = join(dir, 'weird.vcf')
      copyFileSync(join(CORPUS, 'bcftools__weird-chr-names.vcf'), path)
      const file = indexed(path, dir)
      const store = await openStore(join(dir, 'db'), { dim: 8 })
      await ingestVcf(store, path)
      const contigs = await store.contigs()
      // where bcftools answers, we agree
      for (const r of ['1:1', '1:1-1', '1']) {
        const rows = await store.filterVariants(
          genomicFilter({ regions: parseRegions([r], contigs) }),
          { select: ['chrom', 'pos', 'ref', 'alt'] },
        )
        expect(sortRows(rows.map((v) => [v.chrom, String(v.pos), v.ref, v.alt]))).toEqual(
          sortRows(bcftoolsRows(file, r)),
        )
      }
      // braces reach the contigs bcftools 1.16 cannot name; expected: bcftools' own records of that contig
      const all = bcftoolsRows(file, '1').concat(
        sh('bcftools', ['query', '-f', '%CHROM\\t%POS\\t%REF\\t%ALT\\n', file])
          .trimEnd()
          .split('\n')
          .map((l) => l.split('\t')),
      )
      const rows = await store.filterVariants(
        genomicFilter({ regions: parseRegions(['{1:1-1}:2']) }),
        { select: ['chrom', 'pos', 'ref', 'alt'] },
      )
      expect(rows.map((v) => [v.chrom, String(v.pos), v.ref, v.alt])).toEqual(
        all.filter((r) => r[0] === '1:1-1' && r[1] === '2'),
      )
      store.close()
    })
  },
)

describe('genomicFilter samples and genes', () => {
  it('should select variants any listed sample carries, and genes', async () => {
    const store = await openStore(tmp(), { dim: 8 })
    await ingestVcf(store, join(CORPUS, 'bcftools__trio.vcf'))
    const gts = sh('bcftools', [
      'query',
      '-f',
      '[%SAMPLE=%GT\\t]\\n',
      join(CORPUS, 'bcftools__trio.vcf'),
    ])
      .trimEnd()
      .split('\n')
    const carries = (s: string): number =>
      gts.filter((l) =>
        l.split('\t').some((c) => c.startsWith(`${s}=`) && /[1-9]/.test(c.slice(s.length + 1))),
      ).length
    const samples = sh('bcftools', ['query', '-l', join(CORPUS, 'bcftools__trio.vcf')])
      .trim()
      .split('\n')
    const a = samples[0]!
    const b = samples[1]!
    expect(await store.countRows(genomicFilter({ samples: [a] }))).toBe(carries(a))
    const either = gts.filter((l) =>
      l
        .split('\t')
        .some(
          (c) => (c.startsWith(`${a}=`) || c.startsWith(`${b}=`)) && /[1-9]/.test(c.split('=')[1]!),
        ),
    ).length
    expect(await store.countRows(genomicFilter({ samples: [a, b] }))).toBe(either)
    store.close()
  })
})

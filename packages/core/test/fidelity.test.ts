// VCF fidelity field by field (issue 19): small files made from the VCF spec's own rules, each checked against
// what bcftools 1.16 reads from the same bytes or, where the spec and bcftools differ, against the spec.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type VariantStore, VcfParseError, exportVcf, ingestVcf, openStore } from '@vcf-agent/core'
import { BENCH, CORPUS } from '@vcf-agent/test-utils'
import { useTempDir } from './helpers.js'

const tmp = useTempDir()

/** Writes a VCF from header lines (without `##fileformat`) and tab-joined records. */
function vcf(fileformat: string, header: string[], columns: string[], records: string[][]): string {
  const path = join(tmp(), 'in.vcf')
  const lines = [
    `##fileformat=${fileformat}`,
    ...header,
    `#${['CHROM', 'POS', 'ID', 'REF', 'ALT', 'QUAL', 'FILTER', 'INFO', ...columns].join('\t')}`,
    ...records.map((r) => r.join('\t')),
  ]
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}

function bcftools(args: string[]): { stdout: string; stderr: string; status: number } {
  const r = spawnSync('bcftools', args, { encoding: 'utf8' })
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 }
}

async function ingest(path: string): Promise<VariantStore> {
  const store = await openStore(join(tmp(), 'db'), { dim: 8 })
  await ingestVcf(store, path)
  return store
}

async function failure(path: string): Promise<VcfParseError> {
  const db = join(tmp(), 'db')
  const store = await openStore(db, { dim: 8 })
  const err = await ingestVcf(store, path).then(
    () => undefined,
    (e: unknown) => e,
  )
  // the failed first ingest removed the table it created
  store.close()
  expect(existsSync(join(db, 'variants.lance'))).toBe(false)
  expect(err).toBeInstanceOf(VcfParseError)
  return err as VcfParseError
}

const GT_HEADER = [
  '##contig=<ID=1>',
  '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
]

describe('genotypes', () => {
  it('should count half-missing calls (./1, 1/.) as neither het nor hom-alt, as bcftools GT="het"/"AA" do', async () => {
    const samples = ['s1', 's2', 's3', 's4', 's5', 's6']
    const path = vcf(
      'VCFv4.2',
      GT_HEADER,
      ['FORMAT', ...samples],
      [
        ['1', '100', '.', 'A', 'G', '.', '.', '.', 'GT', './1', '1/.', '0/1', '1/1', '.', '1'],
        [
          '1',
          '200',
          '.',
          'C',
          'T',
          '.',
          '.',
          '.',
          'GT',
          '0|1',
          '1|1',
          './.',
          '0/0',
          '.|1',
          '1/1/0',
        ],
      ],
    )
    const query = (expr: string): Map<number, string[]> => {
      const r = bcftools(['query', '-i', expr, '-f', '%POS[ %SAMPLE]\\n', path])
      expect(r.status).toBe(0)
      return new Map(
        r.stdout
          .trim()
          .split('\n')
          .map((l) => l.split(' '))
          .map(([pos, ...s]) => [Number(pos), s]),
      )
    }
    const het = query('GT="het"')
    const alt = query('GT="alt"')
    const store = await ingest(path)
    const rows = await store.query().select(['pos', 'het_samples', 'hom_alt_samples']).toArray()
    // hom-alt: every allele this ALT — bcftools GT="alt" that are not "het" (diploid "AA" and haploid "A")
    const homAlt = (pos: number): string[] =>
      (alt.get(pos) ?? []).filter((s) => !(het.get(pos) ?? []).includes(s))
    expect(rows.map((r) => [r.pos, r.het_samples, r.hom_alt_samples])).toEqual([
      [100, het.get(100), homAlt(100)],
      [200, het.get(200), homAlt(200)],
    ])
    // the values bcftools gave, so the comparison above compares something: ./1, 1/. and .|1 are in none
    expect(het.get(100)).toEqual(['s3'])
    expect(homAlt(100)).toEqual(['s4', 's6'])
    expect(het.get(200)).toEqual(['s1', 's6'])
    store.close()
  })

  it('should refuse a GT with the VCF 3.3 "\\" separator in a VCF 4.x file, as bcftools does, naming file, line and sample', async () => {
    const path = vcf(
      'VCFv4.2',
      GT_HEADER,
      ['FORMAT', 's1', 's2'],
      [['1', '5', '.', 'A', 'G', '.', '.', '.', 'GT', '1/1', '0\\1']],
    )
    const bcf = bcftools(['view', '-H', path])
    expect(bcf.status).not.toBe(0)
    expect(bcf.stderr).toContain("Invalid character '\\\\' in 'GT'")
    const err = await failure(path)
    expect(err.code).toBe('VCF_PARSE_BAD_RECORD')
    expect(err.details).toMatchObject({ file: 'in.vcf', line: 5, field: 'sample s2' })
    expect(err.message).toContain('GT "0\\1", which')
  })
})

describe('INFO', () => {
  it('should refuse a Number=A field with one value for two ALTs, as bcftools norm -m does', async () => {
    const path = vcf(
      'VCFv4.2',
      ['##contig=<ID=1>', '##INFO=<ID=AF,Number=A,Type=Float,Description="AF">'],
      [],
      [['1', '500', '.', 'A', 'G,T', '.', '.', 'AF=0.5']],
    )
    const bcf = bcftools(['norm', '-m', '-any', path])
    expect(bcf.status).not.toBe(0)
    expect(bcf.stderr).toContain('wrong number of fields in INFO/AF at 1:500, expected 2, found 1')
    const err = await failure(path)
    expect(err.details).toMatchObject({ file: 'in.vcf', line: 5, field: 'INFO/AF' })
    expect(err.message).toContain('has 1 value, but it is declared Number=A')
    expect(err.message).toContain('needs 2')
  })

  it('should refuse a Number=R field with too few values, and accept a single "." (missing), as the spec reads it', async () => {
    const header = [
      '##contig=<ID=1>',
      '##INFO=<ID=AD,Number=R,Type=Integer,Description="AD">',
      '##INFO=<ID=AF,Number=A,Type=Float,Description="AF">',
    ]
    const bad = vcf('VCFv4.2', header, [], [['1', '500', '.', 'A', 'G,T', '.', '.', 'AD=3,4']])
    expect(bcftools(['norm', '-m', '-any', bad]).stderr).toContain(
      'wrong number of fields in INFO/AD at 1:500, expected 3, found 2',
    )
    expect((await failure(bad)).details.field).toBe('INFO/AD')
    // bcftools norm refuses a lone "." too ("expected 3, found 1"); the spec reads it as the whole value missing
    // (VCF 4.3 §1.6.1 INFO: "." for a missing value), so it is accepted and each split row has it missing
    const missingR = vcf(
      'VCFv4.2',
      header,
      [],
      [['1', '500', '.', 'A', 'G,T', '.', '.', 'AD=.;AF=.']],
    )
    expect(bcftools(['norm', '-m', '-any', missingR]).stderr).toContain('expected 3, found 1')
    const store = await ingest(missingR)
    const rows = await store.query().select(['alt', 'info']).toArray()
    expect(rows.map((r) => [r.alt, JSON.parse(r.info!)])).toEqual([
      ['G', { AD: [null], AF: [null] }],
      ['T', { AD: [null], AF: [null] }],
    ])
    store.close()
  })

  it('should keep the first of a repeated key, read an empty value as missing, and keep inf/nan', async () => {
    const path = vcf(
      'VCFv4.2',
      [
        '##contig=<ID=1>',
        '##INFO=<ID=DP,Number=1,Type=Integer,Description="DP">',
        '##INFO=<ID=XF,Number=1,Type=Float,Description="XF">',
      ],
      [],
      [
        ['1', '10', '.', 'A', 'G', '.', '.', 'DP=5;DP=7;XF=nan'],
        ['1', '20', '.', 'A', 'G', '.', '.', 'DP=;XF=inf'],
      ],
    )
    const bcf = bcftools(['query', '-f', '%POS %INFO/DP %INFO/XF\\n', path])
    expect(bcf.stdout).toBe('10 5 nan\n20 . inf\n')
    const store = await ingest(path)
    const rows = await store.query().select(['pos', 'info']).toArray()
    const info = rows.map((r) => JSON.parse(r.info!) as Record<string, unknown[]>)
    // bcftools's values: 5 and nan; missing (.) and inf
    expect(info).toEqual([
      { DP: [5], XF: ['nan'] },
      { DP: [null], XF: ['inf'] },
    ])
    store.close()
  })

  it('should percent-decode INFO values before deriving the gene and clinical significance (VCF 4.3 §1.2)', async () => {
    const path = vcf(
      'VCFv4.3',
      [
        '##contig=<ID=17>',
        '##INFO=<ID=GENEINFO,Number=1,Type=String,Description="Gene:ID">',
        '##INFO=<ID=CLNSIG,Number=.,Type=String,Description="CLNSIG">',
      ],
      [],
      [
        [
          '17',
          '41197701',
          '.',
          'G',
          'C',
          '.',
          '.',
          'GENEINFO=BRCA1%3A672;CLNSIG=Pathogenic%2C_low_penetrance',
        ],
      ],
    )
    const store = await ingest(path)
    const [row] = await store.query().select(['gene', 'clinical_significance']).toArray()
    expect(row?.gene).toBe('BRCA1')
    expect(row?.clinical_significance).toBe('Pathogenic,_low_penetrance')
    expect(await store.query().genes(['BRCA1']).count()).toBe(1)
    store.close()
  })
})

describe('fixed fields', () => {
  it('should accept POS 0 (a telomere) and the special QUAL values inf and nan, as bcftools does', async () => {
    const path = vcf(
      'VCFv4.3',
      ['##contig=<ID=1,length=1000>'],
      [],
      [
        ['1', '0', '.', 'N', '<DEL>', 'inf', '.', '.'],
        ['1', '10', '.', 'A', 'G', 'NaN', '.', '.'],
        ['1', '20', '.', 'A', 'G', '-Infinity', '.', '.'],
      ],
    )
    const bcf = bcftools(['query', '-f', '%POS %QUAL\\n', path])
    expect(bcf.status).toBe(0)
    expect(bcf.stdout).toBe('0 inf\n10 nan\n20 -inf\n')
    const store = await ingest(path)
    const rows = await store.query().select(['pos', 'qual']).toArray()
    expect(rows.map((r) => [r.pos, r.qual])).toEqual([
      [0, Infinity],
      [10, Number.NaN],
      [20, -Infinity],
    ])
    store.close()
  })

  it('should span a VCF 4.4 <DEL> without END by its SVLEN, so a region inside the deletion finds it', async () => {
    const path = vcf(
      'VCFv4.4',
      [
        '##contig=<ID=1,length=100000>',
        '##INFO=<ID=SVLEN,Number=A,Type=Integer,Description="Length of the SV">',
        '##ALT=<ID=DEL,Description="Deletion">',
      ],
      [],
      [['1', '1000', '.', 'A', '<DEL>', '.', '.', 'SVLEN=7000']],
    )
    const store = await ingest(path)
    const [row] = await store.query().select(['rlen']).toArray()
    // VCF 4.4 §5.3: the deleted bases follow the padding base at POS, so END would be POS + SVLEN
    expect(row?.rlen).toBe(7001)
    expect(await store.query().regions(['1:5000-5001']).count()).toBe(1)
    expect(await store.query().regions(['1:8001-8100']).count()).toBe(0)
    store.close()
  })
})

/** The columns the embedders read (`VariantFeatures`). */
const FEATURES = [
  'chrom',
  'pos',
  'ref',
  'alt',
  'gene',
  'clinical_significance',
  'af',
  'rlen',
  'variant_class',
]

describe('updates stay consistent', () => {
  const clinvar = join(CORPUS, 'mgl__clinvar_20170404_10_records.vcf')

  it('should write an updated clinical significance and gene into INFO/CLNSIG and GENEINFO for export, and re-embed the row', async () => {
    const store = await openStore(join(tmp(), 'db'), { dim: 256 })
    await ingestVcf(store, clinvar)
    const [first] = await store
      .query()
      .select(['variant_id', 'clinical_significance'])
      .limit(1)
      .toArray()
    const id = first!.variant_id
    const before = (await store.getVariant(id, { select: ['embedding'] }))!.embedding!
    const next = first!.clinical_significance === '2' ? '5' : '2'
    // clinical significance is no feature of the default design (features-v2); the gene is
    expect(await store.updateVariant(id, { clinical_significance: next, gene: 'BRCA2' })).toEqual({
      updated: 1,
    })

    const out = join(tmp(), 'out.vcf')
    const lines: string[] = []
    for await (const line of exportVcf(store)) lines.push(line)
    writeFileSync(out, `${lines.join('\n')}\n`)
    const [chrom, pos, ref, alt] = id.split('-')
    const q = bcftools(['query', '-f', '%CHROM-%POS-%REF-%ALT %INFO/CLNSIG %INFO/GENEINFO\\n', out])
    expect(q.status).toBe(0)
    expect(q.stdout.split('\n')).toContain(`${chrom}-${pos}-${ref}-${alt} ${next} BRCA2`)

    const row = (await store.getVariant(id, { select: [...FEATURES, 'embedding'] }))!
    const after = row.embedding!
    expect(Array.from(after)).not.toEqual(Array.from(before))
    const [expected] = await store.embedder.embed([row])
    expect(Array.from(after)).toEqual(Array.from(expected!))
    store.close()
  })

  // the oracle: a fresh ingest of the file with the same change made in its text
  const annotationAfter = async (
    file: string,
    edit: (line: string) => string,
  ): Promise<Map<string, string | null>> => {
    const text = (
      file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file)
    ).toString()
    const lines = text.split('\n')
    const first = lines.findIndex((l) => l !== '' && !l.startsWith('#'))
    lines[first] = edit(lines[first]!)
    const edited = join(tmp(), 'edited.vcf')
    writeFileSync(edited, lines.join('\n'))
    const fresh = await openStore(join(tmp(), 'fresh'), { dim: 16 })
    await ingestVcf(fresh, edited)
    const rows = await fresh.filterVariants(undefined, { select: ['variant_id', 'annotation'] })
    fresh.close()
    return new Map(rows.map((r) => [r.variant_id, r.annotation ?? null]))
  }

  it('should make the searchable text again when an update changes the gene (GENEINFO) or the ID', async () => {
    const store = await openStore(join(tmp(), 'db'), { dim: 16 })
    await ingestVcf(store, clinvar)
    const [first] = await store.query().select(['variant_id']).limit(1).toArray()
    const id = first!.variant_id
    expect(await store.updateVariant(id, { gene: 'ZZGENE9', id: ['rs42'] })).toEqual({ updated: 1 })
    const expected = await annotationAfter(clinvar, (line) => {
      const cols = line.split('\t')
      cols[2] = 'rs42'
      cols[7] = cols[7]!.replace(/GENEINFO=[^;]*/, 'GENEINFO=ZZGENE9')
      return cols.join('\t')
    })
    const row = await store.getVariant(id, { select: ['annotation'] })
    expect(row!.annotation).toBe(expected.get(id))
    expect(row!.annotation).toContain('ZZGENE9')
    const hits = await store.searchText('ZZGENE9').select(['variant_id']).toArray()
    expect(hits.map((h) => h.variant_id)).toEqual([id])
    store.close()
  })

  it('should rewrite INFO/SYMBOL when a file gives the gene there, so text search finds the new gene', async () => {
    const file = join(BENCH, 'macarthur-clinvar__clinvar.vcf.gz')
    const store = await openStore(join(tmp(), 'db'), { dim: 16 })
    const head = join(tmp(), 'head.vcf')
    const text = gunzipSync(readFileSync(file)).toString().split('\n')
    const body = text.findIndex((l) => l !== '' && !l.startsWith('#'))
    writeFileSync(head, `${text.slice(0, body + 50).join('\n')}\n`)
    await ingestVcf(store, head)
    const [first] = await store
      .query()
      .where('gene IS NOT NULL AND info LIKE \'%"SYMBOL"%\'')
      .select(['variant_id', 'gene'])
      .limit(1)
      .toArray()
    const id = first!.variant_id
    await store.updateVariant(id, { gene: 'ZZGENE8' })
    // the oracle edits the first record: the one updated here
    const expected = await annotationAfter(head, (line) =>
      line.replace(`SYMBOL=${first!.gene}`, 'SYMBOL=ZZGENE8'),
    )
    const hits = await store.searchText('ZZGENE8').select(['variant_id']).toArray()
    expect(hits.map((h) => h.variant_id)).toEqual([id])
    const row = await store.getVariant(id, { select: ['annotation', 'info'] })
    expect(JSON.parse(row!.info!).SYMBOL).toEqual(['ZZGENE8'])
    expect(row!.annotation).toBe(expected.get(id))
    store.close()
  })

  it('should keep the CSQ parts of the text (read with the source header) when an update changes the ID', async () => {
    const file = join(CORPUS, 'cyvcf2__test.vcf.gz')
    const store = await openStore(join(tmp(), 'db'), { dim: 16 })
    await ingestVcf(store, file)
    const [first] = await store.query().select(['variant_id', 'annotation']).limit(1).toArray()
    const id = first!.variant_id
    expect(first!.annotation).toContain('DDX11L1')
    await store.updateVariant(id, { id: ['rs7'] })
    const expected = await annotationAfter(file, (line) =>
      line
        .split('\t')
        .map((c, i) => (i === 2 ? 'rs7' : c))
        .join('\t'),
    )
    const row = await store.getVariant(id, { select: ['annotation'] })
    expect(row!.annotation).toBe(expected.get(id))
    expect(row!.annotation).toContain('DDX11L1')
    store.close()
  })

  it("should leave an embedding the store's embedder did not make as it is", async () => {
    const store = await openStore(join(tmp(), 'db'), { dim: 4 })
    const embedding = [0.5, 0.5, 0.5, 0.5]
    await store.addVariants([
      { variant_id: '1-5-A-G', embedding, chrom: '1', pos: 5, ref: 'A', alt: 'G' },
    ])
    await store.updateVariant('1-5-A-G', { gene: 'BRCA1' })
    const row = await store.getVariant('1-5-A-G', { select: ['gene', 'embedding'] })
    expect(row?.gene).toBe('BRCA1')
    expect(Array.from(row!.embedding!)).toEqual(embedding)
    store.close()
  })
})

describe('bytes that are not UTF-8', () => {
  for (const mode of [{ useWorker: false }, { workers: 2, batchSize: 1 }] as const) {
    it(`should read a Latin-1 line as Latin-1, keeping every character, with a warning (${mode.useWorker === false ? 'in one thread' : '2 workers'})`, async () => {
      const path = join(tmp(), 'latin1.vcf')
      const text = [
        '##fileformat=VCFv4.2',
        '##contig=<ID=1>',
        '##INFO=<ID=DESC,Number=1,Type=String,Description="Description">',
        '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO',
        '1\t10\t.\tA\tG\t.\t.\tDESC=ok',
        '1\t20\t.\tA\tG\t.\t.\tDESC=caf\u00e9_cr\u00e8me',
        '1\t30\t.\tA\tG\t.\t.\tDESC=\u4e2d',
        '',
      ].join('\n')
      // the Latin-1 line as Latin-1 bytes, the others as UTF-8
      const lines = text.split('\n')
      const bytes = Buffer.concat(
        lines.map((l, i) =>
          Buffer.from(i < lines.length - 1 ? `${l}\n` : l, i === 5 ? 'latin1' : 'utf8'),
        ),
      )
      writeFileSync(path, bytes)
      // bcftools passes the bytes through: read as Latin-1 they are the characters written
      const q = spawnSync('bcftools', ['query', '-f', '%INFO/DESC\\n', path])
      expect(q.status).toBe(0)
      const [, latin, cjk] = q.stdout
        .subarray(0, q.stdout.length - 1)
        .toString('latin1')
        .split('\n')
      expect(latin).toBe('café_crème')
      const store = await openStore(join(tmp(), 'db'), { dim: 8 })
      const res = await ingestVcf(store, path, mode)
      expect(res.warnings.some((w) => w.startsWith('latin1.vcf:6: the line is not UTF-8'))).toBe(
        true,
      )
      const rows = await store.query().select(['pos', 'info']).toArray()
      const desc = rows.map((r) => (JSON.parse(r.info!) as { DESC: string[] }).DESC[0])
      expect(desc).toEqual(['ok', latin, Buffer.from(cjk!, 'latin1').toString('utf8')])
      store.close()
    })
  }
})

describe('export', () => {
  it('should write INFO values with ":" as read (ClinVar CLNHGVS), so bcftools reads the source values back', async () => {
    const src = join(CORPUS, 'mgl__clinvar_20170404_10_records.vcf')
    const store = await ingest(src)
    const out = join(tmp(), 'out.vcf')
    const lines: string[] = []
    for await (const line of exportVcf(store)) lines.push(line)
    writeFileSync(out, `${lines.join('\n')}\n`)
    const fmt = '%CHROM %POS %REF %ALT %INFO/CLNHGVS\\n'
    // the one multi-allelic record (A,C) is split; CLNHGVS (Number=.) is copied to both rows, as bcftools norm does
    const expected = bcftools(['query', '-f', fmt, src])
      .stdout.trim()
      .split('\n')
      .flatMap((l) => {
        const [c, p, r, alts, h] = l.split(' ')
        return alts!.split(',').map((a) => `${c} ${p} ${r} ${a} ${h}`)
      })
    const got = bcftools(['query', '-f', fmt, out])
    expect(got.status).toBe(0)
    expect(got.stdout.trim().split('\n')).toEqual(expected)
    expect(expected[0]).toBe('1 949523 C T NC_000001.10:g.949523C>T')
    store.close()
  })
})

import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CORPUS, expectedSplit, sortRows, summary } from '../../test/golden.js'
import { useTempDir } from '../../test/helpers.js'
import { readVcf } from './reader.js'
import { recordToRow, rowToRecord } from './to-row.js'
import { compareChrom, formatRecord, writeVcf } from './writer.js'

const tmp = useTempDir()
const hasBcftools = spawnSync('bcftools', ['--version']).status === 0
const FILES = [
  'bcftools__norm.vcf',
  'htsspecs__sv44.vcf',
  'bcftools__weird-chr-names.vcf',
  'mgl__clinvar_20170404_13_records.vcf',
  'cyvcf2__test.vcf.gz',
]

async function roundTrip(file: string): Promise<string[]> {
  const reader = await readVcf(join(CORPUS, file))
  const records = []
  for await (const rec of reader.rows()) {
    records.push(
      rowToRecord(
        recordToRow(rec, {
          variant_id: `${rec.line}-${rec.altIndex}`,
          source_file: file,
          ingest_id: null,
        }),
      ),
    )
  }
  reader.close()
  return [...writeVcf(records, { source: 'test' })]
}

describe('writeVcf', () => {
  it.skipIf(!hasBcftools && !process.env.CI).each(FILES)(
    'should write the split records of %s, mapped to rows and back, as a VCF whose rows bcftools reads as its own split',
    async (file) => {
      const out = join(tmp(), 'out.vcf')
      writeFileSync(out, `${(await roundTrip(file)).join('\n')}\n`)
      const r = spawnSync('bcftools', ['query', '-f', '%CHROM\\t%POS\\t%REF\\t%ALT\\n', out], {
        encoding: 'utf8',
      })
      expect(r.status).toBe(0)
      const ours = r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t'))
      const { multiset } = expectedSplit(summary().find((s) => s.file === file)!)
      expect(sortRows(ours)).toEqual(sortRows(multiset))
    },
  )

  it('should sort records by natural contig order then POS and declare what they use', () => {
    const rec = (CHROM: string, POS: number, INFO: Record<string, unknown>, FILTER?: string[]) => ({
      CHROM,
      POS,
      ID: undefined,
      REF: 'A',
      ALT: ['G'],
      QUAL: undefined,
      FILTER,
      INFO,
    })
    const lines = [
      ...writeVcf([
        rec('X', 5, { DP: [3] }),
        rec('10', 7, { F: true }, ['q10']),
        rec('2', 9, { AF: [0.5] }),
        rec('2', 1, {}),
      ]),
    ]
    expect(lines).toMatchInlineSnapshot(`
      [
        "##fileformat=VCFv4.3",
        "##contig=<ID=2>",
        "##contig=<ID=10>",
        "##contig=<ID=X>",
        "##FILTER=<ID=q10,Description="Filter q10 from the source VCF">",
        "##INFO=<ID=AF,Number=.,Type=Float,Description="AF from the source VCF">",
        "##INFO=<ID=F,Number=0,Type=Flag,Description="F from the source VCF">",
        "##INFO=<ID=DP,Number=.,Type=Integer,Description="DP from the source VCF">",
        "#CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO",
        "2	1	.	A	G	.	.	.",
        "2	9	.	A	G	.	.	AF=0.5",
        "10	7	.	A	G	.	q10	F",
        "X	5	.	A	G	.	.	DP=3",
      ]
    `)
  })

  it('should write a missing ALT, QUAL and ID as "." and percent-encode reserved INFO characters', () => {
    const line = formatRecord(
      {
        CHROM: '1',
        POS: 3,
        ID: undefined,
        REF: 'C',
        ALT: [],
        QUAL: undefined,
        FILTER: 'PASS',
        INFO: { NOTE: ['a;b=c'] },
      },
      new Map(),
    )
    expect(line).toBe('1\t3\t.\tC\t.\t.\tPASS\tNOTE=a%3Bb%3Dc')
  })

  it('should order contigs 1..22, X, Y, MT, then others', () => {
    expect(['chrY', 'GL000', '10', 'MT', '2', 'X'].sort(compareChrom)).toEqual([
      '2',
      '10',
      'X',
      'chrY',
      'MT',
      'GL000',
    ])
  })
})

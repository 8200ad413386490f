import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVcf, type ReadRecord, VcfAgentError } from '@vcf-agent/core'
import {
  CORPUS,
  POS_OVER_32_BITS,
  SPEC_OVER_BCFTOOLS,
  expectedSplit,
  golden,
  goldenText,
  sortRows,
  summary,
} from './golden.js'

const rows = summary()
const accepted = rows.filter((r) => r.view === 'OK' || SPEC_OVER_BCFTOOLS[r.file])
const rejected = rows.filter((r) => r.view !== 'OK' && !SPEC_OVER_BCFTOOLS[r.file])

async function readAll(
  file: string,
  opts: Parameters<typeof readVcf>[1] = {},
): Promise<ReadRecord[]> {
  const reader = await readVcf(join(CORPUS, file), opts)
  const out: ReadRecord[] = []
  try {
    for await (const r of reader.rows()) out.push(r)
  } finally {
    reader.close()
  }
  return out
}

/**
 * A broken record: bcftools names its CHROM:POS (then we must name that record's line), or nothing (then we must
 * name a record line, one with more than one column). Returns what we point at and what is expected.
 */
function recordPointedAt(
  code: string,
  fields: string[],
  at: RegExpExecArray | null,
): [unknown[], unknown[]] {
  const [chrom, pos] = at ? [at[1], at[2]] : [undefined, undefined]
  return chrom
    ? [
        [code, fields[0], fields[1]],
        ['VCF_PARSE_BAD_RECORD', chrom, pos],
      ]
    : [
        [code, fields.length > 1],
        ['VCF_PARSE_BAD_RECORD', true],
      ]
}

describe('readVcf on the corpus', () => {
  it('should cover every corpus VCF in the golden summary', () => {
    expect(accepted.length + rejected.length).toBe(38)
    expect(rejected.map((r) => r.file).sort()).toEqual([
      'bcftools__isec-miss.2.3.vcf',
      'cyvcf2__empty.vcf',
      'cyvcf2__test-invalid-header.vcf',
      'htsspecs__failed_body_sample_003.vcf',
      'vcfanno__number-input.vcf',
      'vep__windows.vcf',
    ])
  })

  it.each(accepted.map((r) => [r.file, r] as const))(
    'should split %s exactly like bcftools norm -m -any',
    async (file, row) => {
      const read = await readAll(file)
      const wrap = POS_OVER_32_BITS.has(file)
      const ours = read.map((r) => [
        r.CHROM,
        String(wrap ? r.POS % 2 ** 32 : r.POS),
        r.REF,
        r.ALT[0] ?? '.',
      ])
      const { inFileOrder, multiset } = expectedSplit(row)
      expect(ours).toEqual(inFileOrder)
      expect(sortRows(ours)).toEqual(sortRows(multiset))
    },
  )

  it.each(accepted.filter((r) => POS_OVER_32_BITS.has(r.file)).map((r) => [r.file] as const))(
    'should read a POS over 2^32 of %s as the file writes it',
    async (file) => {
      const read = await readAll(file)
      // the spec's truth is the file's own POS text: bcftools 1.16 printed it modulo 2^32
      const first = readFileSync(join(CORPUS, file), 'utf8')
        .split('\n')
        .find((l) => !l.startsWith('#'))!
      expect(read[0]!.POS).toBe(Number(first.split('\t')[1]))
      expect(read[0]!.POS).toBeGreaterThan(2 ** 32)
    },
  )

  it.each(accepted.filter((r) => r.clnsig).map((r) => [r.file] as const))(
    'should take clinical_significance of %s from INFO/CLNSIG as bcftools prints it',
    async (file) => {
      const expected = golden(file, 'split.clnsig.tsv')
        .filter((r) => r[0] !== '')
        .map((r) => r[4])
      const ours = (await readAll(file)).map((r) => r.annotations.clinical_significance ?? '.')
      expect(ours).toEqual(expected)
    },
  )

  it.each(
    accepted.filter((r) => goldenText(r.file, 'split.gt.tsv') !== '').map((r) => [r.file] as const),
  )('should compute het and hom-alt sample lists of %s from the split genotypes', async (file) => {
    const expected = golden(file, 'split.gt.tsv').map((cols) => {
      const het: string[] = []
      const hom: string[] = []
      for (const cell of cols.slice(4)) {
        const eq = cell.lastIndexOf('=')
        const sample = cell.slice(0, eq)
        const alleles = cell
          .slice(eq + 1)
          .split(/[/|]/)
          .filter((a) => a !== '')
        const ones = alleles.filter((a) => a === '1').length
        // a call with a missing allele (./1, 1/.) is GT="mis" to bcftools, never "het" or "AA" (bcftools 1.16)
        if (ones === 0 || alleles.includes('.')) continue
        if (ones === alleles.length) hom.push(sample)
        else het.push(sample)
      }
      return { key: cols.slice(0, 4).join(' '), het, hom }
    })
    const ours = (await readAll(file)).map((r) => ({
      key: [r.CHROM, r.POS, r.REF, r.ALT[0] ?? '.'].join(' '),
      het: r.annotations.het_samples,
      hom: r.annotations.hom_alt_samples,
    }))
    expect(ours).toEqual(expected)
  })

  it.each(rejected.map((r) => [r.file] as const))(
    'should reject %s with a typed error naming the file and line',
    async (file) => {
      const err = (await readAll(file).catch((e: unknown) => e)) as VcfAgentError
      expect(err).toBeInstanceOf(VcfAgentError)
      expect(err.code).toMatch(/^VCF_PARSE_/)
      expect(err.details.file).toBe(file)
      const lines = readFileSync(join(CORPUS, file), 'utf8').split(/\r?\n/)
      const bcf = goldenText(file, 'view.err')
      const at = / at ([^\s:]+):(\d+)/.exec(bcf) ?? /columns at ([^\s:]+):(\d+)/.exec(bcf)
      const line = err.details.line as number
      // What we point at, and what bcftools' message says we must point at.
      const [ours, expected] = /unknown file type/.test(bcf)
        ? // bcftools cannot recognise the file: we point at line 1
          [line, 1]
        : /could not parse header/.test(bcf)
          ? // a broken #CHROM line: we point at it
            [
              [err.code, lines[line - 1]?.slice(0, '#CHROM'.length)],
              ['VCF_PARSE_BAD_HEADER', '#CHROM'],
            ]
          : recordPointedAt(err.code, lines[line - 1]!.split('\t'), at)
      expect(ours).toEqual(expected)
    },
  )

  it('should warn once per undeclared contig and INFO tag, as bcftools does', async () => {
    const warnings: string[] = []
    await readAll('vcfagent__missing_header_field.vcf.gz', { onWarning: (w) => warnings.push(w) })
    expect(warnings).toContain("INFO 'AF' is not defined in the header, assuming Type=String")
    const bcf = goldenText('vcfagent__missing_header_field.vcf.gz', 'view.err')
    expect(bcf).toContain("INFO 'AF' is not defined in the header")
  })

  it('should read a 2.2 MB record line of the structural-variant bench file', async () => {
    const file = join(
      CORPUS,
      '..',
      'vcf-bench',
      'scout__manta_vep_94_annotated_sv_cancer_file.vcf.gz',
    )
    const reader = await readVcf(file)
    const out: ReadRecord[] = []
    for await (const r of reader.rows()) out.push(r)
    const expected = readFileSync(
      join(
        CORPUS,
        '..',
        'vcf-bench',
        'golden',
        'scout__manta_vep_94_annotated_sv_cancer_file.vcf.gz.split.count',
      ),
      'utf8',
    )
    expect(out.length).toBe(Number(expected.trim()))
    expect(reader.source.compression).toBe('bgzf')
  })
})

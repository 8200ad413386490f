import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareChrom, exportVcf, ingestVcf, openStore } from '@vcf-agent/core'
import { CORPUS, expectedSplit, sortRows, summary } from './golden.js'
import { useTempDir } from './helpers.js'

const tmp = useTempDir()
const hasBcftools = spawnSync('bcftools', ['--version']).status === 0
const FILES = [
  'bcftools__norm.vcf',
  'bcftools__many.alleles.vcf',
  'htsspecs__sv44.vcf',
  'htsspecs__passed_body_info.vcf',
  'bcftools__weird-chr-names.vcf',
  'mgl__clinvar_20170404_13_records.vcf',
  'vep__test_not_ordered.vcf',
  'cyvcf2__test.vcf.gz',
]

describe.skipIf(!hasBcftools && !process.env.CI)('exportVcf', () => {
  it.each(FILES)(
    'should write %s back as a VCF that bcftools reads, sorted, with the same CHROM POS REF ALT rows',
    async (file) => {
      const dir = tmp()
      const store = await openStore(join(dir, 'db'), { dim: 8 })
      await ingestVcf(store, join(CORPUS, file))
      const lines: string[] = []
      for await (const l of exportVcf(store)) lines.push(l)
      store.close()
      const out = join(dir, 'out.vcf')
      writeFileSync(out, `${lines.join('\n')}\n`)
      const view = spawnSync('bcftools', ['view', '-H', out], { encoding: 'utf8' })
      expect(view.stderr).not.toMatch(/\[E::|Error/)
      expect(view.status).toBe(0)
      const query = spawnSync('bcftools', ['query', '-f', '%CHROM\\t%POS\\t%REF\\t%ALT\\n', out], {
        encoding: 'utf8',
      })
      expect(query.status).toBe(0)
      const got = query.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'))
      const row = summary().find((r) => r.file === file)!
      expect(sortRows(got)).toEqual(sortRows(expectedSplit(row).multiset))
      for (let i = 1; i < got.length; i++) {
        const order =
          compareChrom(got[i - 1]![0]!, got[i]![0]!) || Number(got[i - 1]![1]) - Number(got[i]![1])
        expect(order).toBeLessThanOrEqual(0)
      }
    },
  )

  it('should export only the rows a filter selects', async () => {
    const store = await openStore(tmp(), { dim: 8 })
    await ingestVcf(store, join(CORPUS, 'bcftools__norm.vcf'))
    const lines: string[] = []
    for await (const l of exportVcf(store, { filter: "variant_class = 'SNV'" })) lines.push(l)
    const records = lines.filter((l) => !l.startsWith('#'))
    expect(records.length).toBe(await store.countRows("variant_class = 'SNV'"))
    store.close()
  })
})

// Every gene symbol of GENEINFO / ANN / CSQ queryable (issue 19): the `genes` column and `--gene` over it. Expected
// symbols come from bcftools (`norm -m -any`, then `query` of the annotation field), split by hand per each field's
// documented format — never from our own code.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type VariantStore, ingestVcf, openStore } from '@vcf-agent/core'
import { CORPUS } from '@vcf-agent/test-utils'
import { useTempDir } from './helpers.js'

const tmp = useTempDir()

function sh(cmd: string): string {
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`)
  return r.stdout
}

/**
 * `CHROM-POS-REF-ALT` → the raw annotation value of each split row. The field is `Number=.` (or `1`), which
 * `bcftools norm -m -any` copies whole to every split row; the records are read with `bcftools query` and each ALT
 * given the value (norm itself stops on files with undeclared contigs, such as ClinVar's).
 */
function splitField(file: string, key: string): Map<string, string> {
  const out = sh(
    `bcftools query -f '%CHROM-%POS-%REF\\t%ALT\\t%INFO/${key}\\n' ${file} 2>/dev/null`,
  )
  const map = new Map<string, string>()
  for (const l of out.trim().split('\n')) {
    const [site, alts, value] = l.split('\t') as [string, string, string]
    for (const alt of alts.split(',')) map.set(`${site}-${alt}`, value)
  }
  return map
}

/** Rows' `CHROM-POS-REF-ALT` → their stored `genes`. */
async function storedGenes(store: VariantStore): Promise<Map<string, string[]>> {
  const rows = await store.query().select(['chrom', 'pos', 'ref', 'alt', 'genes']).toArray()
  return new Map(rows.map((r) => [`${r.chrom}-${r.pos}-${r.ref}-${r.alt}`, r.genes ?? []]))
}

/** The `|`-separated field list of an ANN/CSQ header Description (`Format: Allele|…` or `'Allele | …'`). */
function fieldList(file: string, key: string): string[] {
  const line = sh(`bcftools view -h ${file} | grep '^##INFO=<ID=${key},'`)
  const desc = /Description="(.*)"/.exec(line)![1]!
  const list = desc.includes('Format: ') ? desc.split('Format: ')[1]! : desc.split("'")[1]!
  return list.split('|').map((f) => f.trim())
}

/** Symbols of one split row's ANN/CSQ value: entries (`,`) whose Allele is this ALT (VEP trims the padding base). */
function symbolsOf(value: string, fields: string[], symbol: string, alt: string): string[] {
  if (value === '.') return []
  const s = fields.indexOf(symbol)
  const a = fields.indexOf('Allele')
  const entries = value.split(',').map((e) => e.split('|'))
  const mine = entries.filter((p) => p[a] === alt || p[a] === alt.slice(1) || p[a] === '-')
  return [...new Set((mine.length > 0 ? mine : entries).map((p) => p[s]!).filter((x) => x))]
}

async function ingested(file: string) {
  const store = await openStore(join(tmp(), 'db'), { dim: 8 })
  await ingestVcf(store, file)
  return store
}

describe('genes', () => {
  it('should store and find every GENEINFO symbol (the DOCK8 record of the issue)', async () => {
    const path = join(tmp(), 'dock8.vcf')
    writeFileSync(
      path,
      [
        '##fileformat=VCFv4.1',
        '##contig=<ID=9>',
        '##INFO=<ID=GENEINFO,Number=1,Type=String,Description="Gene(s) for the variant reported as gene symbol:gene id. The gene symbol and id are delimited by a colon (:) and each pair is delimited by a vertical bar (|)">',
        '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO',
        '9\t214000\t1\tG\tA\t.\t.\tGENEINFO=DOCK8:81704|DOCK8-AS1:157983',
        '9\t214100\t2\tC\tT\t.\t.\tGENEINFO=DOCK8%3A81704',
        '',
      ].join('\n'),
    )
    // GENEINFO's documented format: SYMBOL:ID pairs joined by `|`
    const raw = splitField(path, 'GENEINFO')
    const expected = [...raw.values()].map((v) =>
      decodeURIComponent(v)
        .split('|')
        .map((p) => p.split(':')[0]),
    )
    expect(expected).toEqual([['DOCK8', 'DOCK8-AS1'], ['DOCK8']])
    const store = await ingested(path)
    const rows = await store.query().select(['variant_id', 'gene', 'genes']).toArray()
    expect(rows.map((r) => r.genes)).toEqual(expected)
    expect(rows.map((r) => r.gene)).toEqual(['DOCK8', 'DOCK8'])
    expect(await store.query().genes(['DOCK8-AS1']).count()).toBe(1)
    expect(await store.query().genes(['DOCK8']).count()).toBe(2)
    expect(await store.query().genes(['DOCK8-AS']).count()).toBe(0)
    // an update of the first symbol replaces the list
    await store.updateVariant(rows[0]!.variant_id, { gene: 'X1' })
    expect(await store.query().genes(['DOCK8-AS1']).count()).toBe(0)
    expect(await store.query().genes(['X1']).count()).toBe(1)
    store.close()
  })

  it('should find a second GENEINFO symbol of a real ClinVar record (EGFR|EGFR-AS1)', async () => {
    const file = join(CORPUS, 'ncbi__clinvar.vcf')
    const raw = splitField(file, 'GENEINFO')
    const store = await ingested(file)
    const got = await storedGenes(store)
    expect(got.size).toBe(raw.size)
    for (const [key, v] of raw) {
      const want =
        v === '.'
          ? []
          : decodeURIComponent(v)
              .split('|')
              .map((p) => p.split(':')[0])
      expect(got.get(key), key).toEqual(want)
    }
    const egfrAs1 = [...raw.values()].filter((v) => v.includes('EGFR-AS1:')).length
    expect(egfrAs1).toBeGreaterThan(0)
    expect(await store.query().genes(['EGFR-AS1']).count()).toBe(egfrAs1)
    store.close()
  })

  for (const [name, key, symbol] of [
    ['cyvcf2__test.vcf.gz', 'ANN', 'Gene_Name'],
    ['vcfanno__exac.vcf.gz', 'CSQ', 'SYMBOL'],
  ] as const) {
    it(`should store every ${key} ${symbol} of this ALT and find rows by any of them (${name})`, async () => {
      const file = join(CORPUS, name)
      const fields = fieldList(file, key)
      const raw = splitField(file, key)
      const want = new Map(
        [...raw].map(([id, v]) => [id, symbolsOf(v, fields, symbol, id.split('-').pop()!)]),
      )
      const store = await ingested(file)
      await store.createGenomicIndexes()
      const got = await storedGenes(store)
      expect(got.size).toBe(want.size)
      for (const [id, genes] of got) expect(genes, id).toEqual(want.get(id))
      // the last symbol of the row with the most symbols (ANN: a second gene) finds every row that has it
      const most = [...want.values()].sort((a, b) => b.length - a.length)[0]!
      expect(most.length).toBeGreaterThan(key === 'ANN' ? 1 : 0)
      const last = most.at(-1)!
      const count = [...want.values()].filter((s) => s.includes(last)).length
      expect(await store.query().genes([last]).count()).toBe(count)
      store.close()
    })
  }
})

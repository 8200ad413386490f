import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BENCH,
  CORPUS,
  originalRows,
  rawTextIndex,
  useTempDir,
  writeOriginalTable,
} from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import {
  type VariantStore,
  type VcfAgentError,
  ingestVcf,
  openStore,
  searchHits,
  searchTextHits,
} from '../src/index.js'

const tmp = useTempDir('vcf-agent-text-')
/**
 * The 2017 ClinVar excerpt as bcftools reads it whole: `##contig` lines added and its one blank line (which our
 * reader skips, VCF v4.3 §1.6) dropped; the records are unchanged.
 */
function bcftoolsReadable(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n')
  const body = lines.findIndex((l) => l.startsWith('#CHROM'))
  const records = lines.slice(body + 1).filter(Boolean)
  const chroms = [...new Set(records.map((l) => l.split('\t')[0]))]
  const out = join(mkdtempSync(join(tmpdir(), 'vcf-agent-text-src-')), 'clinvar_2017.vcf')
  writeFileSync(
    out,
    [...lines.slice(0, body), ...chroms.map((c) => `##contig=<ID=${c}>`), lines[body], ...records]
      .join('\n')
      .concat('\n'),
  )
  return out
}
const CLINVAR_2017 = bcftoolsReadable(join(CORPUS, 'mgl__clinvar_20170404_13_records.vcf'))
const CLINVAR_NCBI = join(CORPUS, 'ncbi__clinvar.vcf')

/** Variant ids (`CHROM-POS-REF-ALT`) of the records `bcftools view -i EXPR` keeps. */
function bcftools(file: string, expr: string): string[] {
  const out = execFileSync('bcftools', ['view', '-H', '-i', expr, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 30,
  })
  return out
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      const [c, p, , r, a] = l.split('\t') as [string, string, string, string, string]
      return a.split(',').map((alt) => `${c}-${p}-${r}-${alt}`)
    })
    .sort()
}

/** Hit ids without ingest's `~N` suffix of a repeated CHROM-POS-REF-ALT, sorted. */
const ids = (hits: readonly { variant_id: string }[]): string[] =>
  hits.map((h) => h.variant_id.replace(/~\d+$/, '')).sort()

async function clinvarStore(indexed: boolean): Promise<VariantStore> {
  const store = await openStore(tmp(), { dim: 16, audit: false })
  await ingestVcf(store, CLINVAR_2017)
  if (indexed) await store.createTextIndex()
  return store
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  return p.then(
    () => undefined,
    (e: unknown) => (e as VcfAgentError).code,
  )
}

describe('search-text', () => {
  it('should find the records whose condition names match, as bcftools -i INFO/CLNDBN~ does', async () => {
    const store = await clinvarStore(true)
    const hits = await store.searchText('immunodeficiency').limit(100).toArray()
    expect(ids(hits)).toEqual(bcftools(CLINVAR_2017, 'INFO/CLNDBN~"mmunodeficiency"'))
    expect(hits.every((h) => h.score > 0)).toBe(true)
    const phrase = await store.searchText('"ataxia telangiectasia syndrome"').limit(100).toArray()
    expect(ids(phrase)).toEqual(
      bcftools(CLINVAR_2017, 'INFO/CLNDBN~"Ataxia-telangiectasia_syndrome"'),
    )
    // the words out of order are not the phrase
    expect(await store.searchText('"syndrome ataxia"').toArray()).toEqual([])
    store.close()
  })

  it('should find an HGVS expression and an rsID whole', async () => {
    const store = await clinvarStore(true)
    const hgvs = await store.searchText('NC_000001.10:g.949699dupG').toArray()
    expect(ids(hgvs)).toEqual(bcftools(CLINVAR_2017, 'INFO/CLNHGVS="NC_000001.10:g.949699dupG"'))
    expect(hgvs).toHaveLength(1)
    const rs = await store.searchText('rs786201005').toArray()
    expect(ids(rs)).toEqual(bcftools(CLINVAR_2017, 'ID=="rs786201005"'))
    store.close()
  })

  it('should apply OR, exclusions and the scope like bcftools', async () => {
    const store = await clinvarStore(true)
    const either = await store.searchText('immunodeficiency OR myasthenic').limit(100).toArray()
    expect(ids(either)).toEqual(
      bcftools(CLINVAR_2017, 'INFO/CLNDBN~"mmunodeficiency" || INFO/CLNDBN~"myasthenic"'),
    )
    const without = await store.searchText('syndrome -ataxia').limit(100).toArray()
    const ataxia = new Set(bcftools(CLINVAR_2017, 'INFO/CLNDBN~"Ataxia"'))
    expect(ids(without)).toEqual(
      bcftools(CLINVAR_2017, 'INFO/CLNDBN~"syndrome"').filter((id) => !ataxia.has(id)),
    )
    const scoped = await store.searchText('syndrome').regions(['1:949000-949700']).toArray()
    expect(ids(scoped)).toEqual(
      bcftools(CLINVAR_2017, 'INFO/CLNDBN~"syndrome" && POS>=949000 && POS<=949700'),
    )
    const { hits } = await searchTextHits(
      store,
      { query: 'immunodeficiency', filter_sql: 'pos > 949600', limit: 5 },
      { regionsFile: 'path' },
    )
    expect(ids(hits)).toEqual(bcftools(CLINVAR_2017, 'INFO/CLNDBN~"mmunodeficiency" && POS>949600'))
    store.close()
  })

  it('should find rows written after the index was built, before and after optimize', async () => {
    const store = await clinvarStore(true)
    expect(await store.searchText('missense').toArray()).toEqual([])
    await ingestVcf(store, CLINVAR_NCBI)
    const expected = bcftools(CLINVAR_NCBI, 'INFO/MC~"missense_variant"')
    expect(expected).toHaveLength(2)
    expect(ids(await store.searchText('missense variant').toArray())).toEqual(expected)
    expect(ids(await store.searchText('"prostate cancer"').toArray())).toEqual(
      bcftools(CLINVAR_NCBI, 'INFO/CLNDN~"Prostate_cancer"'),
    )
    await store.optimize()
    expect(ids(await store.searchText('missense variant').toArray())).toEqual(expected)
    store.close()
  })

  it('should find phrases, HGVS and exclusions among rows the index does not cover yet, with no optimize per write', async () => {
    const db = tmp()
    const store = await openStore(db, { dim: 16, audit: false })
    await ingestVcf(store, CLINVAR_NCBI) // the first ingest builds the index
    await ingestVcf(store, CLINVAR_2017)
    // raw LanceDB: the 2017 rows are not in the index (the ingest did not optimize), and a phrase does not find them
    expect(await rawTextIndex(db, 'basal ganglia calcification')).toEqual({
      unindexedRows: 16,
      phraseHits: 0,
    })
    const cases: [string, string[]][] = [
      [
        '"basal ganglia calcification"',
        bcftools(CLINVAR_2017, 'INFO/CLNDBN~"basal_ganglia_calcification"'),
      ],
      [
        'NC_000001.10:g.949699dupG',
        bcftools(CLINVAR_2017, 'INFO/CLNHGVS~"NC_000001.10:g.949699dupG"'),
      ],
      [
        'AGRN -"not specified"',
        bcftools(CLINVAR_2017, 'INFO/GENEINFO~"AGRN" && INFO/CLNDBN!~"not_specified"'),
      ],
      [
        '"congenital myasthenic" OR "prostate cancer"',
        [
          ...bcftools(CLINVAR_2017, 'INFO/CLNDBN~"Congenital_myasthenic"'),
          ...bcftools(CLINVAR_NCBI, 'INFO/CLNDN~"Prostate_cancer"'),
        ].sort(),
      ],
    ]
    for (const [query, expected] of cases) {
      expect(expected.length, query).toBeGreaterThan(0)
      expect(ids(await store.searchText(query).limit(100).toArray()), query).toEqual(expected)
    }
    // a scope applies to both parts
    expect(
      ids(await store.searchText('"basal ganglia calcification"').where('pos < 949700').toArray()),
    ).toEqual(bcftools(CLINVAR_2017, 'INFO/CLNDBN~"basal_ganglia_calcification" && POS<949700'))
    await store.optimize()
    expect(await rawTextIndex(db, 'basal ganglia calcification')).toEqual({
      unindexedRows: 0,
      phraseHits: 3,
    })
    for (const [query, expected] of cases)
      expect(ids(await store.searchText(query).limit(100).toArray()), query).toEqual(expected)
    store.close()
  })

  it('should optimize a table whose text index spans many pages (LanceDB 0.31 fails to compact it: lance#7653)', async () => {
    const file = join(BENCH, 'macarthur-clinvar__clinvar.vcf.gz')
    const store = await openStore(tmp(), { dim: 4, audit: false, autoOptimize: false })
    await ingestVcf(store, file, { batchSize: 16_384 })
    const expected = bcftools(file, 'INFO/ALL_TRAITS~"Hereditary_breast_and_ovarian_cancer"').length
    expect(expected).toBeGreaterThan(1000)
    const count = async (): Promise<number> =>
      (await store.searchText('"hereditary breast and ovarian cancer"').limit(100_000).toArray())
        .length
    expect(await count()).toBe(expected)
    const result = await store.optimize()
    expect(result.fragmentsRemoved).toBeGreaterThan(1)
    expect(await count()).toBe(expected)
    store.close()
  }, 120_000)

  it('should build the index at ingest, and refuse a search without one with STORE_INDEX_MISSING', async () => {
    const store = await clinvarStore(false)
    expect((await store.listIndices()).map((i) => [i.name, i.indexType])).toEqual([
      ['annotation_idx', 'FTS'],
    ])
    expect(ids(await store.searchText('immunodeficiency').limit(100).toArray())).toEqual(
      bcftools(CLINVAR_2017, 'INFO/CLNDBN~"mmunodeficiency"'),
    )
    const empty = await openStore(tmp(), { dim: 16, audit: false })
    expect(await codeOf(empty.searchText('cancer').toArray())).toBe('STORE_INDEX_MISSING')
    empty.close()
    store.close()
  })

  it('should refuse a table without the annotation column with SCHEMA_NEEDS_MIGRATION', async () => {
    const db = tmp()
    await writeOriginalTable(db, originalRows(5))
    const store = await openStore(db, { audit: false })
    expect(await codeOf(store.searchText('cancer').toArray())).toBe('SCHEMA_NEEDS_MIGRATION')
    await store.migrate()
    expect(await codeOf(store.searchText('cancer').toArray())).toBe('STORE_INDEX_MISSING')
    store.close()
  })

  it('should refuse an empty query and an unclosed quote', async () => {
    const store = await clinvarStore(false)
    expect(await codeOf(store.searchText('"breast cancer').toArray())).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    expect(await codeOf(store.searchText('-benign').toArray())).toBe('USAGE_INVALID_ARGUMENT')
    expect(await codeOf(searchTextHits(store, { query: ' ' }, { regionsFile: 'path' }))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    // a hybrid search given an empty text is refused, not run as a vector-only search
    expect(
      await codeOf(
        searchHits(store, { variant: '1:949523:C:T', text: ' ' }, { regionsFile: 'path' }),
      ),
    ).toBe('USAGE_INVALID_ARGUMENT')
    store.close()
  })
})

describe('hybrid search', () => {
  it('should fuse the vector and text ranks by RRF (k = 60) and return both ranks', async () => {
    const store = await clinvarStore(true)
    const vector = await store.search({ variant: '1:949523:C:T' }).limit(5).toArray()
    const text = await store.searchText('immunodeficiency').limit(5).toArray()
    const hybrid = await store
      .search({ variant: '1:949523:C:T' })
      .text('immunodeficiency')
      .limit(5)
      .toArray()
    expect(hybrid).toHaveLength(5)
    for (const h of hybrid) {
      const vr = vector.findIndex((v) => v.variant_id === h.variant_id)
      const tr = text.findIndex((t) => t.variant_id === h.variant_id)
      expect([h.vector_rank, h.text_rank]).toEqual([vr < 0 ? null : vr + 1, tr < 0 ? null : tr + 1])
      const expected = (vr < 0 ? 0 : 1 / (61 + vr)) + (tr < 0 ? 0 : 1 / (61 + tr))
      expect(h.score).toBeCloseTo(expected, 12)
      expect(Number.isFinite(h.distance)).toBe(true)
    }
    const scores = hybrid.map((h) => h.score as number)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    // the three immunodeficiency variants are in both lists, so they lead
    expect(ids(hybrid.slice(0, 3))).toEqual(bcftools(CLINVAR_2017, 'INFO/CLNDBN~"mmunodeficiency"'))
    store.close()
  })
})

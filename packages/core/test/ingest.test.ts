import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import {
  createReadStream,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  type EmbeddingProvider,
  EmbeddingError,
  ingestVcf,
  openStore,
  type VariantStore,
  VcfAgentError,
} from '@vcf-agent/core'
import {
  CORPUS,
  POS_OVER_32_BITS,
  SPEC_OVER_BCFTOOLS,
  expectedSplit,
  golden,
  sortRows,
  summary,
} from './golden.js'
import { useTempDir } from './helpers.js'

const tmp = useTempDir()
/** tsx's loader, so a forked child runs the TypeScript source without a build. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const rows = summary()
const accepted = rows.filter((r) => r.view === 'OK' || SPEC_OVER_BCFTOOLS[r.file])
const rejected = rows.filter((r) => r.view !== 'OK' && !SPEC_OVER_BCFTOOLS[r.file])

async function snapshot(store: VariantStore): Promise<string[]> {
  const all = await store.filterVariants(undefined, {
    select: ['variant_id', 'clinical_significance', 'pos', 'info'],
  })
  return all.map((r) => JSON.stringify(r)).sort()
}

async function tableRows(store: VariantStore, wrap = false): Promise<string[][]> {
  const all = await store.filterVariants(undefined, { select: ['chrom', 'pos', 'ref', 'alt'] })
  return all.map((r) => [r.chrom, String(wrap ? r.pos % 2 ** 32 : r.pos), r.ref, r.alt])
}

describe('ingestVcf on the corpus', () => {
  it.each(accepted.map((r) => [r.file, r] as const))(
    'should store exactly bcftools split rows of %s, and re-ingest nothing',
    async (file, row) => {
      const store = await openStore(tmp(), { dim: 16 })
      const first = await ingestVcf(store, join(CORPUS, file))
      const { multiset } = expectedSplit(row)
      expect(first.rowsRead).toBe(multiset.length)
      expect(first.inserted).toBe(multiset.length)
      expect(sortRows(await tableRows(store, POS_OVER_32_BITS.has(file)))).toEqual(
        sortRows(multiset),
      )
      const ids = (await store.filterVariants(undefined, { select: ['variant_id'] })).map(
        (r) => r.variant_id,
      )
      expect(new Set(ids).size).toBe(multiset.length)
      expect(Math.max(0, ...ids.map((i) => i.length))).toBeLessThanOrEqual(256)
      const again = await ingestVcf(store, join(CORPUS, file))
      expect([again.inserted, again.unchanged]).toEqual([0, multiset.length])
      expect(await store.countRows()).toBe(multiset.length)
      store.close()
    },
  )

  it.each(rejected.map((r) => [r.file] as const))(
    'should reject %s and leave the table exactly as it was',
    async (file) => {
      const store = await openStore(tmp(), { dim: 16 })
      await ingestVcf(store, join(CORPUS, 'bcftools__trio.vcf'))
      const before = await snapshot(store)
      const err = (await ingestVcf(store, join(CORPUS, file)).catch(
        (e: unknown) => e,
      )) as VcfAgentError
      expect(err).toBeInstanceOf(VcfAgentError)
      expect(err.code).toMatch(/^VCF_PARSE_/)
      expect(err.details.file).toBe(file)
      expect(typeof err.details.line).toBe('number')
      expect(await snapshot(store)).toEqual(before)
      store.close()
    },
  )

  it('should roll back the batches already written when a later line is malformed', async () => {
    const dir = tmp()
    const text = gunzipSync(readFileSync(join(CORPUS, 'bcftools__roh.1.vcf.gz'))).toString('utf8')
    const lines = text.trimEnd().split('\n')
    const broken = join(dir, 'broken.vcf')
    writeFileSync(broken, `${lines.join('\n')}\n20\tnot-a-position\t.\tA\tG\t.\t.\t.\tGT\t0/1\n`)
    const store = await openStore(join(dir, 'db'), { dim: 16 })
    await ingestVcf(store, join(CORPUS, 'bcftools__trio.vcf'))
    const before = await snapshot(store)
    const err = (await ingestVcf(store, broken, { batchSize: 500 }).catch(
      (e: unknown) => e,
    )) as VcfAgentError
    expect(err.code).toBe('VCF_PARSE_BAD_RECORD')
    expect(err.details).toMatchObject({ file: 'broken.vcf', line: lines.length + 1, field: 'POS' })
    expect(await snapshot(store)).toEqual(before)
    store.close()
  })

  it('should roll back and report EMBED_PROVIDER_FAILED when the embedder fails part-way, never storing other vectors', async () => {
    const db = tmp()
    const store = await openStore(db, { dim: 16 })
    let calls = 0
    const failing: EmbeddingProvider = {
      name: 'fails-second-call',
      dim: 16,
      embed: async (vs) => {
        if (++calls > 1) throw new EmbeddingError('EMBED_PROVIDER_FAILED', 'provider down')
        return vs.map(() => Float32Array.from({ length: 16 }, (_, i) => (i === 0 ? 1 : 0)))
      },
    }
    const err = (await ingestVcf(store, join(CORPUS, 'bcftools__roh.1.vcf.gz'), {
      embedder: failing,
      batchSize: 1000,
    }).catch((e: unknown) => e)) as VcfAgentError
    expect(err.code).toBe('EMBED_PROVIDER_FAILED')
    expect(calls).toBe(2)
    // the first ingest created the table and wrote while reading: the failure removed the table
    store.close()
    expect(existsSync(join(db, 'variants.lance'))).toBe(false)
  })

  it('should leave no rows when an ingest is SIGKILLed before its commit, end with bcftools row count when run again, and let optimize remove the staging file', async () => {
    const dir = tmp()
    const file = join(CORPUS, 'bcftools__roh.1.vcf.gz')
    // an existing (empty) table, so the child stages (a first ingest that creates the table writes directly)
    ;(await openStore(dir, { dim: 16 })).close()
    const child = fork(
      join(import.meta.dirname, 'fixtures', 'ingest-child.mjs'),
      [file, dir, '16', '10'],
      { stdio: 'ignore', execArgv: ['--import', TSX] },
    )
    const staging = join(dir, '.staging')
    const staged = (): number =>
      existsSync(staging)
        ? readdirSync(staging)
            .filter((n) => n.endsWith('.arrows'))
            .reduce((n, f) => n + statSync(join(staging, f)).size, 0)
        : 0
    while (staged() < 20_000) await new Promise((r) => setTimeout(r, 10))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    const store = await openStore(dir, { dim: 16, lockStaleMs: 2000 })
    // killed while reading: the table never saw the run
    expect(await store.countRows()).toBe(0)
    const res = await ingestVcf(store, file)
    expect([res.inserted, res.unchanged]).toEqual([3129, 0])
    expect(await store.countRows()).toBe(
      Number(
        readFileSync(join(CORPUS, 'golden', 'bcftools__roh.1.vcf.gz.split.tsv'), 'utf8')
          .trim()
          .split('\n').length,
      ),
    )
    const ids = (await store.filterVariants(undefined, { select: ['variant_id'] })).map(
      (r) => r.variant_id,
    )
    expect(new Set(ids).size).toBe(3129)
    // the killed run's staging file is left; optimize removes it once its lease is stale
    expect(staged()).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, 2500))
    expect((await store.optimize()).stagingFilesRemoved).toBe(1)
    expect(staged()).toBe(0)
    store.close()
  })

  it('should answer "which variants does sample X carry" with one LABEL_LIST-indexed filter', async () => {
    const store = await openStore(tmp(), { dim: 16 })
    await ingestVcf(store, join(CORPUS, 'cyvcf2__test.vcf.gz'))
    await store.createScalarIndex('het_samples', 'LABEL_LIST')
    await store.createScalarIndex('hom_alt_samples', 'LABEL_LIST')
    const gts = golden('cyvcf2__test.vcf.gz', 'split.gt.tsv')
    const sample = gts[0]![4]!.split('=')[0]!
    const expected = gts.filter((cols) => {
      const cell = cols.find((c) => c.startsWith(`${sample}=`))!.slice(sample.length + 1)
      // bcftools GT="alt" after the split: a 1 allele and no missing one (./1 is GT="mis")
      const alleles = cell.split(/[/|]/)
      return alleles.includes('1') && !alleles.includes('.')
    }).length
    expect(expected).toBeGreaterThan(0)
    const n = await store.countRows(
      `array_has_any(het_samples, ['${sample}']) OR array_has_any(hom_alt_samples, ['${sample}'])`,
    )
    expect(n).toBe(expected)
    store.close()
  })

  it('should count rows whose stored content differs as changed on re-ingest, leaving them as stored', async () => {
    const dir = tmp()
    const src = readFileSync(join(CORPUS, 'mgl__clinvar_20170404_10_records.vcf'), 'utf8')
    const store = await openStore(join(dir, 'db'), { dim: 8 })
    const file = join(dir, 'clinvar.vcf')
    writeFileSync(file, src)
    const first = await ingestVcf(store, file)
    const pathogenic = await store.countRows("clinical_significance = '5'")
    const lines = src.split('\n')
    const i = lines.findIndex((l) => !l.startsWith('#') && /CLNSIG=5(;|$)/.test(l))
    expect(i).toBeGreaterThan(0)
    lines[i] = lines[i]!.replace(/CLNSIG=5(;|$)/, 'CLNSIG=2$1')
    writeFileSync(file, lines.join('\n'))
    const again = await ingestVcf(store, file)
    expect([again.inserted, again.changed, again.unchanged]).toEqual([0, 1, first.inserted - 1])
    // left as stored: the row still says 5
    expect(await store.countRows("clinical_significance = '5'")).toBe(pathogenic)
    store.close()
  })

  it('should validate without writing, and read a plain-text file named .vcf.gz', async () => {
    const dir = tmp()
    const plain = join(dir, 'plain.vcf.gz')
    writeFileSync(plain, readFileSync(join(CORPUS, 'bcftools__norm.vcf')))
    const store = await openStore(join(dir, 'db'), { dim: 16 })
    const res = await ingestVcf(store, plain, { validateOnly: true })
    expect([res.compression, res.rowsRead, res.inserted]).toEqual(['plain', 39, 0])
    expect(await store.countRows()).toBe(0)
    const real = await ingestVcf(store, plain)
    expect(real.inserted).toBe(golden('bcftools__norm.vcf', 'split.tsv').length)
    store.close()
  })

  // batch size 1: a chunk is one site, so every cut between workers is exercised, next to repeated records
  // (`~N` ids), split multi-allelics and undeclared INFO/contigs (warnings, in file order)
  it.each([
    ['cyvcf2__test.vcf.gz', 50],
    ['bcftools__many.alleles.vcf', 1],
    ['mgl__clinvar_20170404_13_records.vcf', 1],
    ['vcfjs__multipleAltSVs.vcf', 1],
    ['pysam__16.vcf', 10],
  ])(
    'should run 2 parse workers from TypeScript source on %s (batch size %i) and store what the in-thread path stores',
    async (name, batchSize) => {
      const file = join(CORPUS, name)
      const viaWorker = await openStore(tmp(), { dim: 16 })
      const inThread = await openStore(tmp(), { dim: 16 })
      const w = await ingestVcf(viaWorker, file, { batchSize, workers: 2 })
      const t = await ingestVcf(inThread, file, { batchSize, useWorker: false })
      expect([w.usedWorker, w.workers, t.usedWorker]).toEqual([true, 2, false])
      const { multiset } = expectedSplit(rows.find((r) => r.file === name)!)
      expect(w.inserted).toBe(multiset.length)
      expect(sortRows(await tableRows(viaWorker))).toEqual(sortRows(multiset))
      expect([w.recordsRead, w.warnings]).toEqual([t.recordsRead, t.warnings])
      const all = async (s: VariantStore): Promise<string[]> =>
        (
          await s.filterVariants(undefined, {
            select: [
              'variant_id',
              'embedding',
              'info',
              'het_samples',
              'hom_alt_samples',
              'source_line',
            ],
          })
        )
          .map((r) => JSON.stringify({ ...r, embedding: Array.from(r.embedding ?? []) }))
          .sort()
      expect(await all(viaWorker)).toEqual(await all(inThread))
      viaWorker.close()
      inThread.close()
    },
  )

  it('should start one parse worker by default for a small file, and as many as asked for when told', async () => {
    const file = join(CORPUS, 'pysam__16.vcf')
    const byDefault = await ingestVcf(await openStore(tmp(), { dim: 16 }), file)
    const asked = await ingestVcf(await openStore(tmp(), { dim: 16 }), file, { workers: 2 })
    expect([byDefault.workers, asked.workers, byDefault.inserted]).toEqual([1, 2, asked.inserted])
  })

  it('should start another parse worker mid-input when parsing is the bottleneck, which reads as the first one', async () => {
    // a stream of unknown size counts as large, and validate-only writes nothing: this thread waits on parsing only
    const file = join(CORPUS, 'pysam__16.vcf')
    const res = await ingestVcf(null, createReadStream(file), { validateOnly: true, batchSize: 1 })
    const inThread = await ingestVcf(null, createReadStream(file), {
      validateOnly: true,
      useWorker: false,
    })
    expect(res.workers).toBeGreaterThanOrEqual(Math.min(2, availableParallelism()))
    expect([res.recordsRead, res.rowsRead, res.warnings]).toEqual([
      inThread.recordsRead,
      inThread.rowsRead,
      inThread.warnings,
    ])
    expect(res.recordsRead).toBe(237)
  })

  it('should store CLNSIG on every split row exactly as bcftools prints it', async () => {
    const store = await openStore(tmp(), { dim: 16 })
    await ingestVcf(store, join(CORPUS, 'mgl__clinvar_20170404_13_records.vcf'))
    const expected = golden('mgl__clinvar_20170404_13_records.vcf', 'split.clnsig.tsv').filter(
      (r) => r[0] !== '',
    )
    const stored = await store.filterVariants(undefined, {
      select: ['chrom', 'pos', 'ref', 'alt', 'clinical_significance'],
    })
    const got = stored
      .map((r) => [r.chrom, String(r.pos), r.ref, r.alt, r.clinical_significance ?? '.'])
      .sort()
    expect(got).toEqual(expected.map((r) => r.slice(0, 5)).sort())
    store.close()
  })
})

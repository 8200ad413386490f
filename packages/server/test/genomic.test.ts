import { spawnSync } from 'node:child_process'
import { ingestVcf, openStore } from '@vcf-agent/core'
import { describe, expect, it } from 'vitest'
import { DIM, NORM_VCF, read, req, setupApp, useTempDir } from './helpers.js'

const tmp = useTempDir()
const hasBcftools = spawnSync('bcftools', ['--version']).status === 0

describe.skipIf(!hasBcftools && !process.env.CI)('regions, samples and genes over HTTP', () => {
  it('should answer regions like bcftools view -r, and samples from the split genotypes', async () => {
    const db = tmp()
    const { app, close } = await setupApp(db)
    const store = await openStore(db, { dim: DIM })
    await ingestVcf(store, NORM_VCF)
    store.close()
    const region = '1:100-200'
    // expected rows: bcftools' records of norm.vcf whose REF span touches 1:100-200, split on ALT
    const all = spawnSync(
      'bcftools',
      ['query', '-f', '%CHROM\\t%POS\\t%END\\t%REF\\t%ALT\\n', NORM_VCF],
      { encoding: 'utf8' },
    ).stdout
    const want = all
      .trim()
      .split('\n')
      .map((l) => l.split('\t'))
      .filter(([c, p, e]) => c === '1' && Number(p) <= 200 && Number(e) >= 100)
      .flatMap(([c, p, , r, a]) => a!.split(',').map((x) => `${c}-${p}-${r}-${x}`))
    const res = await app.request(
      '/tables/variants/filter',
      req('read', 'POST', { region: [region], select_columns: ['variant_id'], limit: 0 }),
    )
    expect(res.status).toBe(200)
    const body = await read(res)
    expect(body.truncated).toBe(false)
    const ids = (body.rows as { variant_id: string }[]).map((r) =>
      r.variant_id.replace(/~\d+$/, ''),
    )
    expect(want.length).toBeGreaterThan(0)
    expect(ids.sort()).toEqual(want.sort())
    // the same region as BED text (0-based, half-open), as bcftools -R takes it
    const bed = await app.request(
      '/tables/variants/filter',
      req('read', 'POST', {
        regions_file: '1\t99\t200\n',
        select_columns: ['variant_id'],
        limit: 0,
      }),
    )
    expect(bed.status).toBe(200)
    expect(
      ((await read(bed)).rows as { variant_id: string }[])
        .map((r) => r.variant_id.replace(/~\d+$/, ''))
        .sort(),
    ).toEqual(want.sort())
    const samples = spawnSync('bcftools', ['query', '-l', NORM_VCF], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')
    const bySample = await app.request(
      '/tables/variants/search',
      req('read', 'POST', {
        variant: '1:100:A:G',
        samples: [samples[0]],
        limit: 100,
        select_columns: ['variant_id', 'het_samples', 'hom_alt_samples'],
      }),
    )
    expect(bySample.status).toBe(200)
    const hits = (await read(bySample)).hits as {
      het_samples: string[]
      hom_alt_samples: string[]
    }[]
    expect(hits.length).toBeGreaterThan(0)
    for (const h of hits) expect([...h.het_samples, ...h.hom_alt_samples]).toContain(samples[0])
    const bad = await app.request(
      '/tables/variants/filter',
      req('read', 'POST', { region: ['1:10-5'] }),
    )
    expect(bad.status).toBe(400)
    expect((await read(bad)).error.code).toBe('USAGE_INVALID_ARGUMENT')
    await close()
  })

  it('should count a region in POS bins (stats bins) as bcftools positions give, and refuse too many bins', async () => {
    const db = tmp()
    const { app, close } = await setupApp(db)
    const store = await openStore(db, { dim: DIM })
    await ingestVcf(store, NORM_VCF)
    store.close()
    // bcftools' split rows of CHROM 1: one per ALT
    const pos = spawnSync(
      'bcftools',
      ['query', '-i', 'CHROM="1"', '-f', '%POS\t%ALT\n', NORM_VCF],
      {
        encoding: 'utf8',
      },
    )
      .stdout.trim()
      .split('\n')
      .flatMap((l) => {
        const [p, alts] = l.split('\t')
        return alts!.split(',').map(() => Number(p))
      })
    const minPos = Math.min(...pos)
    const maxPos = Math.max(...pos)
    const width = Math.ceil((maxPos - minPos + 1) / 3)
    const counts = [0, 0, 0]
    for (const p of pos) counts[Math.min(2, Math.floor((p - minPos) / width))]!++
    const res = await app.request('/tables/variants/stats?region=1&bins=3', req('read', 'GET'))
    expect(res.status).toBe(200)
    const body = await read(res)
    expect(body.rows).toBe(pos.length)
    expect(body.by_position).toEqual([
      { chrom: '1', min_pos: minPos, max_pos: maxPos, bin_width: width, counts },
    ])
    const none = await read(
      await app.request('/tables/variants/stats?region=1', req('read', 'GET')),
    )
    expect(none.by_position).toBeUndefined()
    const tooMany = await app.request('/tables/variants/stats?bins=1001', req('read', 'GET'))
    expect(tooMany.status).toBe(400)
    expect((await read(tooMany)).error.code).toBe('USAGE_INVALID_ARGUMENT')
    await close()
  })
})

#!/usr/bin/env node
// Region-query benchmark: pnpm bench:regions [FILE]   (default: the largest ../shared/vcf-bench file)
// Ingests FILE (dim 16: region queries do not read embeddings), creates the genomic indexes, then times
// region queries (filterVariants with a region filter, returning variant_id/chrom/pos/ref/alt) and, beside them,
// `bcftools view -H -r REGION FILE` on the same indexed file (process start included), for the same regions.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { genomicFilter, ingestVcf, openStore, parseRegions } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const bench = join(here, '..', '..', '..', '..', 'shared', 'vcf-bench')
const file =
  process.argv[2] ??
  readdirSync(bench)
    .filter((f) => f.endsWith('.vcf.gz'))
    .map((f) => join(bench, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]

const dir = mkdtempSync(join(tmpdir(), 'bench-regions-'))
try {
  const store = await openStore(dir, { dim: 16 })
  let t = performance.now()
  const ing = await ingestVcf(store, file)
  console.log(
    `ingested ${ing.rowsRead} rows of ${file.split('/').pop()} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  )
  t = performance.now()
  await store.createGenomicIndexes()
  console.log(`genomic indexes in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const contigs = await store.contigs()
  const rows = await store.filterVariants(undefined, { select: ['chrom', 'pos'] })
  // deterministic sample of 40 regions: 1 kb, 10 kb and 100 kb windows at evenly spaced variants, plus single bases
  const regions = []
  for (let i = 0; i < 40; i++) {
    const r = rows[Math.floor(((i + 0.5) / 40) * rows.length)]
    const w = [0, 1000, 10_000, 100_000][i % 4]
    regions.push(w === 0 ? `${r.chrom}:${r.pos}` : `${r.chrom}:${r.pos}-${r.pos + w}`)
  }
  const ours = []
  const counts = []
  for (const r of regions) {
    const filter = genomicFilter({ regions: parseRegions([r], contigs) })
    await store.filterVariants(filter, { select: ['variant_id'] }) // warm
    const t0 = performance.now()
    const got = await store.filterVariants(filter, {
      select: ['variant_id', 'chrom', 'pos', 'ref', 'alt'],
    })
    ours.push(performance.now() - t0)
    counts.push(got.length)
  }
  const hasBcf = spawnSync('bcftools', ['--version']).status === 0
  const bcf = []
  if (hasBcf) {
    for (const r of regions) {
      const t0 = performance.now()
      spawnSync('bcftools', ['view', '-H', '-r', r, file], { stdio: 'ignore' })
      bcf.push(performance.now() - t0)
    }
  }
  store.close()
  console.log(
    `\n${regions.length} region queries (rows per region: median ${median(counts)}, max ${Math.max(...counts)})`,
  )
  console.log('| | median ms | p95 ms |')
  console.log('|---|---|---|')
  console.log(
    `| vcf-agent filterVariants(region) | ${median(ours).toFixed(1)} | ${p95(ours).toFixed(1)} |`,
  )
  if (hasBcf)
    console.log(
      `| bcftools view -H -r (process incl.) | ${median(bcf).toFixed(1)} | ${p95(bcf).toFixed(1)} |`,
    )
  if (hasBcf)
    console.log(`ratio vcf-agent / bcftools (median): ${(median(ours) / median(bcf)).toFixed(2)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

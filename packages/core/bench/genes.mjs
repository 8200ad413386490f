#!/usr/bin/env node
// Gene lookup at scale: node packages/core/bench/genes.mjs [--rows 300000]
// Builds a table of synthetic rows (dim 8) with 1–3 gene symbols each (`gene` = the first, `genes` = all of them,
// 20,000 distinct symbols), creates the genomic indexes (LABEL_LIST on genes, BITMAP on gene), then times
// `store.query().genes([symbol])` beside raw LanceDB running the same `array_has_any` filter, and the same query
// before the indexes exist.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as lancedb from '@lancedb/lancedb'
import { genomicFilter, openStore } from '../dist/index.js'

const arg = (name, def) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? def : Number(process.argv[i + 1])
}
const N = arg('--rows', 300_000)
const SYMBOLS = 20_000
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1))
async function timed(n, fn) {
  const out = []
  await fn(0)
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn(i)
    out.push(performance.now() - t)
  }
  return out
}
const summary = (xs) => `p50 ${ms(pct(xs, 0.5))} ms, p95 ${ms(pct(xs, 0.95))} ms`

const dir = mkdtempSync(join(tmpdir(), 'bench-genes-'))
try {
  const store = await openStore(dir, { dim: 8, audit: false })
  let t = performance.now()
  const batch = 50_000
  for (let b = 0; b < N; b += batch) {
    const rows = []
    for (let i = b; i < Math.min(N, b + batch); i++) {
      const n = 1 + (i % 3)
      const genes = Array.from({ length: n }, (_, j) => `G${(i * 7 + j * 4099) % SYMBOLS}`)
      rows.push({
        variant_id: `1-${i + 1}-A-G`,
        embedding: [1, 0, 0, 0, 0, 0, 0, 0],
        chrom: '1',
        pos: i + 1,
        ref: 'A',
        alt: 'G',
        gene: genes[0],
        genes,
      })
    }
    await store.addVariants(rows)
  }
  console.error(`built ${N} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const conn = await lancedb.connect(dir, { readConsistencyInterval: 0 })
  const raw = await conn.openTable('variants')
  const cols = ['variant_id', 'chrom', 'pos', 'gene', 'genes']
  // G4099 is the second symbol of some rows and the first of others
  const symbol = 'G4099'
  const want = (
    await raw.query().where(`array_has(genes, '${symbol}')`).select(['variant_id']).toArray()
  ).length
  const ours = () => store.query().genes([symbol]).select(cols).toArray()
  const rawQ = () =>
    raw
      .query()
      .where(genomicFilter({ genes: [symbol] }))
      .select(cols)
      .toArray()
  const rawAny = () =>
    raw.query().where(`array_has_any(genes, ['${symbol}'])`).select(cols).toArray()
  const before = await timed(5, ours)
  t = performance.now()
  await store.createGenomicIndexes()
  console.error(`genomic indexes in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const got = (await ours()).length
  console.error(`rows with ${symbol}: ${got} (array_has over the table: ${want})`)
  const after = await timed(20, ours)
  const afterRaw = await timed(20, rawQ)
  const afterAny = await timed(20, rawAny)
  console.log(`| rows | ${N} |`)
  console.log(`| --gene ${symbol}, no index | ${summary(before)} |`)
  console.log(`| --gene ${symbol}, indexed (ours) | ${summary(after)} |`)
  console.log(`| raw LanceDB, same filter (array_has_any OR gene IN) | ${summary(afterRaw)} |`)
  console.log(`| raw LanceDB, array_has_any(genes) alone | ${summary(afterAny)} |`)
  const plan = await raw
    .query()
    .where(genomicFilter({ genes: [symbol] }))
    .explainPlan(true)
  console.log(
    plan
      .split('\n')
      .filter((l) => /ScalarIndex|LanceRead|Filter/.test(l))
      .join('\n'),
  )
  store.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}

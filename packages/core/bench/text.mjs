#!/usr/bin/env node
// Text and hybrid search at ≥ 1M rows: pnpm bench:text [DB_PATH] [--rows 1000000] [--dim 32]
// Builds (or reuses) a table like bench:reads does (bench/reads-table.mjs: every ../shared/vcf-bench file, replayed
// with POS shifted until the table holds --rows rows; ingest builds the annotation column and its FTS index), then
// times, beside raw LanceDB doing the same work on the same table in the same run:
//   search-text   store.searchText(q).limit(10)   vs  table.query().fullTextSearch(q).limit(10)
//   hybrid        store.search({ like }).text(q)   vs  table.vectorSearch(v).fullTextSearch(q).rerank(RRF k=60)
// --reuse times an existing table without building anything; BENCH_N sets the timed runs per query (30).
// Default DB: .bench/text-1m (not bench:reads's .bench/reads-1m, which may predate the annotation column).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as lancedb from '@lancedb/lancedb'
import { openStore } from '../dist/index.js'
import { benchConfig, benchTable } from './reads-table.mjs'

process.env.BENCH_DB ??= join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '.bench',
  'text-1m',
)

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

// --reuse: time an existing table as it is (no build, no vector index needed), e.g. one a killed build left behind
const { store, build, db } = process.argv.includes('--reuse')
  ? await (async () => {
      const { db } = benchConfig()
      return {
        store: await openStore(db, { create: false, audit: false }),
        build: { reused: true },
        db,
      }
    })()
  : await benchTable()
const conn = await lancedb.connect(db, { readConsistencyInterval: 0 })
const raw = await conn.openTable('variants')
const total = await raw.countRows()
const indexes = (await raw.listIndices()).map((i) => `${i.name}(${i.indexType})`)
console.error(
  `table: ${total} rows, dim ${store.dim}, indexes: ${indexes.join(', ')} (busy 2-core machine)`,
)
console.error(`build: ${JSON.stringify(build)}`)

const QUERIES = [
  [
    'word',
    'cancer',
    new lancedb.MatchQuery('cancer', 'annotation', { operator: lancedb.Operator.And }),
  ],
  [
    'two words',
    'breast cancer',
    new lancedb.MatchQuery('breast cancer', 'annotation', { operator: lancedb.Operator.And }),
  ],
  [
    'phrase',
    '"hereditary cancer-predisposing syndrome"',
    new lancedb.PhraseQuery('hereditary cancer-predisposing syndrome', 'annotation'),
  ],
  [
    'gene symbol',
    'BRCA2',
    new lancedb.MatchQuery('BRCA2', 'annotation', { operator: lancedb.Operator.And }),
  ],
  [
    'rare word',
    'cardiomyopathy',
    new lancedb.MatchQuery('cardiomyopathy', 'annotation', { operator: lancedb.Operator.And }),
  ],
]
const N = Number(process.env.BENCH_N ?? 30)
const rows = []
for (const [name, text, native] of QUERIES) {
  let hitsOurs = 0
  let hitsRaw = 0
  const ours = await timed(N, async () => {
    hitsOurs = (await store.searchText(text).limit(10).toArray()).length
  })
  const rawT = await timed(N, async () => {
    hitsRaw = (await raw.query().fullTextSearch(native).limit(10).toArray()).length
  })
  rows.push({
    what: `search-text ${name} (${text})`,
    ours,
    raw: rawT,
    hits: `${hitsOurs}/${hitsRaw}`,
  })
  console.error(
    `search-text ${name}: ours ${summary(ours)} | raw ${summary(rawT)} | hits ${hitsOurs}/${hitsRaw}`,
  )
}

// hybrid: the query vector of a stored variant, with a text query
const sample = await raw
  .query()
  .where("annotation LIKE '%cancer%'")
  .select(['variant_id', 'embedding'])
  .limit(20)
  .toArray()
const rrf = await lancedb.rerankers.RRFReranker.create(60)
for (const [name, text, native] of QUERIES.slice(0, 3)) {
  let hitsOurs = 0
  let hitsRaw = 0
  const ours = await timed(N, async (i) => {
    const q = sample[i % sample.length]
    hitsOurs = (await store.search({ like: q.variant_id }).text(text).limit(10).toArray()).length
  })
  const rawT = await timed(N, async (i) => {
    const q = sample[i % sample.length]
    hitsRaw = (
      await raw
        .vectorSearch(Float32Array.from(q.embedding))
        .fullTextSearch(native)
        .where(`variant_id <> '${q.variant_id.replace(/'/g, "''")}'`)
        .rerank(rrf)
        .limit(10)
        .toArray()
    ).length
  })
  rows.push({ what: `hybrid ${name} (${text})`, ours, raw: rawT, hits: `${hitsOurs}/${hitsRaw}` })
  console.error(
    `hybrid ${name}: ours ${summary(ours)} | raw ${summary(rawT)} | hits ${hitsOurs}/${hitsRaw}`,
  )
}

console.log(
  `| query (${total} rows, dim ${store.dim}) | ours p50 | raw LanceDB p50 | ratio | ours p95 | raw p95 | hits ours/raw |`,
)
console.log('|---|---|---|---|---|---|---|')
for (const r of rows)
  console.log(
    `| ${r.what} | ${ms(pct(r.ours, 0.5))} ms | ${ms(pct(r.raw, 0.5))} ms | ${(pct(r.ours, 0.5) / pct(r.raw, 0.5)).toFixed(2)} | ${ms(pct(r.ours, 0.95))} ms | ${ms(pct(r.raw, 0.95))} ms | ${r.hits} |`,
  )
store.close()

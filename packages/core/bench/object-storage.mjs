#!/usr/bin/env node
// Object storage next to local disk: pnpm bench:s3 [rows] [dim]
// Starts the loopback object store (s3rver with atomic, conditional PUTs + dynalite, as `pnpm s3:local`), then for a
// local folder, s3:// and s3+ddb:// writes the same rows (default 20 000 at dim 128) with store.addVariants() in
// 5 000-row calls and runs 30 top-10 vector searches (flat, no index) with store.searchByEmbedding(); next to each,
// raw LanceDB doing the same work on the same kind of URI in the same run (table.add() of prebuilt Arrow tables,
// table.vectorSearch().limit(10)). Loopback S3 is a Node server on the same 2 cores: the figures show the
// overhead of the object-store protocol (many small requests per commit), not a real network.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as lancedb from '@lancedb/lancedb'
import { spawnLoopbackObjectStore } from '@vcf-agent/test-utils/loopback'
import { openStore, parseDbLocation, storageOptionsFromEnv } from '../dist/index.js'
import { rowsToTable, variantSchema } from '../dist/store/arrow.js'

const N = Number(process.argv[2] ?? 20_000)
const DIM = Number(process.argv[3] ?? 128)
const BATCH = 5_000
const QUERIES = 30

function rows(from, n) {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k
    const embedding = new Float32Array(DIM)
    for (let j = 0; j < DIM; j++) embedding[j] = Math.sin(i * 0.37 + j)
    return {
      variant_id: `1-${i + 1}-A-G`,
      embedding,
      chrom: String(1 + (i % 22)),
      pos: i + 1,
      ref: 'A',
      alt: 'G',
      clinical_significance: i % 5 ? null : 'Benign',
    }
  })
}
const p50 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const queries = Array.from({ length: QUERIES }, (_, q) =>
  Float32Array.from({ length: DIM }, (_, j) => Math.cos(q * 1.7 + j)),
)

const s3 = await spawnLoopbackObjectStore()
const state = mkdtempSync(join(tmpdir(), 'bench-s3-state-'))
process.env.VCF_AGENT_STATE_DIR = state
const local = mkdtempSync(join(tmpdir(), 'bench-s3-local-'))
const storageOptions = storageOptionsFromEnv(s3.env)
const batches = []
for (let i = 0; i < N; i += BATCH) batches.push(rows(i, Math.min(BATCH, N - i)))
const schema = variantSchema(DIM)
const tables = batches.map((b) => rowsToTable(b, schema, DIM))
const targets = [
  ['local disk', (p) => join(local, p)],
  ['s3:// (conditional PUT)', (p) => s3.s3Uri(`s3-${p}`)],
  ['s3+ddb:// (DynamoDB)', (p) => s3.ddbUri(`ddb-${p}`)],
]
const fmt = (n) => Math.round(n).toLocaleString('en-US')
console.log(
  `${N.toLocaleString('en-US')} rows, dim ${DIM}, ${BATCH}-row writes, ${QUERIES} flat top-10 searches`,
)
const results = []
try {
  for (const [name, uriOf] of targets) {
    const ours = uriOf('ours')
    const store = await openStore(ours, { dim: DIM, storageOptions, autoOptimize: false })
    let t = performance.now()
    for (const b of batches) await store.addVariants(b)
    const oursWrite = N / ((performance.now() - t) / 1000)
    const oursTimes = []
    for (const q of queries) {
      t = performance.now()
      await store.searchByEmbedding(q, { limit: 10 })
      oursTimes.push(performance.now() - t)
    }
    store.close()
    await store.closed()

    const loc = parseDbLocation(uriOf('raw'), storageOptions)
    const db = await lancedb.connect(
      loc.uri,
      loc.kind === 'local' ? {} : { storageOptions: loc.storageOptions },
    )
    const table = await db.createEmptyTable('variants', schema)
    t = performance.now()
    for (const tb of tables) await table.add(tb)
    const rawWrite = N / ((performance.now() - t) / 1000)
    const rawTimes = []
    for (const q of queries) {
      t = performance.now()
      await table.vectorSearch(q).limit(10).toArray()
      rawTimes.push(performance.now() - t)
    }
    table.close()
    db.close()
    const r = {
      name,
      oursWrite,
      rawWrite,
      oursSearch: p50(oursTimes),
      rawSearch: p50(rawTimes),
    }
    results.push(r)
    console.log(
      `${name.padEnd(24)} write ${fmt(r.oursWrite)} rows/s | raw LanceDB ${fmt(r.rawWrite)} rows/s | ratio ${(r.oursWrite / r.rawWrite).toFixed(2)}` +
        `   search p50 ${r.oursSearch.toFixed(1)} ms | raw ${r.rawSearch.toFixed(1)} ms | ratio ${(r.oursSearch / r.rawSearch).toFixed(2)}`,
    )
  }
  const base = results[0]
  for (const r of results.slice(1)) {
    console.log(
      `${r.name} vs local disk: write ${(r.oursWrite / base.oursWrite).toFixed(2)}× (raw ${(r.rawWrite / base.rawWrite).toFixed(2)}×), search p50 ${(r.oursSearch / base.oursSearch).toFixed(2)}× (raw ${(r.rawSearch / base.rawSearch).toFixed(2)}×)`,
    )
  }
} finally {
  await s3.stop()
  rmSync(local, { recursive: true, force: true })
  rmSync(state, { recursive: true, force: true })
}

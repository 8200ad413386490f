#!/usr/bin/env node
// Read benchmark at ≥ 1M rows: pnpm bench:reads [DB_PATH] [--rows 1000000] [--dim 128] [--quick]
// Builds or reuses the table (bench/reads-table.mjs), then prints each figure next to raw LanceDB doing the same
// work on the same table in the same run: top-10 search p50/p95 and recall@10 (default and tuned), filtered
// search against the exact answer, region/sample/gene filters, stats, the CLI's wall time for a region query,
// the index build times, and the server's req/s and p99 beside raw LanceDB served in one process.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as lancedb from '@lancedb/lancedb'
import { genomicFilter, parseRegions } from '../dist/index.js'
import { benchTable } from './reads-table.mjs'
import { leanClient, postRequest, processCpuMs } from './lean-http.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const cliBin = join(here, '..', '..', 'cli', 'bin', 'vcf-agent.js')
const quick = process.argv.includes('--quick')
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1))
const rows = []
const report = (what, ours, raw, note = '') => {
  rows.push({ what, ours, raw, note })
  console.error(`${what}: ours ${ours} | raw ${raw}${note ? ` | ${note}` : ''}`)
}

async function timed(n, fn) {
  const out = []
  await fn(0) // warm
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn(i)
    out.push(performance.now() - t)
  }
  return out
}
const summary = (xs) => `p50 ${ms(pct(xs, 0.5))} ms, p95 ${ms(pct(xs, 0.95))} ms`
const ratio = (a, b) => (pct(a, 0.5) / pct(b, 0.5)).toFixed(2)

const { store, build, db } = await benchTable()
const conn = await lancedb.connect(db, { readConsistencyInterval: 0 })
const raw = await conn.openTable('variants')
const total = await raw.countRows()
console.error(
  `table: ${total} rows, dim ${store.dim}, indexes: ${(await store.listIndices()).map((i) => i.name).join(', ')}`,
)

// query vectors: stored variants spread over the table
const sample = await raw
  .query()
  .where('pos % 9973 = 17')
  .select(['variant_id', 'chrom', 'pos', 'embedding'])
  .limit(quick ? 40 : 200)
  .toArray()
const queries = sample.map((r) => Float32Array.from(r.embedding))
const ids = (t) => t.map((r) => r.variant_id)
const recall = (got, truth) =>
  got.filter((id) => truth.includes(id)).length / Math.max(1, truth.length)

// 1. search, default settings and tuned, with recall@10 against an exact search
const exact = []
const nExact = quick ? 10 : 50
for (let i = 0; i < nExact; i++)
  exact.push(
    ids(
      await raw
        .vectorSearch(queries[i])
        .bypassVectorIndex()
        .select(['variant_id', '_distance'])
        .limit(10)
        .toArray(),
    ),
  )
for (const [label, tune] of [
  ['search top-10 (defaults)', {}],
  ['search top-10 (nprobes 50, refine 10)', { nprobes: 50, refineFactor: 10 }],
]) {
  let ourRecall = 0
  let rawRecall = 0
  const ours = await timed(queries.length, async (i) => {
    let s = store.search({ embedding: queries[i] }).select(['variant_id']).limit(10)
    if (tune.nprobes) s = s.nprobes(tune.nprobes).refineFactor(tune.refineFactor)
    const hits = await s.toArray()
    if (i < nExact) ourRecall += recall(ids(hits), exact[i])
  })
  const rawT = await timed(queries.length, async (i) => {
    let q = raw.vectorSearch(queries[i]).select(['variant_id', '_distance']).limit(10)
    if (tune.nprobes) q = q.nprobes(tune.nprobes).refineFactor(tune.refineFactor)
    const hits = await q.toArray()
    if (i < nExact) rawRecall += recall(ids(hits), exact[i])
  })
  report(
    label,
    `${summary(ours)}, recall@10 ${(ourRecall / (nExact + 1)).toFixed(2)}`,
    `${summary(rawT)}, recall@10 ${(rawRecall / (nExact + 1)).toFixed(2)}`,
    `${ratio(ours, rawT)}x raw`,
  )
}

// 2. filtered search on a selective region: the product must equal the exact answer
let equal = 0
const filteredT = []
const rawFilteredT = []
const nFiltered = quick ? 10 : 40
for (let i = 0; i < nFiltered; i++) {
  const r = sample[i]
  const region = `${r.chrom}:${Math.max(1, Number(r.pos) - 5000)}-${Number(r.pos) + 5000}`
  const sql = genomicFilter({ regions: parseRegions([region]) })
  const truth = ids(
    await raw
      .vectorSearch(queries[(i + 7) % queries.length])
      .where(sql)
      .bypassVectorIndex()
      .select(['variant_id', '_distance'])
      .limit(10)
      .toArray(),
  )
  let t = performance.now()
  const got = ids(
    await store
      .search({ embedding: queries[(i + 7) % queries.length] })
      .regions([region])
      .select(['variant_id'])
      .limit(10)
      .toArray(),
  )
  filteredT.push(performance.now() - t)
  t = performance.now()
  await raw
    .vectorSearch(queries[(i + 7) % queries.length])
    .where(sql)
    .select(['variant_id', '_distance'])
    .limit(10)
    .toArray()
  rawFilteredT.push(performance.now() - t)
  if (JSON.stringify(got) === JSON.stringify(truth)) equal++
}
report(
  'filtered search (10 kb region)',
  `${summary(filteredT)}, ${equal}/${nFiltered} equal to exact`,
  `${summary(rawFilteredT)} (index + prefilter)`,
)

// 3. region, sample and gene filters
const regions = sample.slice(0, quick ? 10 : 40).map((r, i) => {
  const w = [1000, 10_000, 100_000, 0][i % 4]
  return w === 0 ? `${r.chrom}:${r.pos}` : `${r.chrom}:${r.pos}-${Number(r.pos) + w}`
})
const cols = ['variant_id', 'chrom', 'pos', 'ref', 'alt']
const regionOurs = await timed(regions.length, (i) =>
  store.query().regions([regions[i]]).select(cols).toArray(),
)
const regionRaw = await timed(regions.length, (i) =>
  raw
    .query()
    .where(genomicFilter({ regions: parseRegions([regions[i]]) }))
    .select(cols)
    .toArray(),
)
// raw LanceDB doing the same work as ours: the same rows in the same order (each region here is on one contig)
const regionRawSorted = await timed(regions.length, (i) =>
  raw
    .query()
    .where(genomicFilter({ regions: parseRegions([regions[i]]) }))
    .select(cols)
    .orderBy({ columnName: 'pos' })
    .toArray(),
)
report(
  'region filter (1 bp–100 kb)',
  summary(regionOurs),
  `${summary(regionRaw)} (storage order); ${summary(regionRawSorted)} (ORDER BY pos)`,
  `${ratio(regionOurs, regionRaw)}x raw, ${ratio(regionOurs, regionRawSorted)}x raw sorted`,
)
const sampleOurs = await timed(20, () =>
  store.query().samples(['NA12878']).select(cols).limit(100).toArray(),
)
const sampleRaw = await timed(20, () =>
  raw
    .query()
    .where(genomicFilter({ samples: ['NA12878'] }))
    .select(cols)
    .limit(100)
    .toArray(),
)
report(
  'sample filter (NA12878, limit 100, genomic order)',
  summary(sampleOurs),
  `${summary(sampleRaw)} (storage order)`,
  `${ratio(sampleOurs, sampleRaw)}x raw`,
)
const sampleStorage = await timed(20, () =>
  store.query().samples(['NA12878']).select(cols).orderBy('storage').limit(100).toArray(),
)
report(
  'sample filter (NA12878, limit 100, storage order)',
  summary(sampleStorage),
  summary(sampleRaw),
  `${ratio(sampleStorage, sampleRaw)}x raw`,
)
// every row as an array, as raw toArray() gives them (for await over the query streams them one by one)
const geneOurs = await timed(20, () => store.query().genes(['BRCA1']).select(cols).toArray())
const geneRaw = await timed(20, () =>
  raw
    .query()
    .where(genomicFilter({ genes: ['BRCA1'] }))
    .select(cols)
    .toArray(),
)
const geneRawSorted = await timed(20, () =>
  raw
    .query()
    .where(genomicFilter({ genes: ['BRCA1'] }))
    .select(cols)
    .orderBy([{ columnName: 'chrom' }, { columnName: 'pos' }])
    .toArray(),
)
report(
  'gene filter (BRCA1, every row)',
  summary(geneOurs),
  `${summary(geneRaw)} (storage order); ${summary(geneRawSorted)} (ORDER BY chrom, pos)`,
  `${ratio(geneOurs, geneRaw)}x raw, ${ratio(geneOurs, geneRawSorted)}x raw sorted`,
)

// 4. stats, and the CLI's wall time for a region query (process start included)
let t = performance.now()
const stats = await store.stats()
const statsMs = performance.now() - t
t = performance.now()
await raw.countRows()
report(
  'stats',
  `${ms(statsMs)} ms (${Object.keys(stats.byChrom).length} contigs)`,
  `countRows ${ms(performance.now() - t)} ms`,
)
const cliT = []
for (let i = 0; i < 5; i++) {
  t = performance.now()
  const r = spawnSync(
    process.execPath,
    [cliBin, 'filter-lancedb', '--db_path', db, '--region', regions[1], '--json'],
    { encoding: 'utf8' },
  )
  cliT.push(performance.now() - t)
  if (r.status !== 0) throw new Error(r.stderr)
}
const nodeT = []
for (let i = 0; i < 5; i++) {
  t = performance.now()
  spawnSync(process.execPath, ['-e', '0'])
  nodeT.push(performance.now() - t)
}
report(
  'CLI region query, wall',
  `p50 ${ms(pct(cliT, 0.5))} ms`,
  `node -e 0: p50 ${ms(pct(nodeT, 0.5))} ms`,
)
report(
  'index build',
  `genomic ${build.genomic_indexes_s.toFixed(1)} s, IVF_PQ ${build.vector_index_s.toFixed(1)} s`,
  '–',
  `ingest of ${build.rows} rows ${build.ingest_s.toFixed(0)} s`,
)

// 5. the server at 32 and 4 concurrent loopback clients, with auth and audit on, beside raw LanceDB serving the
// same searches and region filters in one process
// CPU used per request (ms), by this process and by the server process, is printed beside the rates: on a shared
// 2-core machine it varies less than req/s does.
let serverPid
async function load(clients, seconds, fn) {
  const lat = []
  let done = 0
  const c0 = process.cpuUsage()
  const s0 = serverPid ? processCpuMs(serverPid) : 0
  const until = performance.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; performance.now() < until; i += clients) {
        const t0 = performance.now()
        await fn(i)
        lat.push(performance.now() - t0)
        done++
      }
    }),
  )
  const c = process.cpuUsage(c0)
  const cpu = ((c.user + c.system) / 1000 + (serverPid ? processCpuMs(serverPid) - s0 : 0)) / done
  return { rps: done / seconds, p50: pct(lat, 0.5), p99: pct(lat, 0.99), cpu }
}
const tokenDir = mkdtempSync(join(tmpdir(), 'bench-server-'))
const token = 'bench-token'
writeFileSync(
  join(tokenDir, 'tokens.json'),
  JSON.stringify([
    { name: 'bench', sha256: createHash('sha256').update(token).digest('hex'), scopes: ['read'] },
  ]),
)
const serverBin = join(here, '..', '..', 'server', 'bin', 'vcf-agent-server.js')
const child = spawn(
  process.execPath,
  [serverBin, '--db_path', db, '--port', '0', '--tokens_file', join(tokenDir, 'tokens.json')],
  { stdio: ['ignore', 'ignore', 'pipe'] },
)
const url = await new Promise((resolve, reject) => {
  let err = ''
  const onData = (d) => {
    err += d
    const m = /listening on (\S+)/.exec(err)
    if (m) {
      // from now on the access log is read and dropped (not kept, not searched)
      child.stderr.off('data', onData)
      child.stderr.resume()
      resolve(m[1])
    }
  }
  child.stderr.on('data', onData)
  child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)))
})
const { hostname, port } = new URL(url)
const http = leanClient(hostname, Number(port))
const searchRequests = queries.map((q) =>
  postRequest(hostname, port, '/tables/variants/search', token, {
    embedding: Array.from(q),
    limit: 10,
    select_columns: ['variant_id'],
  }),
)
const regionRequests = regions.map((r) =>
  postRequest(hostname, port, '/tables/variants/filter', token, {
    region: [r],
    limit: 100,
    select_columns: cols,
  }),
)
const seconds = quick ? 3 : 8
const cpu = (x) => `${x.cpu.toFixed(2)} ms CPU/req`
for (const clients of [32, 4]) {
  serverPid = child.pid
  const httpS = await load(clients, seconds, (i) =>
    http.send(searchRequests[i % searchRequests.length]),
  )
  serverPid = undefined
  const rawS = await load(clients, seconds, (i) =>
    raw
      .vectorSearch(queries[i % queries.length])
      .nprobes(30)
      .refineFactor(10)
      .select(['variant_id', '_distance'])
      .limit(10)
      .toArray(),
  )
  report(
    `server search, ${clients} clients`,
    `${httpS.rps.toFixed(0)} req/s, p50 ${ms(httpS.p50)} ms, p99 ${ms(httpS.p99)} ms, ${cpu(httpS)}`,
    `${rawS.rps.toFixed(0)} req/s, p99 ${ms(rawS.p99)} ms, ${cpu(rawS)}`,
    `${(httpS.rps / rawS.rps).toFixed(2)}x raw req/s`,
  )
  serverPid = child.pid
  const httpR = await load(clients, seconds, (i) =>
    http.send(regionRequests[i % regionRequests.length]),
  )
  serverPid = undefined
  const rawR = await load(clients, seconds, (i) =>
    raw
      .query()
      .where(genomicFilter({ regions: parseRegions([regions[i % regions.length]]) }))
      .select(cols)
      .limit(101)
      .toArray(),
  )
  const rawRS = await load(clients, seconds, (i) =>
    raw
      .query()
      .where(genomicFilter({ regions: parseRegions([regions[i % regions.length]]) }))
      .select(cols)
      .orderBy({ columnName: 'pos' })
      .limit(101)
      .toArray(),
  )
  report(
    `server region filter, ${clients} clients`,
    `${httpR.rps.toFixed(0)} req/s, p50 ${ms(httpR.p50)} ms, p99 ${ms(httpR.p99)} ms, ${cpu(httpR)}`,
    `${rawR.rps.toFixed(0)} req/s, p99 ${ms(rawR.p99)} ms, ${cpu(rawR)} (storage order); ${rawRS.rps.toFixed(0)} req/s, ${cpu(rawRS)} (ORDER BY pos)`,
    `${(httpR.rps / rawR.rps).toFixed(2)}x raw, ${(httpR.rps / rawRS.rps).toFixed(2)}x raw sorted`,
  )
}
http.close()
child.kill('SIGTERM')
rmSync(tokenDir, { recursive: true, force: true })

console.log(`\n${total} rows, dim ${store.dim}\n`)
console.log('| measure | vcf-agent | raw LanceDB | note |')
console.log('|---|---|---|---|')
for (const r of rows) console.log(`| ${r.what} | ${r.ours} | ${r.raw} | ${r.note} |`)
store.close()
raw.close()
conn.close()

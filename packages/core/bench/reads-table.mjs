// Builds (or reuses) the ≥ 1M-row benchmark table of `pnpm bench:reads`: every ../shared/vcf-bench file ingested
// once, then replayed with POS shifted by k × 500,000,000 bp (and INFO/END with it) until the table holds at least
// TARGET rows; then the genomic indexes and the default vector index. Build times go to <db>/bench-build.json.
// Usage: node packages/core/bench/reads-table.mjs [DB_PATH] [--rows 1000000] [--dim 128]
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createGunzip } from 'node:zlib'
import { once } from 'node:events'
import { ingestVcf, openStore } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, '..', '..', '..')
const benchDir = join(repo, '..', 'shared', 'vcf-bench')
const arg = (name, def) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? def : process.argv[i + 1]
}

/** The table path, target rows and dim of the benchmark table. */
export function benchConfig() {
  const positional = process.argv
    .slice(2)
    .find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'))
  return {
    db: positional ?? process.env.BENCH_DB ?? join(repo, '.bench', 'reads-1m'),
    rows: Number(arg('--rows', 1_000_000)),
    dim: Number(arg('--dim', 128)),
  }
}

const SHIFT = 500_000_000

async function shifted(file, k) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-replay-'))
  const out = join(dir, `replay${k}.vcf`)
  const sink = createWriteStream(out)
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  })
  for await (const line of lines) {
    let text = line
    if (!line.startsWith('#')) {
      const cols = line.split('\t')
      cols[1] = String(Number(cols[1]) + k * SHIFT)
      if (cols[7])
        cols[7] = cols[7].replace(/(^|;)END=(\d+)/, (_, p, n) => `${p}END=${Number(n) + k * SHIFT}`)
      text = cols.join('\t')
    }
    if (!sink.write(`${text}\n`)) await once(sink, 'drain')
  }
  sink.end()
  await once(sink, 'finish')
  return out
}

/**
 * Opens the benchmark table, building it first when it is missing or smaller than the target.
 * @returns {Promise<{ store: import('../dist/index.js').VariantStore, build: Record<string, number> }>}
 */
export async function benchTable() {
  const { db, rows: target, dim } = benchConfig()
  const buildFile = join(db, 'bench-build.json')
  if (existsSync(buildFile)) {
    const build = JSON.parse(readFileSync(buildFile, 'utf8'))
    const store = await openStore(db, { create: false, audit: false })
    if ((await store.countRows()) >= target) return { store, build, db }
    store.close()
  }
  rmSync(db, { recursive: true, force: true })
  const store = await openStore(db, { dim, audit: false })
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.vcf.gz'))
    .sort()
    .map((f) => join(benchDir, f))
  const t0 = performance.now()
  for (let k = 0; (await store.countRows()) < target; k++) {
    for (const file of files) {
      const path = k === 0 ? file : await shifted(file, k)
      const r = await ingestVcf(store, path)
      console.error(
        `ingested ${file.split('/').pop()}${k ? ` (replay ${k}, POS + ${k * SHIFT})` : ''}: ${r.rowsRead} rows, ${Math.round(r.rowsPerSecond)} rows/s`,
      )
      if (k > 0) rmSync(dirname(path), { recursive: true, force: true })
      if ((await store.countRows()) >= target) break
    }
  }
  const ingestS = (performance.now() - t0) / 1000
  let t = performance.now()
  await store.createGenomicIndexes()
  const genomicS = (performance.now() - t) / 1000
  t = performance.now()
  await store.createVectorIndex()
  const vectorS = (performance.now() - t) / 1000
  const build = {
    rows: await store.countRows(),
    dim,
    ingest_s: ingestS,
    genomic_indexes_s: genomicS,
    vector_index_s: vectorS,
  }
  writeFileSync(buildFile, JSON.stringify(build, null, 2))
  console.error(
    `built ${build.rows} rows: ingest ${ingestS.toFixed(0)} s, genomic indexes ${genomicS.toFixed(0)} s, IVF_PQ ${vectorS.toFixed(0)} s`,
  )
  return { store, build, db }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { store, build } = await benchTable()
  console.log(JSON.stringify(build))
  store.close()
}

#!/usr/bin/env node
// Ingest benchmark: pnpm bench:ingest [FILE ... | --all] [--dim 1024,128] [--reps 3] [--scale10] [--into-big [DB]]
// (--all: every file of ../shared/vcf-bench; the default is ClinVar and the hap.py indels)
// For each file and dim, measured in this one run on the same file:
//   parse   bare @gmod/vcf: gunzip + line split + parseLine (records/s)
//   split   our reader: parse + split to one row per ALT + ids + sample lists (rows/s)
//   raw     LanceDB table.add() of prebuilt Arrow batches of the same rows, schema, dim and batch size (rows/s)
//   raw+fts the same, then LanceDB's full-text index on `annotation` with ingest's settings: the whole of the work an
//           ingest into a new table does, as raw LanceDB (rows/s)
//   ingest  our full ingestVcf into a new table the ingest creates (rows/s; the direct path: written while read),
//           run in a child process for its peak RSS
//   staged  the same into an existing empty table (the staged path: written after the whole file is read)
//   bcftools view -H FILE | wc -l, when bcftools is installed (s)
// and the ratios ingest/raw and ingest/(raw+fts). Every timed figure is the median of --reps runs (default 3; the
// machine's speed varies by up to 1.5x from run to run), each after a `sync`, so that writeback of an earlier run's
// files (or of the 1M-row table's copy) does not fall into it. --scale10 also ingests the file replayed 10x with POS offsets.
// --into-big [DB] (default .bench/reads-1m, the table of `pnpm bench:reads`) also ingests each file, with POS shifted
// so every row is new, into an existing empty table and into a copy of that ≥ 1M-row table (both staged), at the big table's dim: the
// cost per batch must not grow with the table.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createGunzip } from 'node:zlib'
import VCFParser from '@gmod/vcf'
import * as lancedb from '@lancedb/lancedb'
import { createFeatureEmbedder, makeVariantId, readVcf, recordToRow } from '../dist/index.js'
import { rowsToTable, variantSchema } from '../dist/store/arrow.js'
import { ensureLanceCpuThreads } from '../dist/store/lance-runtime.js'
import { ftsConfig } from '../dist/store/text-search.js'

// as a store does when it opens: with LanceDB's default CPU pool a 2-core machine deadlocks building the FTS index
ensureLanceCpuThreads()

const here = dirname(fileURLToPath(import.meta.url))
const benchDir = join(here, '..', '..', '..', '..', 'shared', 'vcf-bench')
const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const value = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def)
const dims = value('--dim', '1024,128').split(',').map(Number)
const reps = Math.max(1, Number(value('--reps', 3)))
let files = args.filter(
  (a, i) =>
    !a.startsWith('--') && !(i > 0 && ['--dim', '--into-big', '--reps'].includes(args[i - 1])),
)
if (flag('--all'))
  files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.vcf.gz'))
    .map((f) => join(benchDir, f))
if (files.length === 0) {
  files = ['macarthur-clinvar__clinvar.vcf.gz', 'happy__Complex_1ormoreindels_NIST2.19.vcf.gz']
    .map((f) => join(benchDir, f))
    .filter(existsSync)
}
if (files.length === 0) {
  console.error('No input: pass a VCF path, or keep ../shared/vcf-bench next to the repo.')
  process.exit(2)
}
const batchFor = (dim) =>
  Math.max(1024, Math.min(16_384, Math.floor((16 * 1024 * 1024) / (dim * 4))))
const secs = (t0) => (performance.now() - t0) / 1000

function lines(path) {
  const file = createReadStream(path, { highWaterMark: 1 << 20 })
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file
  return createInterface({ input, crlfDelay: Infinity })
}

async function bareParse(path) {
  const t0 = performance.now()
  const header = []
  let parser
  let n = 0
  for await (const line of lines(path)) {
    if (!parser) {
      if (line.startsWith('#')) {
        header.push(line)
        continue
      }
      parser = new VCFParser({ header: header.join('\n'), strict: false })
    }
    if (line) {
      parser.parseLine(line)
      n++
    }
  }
  return { records: n, s: secs(t0) }
}

async function readRows(path) {
  const t0 = performance.now()
  const reader = await readVcf(path)
  const rows = []
  for await (const r of reader.rows()) rows.push(r)
  return { rows, s: secs(t0) }
}

/** Flushes dirty pages, so that an earlier run's writeback does not slow the next timed one. */
const sync = () => spawnSync('sync')

/** The median of `runs` results by `key`. */
function median(runs, key) {
  const sorted = [...runs].sort((a, b) => a[key] - b[key])
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/** Raw LanceDB: table.add() of prebuilt Arrow batches, then (timed apart) the FTS index ingest builds. */
async function rawAppend(rows, dim) {
  const embedder = createFeatureEmbedder(dim)
  const schema = variantSchema(dim)
  const size = batchFor(dim)
  const tables = []
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size)
    const stored = chunk.map((r) =>
      recordToRow(r, {
        variant_id: makeVariantId(r.CHROM, r.POS, r.REF, r.ALT[0] ?? '.', r.occurrence),
        source_file: 'bench',
        ingest_id: 'bench',
      }),
    )
    const vectors = await embedder.embed(stored)
    const input = stored.map((row, j) => ({ ...row, embedding: vectors[j] }))
    tables.push(rowsToTable(input, schema, dim))
  }
  const runs = []
  for (let k = 0; k < reps; k++) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-raw-'))
    try {
      sync()
      const db = await lancedb.connect(dir)
      const table = await db.createEmptyTable('variants', schema)
      const t0 = performance.now()
      for (const t of tables) await table.add(t)
      const s = secs(t0)
      // the index an ingest builds, with its settings
      await table.createIndex('annotation', { config: ftsConfig() })
      runs.push({ rows: rows.length, s, sFts: secs(t0) })
      table.close()
      db.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return { rows: rows.length, s: median(runs, 's').s, sFts: median(runs, 'sFts').sFts }
}

/** One ingest in a child process (for its peak RSS), the median of `reps` runs by rows/s. */
function childIngest(path, dim, copyOf, staged = false) {
  const runs = []
  for (let k = 0; k < reps; k++) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'))
    try {
      if (copyOf) cpSync(copyOf, dir, { recursive: true })
      sync()
      const out = execFileSync(
        process.execPath,
        [join(here, 'ingest-child.mjs'), path, dir, String(dim), ...(staged ? ['staged'] : [])],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      )
      runs.push(JSON.parse(out))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return { ...median(runs, 'rowsPerSecond'), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) }
}

function bcftoolsSeconds(path) {
  const probe = spawnSync('bcftools', ['--version'])
  if (probe.status !== 0) return undefined
  const t0 = performance.now()
  spawnSync('sh', ['-c', `bcftools view -H "${path}" | wc -l`], { stdio: 'ignore' })
  return secs(t0)
}

async function scaled(path, times, step = 300_000_000, from = 0) {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-x10-')), 'scaled.vcf')
  const w = createWriteStream(out)
  const header = []
  const body = []
  for await (const line of lines(path)) (line.startsWith('#') ? header : body).push(line)
  w.write(`${header.join('\n')}\n`)
  for (let k = 0; k < times; k++) {
    for (const line of body) {
      const t1 = line.indexOf('\t')
      const t2 = line.indexOf('\t', t1 + 1)
      const pos = Number(line.slice(t1 + 1, t2)) + (from + k) * step
      if (!w.write(`${line.slice(0, t1)}\t${pos}${line.slice(t2)}\n`))
        await new Promise((r) => w.once('drain', r))
    }
  }
  await new Promise((r) => w.end(r))
  return out
}

const fmt = (n) => Math.round(n).toLocaleString('en-US')
const results = []
const bigAt = args.indexOf('--into-big')
const big =
  bigAt === -1
    ? undefined
    : args[bigAt + 1] && !args[bigAt + 1].startsWith('--')
      ? args[bigAt + 1]
      : join(here, '..', '..', '..', '.bench', 'reads-1m')
if (big && !existsSync(join(big, 'variants.lance')))
  throw new Error(`--into-big: no table at ${big}; run pnpm bench:reads first to build it`)
const bigInfo = big
  ? (() => {
      const meta = JSON.parse(readFileSync(join(big, 'bench-build.json'), 'utf8'))
      return { rows: meta.rows, dim: meta.dim ?? 128 }
    })()
  : undefined
const intoBig = []
for (const path of files) {
  const name = path.split('/').pop()
  const parse = await bareParse(path)
  const split = await readRows(path)
  const bcf = bcftoolsSeconds(path)
  for (const dim of dims) {
    const raw = await rawAppend(split.rows, dim)
    const ingest = childIngest(path, dim)
    const staged = childIngest(path, dim, undefined, true)
    const r = {
      file: name,
      dim,
      records: parse.records,
      rows: split.rows.length,
      parse_rec_s: parse.records / parse.s,
      split_rows_s: split.rows.length / split.s,
      raw_rows_s: raw.rows / raw.s,
      raw_fts_rows_s: raw.rows / raw.sFts,
      ingest_rows_s: ingest.rowsPerSecond,
      ingest_s: ingest.seconds,
      peak_rss_mb: ingest.maxRssMb,
      staged_rows_s: staged.rowsPerSecond,
      staged_rss_mb: staged.maxRssMb,
      bcftools_view_s: bcf,
    }
    results.push(r)
    console.log(
      `${name} dim=${dim}: parse ${fmt(r.parse_rec_s)} rec/s | split ${fmt(r.split_rows_s)} rows/s | raw add ${fmt(r.raw_rows_s)} rows/s | raw add+fts ${fmt(r.raw_fts_rows_s)} rows/s | ` +
        `ingest ${fmt(r.ingest_rows_s)} rows/s (${r.ingest_s.toFixed(1)} s, ${(r.ingest_rows_s / r.raw_rows_s).toFixed(2)}x raw, ${(r.ingest_rows_s / r.raw_fts_rows_s).toFixed(2)}x raw+fts, ` +
        `peak RSS ${r.peak_rss_mb} MB) | staged ${fmt(r.staged_rows_s)} rows/s (${(r.staged_rows_s / r.raw_rows_s).toFixed(2)}x raw, ${r.staged_rss_mb} MB) | bcftools view ${bcf === undefined ? 'n/a' : `${bcf.toFixed(2)} s`}`,
    )
  }
  split.rows.length = 0
  if (big) {
    // POS + 250 Mb: between the big table's copies (k × 500 Mb), so every row is new in both tables
    const shifted = await scaled(path, 1, 250_000_000, 1)
    // both staged (a table that exists when the ingest starts), so the two differ only in what the table holds
    const empty = childIngest(shifted, bigInfo.dim, undefined, true)
    const full = childIngest(shifted, bigInfo.dim, big)
    rmSync(dirname(shifted), { recursive: true, force: true })
    intoBig.push({
      file: name,
      rows: empty.rows,
      empty: empty.rowsPerSecond,
      full: full.rowsPerSecond,
    })
    console.log(
      `${name} dim=${bigInfo.dim}: into an empty table ${fmt(empty.rowsPerSecond)} rows/s, into ${fmt(bigInfo.rows)} rows ${fmt(full.rowsPerSecond)} rows/s (${(full.rowsPerSecond / empty.rowsPerSecond).toFixed(2)}x)`,
    )
  }
  if (flag('--scale10')) {
    const big = await scaled(path, 10)
    const dim = Math.min(...dims)
    const ingest = childIngest(big, dim)
    console.log(
      `${name} x10 (${fmt(ingest.rows)} rows) dim=${dim}: ingest ${fmt(ingest.rowsPerSecond)} rows/s, peak RSS ${ingest.maxRssMb} MB`,
    )
    results.push({
      file: `${name} x10`,
      dim,
      rows: ingest.rows,
      ingest_rows_s: ingest.rowsPerSecond,
      peak_rss_mb: ingest.maxRssMb,
    })
    rmSync(dirname(big), { recursive: true, force: true })
  }
}
console.log(
  `\n(median of ${reps} runs each)\n| file | dim | rows | parse rec/s | split rows/s | raw add rows/s | raw add+fts rows/s | ingest rows/s | ingest/raw | ingest/(raw+fts) | peak RSS MB | staged rows/s | staged/raw | staged RSS MB | bcftools view s |`,
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
for (const r of results) {
  const f = (x) => (x === undefined ? '–' : fmt(x))
  console.log(
    `| ${r.file} | ${r.dim} | ${fmt(r.rows)} | ${f(r.parse_rec_s)} | ${f(r.split_rows_s)} | ${f(r.raw_rows_s)} | ${f(r.raw_fts_rows_s)} | ${f(r.ingest_rows_s)} | ${r.raw_rows_s ? (r.ingest_rows_s / r.raw_rows_s).toFixed(2) : '–'} | ${r.raw_fts_rows_s ? (r.ingest_rows_s / r.raw_fts_rows_s).toFixed(2) : '–'} | ${r.peak_rss_mb} | ${f(r.staged_rows_s)} | ${r.staged_rows_s ? (r.staged_rows_s / r.raw_rows_s).toFixed(2) : '–'} | ${r.staged_rss_mb ?? '–'} | ${r.bcftools_view_s === undefined ? '–' : r.bcftools_view_s.toFixed(2)} |`,
  )
}
if (intoBig.length > 0) {
  console.log(
    `\n| file | dim | rows | into an empty table rows/s | into ${fmt(bigInfo.rows)} rows rows/s | ratio |`,
  )
  console.log('|---|---|---|---|---|---|')
  for (const r of intoBig)
    console.log(
      `| ${r.file} | ${bigInfo.dim} | ${fmt(r.rows)} | ${fmt(r.empty)} | ${fmt(r.full)} | ${(r.full / r.empty).toFixed(2)} |`,
    )
}

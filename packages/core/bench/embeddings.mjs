#!/usr/bin/env node
// Embedding scorecard: pnpm bench:embeddings [--queries 1000] [--dims 32,64,128,256,512,1024] [--json FILE]
// On ClinVar (../shared/vcf-bench/macarthur-clinvar__clinvar.vcf.gz plus the corpus ClinVar excerpts), for each
// built-in design and dim: k-NN (k = 10, exact, L2 = dot product on unit vectors) over every labelled variant,
// queried from variants of held-out genes (a gene's FNV-1a hash mod 5 = 0; the other genes are the only ones any
// weight or dim choice may look at), scored as
//   label@10        share of the 10 neighbours whose P/LP vs B/LB label equals the query's
//   same-gene@10    share of neighbours in the query's gene
//   same-conseq@10  share of neighbours with the query's consequence (INFO/MC when present, else the variant class)
// beside a one-hot chromosome + position baseline (the 10 nearest by |POS difference| on the same chromosome) and
// random vectors (10 neighbours drawn at random). It also writes 20,000 rows at each dim with the product's
// store and reports the table's bytes per row, i.e. the disk cost per million rows.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createFeatureEmbedder, openStore, readVcf, recordToRow } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const shared = join(here, '..', '..', '..', '..', 'shared')
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : dflt
}
const nQueries = Number(arg('queries', '1000'))
const dims = arg('dims', '32,64,128,256,512,1024').split(',').map(Number)
const designs = ['features-v1', 'features-v2']
const K = 10
const files = [
  join(shared, 'vcf-bench', 'macarthur-clinvar__clinvar.vcf.gz'),
  join(shared, 'vcf-corpus', 'ncbi__clinvar.vcf'),
  join(shared, 'vcf-corpus', 'mgl__clinvar_20170404_13_records.vcf'),
]

const fnv = (s) => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
  return h
}
/** P/LP → 1, B/LB → 0, anything else (VUS, conflicting, mixed, not provided) → undefined. */
function label(sig) {
  if (!sig) return undefined
  const s = sig.toLowerCase()
  if (s.includes('conflict') || s.includes('uncertain')) return undefined
  // the legacy numeric CLNSIG of the 2017 excerpt: 2 benign, 3 likely benign, 4 likely pathogenic, 5 pathogenic
  const terms = s.split(/[|,/;]/)
  const p = terms.some((t) => t.includes('pathogenic') || t === '4' || t === '5')
  const b = terms.some((t) => t.includes('benign') || t === '2' || t === '3')
  return p === b ? undefined : p ? 1 : 0
}
function consequence(row) {
  const m = /"MC":\s*\[?"([^"]*)"/.exec(row.info ?? '')
  if (m) return m[1].split(',')[0].split('|').pop()
  return row.variant_class ?? 'unknown'
}

// 1. every labelled variant
const pool = []
const seen = new Set()
for (const file of files) {
  const reader = await readVcf(file)
  for await (const rec of reader.rows()) {
    const row = recordToRow(rec, { variant_id: '', source_file: null, ingest_id: null })
    const y = label(row.clinical_significance)
    if (y === undefined || !row.gene) continue
    const key = `${row.chrom}-${row.pos}-${row.ref}-${row.alt}`
    if (seen.has(key)) continue
    seen.add(key)
    pool.push({
      row,
      y,
      gene: row.gene,
      conseq: consequence(row),
      heldOut: fnv(row.gene) % 5 === 0,
    })
  }
  reader.close()
}
const heldOut = pool.map((p, i) => (p.heldOut ? i : -1)).filter((i) => i >= 0)
const tuning = pool.map((p, i) => (p.heldOut ? -1 : i)).filter((i) => i >= 0)
const pick = (idx) => {
  const step = Math.max(1, idx.length / nQueries)
  const out = []
  for (let x = 0; out.length < nQueries && Math.floor(x) < idx.length; x += step)
    out.push(idx[Math.floor(x)])
  return out
}
const querySets = { 'held-out genes': pick(heldOut), 'tuning genes': pick(tuning) }
const pathogenic = pool.filter((p) => p.y === 1).length
console.error(
  `pool: ${pool.length} labelled variants (${pathogenic} P/LP, ${pool.length - pathogenic} B/LB) in ${new Set(pool.map((p) => p.gene)).size} genes; ` +
    `${heldOut.length} in held-out genes; ${nQueries} queries per set (busy 2-core machine)`,
)

function score(qs, neighbours) {
  let lab = 0,
    gene = 0,
    cons = 0,
    n = 0
  for (const q of qs) {
    const nb = neighbours(q)
    const Q = pool[q]
    for (const j of nb) {
      const P = pool[j]
      if (P.y === Q.y) lab++
      if (P.gene === Q.gene) gene++
      if (P.conseq === Q.conseq) cons++
    }
    n += nb.length
  }
  return { label: lab / n, gene: gene / n, conseq: cons / n }
}

/** Top-k by dot product over sparse vectors, through an inverted index of the pool's slots. */
function vectorNeighbours(design, dim) {
  const embedder = createFeatureEmbedder(dim, design)
  const flat = new Float32Array(pool.length * dim)
  pool.forEach((p, i) => embedder.embedInto(p.row, flat, i * dim))
  const counts = new Int32Array(dim + 1)
  for (let i = 0; i < pool.length; i++)
    for (let d = 0; d < dim; d++) if (flat[i * dim + d] !== 0) counts[d + 1]++
  for (let d = 0; d < dim; d++) counts[d + 1] += counts[d]
  const ids = new Int32Array(counts[dim])
  const vals = new Float32Array(counts[dim])
  const fill = counts.slice(0, dim)
  for (let i = 0; i < pool.length; i++)
    for (let d = 0; d < dim; d++) {
      const x = flat[i * dim + d]
      if (x !== 0) {
        ids[fill[d]] = i
        vals[fill[d]++] = x
      }
    }
  const acc = new Float64Array(pool.length)
  return (q) => {
    acc.fill(0)
    for (let d = 0; d < dim; d++) {
      const x = flat[q * dim + d]
      if (x === 0) continue
      for (let t = counts[d]; t < counts[d + 1]; t++) acc[ids[t]] += x * vals[t]
    }
    acc[q] = -Infinity
    const top = []
    for (let i = 0; i < acc.length; i++) {
      const s = acc[i]
      if (top.length < K) {
        top.push(i)
        top.sort((a, b) => acc[b] - acc[a])
      } else if (s > acc[top[K - 1]]) {
        top[K - 1] = i
        top.sort((a, b) => acc[b] - acc[a])
      }
    }
    return top
  }
}

function positionNeighbours() {
  const order = pool
    .map((_, i) => i)
    .sort((a, b) => {
      const A = pool[a].row,
        B = pool[b].row
      return A.chrom < B.chrom ? -1 : A.chrom > B.chrom ? 1 : A.pos - B.pos
    })
  const rank = new Int32Array(pool.length)
  order.forEach((i, r) => (rank[i] = r))
  return (q) => {
    const { chrom, pos } = pool[q].row
    const out = []
    let lo = rank[q] - 1,
      hi = rank[q] + 1
    const ok = (r) => r >= 0 && r < order.length && pool[order[r]].row.chrom === chrom
    while (out.length < K && (ok(lo) || ok(hi))) {
      const dl = ok(lo) ? pos - pool[order[lo]].row.pos : Infinity
      const dh = ok(hi) ? pool[order[hi]].row.pos - pos : Infinity
      out.push(dl <= dh ? order[lo--] : order[hi++])
    }
    return out
  }
}

function randomNeighbours() {
  let s = 12345
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % pool.length
  return (q) => {
    const out = []
    while (out.length < K) {
      const j = next()
      if (j !== q) out.push(j)
    }
    return out
  }
}

const results = []
const fmt = (x) => x.toFixed(3)
const record = (method, design, dim, set, r, ms) => {
  results.push({ method, design, dim, set, ...r, msPerQuery: ms })
  console.error(
    `${method.padEnd(22)} ${String(dim ?? '-').padStart(5)} ${set.padEnd(15)} label@10 ${fmt(r.label)}  same-gene@10 ${fmt(r.gene)}  same-conseq@10 ${fmt(r.conseq)}${ms === undefined ? '' : `  (${ms.toFixed(1)} ms/query)`}`,
  )
}
for (const [set, qs] of Object.entries(querySets)) {
  record('random vectors', null, null, set, score(qs, randomNeighbours()))
  record('one-hot chrom+position', null, null, set, score(qs, positionNeighbours()))
}
for (const design of designs) {
  for (const dim of dims) {
    const nb = vectorNeighbours(design, dim)
    for (const [set, qs] of Object.entries(querySets)) {
      const t = performance.now()
      const r = score(qs, nb)
      record(design, design, dim, set, r, (performance.now() - t) / qs.length)
    }
  }
}

// 2. the smallest dim of the default design within 1% of dim 1024's, judged on the tuning genes only
const v2 = (dim, set) =>
  results.find((r) => r.design === 'features-v2' && r.dim === dim && r.set === set)
let chosen
if (dims.includes(1024)) {
  const ref = v2(1024, 'tuning genes')
  chosen = dims.find((d) =>
    ['label', 'gene', 'conseq'].every((m) => v2(d, 'tuning genes')[m] >= ref[m] * 0.99),
  )
  console.error(
    `smallest features-v2 dim within 1% of dim 1024 on every tuning-gene score: ${chosen}`,
  )
}

// 3. disk cost: 20,000 rows at each dim through the product's store
const disk = []
const du = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath ?? e.path, e.name)).size, 0)
const sampleRows = pool.slice(0, 20_000).map((p, i) => ({ ...p.row, variant_id: `v${i}` }))
for (const dim of dims) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-emb-'))
  try {
    const store = await openStore(dir, { dim, audit: false })
    const embedder = createFeatureEmbedder(dim)
    for (let i = 0; i < sampleRows.length; i += 5000) {
      const part = sampleRows.slice(i, i + 5000)
      const vecs = await embedder.embed(part)
      await store.addVariants(part.map((r, j) => ({ ...r, embedding: vecs[j] })))
    }
    await store.optimize({ retentionMs: 0, deleteUnverified: true })
    const bytes = du(join(dir, 'variants.lance'))
    const perRow = bytes / sampleRows.length
    disk.push({
      dim,
      bytesPerRow: perRow,
      gbPerMillion: (perRow * 1e6) / 1e9,
      vectorBytes: dim * 4,
    })
    console.error(
      `disk at dim ${dim}: ${perRow.toFixed(0)} B/row (${dim * 4} B of vector) → ${((perRow * 1e6) / 1e9).toFixed(2)} GB per million rows`,
    )
    store.close()
    await store.closed()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const out = arg('json')
if (out)
  writeFileSync(
    out,
    JSON.stringify({ pool: pool.length, nQueries, chosen, results, disk }, null, 2),
  )
// the markdown table the docs page carries
console.log('| method | dim | queries | label@10 | same-gene@10 | same-consequence@10 |')
console.log('|---|---|---|---|---|---|')
for (const r of results)
  console.log(
    `| ${r.method} | ${r.dim ?? '–'} | ${r.set} | ${fmt(r.label)} | ${fmt(r.gene)} | ${fmt(r.conseq)} |`,
  )

#!/usr/bin/env node
// addVariants rate: pnpm bench:store
// 100k rows at dim 1024 and dim 128, added with store.addVariants() in 10k-row calls (validation, Arrow column
// building, write lock, audit record), next to the raw LanceDB rate: table.add() of prebuilt Arrow tables of the
// same rows and schema in 10k-row batches, into a fresh table. Same process, same rows.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as lancedb from '@lancedb/lancedb'
import { openStore } from '../dist/index.js'
import { rowsToTable, variantSchema } from '../dist/store/arrow.js'

const N = Number(process.argv[2] ?? 100_000)
const BATCH = 10_000
function rows(dim, from, n) {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k
    const embedding = new Float32Array(dim)
    for (let j = 0; j < dim; j++) embedding[j] = Math.sin(i * 0.37 + j)
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
for (const dim of [1024, 128]) {
  const batches = []
  for (let i = 0; i < N; i += BATCH) batches.push(rows(dim, i, Math.min(BATCH, N - i)))
  const dirA = mkdtempSync(join(tmpdir(), 'bench-store-'))
  const dirB = mkdtempSync(join(tmpdir(), 'bench-raw-'))
  try {
    const store = await openStore(dirA, { dim })
    let t = performance.now()
    for (const b of batches) await store.addVariants(b)
    const ours = N / ((performance.now() - t) / 1000)
    store.close()
    const schema = variantSchema(dim)
    const tables = batches.map((b) => rowsToTable(b, schema, dim))
    const db = await lancedb.connect(dirB)
    const table = await db.createEmptyTable('variants', schema)
    t = performance.now()
    for (const tb of tables) await table.add(tb)
    const raw = N / ((performance.now() - t) / 1000)
    table.close()
    db.close()
    console.log(
      `dim ${dim}: addVariants ${Math.round(ours).toLocaleString('en-US')} rows/s | raw LanceDB add ${Math.round(raw).toLocaleString('en-US')} rows/s | ratio ${(ours / raw).toFixed(2)}`,
    )
  } finally {
    rmSync(dirA, { recursive: true, force: true })
    rmSync(dirB, { recursive: true, force: true })
  }
}

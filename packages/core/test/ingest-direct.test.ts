// The direct path of a first ingest (the ingest creates the table and writes while reading) against the staged one.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ingestVcf, openStore, type VariantStore, type VcfAgentError } from '@vcf-agent/core'
import { CORPUS, golden, sortRows } from './golden.js'
import { useTempDir } from './helpers.js'

const tmp = useTempDir()
const FILE = 'bcftools__roh.1.vcf.gz'

/** Data files of the table `variants` in `db` (LanceDB writes one or more per append). */
const dataFiles = (db: string): number => {
  const data = join(db, 'variants.lance', 'data')
  return existsSync(data) ? readdirSync(data).length : 0
}
/** Staging files of `db`. */
const stagingFiles = (db: string): number => {
  const dir = join(db, '.staging')
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.arrows')).length : 0
}

/** What one ingest wrote: `variant_id`, `source_line`, CHROM, POS, REF, ALT, sorted. */
async function written(store: VariantStore, ingestId: string): Promise<string[][]> {
  const rows = await store.filterVariants(`ingest_id = '${ingestId}'`, {
    select: ['variant_id', 'source_line', 'chrom', 'pos', 'ref', 'alt'],
  })
  return sortRows(
    rows.map((r) => [r.variant_id, String(r.source_line), r.chrom, String(r.pos), r.ref, r.alt]),
  )
}

/** Ingests FILE into `store`, noting after each batch whether the table or a staging file held data. */
async function observed(store: VariantStore, db: string) {
  const seen = { tableFilled: false, staged: false }
  const res = await ingestVcf(store, join(CORPUS, FILE), {
    batchSize: 500,
    onProgress: (p) => {
      if (p.done) return
      if (stagingFiles(db) > 0) seen.staged = true
      if (dataFiles(db) > 0) seen.tableFilled = true
    },
  })
  return { res, ...seen }
}

/** The roh.1 file with one bad record appended (POS not a number), and that record's 1-based line. */
function brokenFile(dir: string): { path: string; line: number } {
  const text = gunzipSync(readFileSync(join(CORPUS, FILE))).toString('utf8')
  const lines = text.trimEnd().split('\n')
  const path = join(dir, 'broken.vcf')
  writeFileSync(path, `${lines.join('\n')}\n20\tnot-a-position\t.\tA\tG\t.\t.\t.\tGT\t0/1\n`)
  return { path, line: lines.length + 1 }
}

const tableGone = async (db: string): Promise<void> => {
  expect(existsSync(join(db, 'variants.lance'))).toBe(false)
  const err = (await openStore(db, { create: false }).catch((e: unknown) => e)) as VcfAgentError
  expect(err.code).toBe('STORE_TABLE_NOT_FOUND')
}

describe('a first ingest writes while reading', () => {
  it('should store the same rows (ids, source lines) into a new, an existing empty and a non-empty table, as bcftools splits them', async () => {
    const expected = golden(FILE, 'split.tsv')
    // new table: written while reading, no staging file
    const dbNew = join(tmp(), 'db')
    const fresh = await openStore(dbNew, { dim: 16 })
    const a = await observed(fresh, dbNew)
    expect([a.tableFilled, a.staged]).toEqual([true, false])
    expect(a.res.inserted).toBe(expected.length)
    const rowsNew = await written(fresh, a.res.ingestId)
    fresh.close()
    // existing empty table, opened by another handle: staged, the table untouched until the commit
    const dbEmpty = join(tmp(), 'db')
    ;(await openStore(dbEmpty, { dim: 16 })).close()
    const empty = await openStore(dbEmpty, { dim: 16 })
    expect(empty.created).toBe(false)
    const b = await observed(empty, dbEmpty)
    expect([b.tableFilled, b.staged]).toEqual([false, true])
    const rowsEmpty = await written(empty, b.res.ingestId)
    empty.close()
    // a table that holds another file's rows: staged
    const dbFull = join(tmp(), 'db')
    const full = await openStore(dbFull, { dim: 16 })
    await ingestVcf(full, join(CORPUS, 'bcftools__trio.vcf'))
    const c = await observed(full, dbFull)
    expect(c.staged).toBe(true)
    const rowsFull = await written(full, c.res.ingestId)
    full.close()

    expect(rowsNew.length).toBe(expected.length)
    expect(new Set(rowsNew.map((r) => r[0])).size).toBe(expected.length)
    expect(sortRows(rowsNew.map((r) => r.slice(2)))).toEqual(sortRows(expected))
    expect(rowsEmpty).toEqual(rowsNew)
    expect(rowsFull).toEqual(rowsNew)
  })

  it('should leave no table when a first ingest fails at line N after writing batches', async () => {
    const dir = tmp()
    const { path, line } = brokenFile(dir)
    const db = join(dir, 'db')
    const store = await openStore(db, { dim: 16 })
    let filled = false
    const err = (await ingestVcf(store, path, {
      batchSize: 500,
      onProgress: () => {
        if (dataFiles(db) > 0) filled = true
      },
    }).catch((e: unknown) => e)) as VcfAgentError
    expect(err.code).toBe('VCF_PARSE_BAD_RECORD')
    expect(err.details).toMatchObject({ file: 'broken.vcf', line, field: 'POS' })
    expect(filled).toBe(true)
    expect(await store.discardIfEmpty()).toBe(true)
    await tableGone(db)
    expect(stagingFiles(db)).toBe(0)
  })

  it('should leave no table when a first ingest is interrupted after writing batches', async () => {
    const db = join(tmp(), 'db')
    const store = await openStore(db, { dim: 16 })
    const abort = new AbortController()
    let batches = 0
    let filled = false
    const err = (await ingestVcf(store, join(CORPUS, FILE), {
      batchSize: 100,
      signal: abort.signal,
      onProgress: () => {
        if (dataFiles(db) > 0) filled = true
        if (++batches === 3) abort.abort()
      },
    }).catch((e: unknown) => e)) as VcfAgentError
    expect(err.code).toBe('INGEST_INTERRUPTED')
    expect(filled).toBe(true)
    store.close()
    await tableGone(db)
  })

  it('should tag the version a first ingest ends at, and refuse nothing on an empty tag list', async () => {
    const db = join(tmp(), 'db')
    const store = await openStore(db, { dim: 16 })
    const res = await ingestVcf(store, join(CORPUS, FILE), { batchSize: 500, tag: 'first' })
    expect(res.tag).toBe('first')
    const tags = await store.listTags()
    expect(tags.map((t) => [t.name, t.version])).toEqual([['first', res.version]])
    expect(await (await store.at('first')).countRows()).toBe(golden(FILE, 'split.tsv').length)
    store.close()
  })
})

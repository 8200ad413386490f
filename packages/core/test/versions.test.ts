/**
 * Versions, tags, time travel, release updates and diff on a real table built from two ClinVar releases made with
 * bcftools (the expected changes come from `bcftools query` of both files, never from vcf-agent).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  VcfAgentError,
  diffTable,
  filterRows,
  ingestVcf,
  openStore,
  restoreTable,
  searchHits,
  tableStats,
  type VariantStore,
} from '@vcf-agent/core'
import { buildClinvarReleases } from '@vcf-agent/test-utils'
import { row as makeRow, useTempDir } from './helpers.js'

const tmp = useTempDir()
const row = (i: number) => makeRow(i, 8)
const id = (i: number) => `1-${1000 + i}-A-G`
const FILES = { regionsFile: 'path' } as const

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(VcfAgentError)
    return (e as VcfAgentError).code
  }
  throw new Error('expected a rejection')
}

/** variant_id → clinical_significance of every row of a store (or view). */
async function clnsig(store: VariantStore): Promise<Map<string, string | null>> {
  const rows = await store.filterVariants(undefined, {
    select: ['variant_id', 'clinical_significance'],
  })
  return new Map(rows.map((r) => [r.variant_id, r.clinical_significance ?? null]))
}

/** The audit records of the log, parsed. */
function audit(store: VariantStore): Record<string, unknown>[] {
  return readFileSync(store.auditLogPath!, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

describe('a release update', () => {
  it('should read old values as of the first tag, diff exactly the ids bcftools says changed, and restore the old state as a new version', async () => {
    const dir = tmp()
    const r = buildClinvarReleases(dir)
    expect(r.changed).toEqual(['1-949523-C-T', '1-955596-C-G', '1-957568-A-G'])
    const store = await openStore(join(dir, 'db'), { dim: 32, autoOptimize: false })
    const first = await ingestVcf(store, r.older, { tag: 'clinvar-2017-04' })
    expect(first.inserted).toBe(r.clnsigOlder.size)
    expect(first.tag).toBe('clinvar-2017-04')
    const v1 = first.version!
    expect(await store.listTags()).toEqual([{ name: 'clinvar-2017-04', version: v1 }])

    const second = await ingestVcf(store, r.newer, { updateChanged: true, tag: 'clinvar-2017-05' })
    expect([second.inserted, second.updated, second.unchanged, second.changed]).toEqual([
      r.added.length,
      r.changed.length,
      r.clnsigNewer.size - r.changed.length - r.added.length,
      0,
    ])
    // features-v2 leaves CLNSIG out: a re-classified row keeps its embedding (features-v1 gave each a new one)
    expect(second.embeddingsChanged).toBe(0)
    // one data commit, then the full-text index upkeep (compaction + index update) before the tag: the tag and
    // the reported version name the same, latest version
    expect(second.version).toBeGreaterThan(second.versionBefore! + 1)
    expect(await store.version()).toBe(second.version)

    // latest: the newer release's values (the dropped record is still stored: an update never deletes)
    const latest = await clnsig(store)
    for (const [id, sig] of r.clnsigNewer) expect(latest.get(id)).toBe(sig)
    // as of the first tag: the first release's values, exactly
    const old = await store.at('clinvar-2017-04')
    expect(old.pinnedVersion).toBe(v1)
    expect(Object.fromEntries(await clnsig(old))).toEqual(Object.fromEntries(r.clnsigOlder))
    const stream = filterRows(
      store,
      { as_of: 'clinvar-2017-04', limit: 0, select_columns: ['variant_id'] },
      FILES,
    )
    let n = 0
    for await (const _ of stream) n++
    expect([n, stream.version]).toEqual([r.clnsigOlder.size, v1])
    expect((await tableStats(store, { as_of: String(v1) }, FILES)).version).toBe(v1)
    const hits = await searchHits(store, { like: r.changed[0]!, as_of: 'clinvar-2017-04' }, FILES)
    expect(hits.version).toBe(v1)

    // diff: exactly the ids bcftools found changed, with the columns that differ
    const d = await diffTable(store, { from: 'clinvar-2017-04', to: 'clinvar-2017-05' })
    expect(d.counts).toEqual({ added: r.added.length, removed: 0, changed: r.changed.length })
    expect(d.changed.map((c) => c.variant_id)).toEqual(r.changed)
    for (const c of d.changed) expect(c.columns).toEqual(['clinical_significance', 'info'])

    // restore the first release as a new version: content equal to it, history kept
    const before = await store.version()
    const restored = await restoreTable(store, { version: 'clinvar-2017-04', yes: true })
    expect(restored).toEqual({ restored: v1, version_before: before, version: before + 1 })
    expect(Object.fromEntries(await clnsig(store))).toEqual(Object.fromEntries(r.clnsigOlder))
    expect((await diffTable(store, { from: 'clinvar-2017-04' })).counts).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
    })
    expect(Object.fromEntries(await clnsig(await store.at('clinvar-2017-05')))).toEqual(
      Object.fromEntries([...latest]),
    )

    // the audit log names the versions of every write, and the version of every pinned read
    const records = audit(store)
    const ingests = records.filter((x) => x.action === 'ingest')
    expect(ingests.map((x) => [x.versionAfter, x.details])).toEqual([
      [v1, { file: 'clinvar_2017-04.vcf', tag: 'clinvar-2017-04' }],
      [
        second.version,
        { file: 'clinvar_2017-05.vcf', updateChanged: true, tag: 'clinvar-2017-05' },
      ],
    ])
    expect(ingests[1]!.versionBefore).toBe(second.versionBefore)
    const restoreRecord = records.find((x) => x.action === 'restore')!
    expect([restoreRecord.versionBefore, restoreRecord.versionAfter]).toEqual([before, before + 1])
    expect(records.filter((x) => x.action === 'filter' && x.version === v1).length).toBeGreaterThan(
      0,
    )

    // the version list names each version's operation from the audit log
    const versions = await store.listVersions()
    const byVersion = new Map(versions.map((v) => [v.version, v]))
    expect(byVersion.get(v1)).toMatchObject({ operation: 'ingest', tags: ['clinvar-2017-04'] })
    expect(byVersion.get(second.version!)).toMatchObject({
      operation: 'ingest',
      tags: ['clinvar-2017-05'],
      rows: r.clnsigOlder.size,
    })
    expect(byVersion.get(before + 1)).toMatchObject({
      operation: 'restore',
      rows: r.clnsigOlder.size,
    })
    store.close()
  })

  it('should leave changed rows as stored without updateChanged, and refuse a tag that exists before reading the file', async () => {
    const dir = tmp()
    const r = buildClinvarReleases(dir)
    const store = await openStore(join(dir, 'db'), { dim: 8, autoOptimize: false })
    await ingestVcf(store, r.older, { tag: 'rel' })
    const v = await store.version()
    expect(await codeOf(ingestVcf(store, r.newer, { tag: 'rel' }))).toBe('STORE_TAG_EXISTS')
    expect(await store.version()).toBe(v)
    const plain = await ingestVcf(store, r.newer)
    expect([plain.inserted, plain.updated, plain.changed]).toEqual([0, 0, r.changed.length])
    // nothing to write: no new version
    expect(plain.version).toBe(v)
    for (const [id, sig] of r.clnsigOlder) expect((await clnsig(store)).get(id)).toBe(sig)
    store.close()
  })
})

describe('a commit that fails part-way', () => {
  it('should delete the rows it wrote and put back the rows it replaced', async () => {
    const dir = tmp()
    const r = buildClinvarReleases(dir)
    const store = await openStore(join(dir, 'db'), { dim: 8, autoOptimize: false })
    await ingestVcf(store, r.older)
    const before = Object.fromEntries(await clnsig(store))
    // another writer takes the tag while the file is read: the commit writes its rows, then finds the tag taken
    let taken: Promise<unknown> | undefined
    const err = (await ingestVcf(store, r.newer, {
      updateChanged: true,
      tag: 'rel',
      batchSize: 2,
      onProgress: () => {
        taken ??= store.createTag('rel')
      },
    }).catch((e: unknown) => e)) as VcfAgentError
    await taken
    expect(err.code).toBe('STORE_TAG_EXISTS')
    expect(err.details.rollbackFailed).toBeUndefined()
    expect(Object.fromEntries(await clnsig(store))).toEqual(before)
    expect(await store.countRows()).toBe(r.clnsigOlder.size)
    store.close()
  })
})

describe('versions and tags', () => {
  it('should pin reads to a version while writes go on, and refuse writes through a view', async () => {
    const store = await openStore(tmp(), { dim: 8, autoOptimize: false })
    await store.addVariants([row(1), row(2)])
    const v = await store.version()
    const view = await store.at(v)
    const writes = (async () => {
      for (let i = 3; i < 13; i++) await store.addVariants([row(i)])
    })()
    const counts: number[] = []
    for (let i = 0; i < 10; i++) counts.push(await view.countRows())
    await writes
    expect(new Set(counts)).toEqual(new Set([2]))
    expect(await view.version()).toBe(v)
    expect(await store.countRows()).toBe(12)
    expect(await codeOf(view.addVariants([row(99)]))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await codeOf(view.createTag('x'))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await store.countRows()).toBe(12)
    // the store's own handle was never checked out: it still follows the latest version
    await store.addVariants([row(50)])
    expect(await store.countRows()).toBe(13)
    store.close()
  })

  it('should refuse unknown refs, bad and numeric tag names, existing tags, and unknown tags to delete', async () => {
    const store = await openStore(tmp(), { dim: 8, autoOptimize: false })
    await store.addVariants([row(1)])
    expect(await codeOf(store.at('no-such-tag'))).toBe('STORE_VERSION_NOT_FOUND')
    expect(await codeOf(store.at(999))).toBe('STORE_VERSION_NOT_FOUND')
    expect(await codeOf(store.at('0'))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await codeOf(store.createTag('2024'))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await codeOf(store.createTag('bad name'))).toBe('USAGE_INVALID_ARGUMENT')
    const t = await store.createTag('first')
    expect(t).toEqual({ name: 'first', version: await store.version() })
    expect(await codeOf(store.createTag('first'))).toBe('STORE_TAG_EXISTS')
    expect(await codeOf(store.createTag('other', 999))).toBe('STORE_VERSION_NOT_FOUND')
    expect(await codeOf(store.deleteTag('nope'))).toBe('STORE_TAG_NOT_FOUND')
    expect(await codeOf(restoreTable(store, { version: 'first' }))).toBe(
      'USAGE_CONFIRMATION_REQUIRED',
    )
    expect(await store.deleteTag('first')).toEqual(t)
    expect(await store.listTags()).toEqual([])
    store.close()
  })

  it('should diff added, removed and changed ids of two versions, and cap the lists at max_ids', async () => {
    const store = await openStore(tmp(), { dim: 8, autoOptimize: false })
    await store.addVariants([1, 2, 3, 4, 5].map((i) => row(i)))
    const a = await store.version()
    await store.deleteVariants(`variant_id = '${id(1)}'`)
    await store.updateVariant(id(3), { clinical_significance: 'Benign' })
    await store.updateVariant(id(4), { filter: ['q10'] })
    await store.addVariants([row(6), row(7)])
    const d = await store.diff(a)
    expect(d).toEqual({
      from: a,
      to: await store.version(),
      counts: { added: 2, removed: 1, changed: 2 },
      added: [id(6), id(7)],
      removed: [id(1)],
      changed: [
        { variant_id: id(3), columns: ['clinical_significance'] },
        { variant_id: id(4), columns: ['filter'] },
      ],
      truncated: false,
    })
    const capped = await store.diff(a, undefined, { maxIds: 1 })
    expect([capped.added, capped.changed.length, capped.truncated, capped.counts.added]).toEqual([
      [id(6)],
      1,
      true,
      2,
    ])
    store.close()
  })
})

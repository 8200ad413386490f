import { join } from 'node:path'
import { CORPUS, useTempDir } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { type EmbeddingProvider, type VcfAgentError, ingestVcf, openStore } from '../src/index.js'

/** A provider of another name (a real provider object, not a mock of LanceDB): constant unit vectors. */
function otherEmbedder(dim: number): EmbeddingProvider {
  return {
    name: 'openai:some-model',
    dim,
    embed: (variants) =>
      Promise.resolve(
        variants.map(() => Float32Array.from({ length: dim }, (_, i) => (i === 0 ? 1 : 0))),
      ),
  }
}

const tmp = useTempDir('vcf-agent-embedder-')
const FILE = join(CORPUS, 'bcftools__norm.vcf')

describe('embedder identity', () => {
  it('should record the ingest embedder in the table and refuse another for search and ingest', async () => {
    const db = tmp()
    const store = await openStore(db, { dim: 16, audit: false })
    expect(store.tableEmbedder).toBeUndefined()
    const first = await ingestVcf(store, FILE)
    expect(first.inserted).toBeGreaterThan(0)
    expect(store.tableEmbedder).toBe('features-v2')
    store.close()

    const reopened = await openStore(db, { audit: false })
    expect(reopened.tableEmbedder).toBe('features-v2')
    expect((await reopened.search({ variant: '1:100:A:G' }).limit(3).toArray()).length).toBe(3)
    reopened.close()

    const other = await openStore(db, { audit: false, embedder: otherEmbedder })
    const searchErr = await other
      .search({ variant: '1:100:A:G' })
      .toArray()
      .then(
        () => undefined,
        (e: unknown) => e as VcfAgentError,
      )
    expect([searchErr?.code, searchErr?.details]).toEqual([
      'SCHEMA_MISMATCH',
      { table: 'variants', table_embedder: 'features-v2', embedder: 'openai:some-model' },
    ])
    const before = await other.countRows()
    const ingestErr = await ingestVcf(other, join(CORPUS, 'bcftools__trio.vcf')).then(
      () => undefined,
      (e: unknown) => e as VcfAgentError,
    )
    expect(ingestErr?.code).toBe('SCHEMA_MISMATCH')
    expect(await other.countRows()).toBe(before)
    // a raw vector or a stored variant needs no embedder, so those searches still work
    const [firstRow] = await other.query().select(['variant_id']).limit(1).toArray()
    expect((await other.search({ like: firstRow!.variant_id }).limit(2).toArray()).length).toBe(2)
    other.close()
  })

  it('should record another embedder on a fresh table and then refuse the built-in one', async () => {
    const db = tmp()
    const store = await openStore(db, { dim: 8, audit: false, embedder: otherEmbedder })
    const r = await ingestVcf(store, FILE)
    expect(r.inserted).toBeGreaterThan(0)
    expect(store.tableEmbedder).toBe('openai:some-model')
    store.close()
    const builtin = await openStore(db, { audit: false })
    const err = await builtin
      .search({ variant: '1:100:A:G' })
      .toArray()
      .then(
        () => undefined,
        (e: unknown) => e as VcfAgentError,
      )
    expect(err?.code).toBe('SCHEMA_MISMATCH')
    builtin.close()
  })
})

import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore, VcfAgentError } from '@vcf-agent/core'
import { row, useTempDir, vec } from './helpers.js'

const tmp = useTempDir()

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(VcfAgentError)
    return (e as VcfAgentError).code
  }
  throw new Error('expected a rejection')
}

describe('openStore', () => {
  it('should create the table once and report that it existed afterwards', async () => {
    const db = tmp()
    const a = await openStore(db, { dim: 16 })
    expect(a.created).toBe(true)
    expect(a.dim).toBe(16)
    a.close()
    const b = await openStore(db)
    expect(b.created).toBe(false)
    expect(b.dim).toBe(16)
    expect(b.schemaVersion).toBe(4)
    b.close()
  })

  it('should default to dim 1024 as the original did', async () => {
    const s = await openStore(tmp())
    expect(s.dim).toBe(1024)
    s.close()
  })

  it('should refuse to open a table with another dim and name the difference', async () => {
    const db = tmp()
    ;(await openStore(db, { dim: 16 })).close()
    const err = await openStore(db, { dim: 32 }).catch((e: VcfAgentError) => e)
    expect(err).toBeInstanceOf(VcfAgentError)
    expect((err as VcfAgentError).code).toBe('SCHEMA_MISMATCH')
    expect((err as VcfAgentError).details.differences).toEqual([
      'embedding has dim 16, but dim 32 was requested',
    ])
  })

  it('should create new database folders 0700 and warn about a folder others can write to', async () => {
    const parent = tmp()
    const fresh = join(parent, 'fresh')
    ;(await openStore(fresh, { dim: 4 })).close()
    expect(statSync(fresh).mode & 0o777).toBe(0o700)
    const open = join(parent, 'open')
    mkdirSync(open)
    chmodSync(open, 0o777)
    const warnings: string[] = []
    ;(await openStore(open, { dim: 4, onWarning: (w) => warnings.push(w) })).close()
    expect(warnings).toEqual([
      `Database folder ${open} is writable by group or others (mode 777); run chmod 700 on it.`,
    ])
    expect(statSync(join(fresh, 'audit.log.jsonl')).mode & 0o777).toBe(0o600)
  })

  it('should create the missing folders above a new database 0700, and refuse a path it cannot be', async () => {
    const parent = tmp()
    const deep = join(parent, 'a', 'b', 'db')
    ;(await openStore(deep, { dim: 4 })).close()
    expect(
      [join(parent, 'a'), join(parent, 'a', 'b'), deep].map((d) => statSync(d).mode & 0o777),
    ).toEqual([0o700, 0o700, 0o700])
    const file = join(parent, 'a-file')
    writeFileSync(file, 'x')
    for (const [path, create] of [
      [file, true],
      [join(file, 'db'), true],
      [file, false],
    ] as const) {
      const err = await openStore(path, { dim: 4, create }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(VcfAgentError)
      expect((err as VcfAgentError).code).toBe('USAGE_INVALID_ARGUMENT')
      expect((err as VcfAgentError).message).toBe(
        `db_path ${path}: ${file} is a file, not a folder; give the folder that holds (or is to hold) the LanceDB database.`,
      )
    }
    expect(await codeOf(openStore('', { dim: 4 }))).toBe('USAGE_INVALID_ARGUMENT')
    // Node 20's mkdir({ recursive: true }) loops for ever here; /proc takes no new folders
    const proc = await openStore('/proc/vcf-agent-test/db', { dim: 4 }).catch((e: unknown) => e)
    expect((proc as VcfAgentError).code).toBe('STORE_FAILED')
    expect((proc as VcfAgentError).message).toMatch(
      /^Cannot create the database folder \/proc\/vcf-agent-test\/db: /,
    )
  })

  it('should fail with STORE_TABLE_NOT_FOUND when create is false', async () => {
    expect(await codeOf(openStore(tmp(), { create: false }))).toBe('STORE_TABLE_NOT_FOUND')
  })
})

describe('addVariants', () => {
  it('should write plain arrays and typed arrays and read them back', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants([
      {
        variant_id: 'a',
        embedding: [1, 0, 0, 0],
        chrom: '1',
        pos: 10,
        ref: 'A',
        alt: 'G',
        clinical_significance: 'Benign',
      },
      {
        variant_id: 'b',
        embedding: new Float32Array([0, 1, 0, 0]),
        chrom: 'X',
        pos: 2n ** 40n,
        ref: 'AT',
        alt: 'A',
      },
    ])
    expect(await s.countRows()).toBe(2)
    const b = await s.getVariant('b', {
      select: ['variant_id', 'pos', 'embedding', 'clinical_significance'],
    })
    expect(b?.pos).toBe(2 ** 40)
    expect(Array.from(b!.embedding!)).toEqual([0, 1, 0, 0])
    expect(b?.clinical_significance).toBeNull()
    s.close()
  })

  it.each([
    ['variant_id', { variant_id: '' }, 'must not be empty'],
    ['pos', { pos: -1 }, 'must not be negative (1-based VCF POS; 0 marks a telomere)'],
    ['pos', { pos: 1.5 }, 'must be an integer'],
    ['ref', { ref: '' }, 'must not be empty'],
    ['alt', { alt: undefined }, 'is required'],
    ['embedding', { embedding: [1, 2, 3] }, 'has length 3, expected 4'],
    ['embedding', { embedding: [1, 2, Number.NaN, 4] }, 'element 2 is not a finite number'],
    [
      'embedding',
      { embedding: [1, 1e39, 0, 0] },
      'element 1 (1e+39) is outside the Float32 range (±3.4e38)',
    ],
    ['chromosome', { chromosome: '1' }, 'is not a column of the Variant table'],
    ['alt', { alt: 'G,T' }, 'must be one ALT allele (one row per ALT; split "A,T" into two rows)'],
  ])(
    'should reject a bad %s, naming row and field, and write nothing',
    async (field, patch, problem) => {
      const s = await openStore(tmp(), { dim: 4 })
      const good = row(0, 4)
      const bad = { ...row(1, 4), ...patch }
      const err = (await s
        .addVariants([good, bad as never])
        .catch((e: unknown) => e)) as VcfAgentError
      expect(err.code).toBe('SCHEMA_INVALID_ROW')
      expect(err.details.issues).toEqual([{ row: 1, field, problem }])
      expect(await s.countRows()).toBe(0)
      s.close()
    },
  )
})

describe('searchByEmbedding', () => {
  it('should return the nearest rows with distances, honouring filter and select', async () => {
    const s = await openStore(tmp(), { dim: 8 })
    await s.addVariants(
      Array.from({ length: 20 }, (_, i) => row(i, 8, { chrom: i % 2 ? '1' : '2' })),
    )
    const hits = await s.searchByEmbedding(vec(8, 3), { limit: 3 })
    expect(hits[0]?.variant_id).toBe('1-1003-A-G')
    expect(hits[0]?.distance).toBe(0)
    expect(hits.length).toBe(3)
    expect(hits[1]!.distance).toBeGreaterThan(0)
    const filtered = await s.searchByEmbedding(vec(8, 3), {
      limit: 5,
      filter: "chrom = '2'",
      select: ['variant_id', 'chrom'],
    })
    expect(filtered.map((h) => h.chrom)).toEqual(['2', '2', '2', '2', '2'])
    expect(Object.keys(filtered[0]!).sort()).toEqual(['chrom', 'distance', 'variant_id'])
    s.close()
  })

  it('should reject a vector of the wrong length and a bad filter with typed errors', async () => {
    const s = await openStore(tmp(), { dim: 8 })
    await s.addVariants([row(0, 8)])
    expect(await codeOf(s.searchByEmbedding(vec(7, 1)))).toBe('SCHEMA_INVALID_ROW')
    // unknown columns are refused before LanceDB sees the filter; a type error only LanceDB can find is STORE_BAD_FILTER
    expect(await codeOf(s.searchByEmbedding(vec(8, 1), { filter: 'no_such_column = 1' }))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    expect(await codeOf(s.searchByEmbedding(vec(8, 1), { filter: "het_samples = 'x'" }))).toBe(
      'STORE_BAD_FILTER',
    )
    expect(await codeOf(s.searchByEmbedding(vec(8, 1), { select: ['nope'] }))).toBe(
      'SCHEMA_UNKNOWN_COLUMN',
    )
    s.close()
  })
})

describe('updateVariant', () => {
  it("should quote an id containing ' so it cannot widen the predicate", async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants([row(0, 4, { variant_id: "a'b" }), row(1, 4, { variant_id: 'x' })])
    expect(await s.updateVariant("a'b", { clinical_significance: 'Benign' })).toEqual({
      updated: 1,
    })
    expect(await s.updateVariant("x' OR '1'='1", { clinical_significance: 'Pathogenic' })).toEqual({
      updated: 0,
    })
    expect((await s.getVariant('x'))?.clinical_significance).toBeNull()
    expect((await s.getVariant("a'b"))?.clinical_significance).toBe('Benign')
    s.close()
  })

  it('should report 0 for an unknown id and validate columns and embeddings', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants([row(0, 4)])
    expect(await s.updateVariant('nope', { clinical_significance: 'Benign' })).toEqual({
      updated: 0,
    })
    expect(await codeOf(s.updateVariant('1-1000-A-G', { colour: 'red' } as never))).toBe(
      'SCHEMA_UNKNOWN_COLUMN',
    )
    expect(await codeOf(s.updateVariant('1-1000-A-G', { embedding: [1, 2] }))).toBe(
      'SCHEMA_INVALID_ROW',
    )
    // whole-number floats in a vector and the VCF special QUAL values are written as floats
    expect(
      await s.updateVariant('1-1000-A-G', { embedding: [0, 1, 0.5, 0], qual: Infinity }),
    ).toEqual({
      updated: 1,
    })
    const got = await s.getVariant('1-1000-A-G', { select: ['embedding', 'qual'] })
    expect([Array.from(got!.embedding!), got!.qual]).toEqual([[0, 1, 0.5, 0], Infinity])
    // finite as a double, Infinity once stored as Float32
    expect(await codeOf(s.updateVariant('1-1000-A-G', { embedding: [1e39, 0, 0, 0] }))).toBe(
      'SCHEMA_INVALID_ROW',
    )
    expect(await codeOf(s.updateVariant('1-1000-A-G', { variant_id: 'y' } as never))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    expect(await codeOf(s.updateVariant('1-1000-A-G', {}))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await codeOf(s.updateVariant('1-1000-A-G', { pos: 7 }))).toBe('USAGE_INVALID_ARGUMENT')
    expect(
      await s.updateVariant('1-1000-A-G', {
        embedding: [0, 0, 1, 0],
        qual: 7,
        het_samples: ['S1'],
      }),
    ).toEqual({ updated: 1 })
    const v = await s.getVariant('1-1000-A-G', { select: ['embedding', 'qual', 'het_samples'] })
    expect(Array.from(v!.embedding!)).toEqual([0, 0, 1, 0])
    expect(v?.qual).toBe(7)
    expect(v?.het_samples).toEqual(['S1'])
    s.close()
  })
})

describe('deleteVariants', () => {
  it('should delete matching rows and report the count', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants(Array.from({ length: 10 }, (_, i) => row(i, 4)))
    expect(await s.deleteVariants('pos >= 1007')).toEqual({ deleted: 3 })
    expect(await s.countRows()).toBe(7)
    s.close()
  })

  it('should refuse an empty filter and a filter matching every row unless all is set', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants(Array.from({ length: 5 }, (_, i) => row(i, 4)))
    expect(await codeOf(s.deleteVariants('  '))).toBe('USAGE_INVALID_ARGUMENT')
    // a tautology is refused outright; a filter that happens to match every row needs all
    expect(await codeOf(s.deleteVariants("chrom = 'nope' OR 1=1"))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await codeOf(s.deleteVariants('pos > 0'))).toBe('USAGE_MATCHES_ALL_ROWS')
    expect(await s.countRows()).toBe(5)
    expect(await s.deleteVariants("chrom = 'nope' OR 1=1", { all: true })).toEqual({ deleted: 5 })
    expect(await s.countRows()).toBe(0)
    s.close()
  })
})

describe('createScalarIndex', () => {
  it('should build BTREE, BITMAP and LABEL_LIST indexes and use them in filters', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants(
      Array.from({ length: 30 }, (_, i) =>
        row(i, 4, { het_samples: i % 3 ? ['NA1'] : ['NA2', 'NA3'] }),
      ),
    )
    await s.createScalarIndex('pos')
    await s.createScalarIndex('chrom', 'BITMAP')
    await s.createScalarIndex('het_samples', 'LABEL_LIST')
    const idx = (await s.listIndices()).map((i) => `${i.name}:${i.indexType}`).sort()
    expect(idx).toEqual(['chrom_idx:Bitmap', 'het_samples_idx:LabelList', 'pos_idx:BTree'])
    expect(await s.countRows("array_has_any(het_samples, ['NA3'])")).toBe(10)
    expect(await s.countRows('pos BETWEEN 1005 AND 1009')).toBe(5)
    s.close()
  })

  it('should reject unknown columns, unknown types and an existing index unless replace', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants([row(0, 4)])
    expect(await codeOf(s.createScalarIndex('nope'))).toBe('SCHEMA_UNKNOWN_COLUMN')
    expect(await codeOf(s.createScalarIndex('pos', 'HASH' as never))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await codeOf(s.createScalarIndex('het_samples', 'BTREE'))).toBe('USAGE_INVALID_ARGUMENT')
    await s.createScalarIndex('pos')
    expect(await codeOf(s.createScalarIndex('pos'))).toBe('STORE_INDEX_EXISTS')
    await s.createScalarIndex('pos', 'BTREE', { replace: true })
    expect((await s.listIndices()).length).toBe(1)
    s.close()
  })
})

describe('filterVariants', () => {
  it('should filter, select, limit and count', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants(
      Array.from({ length: 12 }, (_, i) => row(i, 4, { chrom: String(1 + (i % 3)) })),
    )
    const rows = await s.filterVariants("chrom = '3'", { select: ['variant_id', 'pos'], limit: 2 })
    expect(rows).toEqual([
      { variant_id: '1-1002-A-G', pos: 1002 },
      { variant_id: '1-1005-A-G', pos: 1005 },
    ])
    expect(await s.countRows("chrom = '3'")).toBe(4)
    expect(await codeOf(s.filterVariants("chrom = '3' AND"))).toBe('USAGE_INVALID_ARGUMENT')
    expect(await s.getVariant('missing')).toBeUndefined()
    s.close()
  })
})

import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS, useTempDir } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { createFeatureEmbedder, ingestVcf, openStore } from '../src/index.js'

const tmp = useTempDir('vcf-agent-leakage-')
/** ClinVar records with CLNSIG on every line (numeric legacy codes) and a second one with CLNSIG text. */
const CLINVAR = [
  join(CORPUS, 'mgl__clinvar_20170404_13_records.vcf'),
  join(CORPUS, 'ncbi__clinvar.vcf'),
]

/** Stored embeddings by variant_id, as hex of their bytes. */
async function vectorsOf(db: string, file: string, design?: string): Promise<Map<string, string>> {
  const store = await openStore(db, {
    dim: 256,
    audit: false,
    ...(design ? { embedder: createFeatureEmbedder(256, design) } : {}),
  })
  await ingestVcf(store, file)
  const rows = await store.filterVariants(undefined, {
    select: ['variant_id', 'clinical_significance', 'embedding'],
  })
  store.close()
  await store.closed()
  return new Map(
    rows.map((r) => [
      r.variant_id,
      Buffer.from(Float32Array.from(r.embedding as ArrayLike<number>).buffer).toString('hex'),
    ]),
  )
}

/**
 * The file with `##contig` lines for its CHROMs (bcftools refuses undeclared contigs) and no blank lines, and the
 * same file with INFO/CLNSIG removed by bcftools.
 */
function withAndWithoutClnsig(file: string): [string, string] {
  const dir = tmp()
  const lines = readFileSync(file, 'utf8').split('\n')
  const body = lines.findIndex((l) => l.startsWith('#CHROM'))
  const chroms = [
    ...new Set(
      lines
        .slice(body + 1)
        .filter(Boolean)
        .map((l) => l.split('\t')[0]),
    ),
  ]
  const declared = [
    ...lines.slice(0, body),
    ...chroms.map((c) => `##contig=<ID=${c}>`),
    ...lines.slice(body).filter(Boolean), // bcftools stops at the excerpt's blank line; our reader skips it
  ].join('\n')
  const labelled = join(dir, 'labelled.vcf')
  writeFileSync(labelled, declared)
  const stripped = join(dir, 'stripped.vcf')
  writeFileSync(stripped, execFileSync('bcftools', ['annotate', '-x', 'INFO/CLNSIG', labelled]))
  expect(readFileSync(stripped, 'utf8')).not.toContain('CLNSIG=')
  return [labelled, stripped]
}

describe('label-free embeddings', () => {
  it.each(CLINVAR)('should give the same vectors when CLNSIG is stripped from %s', async (file) => {
    const [labelled, stripped] = withAndWithoutClnsig(file)
    expect(readFileSync(labelled, 'utf8')).toContain('CLNSIG=')
    const withLabel = await vectorsOf(tmp(), labelled)
    const withoutLabel = await vectorsOf(tmp(), stripped)
    expect(withLabel.size).toBeGreaterThan(0)
    expect([...withoutLabel.keys()].sort()).toEqual([...withLabel.keys()].sort())
    for (const [id, hex] of withLabel) expect(withoutLabel.get(id), id).toBe(hex)
  })

  it('should show that features-v1 leaks the label (the same check fails for it)', async () => {
    const [labelled, stripped] = withAndWithoutClnsig(CLINVAR[0] as string)
    const withLabel = await vectorsOf(tmp(), labelled, 'features-v1')
    const withoutLabel = await vectorsOf(tmp(), stripped, 'features-v1')
    const changed = [...withLabel].filter(([id, hex]) => withoutLabel.get(id) !== hex)
    expect(changed.length).toBe(withLabel.size)
  })

  it('should keep features-v1 for a table that holds its vectors and use features-v2 for new tables', async () => {
    const db = tmp()
    await vectorsOf(db, CLINVAR[0] as string, 'features-v1')
    const reopened = await openStore(db, { audit: false })
    expect([reopened.tableEmbedder, reopened.embedder.name]).toEqual(['features-v1', 'features-v1'])
    const more = await ingestVcf(reopened, CLINVAR[1] as string)
    expect(more.inserted).toBe(2)
    reopened.close()
    const fresh = await openStore(tmp(), { audit: false, dim: 16 })
    expect(fresh.embedder.name).toBe('features-v2')
    await ingestVcf(fresh, CLINVAR[1] as string)
    expect(fresh.tableEmbedder).toBe('features-v2')
    fresh.close()
  })
})

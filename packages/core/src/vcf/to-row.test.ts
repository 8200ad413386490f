import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COLUMN_NAMES } from '../schema/columns.js'
import { CORPUS, golden } from '../../test/golden.js'
import { readVcf } from './reader.js'
import { recordToRow, rowToRecord } from './to-row.js'

async function rowsOf(file: string) {
  const reader = await readVcf(join(CORPUS, file))
  const out = []
  for await (const rec of reader.rows())
    out.push(recordToRow(rec, { variant_id: `v${out.length}`, source_file: file, ingest_id: 'i' }))
  reader.close()
  return out
}

describe('recordToRow', () => {
  it('should fill every column of COLUMNS but the embedding', async () => {
    const [row] = await rowsOf('bcftools__norm.vcf')
    expect(Object.keys(row!).sort()).toEqual(COLUMN_NAMES.filter((c) => c !== 'embedding').sort())
  })

  it('should store CLNSIG per split row as bcftools prints it', async () => {
    const file = 'mgl__clinvar_20170404_13_records.vcf'
    const expected = golden(file, 'split.clnsig.tsv')
      .filter((r) => r[0] !== '')
      .map((r) => r.slice(0, 5))
    const got = (await rowsOf(file)).map((r) => [
      r.chrom,
      String(r.pos),
      r.ref,
      r.alt,
      r.clinical_significance ?? '.',
    ])
    expect(got).toEqual(expected)
  })
})

describe('rowToRecord', () => {
  it('should turn nulls into "." values and add a stored CLNSIG missing from INFO', () => {
    const rec = rowToRecord({
      variant_id: 'x',
      chrom: '1',
      pos: 5,
      ref: 'A',
      alt: '.',
      qual: null,
      filter: ['PASS'],
      id: null,
      info: '{"DP":[3]}',
      clinical_significance: 'Benign',
    })
    expect(rec).toEqual({
      CHROM: '1',
      POS: 5,
      ID: undefined,
      REF: 'A',
      ALT: [],
      QUAL: undefined,
      FILTER: 'PASS',
      INFO: { DP: [3], CLNSIG: 'Benign' },
    })
    expect(
      rowToRecord(
        { variant_id: 'x', chrom: '1', pos: 5, ref: 'A', alt: 'G', info: '{"DP":[3]}' },
        { info: false },
      ).INFO,
    ).toEqual({})
  })
})

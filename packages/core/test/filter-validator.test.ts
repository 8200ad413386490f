/**
 * Cross-module check: every filter the project itself builds (query/regions, store/column-buffers) passes the
 * filter validator. Lives in test/ because src/filter may import only errors.
 */
import { describe, expect, it } from 'vitest'
import { sqlEquals, sqlIdent, sqlString } from '../src/filter/index.js'
import { genomicFilter } from '../src/query/regions.js'
import { parseRegion } from '../src/vcf/regions.js'
import { posRanges } from '../src/schema/column-buffers.js'
import { COLUMNS, READ, WRITE, refusal } from './filter-helpers.js'

let nested = "chrom = '1'"
for (let i = 0; i < 1000; i++) nested = `(${nested})`

describe('validateFilter (filters the project generates)', () => {
  const generated: string[] = [
    genomicFilter({
      regions: [parseRegion('chr17:43044295-43125483')],
      samples: ['NA12878', "O'Brien"],
      genes: ['BRCA1'],
    })!,
    genomicFilter({
      regions: [parseRegion('1'), parseRegion('2:100-'), parseRegion('X:5-5')],
      hasRlen: false,
    })!,
    genomicFilter({ regions: [parseRegion('1:1-1000')], filter: 'af < 0.01' })!,
    genomicFilter({ samples: ['NA12878'] })!,
    genomicFilter({ genes: ['TP53', 'BRCA2'] })!,
    sqlEquals('ingest_id', '0b7e8c1a-2f4d-4c8e-9a71-3f0e5d2c1b9a'),
    sqlEquals('variant_id', "1-100-A-G' OR '1'='1"),
    posRanges([
      { chrom: '1', pos: 100 },
      { chrom: '1', pos: 900 },
      { chrom: 'X', pos: 5n },
    ])
      .map(
        (r) =>
          `(${sqlIdent('chrom')} = ${sqlString(r.chrom)} AND ${sqlIdent('pos')} >= ${r.minPos} AND ${sqlIdent('pos')} <= ${r.maxPos})`,
      )
      .join(' OR '),
    `${sqlIdent('variant_id')} IN (${['1-100-A-G', "2-5-C-T'", 'X-9-G-<DEL>'].map(sqlString).join(', ')})`,
  ]

  it.each(generated)('should accept %s', (sql) => {
    expect(sql.length).toBeGreaterThan(0)
    expect(refusal(sql, READ)).toBeUndefined()
    expect(refusal(sql, WRITE)).toBeUndefined()
  })

  it('should accept 64 #existingIds ranges (the most the store generates) within a raised maxLength', () => {
    const sql = Array.from(
      { length: 64 },
      (_, i) =>
        `(${sqlIdent('chrom')} = ${sqlString(`chr${i}`)} AND ${sqlIdent('pos')} >= ${i * 1_000_000 + 1} AND ${sqlIdent('pos')} <= ${i * 1_000_000 + 999_999})`,
    ).join(' OR ')
    expect(sql.length).toBeGreaterThan(4096)
    expect(refusal(sql, { columns: COLUMNS, maxLength: 8192 })).toBeUndefined()
  })
})

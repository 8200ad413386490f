import { describe, expect, it } from 'vitest'
import { checkFilter } from './validate.js'
import { READ, WRITE, refusal } from '../../test/filter-helpers.js'

let nested = "chrom = '1'"
for (let i = 0; i < 1000; i++) nested = `(${nested})`

/** Refused only for writes: each matches every row. */
const TAUTOLOGIES: readonly (readonly [string, string])[] = [
  ["chrom = '1' OR 1=1", 'tautology 1 = 1 would match every row'],
  ['1=1', 'tautology 1 = 1'],
  ["'a'='a'", "tautology '***' = '***'"],
  ['TRUE', 'tautology TRUE'],
  ['NOT FALSE', 'tautology NOT (FALSE)'],
  ['2>1', 'tautology 2 > 1'],
  ['pos = pos', 'tautology pos = pos'],
  ['`chrom` = chrom', 'tautology chrom = chrom'],
  [
    "ingest_id = 'x' OR qual IS NULL OR qual IS NOT NULL",
    'tautology qual IS NULL OR qual IS NOT NULL',
  ],
  ["gene = 'BRCA1' OR NOT (gene = 'BRCA1')", 'tautology'],
  ["gene LIKE '%'", 'tautology'],
  ['pos + 1 >= pos + 1', 'tautology'],
  ['NULL IS NULL', 'tautology'],
  ["1 IN (1, 2) AND 'b' BETWEEN 'a' AND 'c'", 'tautology'],
  ['af < 0.5 OR af >= 0.5', 'tautology'],
]

describe('findTautology (through checkFilter)', () => {
  it.each(TAUTOLOGIES)('should refuse %j for writes and allow it for reads', (sql, fragment) => {
    const write = refusal(sql, WRITE)
    expect(write).toBeDefined()
    expect(write!.join('\n')).toContain(fragment)
    expect(refusal(sql, READ)).toBeUndefined()
    expect(checkFilter(sql, READ)).toEqual({ problems: [], tautology: true })
  })

  it('should not flag ordinary delete predicates', () => {
    for (const sql of [
      "ingest_id = 'abc'",
      'pos = 1 OR pos = 2',
      'qual IS NULL',
      "chrom = '1' AND (pos = pos + 1 OR 1=0)",
      'pos > pos - 1',
      "gene LIKE 'B%'",
    ]) {
      expect(checkFilter(sql, WRITE)).toEqual({ problems: [], tautology: false })
    }
  })
})

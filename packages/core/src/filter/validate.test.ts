import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors/errors.js'
import { FILTER_FUNCTIONS } from './rules.js'
import { validateFilter } from './validate.js'
import { COLUMNS, READ, WRITE, refusal } from '../../test/filter-helpers.js'

let nested = "chrom = '1'"
for (let i = 0; i < 1000; i++) nested = `(${nested})`

/** [filter, a fragment the refusal must contain]: refused for reads (and so for writes). */
const HOSTILE: readonly (readonly [string, string])[] = [
  ["'x' OR 'a'='a'", 'string literal is not a condition'],
  ["chrom = '1'; DROP TABLE variants", 'multiple statements'],
  ["chrom = '1';", 'multiple statements'],
  ["chrom = '1' -- comment", 'comments are not allowed'],
  ["/* c */ chrom = '1'", 'comments are not allowed'],
  ["chrom = '1' */", 'comments are not allowed'],
  ["chrom = '1' # mysql comment", 'character #'],
  ['sleep(10)', 'function sleep is not allowed'],
  ["pg_read_file('x') = 'y'", 'function pg_read_file is not allowed'],
  ["version() = '1'", 'function version is not allowed'],
  ["pg_catalog.pg_read_file('x') = 'y'", 'function pg_catalog.pg_read_file is not allowed'],
  ['pos IN (SELECT pos FROM t)', 'subqueries are not allowed'],
  ['EXISTS (SELECT 1)', 'EXISTS subqueries are not allowed'],
  ['pos = (SELECT max(pos) FROM variants)', 'not allowed'],
  ['pos = 1 UNION SELECT 1', 'single valid SQL condition'],
  ["chrom = '1') UNION (SELECT * FROM variants", 'unbalanced'],
  ["patient_email = 'a@b.c'", 'unknown column patient_email'],
  ["chr\u043Em = '1'", 'non-ASCII character U+043E'],
  ["variant_id = 'a\\' OR 1=1 --'", 'comments are not allowed'],
  ["variant_id = 'a\\' OR chrom = chrom --", 'comments are not allowed'],
  ["variant_id = 'unterminated", 'not terminated'],
  ['x'.repeat(100_000), 'characters long; the limit is 4096'],
  [`pos = ${'9'.repeat(5000)}`, 'the limit is 4096'],
  [nested, 'nesting deeper than 64'],
  ['CASE WHEN pos = 1 THEN TRUE ELSE FALSE END', 'CASE expressions are not allowed'],
  ['', 'the filter is empty'],
  [' \t\n ', 'the filter is empty'],
  ['chrom = "1"', 'double-quoted text is not allowed'],
  ["CAST(pos AS STRING) = '1'", 'CAST is not allowed'],
  ['count(*) > 1', 'aggregate functions are not allowed'],
  ["t.chrom = '1'", 'qualified column names'],
  ["het_samples[0] = 'NA12878'", 'single valid SQL condition'],
  ["E'\\x41' = chrom", 'string prefixes'],
  ['pos = 0x1F', 'malformed number'],
  ['pos % 2 = 0', 'operator % is not allowed'],
  ["chrom || 'x' = '1x'", 'operator | is not allowed'],
  ['pos = @@version', 'variables (@)'],
  ['pos = $1', 'character $'],
  ['pos = ?', 'parameters (?)'],
  ['pos::text = 1', 'character :'],
  ["chrom = '1' ORDER BY pos", 'single valid SQL condition'],
  ["chrom = '1' LIMIT 1", 'single valid SQL condition'],
  ['IF(pos = 1, TRUE, FALSE)', 'function if is not allowed'],
  ["DATE '2020-01-01' = pos", 'typed literals'],
  ["`chrom; DROP` = '1'", 'backtick-quoted identifier must be a plain column name'],
  ['`patient_email` = 1', 'unknown column patient_email'],
  ['__vcfn0 = 1', 'reserved'],
  ['pos + 1', 'arithmetic expression is not a condition'],
  ['42', 'number is not a condition'],
  ['lower(gene)', 'function lower does not return a condition'],
  ['qual IS TRUE', 'only IS NULL and IS NOT NULL'],
  ["chrom = '1' AND", 'single valid SQL condition'],
  ["pos IN ['a']", 'single valid SQL condition'],
  ["['a'] = het_samples", 'list literals [...] are only allowed as function arguments'],
  ['array_has_any(het_samples, [gene])', 'list literals may hold only literal values'],
  ['array_has_any(het_samples)', 'takes 2 argument(s)'],
  ['pos = 1\u0000', 'control characters'],
  ['pos = (1', 'unbalanced'],
  ["SAFE.lower(gene) = 'a'", 'function SAFE.lower is not allowed'],
  ['abs(pos) OVER () > 1', 'window functions (OVER) are not allowed'],
]

/** Realistic filters that must pass for reads and writes. */
const VALID: readonly string[] = [
  "chrom = '17' AND pos BETWEEN 43044295 AND 43125483",
  "clinical_significance IN ('Pathogenic', 'Likely_pathogenic')",
  "gene LIKE 'BRCA%'",
  "gene NOT LIKE 'HLA-%'",
  'af < 0.01',
  'af < 1e-3',
  'af <= .05',
  'qual IS NOT NULL',
  'qual IS NULL',
  "array_has_any(het_samples, ['NA12878'])",
  "array_has_all(hom_alt_samples, ['NA12878', 'NA12891'])",
  "array_contains(het_samples, 'NA12878')",
  'array_length(het_samples) > 0',
  "`chrom` = 'X'",
  "NOT (variant_class = 'SNV')",
  'pos + rlen - 1 >= 100',
  'coalesce(rlen, character_length(ref)) > 1',
  "variant_id = 'it''s'",
  "variant_id = 'a\\'",
  "variant_id = 'x'' OR 1=1 --'",
  "lower(gene) = 'brca1' OR upper(gene) = 'TP53'",
  'abs(af - 0.5) < 0.1 AND length(alt) = 1',
  "chrom <> 'MT' AND chrom != 'Y'",
  "clinical_significance NOT IN ('Benign')",
  'pos NOT BETWEEN 1 AND 10000',
  'qual > -1',
  "CHROM = '1'",
  "filter = 'PASS' AND (af >= 0.01 OR qual * 2 / 3 > 10)",
  "info = 'DP=10;AF=0.5' AND id = 'rs123'",
  "gene = 'БРКА' AND chrom = 'chr1'",
  "source_file = '/data/a b.vcf.gz' AND source_line >= 10",
  'af = TRUE OR af IS NULL',
]

describe('validateFilter (hostile corpus)', () => {
  it('should have at least 30 hostile inputs', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30)
  })

  it.each(HOSTILE)('should refuse %j for reads and writes', (sql, fragment) => {
    const read = refusal(sql, READ)
    expect(read).toBeDefined()
    expect(read!.join('\n')).toContain(fragment)
    expect(refusal(sql, WRITE)).toEqual(expect.arrayContaining(read!))
  })

  it('should never echo literal values in problems or messages', () => {
    const secret = 'SECRET-patient-42'
    const cases: [string, typeof READ][] = [
      [`patient_email = '${secret}'`, READ],
      [`sleep('${secret}')`, READ],
      [`'${secret}' = '${secret}'`, WRITE],
      [`chrom = '${secret}' OR 'a' = 'a'`, WRITE],
      [`variant_id = '${secret}' OR variant_id != '${secret}'`, WRITE],
    ]
    for (const [sql, options] of cases) {
      let message = ''
      let details = ''
      try {
        validateFilter(sql, options)
      } catch (err) {
        message = (err as UsageError).message
        details = JSON.stringify((err as UsageError).details)
      }
      expect(message).toMatch(/^Filter refused: /)
      expect(message).not.toContain(secret)
      expect(details).not.toContain(secret)
    }
  })

  it('should list several problems at once', () => {
    const problems = refusal("sleep(1) = 1 AND patient_email = 'x' AND version() = 2")!
    expect(problems).toEqual([
      'function sleep is not allowed',
      'unknown column patient_email',
      'function version is not allowed',
    ])
  })

  it('should throw only UsageError for any input, including non-strings and random junk', () => {
    const junk: unknown[] = [
      undefined,
      null,
      42,
      {},
      ['a'],
      "'",
      '`',
      '((((',
      '))))',
      '[',
      ']]',
      "''''",
      '\u{1F600}',
      'NOT',
      'AND OR',
      ', ,',
    ]
    let seed = 7
    const alphabet = 'abcpos_chrom \'`()[],=<>!+-*/.0123456789ANDORNOTINLIKEISNULL\\"%;'
    for (let i = 0; i < 300; i++) {
      let s = ''
      for (let j = 0; j < 40; j++) {
        seed = (seed * 1103515245 + 12345) % 2147483648
        s += alphabet[seed % alphabet.length]
      }
      junk.push(s)
    }
    const refusals = junk.flatMap((input) => {
      try {
        validateFilter(input as string, READ)
        return []
      } catch (err) {
        return [err]
      }
    })
    for (const err of refusals) {
      expect(err).toBeInstanceOf(UsageError)
      expect((err as UsageError).code).toBe('USAGE_INVALID_ARGUMENT')
    }
    expect(refusals.length).toBeGreaterThan(junk.length * 0.9)
  })

  it('should respect maxLength before parsing', () => {
    expect(refusal("chrom = '1'", { columns: COLUMNS, maxLength: 5 })).toEqual([
      'the filter is 11 characters long; the limit is 5',
    ])
    expect(refusal("chrom = '1'", { columns: COLUMNS, maxLength: 11 })).toBeUndefined()
  })

  it('should accept 64 levels of parentheses but not 65', () => {
    const wrap = (n: number): string => `${'('.repeat(n)}pos = 1${')'.repeat(n)}`
    expect(refusal(wrap(64))).toBeUndefined()
    expect(refusal(wrap(65))).toEqual(['nesting deeper than 64 levels is not allowed'])
  })

  it('should refuse a column missing from the allowed list even if it exists elsewhere', () => {
    expect(refusal("chrom = '1'", { columns: ['pos'] })).toEqual(['unknown column chrom'])
    expect(refusal('`Pos` = 1', { columns: ['pos'] })).toEqual(['unknown column Pos'])
  })
})

describe('validateFilter (valid filters)', () => {
  it('should have at least 15 valid filters', () => {
    expect(VALID.length).toBeGreaterThanOrEqual(15)
  })

  it.each(VALID)('should accept %j for reads and writes', (sql) => {
    expect(refusal(sql, READ)).toBeUndefined()
    expect(refusal(sql, WRITE)).toBeUndefined()
  })

  it('should allowlist exactly the documented functions', () => {
    expect([...FILTER_FUNCTIONS.keys()].sort()).toEqual([
      'abs',
      'array_contains',
      'array_has',
      'array_has_all',
      'array_has_any',
      'array_length',
      'char_length',
      'character_length',
      'coalesce',
      'length',
      'lower',
      'upper',
    ])
  })
})

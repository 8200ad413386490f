import { describe, expect, it } from 'vitest'
import { UsageError } from '../src/errors/errors.js'
import { genomicFilter, parseRegion } from '../src/query/regions.js'
import { posRanges } from '../src/store/column-buffers.js'
import { sqlEquals, sqlIdent, sqlString } from '../src/store/filter.js'
import { checkFilter, FILTER_FUNCTIONS, validateFilter } from '../src/store/filter-validator.js'

const COLUMNS = [
  'variant_id', 'embedding', 'chrom', 'pos', 'ref', 'alt', 'clinical_significance', 'id', 'qual', 'filter', 'info', 'gene', 'af',
  'variant_class', 'rlen', 'het_samples', 'hom_alt_samples', 'source_file', 'source_line', 'ingest_id',
] as const
const READ = { columns: COLUMNS }
const WRITE = { columns: COLUMNS, forWrite: true }

/** The problems validateFilter reports, or undefined when it accepts. Fails the test on any non-UsageError. */
function refusal(sql: string, options: { columns: readonly string[]; forWrite?: boolean; maxLength?: number } = READ): string[] | undefined {
  try {
    validateFilter(sql, options)
    return undefined
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError)
    const e = err as UsageError
    expect(e.code).toBe('USAGE_INVALID_ARGUMENT')
    const problems = e.details.problems as string[]
    expect(problems.length).toBeGreaterThan(0)
    expect(e.message).toContain(problems[0]!)
    return problems
  }
}

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
  ["IF(pos = 1, TRUE, FALSE)", 'function if is not allowed'],
  ["DATE '2020-01-01' = pos", 'typed literals'],
  ["`chrom; DROP` = '1'", 'backtick-quoted identifier must be a plain column name'],
  ['`patient_email` = 1', 'unknown column patient_email'],
  ['__vcfn0 = 1', 'reserved'],
  ['pos + 1', 'arithmetic expression is not a condition'],
  ['42', 'number is not a condition'],
  ["lower(gene)", 'function lower does not return a condition'],
  ['qual IS TRUE', 'only IS NULL and IS NOT NULL'],
  ["chrom = '1' AND", 'single valid SQL condition'],
  ["pos IN ['a']", 'single valid SQL condition'],
  ["['a'] = het_samples", 'list literals [...] are only allowed as function arguments'],
  ['array_has_any(het_samples, [gene])', 'list literals may hold only literal values'],
  ["array_has_any(het_samples)", 'takes 2 argument(s)'],
  ['pos = 1\u0000', 'control characters'],
  ['pos = (1', 'unbalanced'],
  ["SAFE.lower(gene) = 'a'", 'function SAFE.lower is not allowed'],
  ['abs(pos) OVER () > 1', 'window functions (OVER) are not allowed'],
]

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
  ["ingest_id = 'x' OR qual IS NULL OR qual IS NOT NULL", 'tautology qual IS NULL OR qual IS NOT NULL'],
  ["gene = 'BRCA1' OR NOT (gene = 'BRCA1')", 'tautology'],
  ["gene LIKE '%'", 'tautology'],
  ['pos + 1 >= pos + 1', 'tautology'],
  ['NULL IS NULL', 'tautology'],
  ["1 IN (1, 2) AND 'b' BETWEEN 'a' AND 'c'", 'tautology'],
  ["af < 0.5 OR af >= 0.5", 'tautology'],
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

describe('validateFilter — hostile corpus', () => {
  it('has at least 30 hostile inputs', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30)
  })

  it.each(HOSTILE)('refuses %j for reads and writes', (sql, fragment) => {
    const read = refusal(sql, READ)
    expect(read).toBeDefined()
    expect(read!.join('\n')).toContain(fragment)
    expect(refusal(sql, WRITE)).toEqual(expect.arrayContaining(read!))
  })

  it('never echoes literal values in problems or messages', () => {
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

  it('lists several problems at once', () => {
    const problems = refusal("sleep(1) = 1 AND patient_email = 'x' AND version() = 2")!
    expect(problems).toEqual(['function sleep is not allowed', 'unknown column patient_email', 'function version is not allowed'])
  })

  it('throws only UsageError for any input, including non-strings and random junk', () => {
    const junk: unknown[] = [undefined, null, 42, {}, ['a'], "'", '`', '((((', '))))', '[', ']]', "''''", '\u{1F600}', 'NOT', 'AND OR', ', ,']
    let seed = 7
    const alphabet = "abcpos_chrom '`()[],=<>!+-*/.0123456789ANDORNOTINLIKEISNULL\\\"%;"
    for (let i = 0; i < 300; i++) {
      let s = ''
      for (let j = 0; j < 40; j++) {
        seed = (seed * 1103515245 + 12345) % 2147483648
        s += alphabet[seed % alphabet.length]
      }
      junk.push(s)
    }
    let refused = 0
    for (const input of junk) {
      try {
        validateFilter(input as string, READ)
      } catch (err) {
        expect(err).toBeInstanceOf(UsageError)
        expect((err as UsageError).code).toBe('USAGE_INVALID_ARGUMENT')
        refused++
      }
    }
    expect(refused).toBeGreaterThan(junk.length * 0.9)
  })

  it('respects maxLength before parsing', () => {
    expect(refusal("chrom = '1'", { columns: COLUMNS, maxLength: 5 })).toEqual(['the filter is 11 characters long; the limit is 5'])
    expect(refusal("chrom = '1'", { columns: COLUMNS, maxLength: 11 })).toBeUndefined()
  })

  it('accepts 64 levels of parentheses but not 65', () => {
    const wrap = (n: number): string => `${'('.repeat(n)}pos = 1${')'.repeat(n)}`
    expect(refusal(wrap(64))).toBeUndefined()
    expect(refusal(wrap(65))).toEqual(['nesting deeper than 64 levels is not allowed'])
  })

  it('refuses a column missing from the allowed list even if it exists elsewhere', () => {
    expect(refusal("chrom = '1'", { columns: ['pos'] })).toEqual(['unknown column chrom'])
    expect(refusal('`Pos` = 1', { columns: ['pos'] })).toEqual(['unknown column Pos'])
  })
})

describe('validateFilter — tautologies', () => {
  it.each(TAUTOLOGIES)('refuses %j for writes, allows it for reads', (sql, fragment) => {
    const write = refusal(sql, WRITE)
    expect(write).toBeDefined()
    expect(write!.join('\n')).toContain(fragment)
    expect(refusal(sql, READ)).toBeUndefined()
    expect(checkFilter(sql, READ)).toEqual({ problems: [], tautology: true })
  })

  it('does not flag ordinary delete predicates', () => {
    for (const sql of ["ingest_id = 'abc'", "pos = 1 OR pos = 2", "qual IS NULL", "chrom = '1' AND (pos = pos + 1 OR 1=0)", 'pos > pos - 1', "gene LIKE 'B%'"]) {
      expect(checkFilter(sql, WRITE)).toEqual({ problems: [], tautology: false })
    }
  })
})

describe('validateFilter — valid filters', () => {
  it('has at least 15 valid filters', () => {
    expect(VALID.length).toBeGreaterThanOrEqual(15)
  })

  it.each(VALID)('accepts %j for reads and writes', (sql) => {
    expect(refusal(sql, READ)).toBeUndefined()
    expect(refusal(sql, WRITE)).toBeUndefined()
  })

  it('allowlists exactly the documented functions', () => {
    expect([...FILTER_FUNCTIONS.keys()].sort()).toEqual([
      'abs', 'array_contains', 'array_has', 'array_has_all', 'array_has_any', 'array_length', 'char_length', 'character_length', 'coalesce', 'length',
      'lower', 'upper',
    ])
  })
})

describe('validateFilter — filters the project generates', () => {
  const generated: string[] = [
    genomicFilter({ regions: [parseRegion('chr17:43044295-43125483')], samples: ['NA12878', "O'Brien"], genes: ['BRCA1'] })!,
    genomicFilter({ regions: [parseRegion('1'), parseRegion('2:100-'), parseRegion('X:5-5')], hasRlen: false })!,
    genomicFilter({ regions: [parseRegion('1:1-1000')], filter: "af < 0.01" })!,
    genomicFilter({ samples: ['NA12878'] })!,
    genomicFilter({ genes: ['TP53', 'BRCA2'] })!,
    sqlEquals('ingest_id', '0b7e8c1a-2f4d-4c8e-9a71-3f0e5d2c1b9a'),
    sqlEquals('variant_id', "1-100-A-G' OR '1'='1"),
    posRanges([
      { chrom: '1', pos: 100 },
      { chrom: '1', pos: 900 },
      { chrom: 'X', pos: 5n },
    ])
      .map((r) => `(${sqlIdent('chrom')} = ${sqlString(r.chrom)} AND ${sqlIdent('pos')} >= ${r.minPos} AND ${sqlIdent('pos')} <= ${r.maxPos})`)
      .join(' OR '),
    `${sqlIdent('variant_id')} IN (${['1-100-A-G', "2-5-C-T'", 'X-9-G-<DEL>'].map(sqlString).join(', ')})`,
  ]

  it.each(generated)('accepts %s', (sql) => {
    expect(sql.length).toBeGreaterThan(0)
    expect(refusal(sql, READ)).toBeUndefined()
    expect(refusal(sql, WRITE)).toBeUndefined()
  })

  it('accepts 64 #existingIds ranges (the most the store generates) within a raised maxLength', () => {
    const sql = Array.from({ length: 64 }, (_, i) => `(${sqlIdent('chrom')} = ${sqlString(`chr${i}`)} AND ${sqlIdent('pos')} >= ${i * 1_000_000 + 1} AND ${sqlIdent('pos')} <= ${i * 1_000_000 + 999_999})`).join(' OR ')
    expect(sql.length).toBeGreaterThan(4096)
    expect(refusal(sql, { columns: COLUMNS, maxLength: 8192 })).toBeUndefined()
  })
})

describe('validateFilter — performance', () => {
  const typical = (i: number): string => `\`chrom\` = '${i % 22}' AND pos BETWEEN ${i} AND ${i + 1000} AND array_has_any(het_samples, ['NA${i}'])`

  it('checks a typical filter in well under 1 ms once its shape has been parsed (literals differ)', () => {
    for (let i = 0; i < 2000; i++) validateFilter(typical(i), READ)
    const n = 2000
    const t0 = performance.now()
    for (let i = 1; i <= n; i++) validateFilter(typical(i + 5000), READ)
    const perCall = (performance.now() - t0) / n
    expect(perCall).toBeLessThan(0.1)
  })

  it('parses a new shape in a few milliseconds', () => {
    const shapes = Array.from({ length: 50 }, (_, i) => `${typical(i)}${' AND qual > 1'.repeat(i + 1)}`)
    const t0 = performance.now()
    for (const sql of shapes) validateFilter(sql, READ)
    const perCall = (performance.now() - t0) / shapes.length
    expect(perCall).toBeLessThan(20)
  })
})

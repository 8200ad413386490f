import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SENSITIVE_COLUMNS,
  describeUpdate,
  maskDetails,
  maskFilter,
  maskValue,
  redactMessage,
} from '../src/audit/index.js'

describe('maskFilter', () => {
  it.each([
    // The original Python tool's own examples.
    ["patient_email = 'john.doe@example.com'", "patient_email = '***'"],
    ["ssn = '123-45-6789'", "ssn = '***'"],
    ['patient_id = 1234567890', 'patient_id = ***'],
    ["variant_id = '1-100-A-G''; DROP TABLE x; --'", "variant_id = '***'"],
    // Values that must stay readable around the masked ones.
    ["chrom = '1'", "chrom = '***'"],
    ['pos > 1000 AND clinical_significance IS NOT NULL', 'pos > *** AND clinical_significance IS NOT NULL'],
    ["chrom IN ('1', '2', 'X') AND NOT (gene IN ('BRCA1'))", "chrom IN ('***', '***', '***') AND NOT (gene IN ('***'))"],
    ['pos BETWEEN 1000 AND 2000', 'pos BETWEEN *** AND ***'],
    ['pos NOT BETWEEN 43044295 AND 43125483', 'pos NOT BETWEEN *** AND ***'],
    [
      "((chrom = '17' AND (pos > 100 OR pos < -5)) OR gene = 'BRCA1')",
      "((chrom = '***' AND (pos > *** OR pos < -***)) OR gene = '***')",
    ],
    ["gene LIKE 'BRCA%' AND clinical_significance ILIKE '%pathogenic%'", "gene LIKE '***' AND clinical_significance ILIKE '***'"],
    ["array_has_any(het_samples, ['NA12878', 'NA12891'])", "array_has_any(het_samples, ['***', '***'])"],
    ['af_2 > 0.05 AND col1 = 3e-4 AND qual >= 1.5E+3 AND x = 0xFF', 'af_2 > *** AND col1 = *** AND qual >= *** AND x = ***'],
    ['flag = TRUE OR info IS NULL OR gene IS NOT NULL', 'flag = TRUE OR info IS NULL OR gene IS NOT NULL'],
  ])('should mask %j as %j', (input, expected) => {
    expect(maskFilter(input)).toBe(expected)
  })

  it('should keep plain names in backticks and mask double-quoted runs, which LanceDB lexes as strings', () => {
    expect(maskFilter("`CHROM` = '1' AND \"variant_id\" = 'x'")).toBe("`CHROM` = '***' AND \"***\" = '***'")
    expect(maskFilter('"john doe" = 1 OR `jane@example.org` IS NULL OR `john doe` = 2')).toBe(
      '"***" = *** OR `***` IS NULL OR `***` = ***',
    )
  })

  it('should not be fooled by quotes, comment markers and semicolons inside strings', () => {
    expect(maskFilter("a = 'x -- y; /* z */' AND b = 'it''s'")).toBe("a = '***' AND b = '***'")
    expect(maskFilter('raw = X\'DEADBEEF\' AND d = $$secret$$ AND note = "it""s"')).toBe(
      "raw = X'***' AND d = '***' AND note = \"***\"",
    )
  })

  it('should treat a backslash as an ordinary character, as LanceDB does', () => {
    expect(maskFilter("path = 'C:\\' OR name = 'bob'")).toBe("path = '***' OR name = '***'")
  })

  it('should mask comment text but keep that a comment was there', () => {
    expect(maskFilter("chrom = '1' -- patient jane 1234567\nAND pos > 5")).toBe("chrom = '***' -- ***\nAND pos > ***")
    expect(maskFilter("/* jane /* nested */ doe */ chrom = '1'")).toBe("/* *** */ chrom = '***'")
  })

  it('should mask an unterminated string to the end, so a stray quote never reveals the rest', () => {
    expect(maskFilter("patient = 'jane AND x = 1")).toBe("patient = '***")
    expect(maskFilter("info = 'x")).toBe("info = '***")
  })

  it('should mask names that are not columns when the column list is given, catching unquoted values', () => {
    const columns = ['chrom', 'pos', 'patient', 'het_samples']
    // Lexed as SQL, `'1 AND patient = '` is one string and `jane` a column name: only the column list exposes it.
    expect(maskFilter("chrom = '1 AND patient = 'jane")).toBe("chrom = '***'jane")
    expect(maskFilter("chrom = '1 AND patient = 'jane", { columns })).toBe("chrom = '***'***")
    expect(maskFilter('patient = jane OR "Doe" IS NULL', { columns })).toBe('patient = *** OR "***" IS NULL')
    expect(maskFilter("CHROM = '1' AND array_has_any(het_samples, ['S1']) AND pos IS NOT NULL", { columns })).toBe(
      "CHROM = '***' AND array_has_any(het_samples, ['***']) AND pos IS NOT NULL",
    )
  })

  it('should keep whitespace and parameters as written', () => {
    expect(maskFilter("  chrom\t=\n'1'  AND pos = $1 AND gene = ?")).toBe("  chrom\t=\n'***'  AND pos = $1 AND gene = ?")
    expect(maskFilter('')).toBe('')
  })
})

describe('maskValue', () => {
  it('should mask the genotype columns and configured PII columns whatever the value', () => {
    expect(maskValue('het_samples', ['NA12878', 'NA12891'])).toBe('***')
    expect(maskValue('hom_alt_samples', null)).toBe('***')
    expect(maskValue('Patient_ID', 1234567890)).toBe('***')
    expect(maskValue('participant_code', 'P-0042')).toBe('P-0042')
    expect(maskValue('participant_code', 'P-0042', { sensitiveColumns: ['participant_code'] })).toBe('***')
    expect(DEFAULT_SENSITIVE_COLUMNS.slice(0, 2)).toEqual(['het_samples', 'hom_alt_samples'])
  })

  it('should log an embedding as its length only', () => {
    expect(maskValue('embedding', new Float32Array(1024))).toBe('[1024 floats]')
    expect(maskValue('embedding', [0.1, 0.2, 0.3])).toBe('[3 floats]')
    expect(maskValue('query', new Float64Array(8))).toBe('[8 floats]')
  })

  it('should leave other values readable', () => {
    expect(maskValue('chrom', '1')).toBe('1')
    expect(maskValue('pos', 43044295)).toBe(43044295)
    expect(maskValue('filter', ['PASS'])).toEqual(['PASS'])
    expect(maskValue('pos', undefined)).toBeUndefined()
  })
})

describe('maskDetails', () => {
  it('should mask nested rows, update values, free text and SQL in details', () => {
    const details = {
      rows: [{ variant_id: '17-43044295-T-C', het_samples: ['NA12878'], embedding: new Float32Array(4), pos: 43044295 }],
      updates: { clinical_significance: 'Benign', gene: 'BRCA1' },
      error: "No row matches 'john.doe@example.com' (ssn 123-45-6789)",
      where: "patient_id = 1234567890 AND chrom = '1'",
      filter: 'PASS',
      count: 3n,
      patient_email: 'john.doe@example.com',
    }
    expect(maskDetails(details)).toEqual({
      rows: [{ variant_id: '17-43044295-T-C', het_samples: '***', embedding: '[4 floats]', pos: 43044295 }],
      updates: { columns: ['clinical_significance', 'gene'] },
      error: "No row matches '***' (ssn ***)",
      where: "patient_id = *** AND chrom = '***'",
      filter: 'PASS',
      count: '3',
      patient_email: '***',
    })
    expect(details.updates).toEqual({ clinical_significance: 'Benign', gene: 'BRCA1' })
  })

  it('should cut off structures nested deeper than 8 levels', () => {
    let deep: Record<string, unknown> = { leaf: 1 }
    for (let i = 0; i < 10; i++) deep = { d: deep }
    const masked = maskDetails(deep)
    let cur: unknown = masked
    for (let i = 0; i < 8; i++) cur = (cur as { d: unknown }).d
    expect(cur).toBe('[nested too deep]')
  })
})

describe('describeUpdate', () => {
  it('should name the updated columns, sorted, never the values', () => {
    expect(describeUpdate({ gene: 'BRCA2', clinical_significance: 'Pathogenic' })).toEqual({
      columns: ['clinical_significance', 'gene'],
    })
    expect(describeUpdate({})).toEqual({ columns: [] })
  })
})

describe('redactMessage', () => {
  it.each([
    ["Invalid value 'john.doe@example.com' for patient_email", "Invalid value '***' for patient_email"],
    ['contact john.doe@example.com about ssn 123-45-6789 and id 1234567890', 'contact *** about ssn *** and id ***'],
    ["Table doesn't exist: can't open 'variants'", "Table doesn't exist: can't open '***'"],
    ['No variant with id "1-100-A-G" in table variants', 'No variant with id "***" in table variants'],
    ["'1-100-A-G''; DROP TABLE x; --' was rejected", "'***' was rejected"],
    ['No field named `chrom` at line 42 (dim 1024)', 'No field named `chrom` at line 42 (dim 1024)'],
    ['sample patient1234567 failed', 'sample patient*** failed'],
  ])('should redact %j as %j', (input, expected) => {
    expect(redactMessage(input)).toBe(expected)
  })

  it('should mask a filter that a LanceDB parse error repeats verbatim, short numbers included', () => {
    const filter = 'patient_id = 4711 AND (pos > 100'
    const message =
      `lance error: Invalid user input: Error parsing statement: SELECT 1 FROM t WHERE ${filter} ` +
      '(sql parser error: Expected: ), found: EOF), lance-datafusion-8.0.0/src/sql.rs:113:22'
    expect(redactMessage(message, { filters: [filter, undefined] })).toBe(
      'lance error: Invalid user input: Error parsing statement: SELECT 1 FROM t WHERE patient_id = *** AND (pos > *** ' +
        '(sql parser error: Expected: ), found: EOF), lance-datafusion-8.0.0/src/sql.rs:113:22',
    )
    expect(redactMessage(message)).toMatch(/patient_id = 4711/)
  })
})

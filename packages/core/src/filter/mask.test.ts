import { describe, expect, it } from 'vitest'
import { maskFilter } from './mask.js'

describe('maskFilter', () => {
  it.each([
    // The original Python tool's own examples.
    ["patient_email = 'john.doe@example.com'", "patient_email = '***'"],
    ["ssn = '123-45-6789'", "ssn = '***'"],
    ['patient_id = 1234567890', 'patient_id = ***'],
    ["variant_id = '1-100-A-G''; DROP TABLE x; --'", "variant_id = '***'"],
    // Values that must stay readable around the masked ones.
    ["chrom = '1'", "chrom = '***'"],
    [
      'pos > 1000 AND clinical_significance IS NOT NULL',
      'pos > *** AND clinical_significance IS NOT NULL',
    ],
    [
      "chrom IN ('1', '2', 'X') AND NOT (gene IN ('BRCA1'))",
      "chrom IN ('***', '***', '***') AND NOT (gene IN ('***'))",
    ],
    ['pos BETWEEN 1000 AND 2000', 'pos BETWEEN *** AND ***'],
    ['pos NOT BETWEEN 43044295 AND 43125483', 'pos NOT BETWEEN *** AND ***'],
    [
      "((chrom = '17' AND (pos > 100 OR pos < -5)) OR gene = 'BRCA1')",
      "((chrom = '***' AND (pos > *** OR pos < -***)) OR gene = '***')",
    ],
    [
      "gene LIKE 'BRCA%' AND clinical_significance ILIKE '%pathogenic%'",
      "gene LIKE '***' AND clinical_significance ILIKE '***'",
    ],
    [
      "array_has_any(het_samples, ['NA12878', 'NA12891'])",
      "array_has_any(het_samples, ['***', '***'])",
    ],
    [
      'af_2 > 0.05 AND col1 = 3e-4 AND qual >= 1.5E+3 AND x = 0xFF',
      'af_2 > *** AND col1 = *** AND qual >= *** AND x = ***',
    ],
    [
      'flag = TRUE OR info IS NULL OR gene IS NOT NULL',
      'flag = TRUE OR info IS NULL OR gene IS NOT NULL',
    ],
  ])('should mask %j as %j', (input, expected) => {
    expect(maskFilter(input)).toBe(expected)
  })

  it('should keep plain names in backticks and mask double-quoted runs, which LanceDB lexes as strings', () => {
    expect(maskFilter("`CHROM` = '1' AND \"variant_id\" = 'x'")).toBe(
      "`CHROM` = '***' AND \"***\" = '***'",
    )
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
    expect(maskFilter("chrom = '1' -- patient jane 1234567\nAND pos > 5")).toBe(
      "chrom = '***' -- ***\nAND pos > ***",
    )
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
    expect(maskFilter('patient = jane OR "Doe" IS NULL', { columns })).toBe(
      'patient = *** OR "***" IS NULL',
    )
    expect(
      maskFilter("CHROM = '1' AND array_has_any(het_samples, ['S1']) AND pos IS NOT NULL", {
        columns,
      }),
    ).toBe("CHROM = '***' AND array_has_any(het_samples, ['***']) AND pos IS NOT NULL")
  })

  it('should keep whitespace and parameters as written', () => {
    expect(maskFilter("  chrom\t=\n'1'  AND pos = $1 AND gene = ?")).toBe(
      "  chrom\t=\n'***'  AND pos = $1 AND gene = ?",
    )
    expect(maskFilter('')).toBe('')
  })
})

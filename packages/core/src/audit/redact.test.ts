import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SENSITIVE_COLUMNS,
  describeUpdate,
  maskDetails,
  maskValue,
  redactMessage,
} from './redact.js'

describe('maskValue', () => {
  it('should mask the genotype columns and configured PII columns whatever the value', () => {
    expect(maskValue('het_samples', ['NA12878', 'NA12891'])).toBe('***')
    expect(maskValue('sample_data', '0/1:35\t1/1:40')).toBe('***')
    expect(maskValue('hom_alt_samples', null)).toBe('***')
    expect(maskValue('Patient_ID', 1234567890)).toBe('***')
    expect(maskValue('participant_code', 'P-0042')).toBe('P-0042')
    expect(
      maskValue('participant_code', 'P-0042', { sensitiveColumns: ['participant_code'] }),
    ).toBe('***')
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
      rows: [
        {
          variant_id: '17-43044295-T-C',
          het_samples: ['NA12878'],
          embedding: new Float32Array(4),
          pos: 43044295,
        },
      ],
      updates: { clinical_significance: 'Benign', gene: 'BRCA1' },
      error: "No row matches 'john.doe@example.com' (ssn 123-45-6789)",
      where: "patient_id = 1234567890 AND chrom = '1'",
      filter: 'PASS',
      count: 3n,
      patient_email: 'john.doe@example.com',
    }
    expect(maskDetails(details)).toEqual({
      rows: [
        {
          variant_id: '17-43044295-T-C',
          het_samples: '***',
          embedding: '[4 floats]',
          pos: 43044295,
        },
      ],
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
    [
      "Invalid value 'john.doe@example.com' for patient_email",
      "Invalid value '***' for patient_email",
    ],
    [
      'contact john.doe@example.com about ssn 123-45-6789 and id 1234567890',
      'contact *** about ssn *** and id ***',
    ],
    ["Table doesn't exist: can't open 'variants'", "Table doesn't exist: can't open '***'"],
    [
      'No variant with id "1-100-A-G" in table variants',
      'No variant with id "***" in table variants',
    ],
    ["'1-100-A-G''; DROP TABLE x; --' was rejected", "'***' was rejected"],
    [
      'No field named `chrom` at line 42 (dim 1024)',
      'No field named `chrom` at line 42 (dim 1024)',
    ],
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

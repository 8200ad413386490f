/**
 * Shared by the filter tests: the Variant column names as a test writes them (not read from the code under
 * test), read and write options, and `refusal()`, which returns the problems `validateFilter` reports.
 */
import { expect } from 'vitest'
import { UsageError } from '../src/errors/errors.js'
import { validateFilter } from '../src/filter/validate.js'

export const COLUMNS = [
  'variant_id',
  'embedding',
  'chrom',
  'pos',
  'ref',
  'alt',
  'clinical_significance',
  'id',
  'qual',
  'filter',
  'info',
  'gene',
  'af',
  'variant_class',
  'rlen',
  'het_samples',
  'hom_alt_samples',
  'source_file',
  'source_line',
  'ingest_id',
  'genes',
] as const
export const READ = { columns: COLUMNS }
export const WRITE = { columns: COLUMNS, forWrite: true }

/** The problems validateFilter reports, or undefined when it accepts. Fails the test on any non-UsageError. */
export function refusal(
  sql: string,
  options: { columns: readonly string[]; forWrite?: boolean; maxLength?: number } = READ,
): string[] | undefined {
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

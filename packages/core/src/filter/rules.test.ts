import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_FILTER_LENGTH, FILTER_FUNCTIONS, lengthProblem, safeName } from './rules.js'

describe('lengthProblem', () => {
  it('should refuse non-strings, blank filters and filters over the limit', () => {
    expect(lengthProblem(42, 10)).toBe('the filter must be a string')
    expect(lengthProblem(' \t\n', 10)).toBe('the filter is empty')
    expect(lengthProblem('x'.repeat(11), 10)).toBe(
      'the filter is 11 characters long; the limit is 10',
    )
    expect(lengthProblem('x'.repeat(10), 10)).toBeUndefined()
    expect(DEFAULT_MAX_FILTER_LENGTH).toBe(4096)
  })
})

describe('safeName', () => {
  it('should keep plain names and replace anything else, cut at 64 characters', () => {
    expect(safeName('pg_catalog.pg_read_file')).toBe('pg_catalog.pg_read_file')
    expect(safeName("a@b'c")).toBe('a?b?c')
    expect(safeName('x'.repeat(70))).toBe(`${'x'.repeat(64)}…`)
  })
})

describe('FILTER_FUNCTIONS', () => {
  it('should give every function a sane arity range', () => {
    for (const [name, [min, max]] of FILTER_FUNCTIONS) {
      expect(name).toBe(name.toLowerCase())
      expect(min).toBeGreaterThanOrEqual(1)
      expect(max).toBeGreaterThanOrEqual(min)
    }
  })
})

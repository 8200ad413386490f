import { describe, expect, it } from 'vitest'
import { isTrustedFilter, trustFilter } from './trust.js'

describe('trustFilter', () => {
  it('should remember the exact text it returns, and only that', () => {
    const where = trustFilter("`chrom` = '1'")
    expect(where).toBe("`chrom` = '1'")
    expect(isTrustedFilter(where)).toBe(true)
    expect(isTrustedFilter("`chrom` = '1' ")).toBe(false)
  })

  it('should keep only the last 256 filters', () => {
    const first = trustFilter('trust-test-0')
    for (let i = 1; i <= 256; i++) trustFilter(`trust-test-${i}`)
    expect(isTrustedFilter(first)).toBe(false)
    expect(isTrustedFilter('trust-test-256')).toBe(true)
  })
})

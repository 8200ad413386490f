import { describe, expect, it } from 'vitest'
import { isObj, parseShape } from './parse.js'

describe('parseShape', () => {
  it('should return the WHERE tree of a single condition', () => {
    const where = parseShape("gene =  's0'  AND pos >  __vcfn0 ")
    expect(isObj(where)).toBe(true)
    expect((where as { type: string; operator: string }).operator).toBe('AND')
  })

  it('should refuse anything but one SELECT … WHERE condition', () => {
    expect(parseShape('pos = 1 UNION SELECT 1')).toBe(
      'syntax error: the filter is not a single valid SQL condition',
    )
    expect(parseShape("gene =  's0'  ORDER BY pos")).toBe(
      'syntax error: the filter is not a single valid SQL condition',
    )
  })

  it('should return the cached result for a repeated shape', () => {
    const a = parseShape('pos <  __vcfn0 ')
    expect(parseShape('pos <  __vcfn0 ')).toBe(a)
  })
})

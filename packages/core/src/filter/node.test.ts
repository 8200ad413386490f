import { describe, expect, it } from 'vitest'
import { isLiteral, type Node, renderNode } from './node.js'

const tree: Node = {
  k: 'or',
  items: [
    { k: 'cmp', op: '=', l: { k: 'col', name: 'gene' }, r: { k: 'str', v: "O'Brien" } },
    {
      k: 'in',
      e: { k: 'col', name: 'pos' },
      items: [
        { k: 'num', v: 1, text: '1' },
        { k: 'neg', e: { k: 'num', v: 2, text: '2' } },
      ],
      neg: true,
    },
    { k: 'not', e: { k: 'isnull', e: { k: 'col', name: 'qual' }, neg: false } },
  ],
}

describe('renderNode', () => {
  it('should print a canonical text with values, quoting strings as SQL does', () => {
    expect(renderNode(tree, false)).toBe(
      "(gene = 'O''Brien' OR pos NOT IN (1, -2) OR NOT (qual IS NULL))",
    )
  })

  it('should mask string values (numbers stay) for problem messages', () => {
    expect(renderNode(tree, true)).toBe(
      "(gene = '***' OR pos NOT IN (1, -2) OR NOT (qual IS NULL))",
    )
  })
})

describe('isLiteral', () => {
  it('should accept literal values and negated numbers only', () => {
    expect(isLiteral({ k: 'null' })).toBe(true)
    expect(isLiteral({ k: 'neg', e: { k: 'num', v: 1, text: '1' } })).toBe(true)
    expect(isLiteral({ k: 'col', name: 'pos' })).toBe(false)
    expect(isLiteral({ k: 'neg', e: { k: 'col', name: 'pos' } })).toBe(false)
  })
})

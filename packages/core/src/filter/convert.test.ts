import { describe, expect, it } from 'vitest'
import { checkConditions, convertWhere } from './convert.js'
import type { Node } from './node.js'
import { parseShape } from './parse.js'
import { lexShape } from './shape.js'

function convert(
  sql: string,
  columns: readonly string[] = ['chrom', 'pos', 'het_samples'],
): { node: Node | undefined; problems: string[] } {
  const problems = new Set<string>()
  const lexed = lexShape(sql, problems)
  if (!lexed) throw new Error(`lexing failed: ${[...problems].join('; ')}`)
  const where = parseShape(lexed.shape)
  if (typeof where === 'string') throw new Error(where)
  const node = convertWhere({ lexed, columns: new Set(columns), problems }, where, 0)
  return { node, problems: [...problems] }
}

describe('convertWhere', () => {
  it('should build the normalized tree with literal values restored', () => {
    expect(convert("`chrom` = 'X' AND pos BETWEEN 10 AND 20").node).toEqual({
      k: 'and',
      items: [
        { k: 'cmp', op: '=', l: { k: 'col', name: 'chrom' }, r: { k: 'str', v: 'X' } },
        {
          k: 'between',
          e: { k: 'col', name: 'pos' },
          lo: { k: 'num', v: 10, text: '10' },
          hi: { k: 'num', v: 20, text: '20' },
          neg: false,
        },
      ],
    })
  })

  it('should lowercase unquoted names and keep backtick-quoted ones as written', () => {
    expect(convert('CHROM IS NULL').node).toEqual({
      k: 'isnull',
      e: { k: 'col', name: 'chrom' },
      neg: false,
    })
    expect(convert('`CHROM` IS NULL').problems).toEqual(['unknown column CHROM'])
  })

  it('should collect every refusal in the tree', () => {
    expect(convert("sleep(1) = 1 OR secret = 'x' OR pos IN (1, 2)").problems).toEqual([
      'function sleep is not allowed',
      'unknown column secret',
    ])
  })

  it('should allow list literals only as function arguments', () => {
    expect(convert("array_has_any(het_samples, ['a', 'b'])").node).toMatchObject({
      k: 'fn',
      name: 'array_has_any',
    })
    expect(convert("['a'] = het_samples").problems).toEqual([
      'list literals [...] are only allowed as function arguments',
    ])
  })
})

describe('checkConditions', () => {
  it('should refuse parts that cannot be conditions, through AND, OR and NOT', () => {
    const problems = new Set<string>()
    const { node } = convert("chrom = '1' OR NOT (pos + 1) AND 'x'")
    checkConditions(node!, problems)
    expect([...problems]).toEqual([
      'an arithmetic expression is not a condition',
      'a string literal is not a condition',
    ])
  })
})

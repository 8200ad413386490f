import { describe, expect, it } from 'vitest'
import { evaluateNode, NON_CONSTANT } from './evaluate.js'
import type { Node } from './node.js'

const num = (v: number): Node => ({ k: 'num', v, text: String(v) })
const col: Node = { k: 'col', name: 'pos' }
const NULL: Node = { k: 'null' }

describe('evaluateNode', () => {
  it('should fold column-free comparisons and arithmetic', () => {
    expect(
      evaluateNode({
        k: 'cmp',
        op: '>',
        l: { k: 'arith', op: '+', l: num(1), r: num(2) },
        r: num(2),
      }),
    ).toBe(true)
    expect(evaluateNode({ k: 'arith', op: '/', l: num(1), r: num(0) })).toBe(NON_CONSTANT)
  })

  it('should follow SQL three-valued logic', () => {
    expect(evaluateNode({ k: 'cmp', op: '=', l: NULL, r: num(1) })).toBeNull()
    expect(evaluateNode({ k: 'or', items: [NULL, { k: 'bool', v: true }] })).toBe(true)
    expect(evaluateNode({ k: 'and', items: [NULL, { k: 'bool', v: false }] })).toBe(false)
    expect(evaluateNode({ k: 'and', items: [NULL, { k: 'bool', v: true }] })).toBeNull()
    expect(evaluateNode({ k: 'in', e: num(3), items: [num(1), NULL], neg: false })).toBeNull()
    expect(evaluateNode({ k: 'isnull', e: NULL, neg: false })).toBe(true)
  })

  it('should report NON_CONSTANT for anything that reads a row', () => {
    expect(evaluateNode({ k: 'cmp', op: '=', l: col, r: col })).toBe(NON_CONSTANT)
    expect(evaluateNode({ k: 'or', items: [col, { k: 'bool', v: false }] })).toBe(NON_CONSTANT)
  })

  it('should fold the allowlisted functions on constants', () => {
    expect(evaluateNode({ k: 'fn', name: 'lower', args: [{ k: 'str', v: 'AbC' }] })).toBe('abc')
    expect(evaluateNode({ k: 'fn', name: 'coalesce', args: [NULL, num(4)] })).toBe(4)
    const list: Node = {
      k: 'list',
      items: [
        { k: 'str', v: 'a' },
        { k: 'str', v: 'b' },
      ],
    }
    expect(evaluateNode({ k: 'fn', name: 'array_has_all', args: [list, list] })).toBe(true)
  })
})

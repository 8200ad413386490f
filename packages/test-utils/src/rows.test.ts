import { describe, expect, it } from 'vitest'
import { jsonRow, jsonVec, row, vec } from './rows.js'

describe('vec', () => {
  it('should give the same Float32Array for the same seed', () => {
    expect(vec(4, 7)).toEqual(vec(4, 7))
    expect(vec(3, 0)).toMatchInlineSnapshot(`
      Float32Array [
        0,
        0.3020251989364624,
        -0.5758411884307861,
      ]
    `)
  })
})

describe('jsonVec', () => {
  it('should round vec to 6 decimals and survive JSON', () => {
    const v = jsonVec(3, 0)
    expect(v).toEqual([0, 0.302025, -0.575841])
    expect(JSON.parse(JSON.stringify(v))).toEqual(v)
  })
})

describe('row / jsonRow', () => {
  it('should build row i with overrides', () => {
    const r = row(2, 3, { gene: 'BRCA1', alt: 'T' })
    expect(r.variant_id).toBe('1-1002-A-G')
    expect(r.pos).toBe(1002)
    expect(r.alt).toBe('T')
    expect(r.gene).toBe('BRCA1')
    expect(r.embedding).toEqual(vec(3, 2))
    expect(jsonRow(2, 3).embedding).toEqual(jsonVec(3, 2))
  })
})

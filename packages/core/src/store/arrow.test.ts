/**
 * Rows out of Arrow: 64-bit integers read as two 32-bit halves must equal `Number(bigint)` (ECMAScript §21.1.1.1)
 * for every value, negative and beyond 2^32, nulls stay null, and every row gets its columns' values.
 */
import { describe, expect, it } from 'vitest'
import { arrow, tableToRows } from './arrow.js'

describe('tableToRows', () => {
  it('should read Int64 and UInt64 values exactly, nulls as null', () => {
    const signed = [
      0n,
      1n,
      -1n,
      4294967295n,
      4294967296n,
      -4294967297n,
      2n ** 40n + 5n,
      -(2n ** 52n),
    ]
    const big = 2n ** 60n + 1n // beyond 2^53: read through Number(bigint), as before
    const values = [...signed, big, null]
    const i64 = arrow.vectorFromArray(values, new arrow.Int64())
    const u64 = arrow.vectorFromArray([0n, 4294967296n, 2n ** 63n, null], new arrow.Uint64())
    const t1 = new arrow.Table({ source_line: i64 })
    const t2 = new arrow.Table({ pos: u64 })
    expect(
      tableToRows(t1).map((r) => (r as unknown as { source_line: number | null }).source_line),
    ).toEqual(values.map((v) => (v == null ? null : Number(v))))
    expect(tableToRows(t2).map((r) => r.pos)).toEqual([0, 4294967296, Number(2n ** 63n), null])
  })

  it('should give every row the values of its own index, across record batches', () => {
    const a = new arrow.Table({
      chrom: arrow.vectorFromArray(['1', '2', 'X']),
      pos: arrow.vectorFromArray([10n, 20n, 30n], new arrow.Int64()),
    })
    const b = new arrow.Table({
      chrom: arrow.vectorFromArray(['Y']),
      pos: arrow.vectorFromArray([40n], new arrow.Int64()),
    })
    const both = a.concat(b)
    expect(tableToRows(both)).toEqual([
      { chrom: '1', pos: 10 },
      { chrom: '2', pos: 20 },
      { chrom: 'X', pos: 30 },
      { chrom: 'Y', pos: 40 },
    ])
  })
})

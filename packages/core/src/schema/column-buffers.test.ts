import { describe, expect, it } from 'vitest'
import { buffersToTable, tableToRows, variantSchema } from '../store/arrow.js'
import { BatchBuilder, utf8Buffers } from './column-buffers.js'

/** The strings back from the buffers, decoded with Node's own UTF-8 decoder (null where the bit is clear). */
function decode(b: ReturnType<typeof utf8Buffers>): (string | null)[] {
  const out: (string | null)[] = []
  for (let i = 0; i + 1 < b.offsets.length; i++) {
    const valid = !b.validity || ((b.validity[i >> 3]! >> (i & 7)) & 1) === 1
    out.push(
      valid ? Buffer.from(b.data.subarray(b.offsets[i], b.offsets[i + 1])).toString('utf8') : null,
    )
  }
  return out
}

describe('utf8Buffers', () => {
  it('should write ASCII, multi-byte and null values with byte offsets, growing the buffer as it must', () => {
    // a long 3-byte string last: it cannot fit the room left after the ASCII ones, so the buffer grows
    const values = ['A', null, 'Ünïcödé', '', 'rs80357906', '😀', '字'.repeat(5000)]
    const b = utf8Buffers(values)
    expect(b.nullCount).toBe(1)
    expect(decode(b)).toEqual(values.map((v) => v ?? null))
    // offsets are UTF-8 byte offsets: 'Ünïcödé' is 11 bytes, '😀' 4, '字' 3 each
    expect(b.offsets[b.offsets.length - 1]).toBe(
      values.reduce((n, v) => n + Buffer.byteLength(v ?? ''), 0),
    )
    expect(b.data.byteLength).toBe(1 + 11 + 10 + 4 + 15_000)
  })

  it('should give an empty buffer and no validity for no values, and for empty strings only', () => {
    expect(utf8Buffers([]).data.byteLength).toBe(0)
    const e = utf8Buffers(['', ''])
    expect([...e.offsets]).toEqual([0, 0, 0])
    expect(e.validity).toBeNull()
  })
})

describe('BatchBuilder', () => {
  it('should give the rows back through Arrow as they were added, past its first capacity and with nulls anywhere', () => {
    const dim = 3
    // a null first seen at row 11 (not a byte boundary) in one column, row 0 in another, none in a third
    const rows = Array.from({ length: 37 }, (_, i) => ({
      variant_id: `1-${i + 1}-A-G`,
      chrom: i < 20 ? '1' : 'X',
      pos: i + 1,
      ref: 'A',
      alt: 'G',
      clinical_significance: i === 0 || i % 5 === 0 ? null : 'Benign',
      id: i === 11 || i === 30 ? null : i % 2 === 0 ? [] : [`rs${i}`, `rs${i}b`],
      qual: i >= 11 && i % 3 === 0 ? null : i / 2,
      filter: ['PASS'],
      info: '{}',
      rlen: i === 36 ? null : 1,
      gene: 'Ü字😀'.repeat(i),
    }))
    const b = new BatchBuilder(dim, 1)
    rows.forEach((r, i) => b.add(r, [i, -i, 0.5]))
    expect(b.length).toBe(37)
    expect(b.ranges()).toEqual([
      { chrom: '1', minPos: 1, maxPos: 20 },
      { chrom: 'X', minPos: 21, maxPos: 37 },
    ])
    const out = tableToRows(buffersToTable(b.finish(), variantSchema(dim)))
    expect(out.map((r) => r.clinical_significance)).toEqual(
      rows.map((r) => r.clinical_significance),
    )
    expect(out.map((r) => r.id)).toEqual(rows.map((r) => r.id))
    expect(out.map((r) => r.qual)).toEqual(rows.map((r) => r.qual))
    expect(out.map((r) => r.rlen)).toEqual(rows.map((r) => r.rlen))
    expect(out.map((r) => r.gene)).toEqual(rows.map((r) => r.gene))
    expect(out.map((r) => r.pos)).toEqual(rows.map((r) => r.pos))
    expect(Array.from(out[36]!.embedding as ArrayLike<number>)).toEqual([36, -36, 0.5])
    // a column never given is all null
    expect(out.map((r) => r.af)).toEqual(rows.map(() => null))
  })
})

import { describe, expect, it } from 'vitest'
import { utf8Buffers } from './column-buffers.js'

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

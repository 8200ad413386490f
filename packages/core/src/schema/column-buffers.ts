/**
 * Variant rows as plain column buffers (typed arrays only, no Arrow objects), so a batch can be built in a worker
 * thread and transferred to the writer without copying. `store/arrow.ts` wraps them into Arrow data. Pure row →
 * buffer building from {@link COLUMNS}: no store, no Arrow.
 *
 * @module
 * @internal
 */
import { COLUMNS, type ColumnSpec } from './columns.js'
import type { VariantInput } from './variant.js'

/** A row to convert: a {@link VariantInput} whose embedding may be given separately as one flat buffer. @internal */
export type BufferRow = Omit<VariantInput, 'embedding'> & { embedding?: VariantInput['embedding'] }

/** Validity bitmap (bit set = value present) and null count. @internal */
export interface Validity {
  validity: Uint8Array | null
  nullCount: number
}
/** A Utf8 column: UTF-8 bytes and `length + 1` offsets. @internal */
export interface Utf8Buffers extends Validity {
  kind: 'utf8'
  data: Uint8Array
  offsets: Int32Array
}
/** A List<Utf8> column. @internal */
export interface ListBuffers extends Validity {
  kind: 'utf8_list'
  offsets: Int32Array
  child: Utf8Buffers
}
/** An Int64 or Float64 column. @internal */
export interface NumberBuffers extends Validity {
  kind: 'int64' | 'float64'
  data: BigInt64Array | Float64Array
}
/** The embedding column: `length × dim` floats, row-major. @internal */
export interface EmbeddingBuffers {
  kind: 'embedding'
  data: Float32Array
}
/** One column's buffers. @internal */
export type ColumnBuffers = Utf8Buffers | ListBuffers | NumberBuffers | EmbeddingBuffers
/** A batch of rows as column buffers, in schema order. @internal */
export interface BatchBuffers {
  length: number
  dim: number
  columns: { name: string; buffers: ColumnBuffers }[]
}

function validity(n: number, isNull: (i: number) => boolean): Validity {
  const bitmap = new Uint8Array((n + 7) >> 3)
  let nullCount = 0
  for (let i = 0; i < n; i++) {
    if (isNull(i)) nullCount++
    else bitmap[i >> 3]! |= 1 << (i & 7)
  }
  return { validity: nullCount > 0 ? bitmap : null, nullCount }
}

/**
 * UTF-8 strings (null allowed) into one buffer, in one pass: each string is written where the last one ended into a
 * buffer sized from the UTF-16 lengths, grown only when a string might not fit (at most 3 bytes per UTF-16 unit).
 * Much faster than a per-string builder, and it never measures a string apart from writing it. @internal
 */
export function utf8Buffers(values: readonly (string | null | undefined)[]): Utf8Buffers {
  const n = values.length
  let units = 0
  for (let i = 0; i < n; i++) units += values[i]?.length ?? 0
  // most text is ASCII (one byte per unit); room for a little more before growing
  let buf = Buffer.allocUnsafeSlow(units + (units >> 4) + 64)
  const offsets = new Int32Array(n + 1)
  let at = 0
  for (let i = 0; i < n; i++) {
    const v = values[i]
    if (v) {
      if (buf.length - at < v.length * 3) {
        const need = at + v.length * 3
        const next = Buffer.allocUnsafeSlow(Math.max(need, buf.length * 2))
        buf.copy(next, 0, 0, at)
        buf = next
      }
      at += buf.write(v, at, 'utf8')
    }
    offsets[i + 1] = at
  }
  return {
    kind: 'utf8',
    data: new Uint8Array(buf.buffer, buf.byteOffset, at),
    offsets,
    ...validity(n, (i) => values[i] == null),
  }
}

function columnBuffers(
  spec: ColumnSpec,
  rows: readonly BufferRow[],
  dim: number,
  flatEmbeddings?: Float32Array,
): ColumnBuffers {
  const n = rows.length
  const get = (r: BufferRow): unknown => (r as unknown as Record<string, unknown>)[spec.name]
  switch (spec.kind) {
    case 'embedding': {
      if (flatEmbeddings) return { kind: 'embedding', data: flatEmbeddings }
      const data = new Float32Array(n * dim)
      rows.forEach((r, i) => data.set(r.embedding ?? [], i * dim))
      return { kind: 'embedding', data }
    }
    case 'utf8':
      return utf8Buffers(
        rows.map((r) => {
          const v = get(r)
          return v == null ? null : typeof v === 'string' ? v : JSON.stringify(v)
        }),
      )
    case 'utf8_list': {
      const lists = rows.map((r) => get(r) as readonly string[] | null | undefined)
      const offsets = new Int32Array(n + 1)
      const flat: string[] = []
      lists.forEach((l, i) => {
        if (l) for (const x of l) flat.push(x)
        offsets[i + 1] = flat.length
      })
      return {
        kind: 'utf8_list',
        offsets,
        child: utf8Buffers(flat),
        ...validity(n, (i) => lists[i] == null),
      }
    }
    case 'int64':
    case 'float64': {
      const values = rows.map(get)
      const data = spec.kind === 'int64' ? new BigInt64Array(n) : new Float64Array(n)
      for (let i = 0; i < n; i++) {
        const v = values[i]
        if (v == null) continue
        if (spec.kind === 'int64') (data as BigInt64Array)[i] = BigInt(v as number)
        else (data as Float64Array)[i] = v as number
      }
      return {
        kind: spec.kind,
        data,
        ...validity(n, (i) => values[i] == null),
      }
    }
  }
}

/**
 * Converts rows to column buffers in schema order. `flatEmbeddings` (length × dim floats) replaces the rows'
 * `embedding` fields when the caller already has them in one buffer.
 * @internal
 */
export function rowsToBuffers(
  rows: readonly BufferRow[],
  dim: number,
  flatEmbeddings?: Float32Array,
  columns: readonly ColumnSpec[] = COLUMNS,
): BatchBuffers {
  return {
    length: rows.length,
    dim,
    columns: columns.map((c) => ({
      name: c.name,
      buffers: columnBuffers(c, rows, dim, flatEmbeddings),
    })),
  }
}

/** The ArrayBuffers of a batch, for `postMessage` transfer lists. @internal */
export function transferables(batch: BatchBuffers): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>()
  const add = (a: ArrayBufferView | null): void => {
    if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer)
  }
  for (const { buffers: b } of batch.columns) {
    if (b.kind !== 'utf8_list') add(b.data)
    if (b.kind !== 'embedding') {
      add(b.validity)
      if (b.kind === 'utf8' || b.kind === 'utf8_list') add(b.offsets)
      if (b.kind === 'utf8_list') {
        add(b.child.data)
        add(b.child.offsets)
        add(b.child.validity)
      }
    }
  }
  return [...out]
}

/** A chromosome's POS range (1-based, inclusive) within a batch. @internal */
export interface PosRange {
  chrom: string
  minPos: number
  maxPos: number
}

/** Per-chromosome POS ranges of rows, in first-seen order. @internal */
export function posRanges(rows: readonly { chrom: string; pos: number | bigint }[]): PosRange[] {
  const by = new Map<string, PosRange>()
  for (const r of rows) {
    const pos = Number(r.pos)
    const cur = by.get(r.chrom)
    if (!cur) by.set(r.chrom, { chrom: r.chrom, minPos: pos, maxPos: pos })
    else {
      if (pos < cur.minPos) cur.minPos = pos
      if (pos > cur.maxPos) cur.maxPos = pos
    }
  }
  return [...by.values()]
}

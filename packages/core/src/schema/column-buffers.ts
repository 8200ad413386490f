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

/** Growing validity: no bitmap until the first null, then one bit per row (set = value present). */
class ValidityBuilder {
  #bits: Uint8Array | null = null
  nullCount = 0

  /** Records row `i` (rows are added in order) as present or null. */
  add(i: number, present: boolean): void {
    if (present) {
      if (this.#bits) this.#room(i)[i >> 3]! |= 1 << (i & 7)
      return
    }
    if (!this.#bits) {
      // the first null: every row before it was present
      const bits = new Uint8Array(Math.max(64, (i >> 3) * 2 + 1))
      bits.fill(0xff, 0, i >> 3)
      for (let j = i & ~7; j < i; j++) bits[j >> 3]! |= 1 << (j & 7)
      this.#bits = bits
    }
    this.#room(i)
    this.nullCount++
  }

  #room(i: number): Uint8Array {
    if (this.#bits!.length <= i >> 3) {
      const next = new Uint8Array(this.#bits!.length * 2 + (i >> 3))
      next.set(this.#bits!)
      this.#bits = next
    }
    return this.#bits!
  }

  finish(n: number): Validity {
    if (this.nullCount === 0 || !this.#bits) return { validity: null, nullCount: 0 }
    return { validity: this.#room(n).subarray(0, (n + 7) >> 3), nullCount: this.nullCount }
  }
}

/** Strings up to this many UTF-16 units are copied unit by unit when ASCII (see {@link writeShort}). */
const SHORT = 24

/**
 * Writes a short string at `at` and returns where it ends: ASCII is copied unit by unit, which for the short strings
 * most columns hold (CHROM, alleles, ids, sample names) costs ~45 ns against ~150 ns for a `Buffer.write` call; a
 * string with any other unit is written by `Buffer.write`, as UTF-8.
 */
function writeShort(buf: Buffer, at: number, v: string): number {
  const n = v.length
  for (let k = 0; k < n; k++) {
    const c = v.charCodeAt(k)
    if (c > 127) return at + buf.write(v, at, 'utf8')
    buf[at + k] = c
  }
  return at + n
}

/**
 * UTF-8 strings appended one at a time into one growing buffer: each is written where the last one ended, and the
 * buffer grows (doubling) only when a string might not fit (at most 3 bytes per UTF-16 unit), so a string is never
 * measured apart from being written. @internal
 */
export class Utf8Builder {
  #buf: Buffer
  #at = 0
  #offsets: Int32Array
  #n = 0
  readonly #valid = new ValidityBuilder()

  /**
   * @param bytes - first buffer size in bytes (it grows as needed)
   * @param rows - first offsets capacity in rows (it grows as needed)
   */
  constructor(bytes = 1024, rows = 64) {
    this.#buf = Buffer.allocUnsafeSlow(Math.max(64, bytes))
    this.#offsets = new Int32Array(Math.max(2, rows + 1))
  }

  /** Values appended so far. */
  get length(): number {
    return this.#n
  }

  /** Appends one value (null or undefined = null). */
  add(v: string | null | undefined): void {
    const i = this.#n++
    if (this.#offsets.length <= this.#n) {
      const next = new Int32Array(this.#offsets.length * 2)
      next.set(this.#offsets)
      this.#offsets = next
    }
    if (v) {
      if (this.#buf.length - this.#at < v.length * 3) {
        const next = Buffer.allocUnsafeSlow(Math.max(this.#at + v.length * 3, this.#buf.length * 2))
        this.#buf.copy(next, 0, 0, this.#at)
        this.#buf = next
      }
      this.#at =
        v.length <= SHORT
          ? writeShort(this.#buf, this.#at, v)
          : this.#at + this.#buf.write(v, this.#at, 'utf8')
    }
    this.#offsets[this.#n] = this.#at
    this.#valid.add(i, v != null)
  }

  /** The buffers of the values appended (views of the builder's buffers; add nothing after). */
  finish(): Utf8Buffers {
    return {
      kind: 'utf8',
      data: new Uint8Array(this.#buf.buffer, this.#buf.byteOffset, this.#at),
      offsets: this.#offsets.subarray(0, this.#n + 1),
      ...this.#valid.finish(this.#n),
    }
  }
}

/**
 * UTF-8 strings (null allowed) into one buffer, in one pass (see {@link Utf8Builder}). @internal
 */
export function utf8Buffers(values: readonly (string | null | undefined)[]): Utf8Buffers {
  let units = 0
  for (const v of values) units += v?.length ?? 0
  // most text is ASCII (one byte per unit); room for a little more before growing
  const b = new Utf8Builder(units + (units >> 4) + 64, values.length)
  for (const v of values) b.add(v)
  return b.finish()
}

/** One column's growing buffers. */
interface ColumnBuilder {
  add(i: number, v: unknown): void
  finish(n: number): ColumnBuffers
}

class TextColumn implements ColumnBuilder {
  readonly #b: Utf8Builder
  constructor(rows: number) {
    this.#b = new Utf8Builder(rows * 16, rows)
  }
  add(_i: number, v: unknown): void {
    this.#b.add(v == null ? null : typeof v === 'string' ? v : JSON.stringify(v))
  }
  finish(): ColumnBuffers {
    return this.#b.finish()
  }
}

class ListColumn implements ColumnBuilder {
  readonly #child: Utf8Builder
  #offsets: Int32Array
  readonly #valid = new ValidityBuilder()
  constructor(rows: number) {
    this.#child = new Utf8Builder(rows * 8, rows)
    this.#offsets = new Int32Array(rows + 1)
  }
  add(i: number, v: unknown): void {
    const list = v as readonly string[] | null | undefined
    if (list) for (const x of list) this.#child.add(x)
    if (this.#offsets.length <= i + 1) {
      const next = new Int32Array(this.#offsets.length * 2 + 2)
      next.set(this.#offsets)
      this.#offsets = next
    }
    this.#offsets[i + 1] = this.#child.length
    this.#valid.add(i, list != null)
  }
  finish(n: number): ColumnBuffers {
    return {
      kind: 'utf8_list',
      offsets: this.#offsets.subarray(0, n + 1),
      child: this.#child.finish(),
      ...this.#valid.finish(n),
    }
  }
}

class NumberColumn implements ColumnBuilder {
  #data: BigInt64Array | Float64Array
  readonly #valid = new ValidityBuilder()
  constructor(
    readonly kind: 'int64' | 'float64',
    rows: number,
  ) {
    this.#data = kind === 'int64' ? new BigInt64Array(rows) : new Float64Array(rows)
  }
  add(i: number, v: unknown): void {
    if (this.#data.length <= i) {
      const next =
        this.kind === 'int64'
          ? new BigInt64Array(this.#data.length * 2 + 1)
          : new Float64Array(this.#data.length * 2 + 1)
      next.set(this.#data as never)
      this.#data = next
    }
    if (v != null) {
      if (this.kind === 'int64') (this.#data as BigInt64Array)[i] = BigInt(v as number)
      else (this.#data as Float64Array)[i] = v as number
    }
    this.#valid.add(i, v != null)
  }
  finish(n: number): ColumnBuffers {
    return { kind: this.kind, data: this.#data.subarray(0, n), ...this.#valid.finish(n) }
  }
}

/**
 * Rows appended one at a time into column buffers in schema order, so a row object can be dropped as soon as it is
 * added (it dies young instead of living until the whole batch is converted). The embedding of each row is copied in
 * from the `embedding` argument of {@link BatchBuilder.add} (or the row's own `embedding`); rows without one get
 * zeros. @internal
 */
export class BatchBuilder {
  readonly #columns: { name: string; b: ColumnBuilder | undefined }[]
  // the same builders by kind, so that each call site in `add` sees one class (monomorphic)
  readonly #text: { name: string; b: TextColumn }[] = []
  readonly #lists: { name: string; b: ListColumn }[] = []
  readonly #numbers: { name: string; b: NumberColumn }[] = []
  #embeddings: Float32Array
  readonly #copy: boolean
  #n = 0
  readonly #ranges = new Map<string, PosRange>()

  /**
   * @param dim - embedding dimension
   * @param rows - expected rows (buffers grow past it as needed)
   * @param columns - the columns, in schema order
   * @param copyEmbeddings - false when {@link BatchBuilder.finish} will be given the embeddings in one buffer
   */
  constructor(
    readonly dim: number,
    rows = 1024,
    columns: readonly ColumnSpec[] = COLUMNS,
    copyEmbeddings = true,
  ) {
    const cap = Math.max(1, rows)
    this.#copy = copyEmbeddings
    this.#embeddings = new Float32Array(copyEmbeddings ? cap * dim : 0)
    this.#columns = columns.map((c) => ({
      name: c.name,
      b:
        c.kind === 'embedding'
          ? undefined
          : c.kind === 'utf8'
            ? new TextColumn(cap)
            : c.kind === 'utf8_list'
              ? new ListColumn(cap)
              : new NumberColumn(c.kind, cap),
    }))
    for (const { name, b } of this.#columns) {
      if (b instanceof TextColumn) this.#text.push({ name, b })
      else if (b instanceof ListColumn) this.#lists.push({ name, b })
      else if (b instanceof NumberColumn) this.#numbers.push({ name, b })
    }
  }

  /** Rows added so far. */
  get length(): number {
    return this.#n
  }

  /**
   * Appends one row.
   * @param row - the row (its `embedding` is used when `embedding` is not given)
   * @param embedding - the row's `dim` floats
   */
  add(row: BufferRow, embedding?: ArrayLike<number>): void {
    const i = this.#n++
    if (this.#copy) {
      if (this.#embeddings.length < this.#n * this.dim) {
        const next = new Float32Array(Math.max(this.#embeddings.length * 2, this.#n * this.dim))
        next.set(this.#embeddings)
        this.#embeddings = next
      }
      const vec = embedding ?? row.embedding
      if (vec) this.#embeddings.set(vec, i * this.dim)
    }
    const r = row as unknown as Record<string, unknown>
    for (const c of this.#text) c.b.add(i, r[c.name])
    for (const c of this.#lists) c.b.add(i, r[c.name])
    for (const c of this.#numbers) c.b.add(i, r[c.name])
    const pos = Number(row.pos)
    const cur = this.#ranges.get(row.chrom)
    if (!cur) this.#ranges.set(row.chrom, { chrom: row.chrom, minPos: pos, maxPos: pos })
    else {
      if (pos < cur.minPos) cur.minPos = pos
      if (pos > cur.maxPos) cur.maxPos = pos
    }
  }

  /** Per-chromosome POS ranges of the rows added, in first-seen order (see {@link posRanges}). */
  ranges(): PosRange[] {
    return [...this.#ranges.values()]
  }

  /**
   * The batch of the rows added (views of the builder's buffers; add nothing after).
   * @param flatEmbeddings - `length × dim` floats to use as the embedding column instead of the copied ones
   */
  finish(flatEmbeddings?: Float32Array): BatchBuffers {
    const n = this.#n
    return {
      length: n,
      dim: this.dim,
      columns: this.#columns.map((c) => ({
        name: c.name,
        buffers:
          c.b?.finish(n) ??
          ({
            kind: 'embedding',
            data: flatEmbeddings ?? this.#embeddings.subarray(0, n * this.dim),
          } as const),
      })),
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
  const b = new BatchBuilder(dim, rows.length, columns, flatEmbeddings === undefined)
  for (const r of rows) b.add(r)
  return b.finish(flatEmbeddings)
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

/**
 * The one place that loads apache-arrow. LanceDB is CommonJS and checks Arrow objects against its own (CJS)
 * copy, so Arrow data must be built with the CJS build: an ESM import would give a second copy whose tables
 * LanceDB rejects ("Table and inner RecordBatch schemas must be equivalent").
 *
 * @module
 * @internal
 */
import { createRequire } from 'node:module'
import type * as ArrowTypes from 'apache-arrow'
import {
  COLUMNS,
  type ColumnSpec,
  METADATA_DIM,
  METADATA_SCHEMA_VERSION,
  SCHEMA_VERSION,
} from '../schema/columns.js'
import type { Variant, VariantInput } from '../schema/variant.js'
import { type BatchBuffers, type ColumnBuffers, rowsToBuffers } from '../schema/column-buffers.js'

const require = createRequire(import.meta.url)
/** The CJS apache-arrow instance shared with LanceDB. @internal */
export const arrow = require('apache-arrow') as typeof ArrowTypes

/** @internal */
export function arrowType(spec: ColumnSpec, dim: number): ArrowTypes.DataType {
  switch (spec.kind) {
    case 'utf8':
      return new arrow.Utf8()
    case 'int64':
      return new arrow.Int64()
    case 'float64':
      return new arrow.Float64()
    case 'utf8_list':
      return new arrow.List(new arrow.Field('item', new arrow.Utf8(), true))
    case 'embedding':
      return new arrow.FixedSizeList(dim, new arrow.Field('item', new arrow.Float32(), true))
  }
}

/**
 * The Variant table's Arrow schema for an embedding dimension, with the schema version and `dim` in its metadata.
 * @internal
 */
export function variantSchema(
  dim: number,
  columns: readonly ColumnSpec[] = COLUMNS,
): ArrowTypes.Schema {
  const fields = columns.map((c) => new arrow.Field(c.name, arrowType(c, dim), c.nullable))
  return new arrow.Schema(
    fields,
    new Map([
      [METADATA_SCHEMA_VERSION, String(SCHEMA_VERSION)],
      [METADATA_DIM, String(dim)],
    ]),
  )
}

function toData(b: ColumnBuffers, spec: ColumnSpec, dim: number, length: number): ArrowTypes.Data {
  switch (b.kind) {
    case 'embedding': {
      const child = arrow.makeData({
        type: new arrow.Float32(),
        length: length * dim,
        nullCount: 0,
        data: b.data,
      })
      return arrow.makeData({
        type: arrowType(spec, dim) as ArrowTypes.FixedSizeList,
        length,
        nullCount: 0,
        child,
      })
    }
    case 'utf8':
      return arrow.makeData({
        type: new arrow.Utf8(),
        length,
        nullCount: b.nullCount,
        nullBitmap: b.validity,
        valueOffsets: b.offsets,
        data: b.data,
      })
    case 'utf8_list':
      return arrow.makeData({
        type: arrowType(spec, dim) as ArrowTypes.List<ArrowTypes.Utf8>,
        length,
        nullCount: b.nullCount,
        nullBitmap: b.validity,
        valueOffsets: b.offsets,
        child: toData(b.child, { ...spec, kind: 'utf8' }, dim, b.child.offsets.length - 1),
      } as never)
    case 'int64':
    case 'float64':
      return arrow.makeData({
        type: arrowType(spec, dim),
        length,
        nullCount: b.nullCount,
        nullBitmap: b.validity,
        data: b.data,
      } as never)
  }
}

/**
 * Wraps column buffers (e.g. built in a worker) into an Arrow table without copying.
 * @internal
 */
export function buffersToTable(batch: BatchBuffers, schema: ArrowTypes.Schema): ArrowTypes.Table {
  const children = schema.fields.map((f) => {
    const spec = COLUMNS.find((c) => c.name === f.name)!
    const col = batch.columns.find((c) => c.name === f.name)
    if (!col) throw new Error(`batch lacks column ${f.name}`)
    return toData(col.buffers, spec, batch.dim, batch.length)
  })
  const data = arrow.makeData({
    type: new arrow.Struct(schema.fields),
    length: batch.length,
    nullCount: 0,
    children,
  })
  return new arrow.Table([new arrow.RecordBatch(schema, data)])
}

/**
 * Builds an Arrow table (one record batch, column by column) from validated rows.
 * @internal
 */
export function rowsToTable(
  rows: readonly VariantInput[],
  schema: ArrowTypes.Schema,
  dim: number,
): ArrowTypes.Table {
  return buffersToTable(rowsToBuffers(rows, dim), schema)
}

function plain(spec: ColumnSpec | undefined, v: unknown): unknown {
  if (v == null) return v ?? null
  if (typeof v === 'bigint') return Number(v)
  if (spec?.kind === 'embedding') {
    const vec = v as ArrowTypes.Vector
    return vec.toArray() instanceof Float32Array
      ? (vec.toArray() as Float32Array)
      : Float32Array.from(vec.toArray() as ArrayLike<number>)
  }
  if (spec?.kind === 'utf8_list')
    return Array.from((v as ArrowTypes.Vector).toArray() as ArrayLike<string>)
  return v
}

const utf8 = new TextDecoder()

/** Whether every byte of `bytes` is ASCII (then byte offsets are string offsets). */
function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false
  return true
}

/** A test of whether row `i` of a chunk is valid (not null), with the chunk's facts read once. */
function validity(data: ArrowTypes.Data): (i: number) => boolean {
  const bitmap = data.nullBitmap
  if (data.nullCount === 0 || !bitmap || bitmap.length === 0) return () => true
  const offset = data.offset
  return (i) => ((bitmap[(offset + i) >> 3]! >> ((offset + i) & 7)) & 1) === 1
}

/**
 * The values of one column as plain JS values, read from the Arrow buffers directly for the hot types (strings,
 * integers, floats: ~10x faster than `Vector.get` per cell), through `Vector.get` for the others.
 */
function columnValues(vector: ArrowTypes.Vector, spec: ColumnSpec | undefined): unknown[] {
  const out = new Array<unknown>(vector.length)
  let at = 0
  for (const data of vector.data as readonly ArrowTypes.Data<ArrowTypes.DataType>[]) {
    const type = data.type.typeId
    const n = data.length
    if (n === 0) continue // an empty chunk may have no buffers at all
    const valid = validity(data)
    if (type === arrow.Type.Utf8) {
      const offsets = data.valueOffsets as unknown as Int32Array
      const bytes = data.values as Uint8Array
      const base = offsets[0]!
      const whole = bytes.subarray(base, offsets[n])
      if (isAscii(whole)) {
        const text = utf8.decode(whole)
        for (let i = 0; i < n; i++)
          out[at + i] = valid(i) ? text.slice(offsets[i]! - base, offsets[i + 1]! - base) : null
      } else {
        for (let i = 0; i < n; i++)
          out[at + i] = valid(i) ? utf8.decode(bytes.subarray(offsets[i], offsets[i + 1])) : null
      }
    } else if (data.values instanceof BigInt64Array || data.values instanceof BigUint64Array) {
      // 64-bit integers as two 32-bit halves: exact below 2^53 and ~10x faster than Number(bigint)
      const v = data.values
      const halves = new Int32Array(v.buffer, v.byteOffset, v.length * 2)
      const signed = v instanceof BigInt64Array
      for (let i = 0; i < n; i++) {
        if (!valid(i)) out[at + i] = null
        else {
          const hi = halves[2 * i + 1]!
          const lo = halves[2 * i]! >>> 0
          const num = (signed ? hi : hi >>> 0) * 4294967296 + lo
          out[at + i] = Number.isSafeInteger(num) ? num : Number(v[i]!)
        }
      }
    } else if (type === arrow.Type.Int || type === arrow.Type.Float) {
      const values = data.values as ArrayLike<number | bigint>
      for (let i = 0; i < n; i++) out[at + i] = valid(i) ? Number(values[i]) : null
    } else {
      const chunk = new arrow.Vector([data])
      for (let i = 0; i < n; i++) out[at + i] = plain(spec, chunk.get(i))
    }
    at += n
  }
  return out
}

/**
 * The values of one column as plain JS values (numbers for every integer and float type).
 * @internal
 */
export function columnToArray(vector: ArrowTypes.Vector): unknown[] {
  return columnValues(vector, undefined)
}

type RowMaker = (cols: readonly (readonly unknown[])[], i: number) => Record<string, unknown>

/**
 * A function building one row object of these columns from a template with every key in place: each row is a
 * shallow copy of the template (all rows share one shape from the start), then its values are stored into existing
 * keys — several times faster than adding the keys to an empty object one by one.
 */
function rowMaker(names: readonly string[]): RowMaker {
  const template: Record<string, unknown> = {}
  for (const n of names) template[n] = null
  return (cols, i) => {
    const row = { ...template }
    for (let j = 0; j < names.length; j++) row[names[j]!] = cols[j]![i]
    return row
  }
}

/**
 * Converts an Arrow table returned by LanceDB into plain rows (`Int64` → number, lists → arrays,
 * embeddings → `Float32Array`). Extra columns such as `_distance` are kept, unless named in `omit` (cheaper than
 * deleting them afterwards, which turns V8 objects into slow dictionaries).
 * @internal
 */
export function tableToRows(
  table: ArrowTypes.Table | ArrowTypes.RecordBatch,
  omit?: ReadonlySet<string>,
): Variant[] {
  const names = table.schema.fields.map((f) => f.name).filter((n) => !omit?.has(n))
  const specs = names.map((n) => COLUMNS.find((c) => c.name === n) as ColumnSpec | undefined)
  const cols = names.map((n, j) => columnValues(table.getChild(n)!, specs[j]))
  const out: Variant[] = new Array<Variant>(table.numRows)
  if (names.includes('__proto__')) {
    // a literal key __proto__ would set the prototype: build such rows key by key
    for (let i = 0; i < table.numRows; i++) {
      const row: Record<string, unknown> = {}
      for (let j = 0; j < names.length; j++)
        Object.defineProperty(row, names[j]!, {
          value: cols[j]![i],
          enumerable: true,
          writable: true,
          configurable: true,
        })
      out[i] = row as unknown as Variant
    }
    return out
  }
  const make = rowMaker(names)
  for (let i = 0; i < table.numRows; i++) out[i] = make(cols, i) as unknown as Variant
  return out
}

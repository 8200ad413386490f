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
export function variantSchema(dim: number, columns: readonly ColumnSpec[] = COLUMNS): ArrowTypes.Schema {
  const fields = columns.map((c) => new arrow.Field(c.name, arrowType(c, dim), c.nullable))
  return new arrow.Schema(
    fields,
    new Map([
      [METADATA_SCHEMA_VERSION, String(SCHEMA_VERSION)],
      [METADATA_DIM, String(dim)],
    ]),
  )
}

function nullBitmap(n: number, isNull: (i: number) => boolean): { bitmap: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array((n + 7) >> 3)
  let nullCount = 0
  for (let i = 0; i < n; i++) {
    if (isNull(i)) nullCount++
    else bitmap[i >> 3]! |= 1 << (i & 7)
  }
  return { bitmap, nullCount }
}

/** Utf8 data from strings (null allowed) in one buffer: much faster than Arrow's per-string builder. */
function utf8Data(values: readonly (string | null | undefined)[]): ArrowTypes.Data<ArrowTypes.Utf8> {
  const n = values.length
  let bytes = 0
  for (let i = 0; i < n; i++) {
    const v = values[i]
    if (v) bytes += Buffer.byteLength(v, 'utf8')
  }
  const data = Buffer.allocUnsafe(bytes)
  const offsets = new Int32Array(n + 1)
  let at = 0
  for (let i = 0; i < n; i++) {
    const v = values[i]
    if (v) at += data.write(v, at, 'utf8')
    offsets[i + 1] = at
  }
  const { bitmap, nullCount } = nullBitmap(n, (i) => values[i] === null || values[i] === undefined)
  return arrow.makeData({
    type: new arrow.Utf8(),
    length: n,
    nullCount,
    nullBitmap: nullCount > 0 ? bitmap : null,
    valueOffsets: offsets,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  })
}

function column(spec: ColumnSpec, rows: readonly VariantInput[], dim: number): ArrowTypes.Data {
  const n = rows.length
  const get = (r: VariantInput): unknown => (r as unknown as Record<string, unknown>)[spec.name]
  switch (spec.kind) {
    case 'embedding': {
      const flat = new Float32Array(n * dim)
      rows.forEach((r, i) => flat.set(r.embedding as ArrayLike<number>, i * dim))
      const type = arrowType(spec, dim) as ArrowTypes.FixedSizeList
      const child = arrow.makeData({ type: new arrow.Float32(), length: n * dim, nullCount: 0, data: flat })
      return arrow.makeData({ type, length: n, nullCount: 0, child })
    }
    case 'utf8':
      return utf8Data(
        rows.map((r) => {
          const v = get(r)
          return v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v)
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
      const { bitmap, nullCount } = nullBitmap(n, (i) => lists[i] === null || lists[i] === undefined)
      return arrow.makeData({
        type: arrowType(spec, dim) as ArrowTypes.List<ArrowTypes.Utf8>,
        length: n,
        nullCount,
        nullBitmap: nullCount > 0 ? bitmap : null,
        valueOffsets: offsets,
        child: utf8Data(flat),
      })
    }
    case 'int64':
    case 'float64': {
      const values = rows.map(get)
      const data = spec.kind === 'int64' ? new BigInt64Array(n) : new Float64Array(n)
      for (let i = 0; i < n; i++) {
        const v = values[i]
        if (v === null || v === undefined) continue
        if (spec.kind === 'int64') (data as BigInt64Array)[i] = BigInt(v as number)
        else (data as Float64Array)[i] = v as number
      }
      const { bitmap, nullCount } = nullBitmap(n, (i) => values[i] === null || values[i] === undefined)
      return arrow.makeData({
        type: arrowType(spec, dim),
        length: n,
        nullCount,
        nullBitmap: nullCount > 0 ? bitmap : null,
        data,
      } as never)
    }
  }
}

/**
 * Builds an Arrow table (one record batch, column by column) from validated rows.
 * @internal
 */
export function rowsToTable(rows: readonly VariantInput[], schema: ArrowTypes.Schema, dim: number): ArrowTypes.Table {
  const children = schema.fields.map((f) => {
    const spec = COLUMNS.find((c) => c.name === f.name)!
    return column(spec, rows, dim)
  })
  const data = arrow.makeData({
    type: new arrow.Struct(schema.fields),
    length: rows.length,
    nullCount: 0,
    children,
  })
  return new arrow.Table([new arrow.RecordBatch(schema, data)])
}

function plain(spec: ColumnSpec | undefined, v: unknown): unknown {
  if (v === null || v === undefined) return v ?? null
  if (typeof v === 'bigint') return Number(v)
  if (spec?.kind === 'embedding') {
    const vec = v as ArrowTypes.Vector
    return vec.toArray() instanceof Float32Array ? (vec.toArray() as Float32Array) : Float32Array.from(vec.toArray() as ArrayLike<number>)
  }
  if (spec?.kind === 'utf8_list') return Array.from((v as ArrowTypes.Vector).toArray() as ArrayLike<string>)
  return v
}

/**
 * Converts an Arrow table returned by LanceDB into plain rows (`Int64` → number, lists → arrays,
 * embeddings → `Float32Array`). Extra columns such as `_distance` are kept.
 * @internal
 */
export function tableToRows(table: ArrowTypes.Table): Variant[] {
  const names = table.schema.fields.map((f) => f.name)
  const specs = names.map((n) => COLUMNS.find((c) => c.name === n) as ColumnSpec | undefined)
  const cols = names.map((n) => table.getChild(n)!)
  const out: Variant[] = new Array(table.numRows)
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {}
    for (let j = 0; j < names.length; j++) row[names[j]!] = plain(specs[j], cols[j]!.get(i))
    out[i] = row as unknown as Variant
  }
  return out
}

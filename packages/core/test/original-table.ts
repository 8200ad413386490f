/**
 * Builds a table exactly as the original Python tool wrote it, through the LanceDB API: `variant_id` string,
 * `embedding` fixed-size list of 1024 float32, `chrom` string, `pos` int64, `ref`/`alt` strings (all required),
 * `clinical_significance` nullable string.
 */
import { createRequire } from 'node:module'
import * as lancedb from '@lancedb/lancedb'
import type * as ArrowTypes from 'apache-arrow'

const arrow = createRequire(import.meta.url)('apache-arrow') as typeof ArrowTypes

export const ORIGINAL_DIM = 1024

export function originalSchema(): ArrowTypes.Schema {
  return new arrow.Schema([
    new arrow.Field('variant_id', new arrow.Utf8(), false),
    new arrow.Field('embedding', new arrow.FixedSizeList(ORIGINAL_DIM, new arrow.Field('item', new arrow.Float32(), true)), false),
    new arrow.Field('chrom', new arrow.Utf8(), false),
    new arrow.Field('pos', new arrow.Int64(), false),
    new arrow.Field('ref', new arrow.Utf8(), false),
    new arrow.Field('alt', new arrow.Utf8(), false),
    new arrow.Field('clinical_significance', new arrow.Utf8(), true),
  ])
}

export interface OriginalRow {
  variant_id: string
  embedding: number[]
  chrom: string
  pos: number
  ref: string
  alt: string
  clinical_significance: string | null
}

/** Real ClinVar-like rows (positions from ../shared/vcf-corpus/ncbi__clinvar.vcf style), deterministic vectors. */
export function originalRows(n: number): OriginalRow[] {
  return Array.from({ length: n }, (_, i) => ({
    variant_id: `17-${43044295 + i * 7}-C-T`,
    embedding: Array.from({ length: ORIGINAL_DIM }, (_, k) => Math.fround(Math.sin(i * 31 + k))),
    chrom: '17',
    pos: 43044295 + i * 7,
    ref: 'C',
    alt: 'T',
    clinical_significance: i % 3 === 0 ? 'Pathogenic' : i % 3 === 1 ? 'Benign' : null,
  }))
}

export async function writeOriginalTable(dbPath: string, rows: OriginalRow[], tableName = 'variants'): Promise<void> {
  const db = await lancedb.connect(dbPath)
  const schema = originalSchema()
  const table = await db.createEmptyTable(tableName, schema)
  const cols = {
    variant_id: arrow.vectorFromArray(rows.map((r) => r.variant_id), new arrow.Utf8()),
    embedding: arrow.vectorFromArray(rows.map((r) => r.embedding), schema.fields[1]!.type),
    chrom: arrow.vectorFromArray(rows.map((r) => r.chrom), new arrow.Utf8()),
    pos: arrow.vectorFromArray(rows.map((r) => BigInt(r.pos)), new arrow.Int64()),
    ref: arrow.vectorFromArray(rows.map((r) => r.ref), new arrow.Utf8()),
    alt: arrow.vectorFromArray(rows.map((r) => r.alt), new arrow.Utf8()),
    clinical_significance: arrow.vectorFromArray(rows.map((r) => r.clinical_significance), new arrow.Utf8()),
  }
  const batch = new arrow.RecordBatch(schema, arrow.makeData({
    type: new arrow.Struct(schema.fields),
    length: rows.length,
    nullCount: 0,
    children: schema.fields.map((f) => cols[f.name as keyof typeof cols].data[0]!),
  }))
  await table.add(new arrow.Table([batch]))
  await table.createIndex('pos', { config: lancedb.Index.btree() })
  table.close()
  db.close()
}

/** Field name → type string, from the table on disk. */
export async function fieldTypes(dbPath: string, tableName = 'variants'): Promise<Record<string, string>> {
  const db = await lancedb.connect(dbPath)
  const t = await db.openTable(tableName)
  const schema = await t.schema()
  const out = Object.fromEntries(schema.fields.map((f) => [f.name, `${String(f.type)}${f.nullable ? '' : ' not null'}`]))
  t.close()
  db.close()
  return out
}

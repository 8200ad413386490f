/**
 * Builds a table exactly as the original Python tool wrote it, through the LanceDB API:
 * `variant_id` string, `embedding` fixed-size list of 1024 float32, `chrom` string, `pos` int64,
 * `ref`/`alt` strings (all required), `clinical_significance` nullable string.
 *
 * This file talks to LanceDB directly on purpose (it must not go through `@vcf-agent/core`'s
 * store, whose migration it tests), so the lint rule that keeps LanceDB inside `core/src/store`
 * allow-lists it.
 */
import { createRequire } from 'node:module'
import * as lancedb from '@lancedb/lancedb'
import type * as ArrowTypes from 'apache-arrow'

// LanceDB is CommonJS and loads Arrow's CJS build; build Arrow data with the same instance.
const arrow = createRequire(import.meta.url)('apache-arrow') as typeof ArrowTypes

/**
 * The embedding width of the original tool's tables.
 *
 * @example
 * ```ts
 * expect(types.embedding).toBe(`FixedSizeList[${ORIGINAL_DIM}]<Float32> not null`)
 * ```
 */
export const ORIGINAL_DIM = 1024

/**
 * The Arrow schema of the original tool's `variants` table.
 *
 * @param nullable - every column nullable, as pyarrow makes a schema by default (`pa.field(name, type)`); the
 *   default is the tool's declared schema (only `clinical_significance` nullable)
 * @returns a new schema (built with the CJS Arrow instance LanceDB uses).
 * @example
 * ```ts
 * const names = originalSchema().fields.map((f) => f.name)
 * ```
 */
export function originalSchema(nullable = false): ArrowTypes.Schema {
  return new arrow.Schema([
    new arrow.Field('variant_id', new arrow.Utf8(), nullable),
    new arrow.Field(
      'embedding',
      new arrow.FixedSizeList(ORIGINAL_DIM, new arrow.Field('item', new arrow.Float32(), true)),
      nullable,
    ),
    new arrow.Field('chrom', new arrow.Utf8(), nullable),
    new arrow.Field('pos', new arrow.Int64(), nullable),
    new arrow.Field('ref', new arrow.Utf8(), nullable),
    new arrow.Field('alt', new arrow.Utf8(), nullable),
    new arrow.Field('clinical_significance', new arrow.Utf8(), true),
  ])
}

/** One row of the original tool's table, with the storage column names. */
export interface OriginalRow {
  variant_id: string
  embedding: number[]
  chrom: string
  pos: number
  ref: string
  alt: string
  clinical_significance: string | null
}

/**
 * Real ClinVar-like rows (BRCA1 positions in the style of `vcf-corpus/ncbi__clinvar.vcf`) with
 * deterministic 1024-dim vectors. Every third row has a null `clinical_significance`.
 *
 * @param n - number of rows.
 * @returns `n` new rows, `variant_id` `17-<43044295 + 7i>-C-T`.
 * @example
 * ```ts
 * await writeOriginalTable(dbPath, originalRows(30))
 * ```
 */
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

/**
 * Creates table `tableName` in the LanceDB database at `dbPath` with {@link originalSchema},
 * appends `rows` in one batch and builds a BTREE index on `pos`, as the original tool did.
 *
 * @param dbPath - LanceDB database folder (created if missing).
 * @param rows - rows to write, e.g. from {@link originalRows}.
 * @param tableName - the table name. The default is `variants`.
 * @param nullable - write every column nullable, as pyarrow's default schema does ({@link originalSchema})
 * @returns once the table is written and every handle is closed.
 * @throws {Error} LanceDB's plain `Error` when the table already exists or the write fails.
 * @example
 * ```ts
 * const db = tmp()
 * await writeOriginalTable(db, originalRows(30))
 * const store = await openStore(db)
 * ```
 */
export async function writeOriginalTable(
  dbPath: string,
  rows: OriginalRow[],
  tableName = 'variants',
  nullable = false,
): Promise<void> {
  const db = await lancedb.connect(dbPath)
  const schema = originalSchema(nullable)
  const table = await db.createEmptyTable(tableName, schema)
  const cols = {
    variant_id: arrow.vectorFromArray(
      rows.map((r) => r.variant_id),
      new arrow.Utf8(),
    ),
    embedding: arrow.vectorFromArray(
      rows.map((r) => r.embedding),
      schema.fields[1]!.type,
    ),
    chrom: arrow.vectorFromArray(
      rows.map((r) => r.chrom),
      new arrow.Utf8(),
    ),
    pos: arrow.vectorFromArray(
      rows.map((r) => BigInt(r.pos)),
      new arrow.Int64(),
    ),
    ref: arrow.vectorFromArray(
      rows.map((r) => r.ref),
      new arrow.Utf8(),
    ),
    alt: arrow.vectorFromArray(
      rows.map((r) => r.alt),
      new arrow.Utf8(),
    ),
    clinical_significance: arrow.vectorFromArray(
      rows.map((r) => r.clinical_significance),
      new arrow.Utf8(),
    ),
  }
  const batch = new arrow.RecordBatch(
    schema,
    arrow.makeData({
      type: new arrow.Struct(schema.fields),
      length: rows.length,
      nullCount: 0,
      children: schema.fields.map((f) => cols[f.name as keyof typeof cols].data[0]!),
    }),
  )
  await table.add(new arrow.Table([batch]))
  await table.createIndex('pos', { config: lancedb.Index.btree() })
  table.close()
  db.close()
}

/**
 * Field name → type string (`String(type)`, plus ` not null` for required fields), read from the
 * table on disk through LanceDB itself.
 *
 * @param dbPath - LanceDB database folder.
 * @param tableName - the table name. The default is `variants`.
 * @returns e.g. `{ pos: 'Int64 not null', clinical_significance: 'Utf8' }`.
 * @throws {Error} LanceDB's plain `Error` when the table does not exist.
 * @example
 * ```ts
 * expect((await fieldTypes(db)).pos).toBe('Int64 not null')
 * ```
 */
export async function fieldTypes(
  dbPath: string,
  tableName = 'variants',
): Promise<Record<string, string>> {
  const db = await lancedb.connect(dbPath)
  const t = await db.openTable(tableName)
  const schema = await t.schema()
  const out = Object.fromEntries(
    schema.fields.map((f) => [f.name, `${String(f.type)}${f.nullable ? '' : ' not null'}`]),
  )
  t.close()
  db.close()
  return out
}

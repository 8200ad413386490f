/**
 * Compares an existing table's Arrow schema with the Variant schema.
 *
 * @module
 * @internal
 */
import type * as ArrowTypes from 'apache-arrow'
import { COLUMNS, type ColumnSpec } from '../schema/columns.js'
import { arrowType } from './arrow.js'

/** Result of {@link checkSchema}. @internal */
export interface SchemaCheck {
  /** Embedding dimension found in the table, if the column is a fixed-size list. */
  dim: number | undefined
  /** Differences that make the table unusable (named, human-readable). */
  differences: string[]
  /** Newer nullable columns the table lacks (a table of the original tool: readable, needs migration to write). */
  missingNewer: ColumnSpec[]
  /**
   * Columns the Variant schema declares non-null that the table declares nullable (pyarrow's default schema): the
   * table is read and written as it is (every row written has them set), but LanceDB cannot make a column
   * non-null in place, and `variant_id` cannot be its unenforced primary key.
   */
  nullable: string[]
}

function typeName(t: ArrowTypes.DataType): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- every concrete DataType has toString() (`Utf8`, `FixedSizeList[16]<Float32>`); the abstract base's typings omit it
  return String(t)
    .replace('LargeUtf8', 'Utf8')
    .replace(/<item: /g, '<')
    .replace('Float32>', 'Float32>')
}

/** @internal */
export function checkSchema(
  schema: ArrowTypes.Schema,
  expectedDim: number | undefined,
): SchemaCheck {
  const differences: string[] = []
  const missingNewer: ColumnSpec[] = []
  const nullable: string[] = []
  const emb = schema.fields.find((f) => f.name === 'embedding')
  const dim =
    emb && 'listSize' in emb.type ? (emb.type as ArrowTypes.FixedSizeList).listSize : undefined
  if (expectedDim !== undefined && dim !== undefined && dim !== expectedDim) {
    differences.push(`embedding has dim ${dim}, but dim ${expectedDim} was requested`)
  }
  for (const spec of COLUMNS as readonly ColumnSpec[]) {
    const field = schema.fields.find((f) => f.name === spec.name)
    if (!field) {
      if (spec.since === 1 || !spec.nullable) differences.push(`column ${spec.name} is missing`)
      else missingNewer.push(spec)
      continue
    }
    const want = typeName(arrowType(spec, dim ?? expectedDim ?? 0))
    const got = typeName(field.type as ArrowTypes.DataType)
    const sameKind =
      spec.kind === 'embedding' ? /^FixedSizeList\[\d+\]<Float32>$/.test(got) : got === want
    if (!sameKind) differences.push(`column ${spec.name} has type ${got}, expected ${want}`)
    if (!spec.nullable && field.nullable) nullable.push(spec.name)
  }
  for (const f of schema.fields) {
    if (!COLUMNS.some((c) => c.name === f.name))
      differences.push(`unexpected column ${f.name} (${typeName(f.type as ArrowTypes.DataType)})`)
  }
  return { dim, differences, missingNewer, nullable }
}

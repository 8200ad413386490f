/**
 * Zod schemas of the HTTP API's requests and responses. They validate requests (a failure is a 422
 * `HTTP_VALIDATION_FAILED`) and generate the OpenAPI document. Column descriptions come from core's `COLUMNS`,
 * so the document cannot drift from the table schema.
 *
 * @module
 */
import { z } from '@hono/zod-openapi'
import {
  COLUMNS,
  type ColumnName,
  type ColumnSpec,
  OPERATION_OPTIONS,
  type Operation,
  PRIMARY_KEY,
  REQUEST_OPTIONS,
  type RequestOption,
  VARIANT_CLASSES,
} from '@vcf-agent/core'

/** Table names core accepts. */
const TABLE_NAME = /^[A-Za-z0-9_.-]+$/

/** A table name: letters, digits, `_`, `.` and `-`. */
export const TableNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(TABLE_NAME, 'must use only letters, digits, _ . and -')
  .openapi({ example: 'variants' })

/** Path parameters of `/tables/{table}/…`. */
export const TableParamsSchema = z.object({
  table: TableNameSchema.openapi({ param: { name: 'table', in: 'path' } }),
})

/** Path parameters of `/tables/{table}/variants/{variantId}`. */
export const VariantParamsSchema = z.object({
  table: TableNameSchema.openapi({ param: { name: 'table', in: 'path' } }),
  variantId: z
    .string()
    .min(1)
    .openapi({
      param: { name: 'variantId', in: 'path' },
      example: '17-43045712-T-C',
      description: 'The `variant_id`, percent-encoded.',
    }),
})

/** OpenAPI examples of the required columns. */
const EXAMPLES: Partial<Record<ColumnName, unknown>> = {
  variant_id: '17-43045712-T-C',
  embedding: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  chrom: '17',
  pos: 43045712,
  ref: 'T',
  alt: 'C',
}

/** What the HTTP API adds to a column's description. */
const NOTES: Partial<Record<ColumnName, string>> = {
  embedding: " Exactly the table's `dim` numbers.",
  info: ' A JSON object or its JSON text.',
}

/** The JSON value of a column a client writes, with core's rules: required text is non-empty, `pos` positive, other integers not negative. */
function writeValue(c: ColumnSpec): z.ZodType {
  if (c.name === 'variant_class') return z.enum(VARIANT_CLASSES)
  if (c.name === 'info') return z.union([z.string(), z.record(z.string(), z.unknown())])
  switch (c.kind) {
    case 'embedding':
      return z.array(z.number()).min(1)
    case 'utf8_list':
      return z.array(z.string())
    case 'utf8':
      return c.nullable ? z.string() : z.string().min(1)
    case 'int64':
      return c.nullable ? z.number().int().nonnegative() : z.number().int().positive()
    case 'float64':
      return z.number()
  }
}

/** Fields of the writable columns: nullable ones are optional; the others are required unless `update`, which also drops the primary key. */
function writeShape(update: boolean): Record<string, z.ZodType> {
  const columns = (COLUMNS as readonly ColumnSpec[]).filter(
    (c) => !update || c.name !== PRIMARY_KEY,
  )
  return Object.fromEntries(
    columns.map((c) => {
      const value = writeValue(c)
      const field = c.nullable ? value.nullable().optional() : update ? value.optional() : value
      const example = EXAMPLES[c.name as ColumnName]
      return [
        c.name,
        field.openapi({
          description: c.description + (NOTES[c.name as ColumnName] ?? ''),
          ...(example === undefined ? {} : { example }),
        }),
      ]
    }),
  )
}

/** One row to write. Unknown keys are rejected; the table's `dim` and per-row rules are checked by core. */
export const VariantInputSchema = z.strictObject(writeShape(false)).openapi('VariantInput')

/** New values of some columns of one variant (not `variant_id`). */
export const VariantUpdatesSchema = z
  .strictObject(writeShape(true))
  .refine((u) => Object.keys(u).length > 0, { message: 'name at least one column to update' })
  .openapi('VariantUpdates')

const rowShape = Object.fromEntries(
  COLUMNS.map((c) => {
    const base =
      c.kind === 'embedding'
        ? z.array(z.number())
        : c.kind === 'utf8_list'
          ? z.array(z.string())
          : c.kind === 'utf8'
            ? z.string()
            : c.kind === 'int64'
              ? z.number().int()
              : z.number()
    return [
      c.name,
      (c.nullable ? base.nullable() : base).optional().openapi({ description: c.description }),
    ]
  }),
) as unknown as Record<(typeof COLUMNS)[number]['name'], z.ZodOptional<z.ZodType>>

/** A stored row. Only the selected columns are present (by default every column except `embedding`). */
export const VariantRowSchema = z.object(rowShape).openapi('Variant')

/** A stored row as JSON. */
export type VariantRowJson = Record<string, unknown>

/** A search hit: the selected columns plus `distance` (smaller is nearer). */
export const SearchHitSchema = z
  .object({
    ...rowShape,
    distance: z
      .number()
      .openapi({ description: 'Distance to the query under `distanceType`; smaller is nearer.' }),
    vector_rank: z.number().int().nullable().optional().openapi({
      description:
        'Hybrid search (`text` given): 1-based rank in the vector result, null when not in it.',
    }),
    text_rank: z.number().int().nullable().optional().openapi({
      description: 'Hybrid search: 1-based rank in the full-text result, null when not in it.',
    }),
    score: z.number().optional().openapi({
      description:
        'Hybrid search: reciprocal rank fusion score Σ 1/(60 + rank); larger is better; hits are ordered by it.',
    }),
  })
  .openapi('SearchHit')

/** One hit of `POST /tables/{table}/search-text`. */
export const TextHitSchema = z
  .object({
    ...rowShape,
    score: z
      .number()
      .openapi({ description: 'BM25 relevance of the annotation text; larger is better.' }),
  })
  .openapi('TextHit')

/** Body of `POST /tables`. */
export const CreateTableSchema = z
  .strictObject({
    name: TableNameSchema,
    dim: z.number().int().min(1).max(65536).optional().openapi({
      description:
        'Embedding dimension. The default is 1024 for a new table; omit it to accept an existing table’s dim.',
      example: 8,
    }),
  })
  .openapi('CreateTableRequest')

/** Body of `POST /tables/{table}/variants`. */
export const AddVariantsSchema = z
  .strictObject({
    rows: z
      .array(VariantInputSchema)
      .min(1)
      .openapi({ description: 'Rows to append; all or none are written.' }),
  })
  .openapi('AddVariantsRequest')

/** Body of `PATCH /tables/{table}/variants/{variantId}`. */
export const UpdateVariantSchema = z
  .strictObject({ updates: VariantUpdatesSchema })
  .openapi('UpdateVariantRequest')

/** One index of a table, as `GET /tables/{table}/indexes` lists it. */
export const IndexInfoSchema = z
  .object({
    name: z.string().openapi({ example: 'pos_idx' }),
    index_type: z.string().openapi({
      description: 'LanceDB index type, e.g. BTree, Bitmap, LabelList, IvfPq.',
      example: 'BTree',
    }),
    columns: z.array(z.string()).openapi({ example: ['pos'] }),
  })
  .openapi('IndexInfo')

/** Query of `GET /tables/{table}/variants/{variantId}`. */
export const GetVariantQuerySchema = z.strictObject({
  select_columns: z.string().optional().openapi({
    description: 'Comma-separated columns. The default is every column except `embedding`.',
    example: 'variant_id,pos',
  }),
  as_of: z
    .string()
    .optional()
    .openapi({
      description: `${REQUEST_OPTIONS.as_of.description}. The version read is in the \`x-table-version\` header.`,
      example: 'clinvar-2024-06',
    }),
})

/** The table version an answer read (LanceDB's version number; every commit adds one). */
export const TableVersionSchema = z.number().int().openapi({
  description:
    'The table version this answer was read from (`as_of`, else the latest when the read started); also in the `x-table-version` header.',
  example: 7,
})

/** The body of every error response. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({
        description: 'Stable code, e.g. STORE_VARIANT_NOT_FOUND or AUTH_SCOPE_MISSING.',
        example: 'STORE_VARIANT_NOT_FOUND',
      }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string().openapi({ description: 'Also in the x-request-id header.' }),
    }),
  })
  .openapi('Error')

function describeOption(o: RequestOption): string {
  return o.default === undefined
    ? `${o.description}.`
    : `${o.description}. The default is ${JSON.stringify(o.default)}.`
}

/** The JSON value of each option type. */
const JSON_TYPES: Record<RequestOption['type'], () => z.ZodType> = {
  string: () => z.string(),
  int: () => z.number().int().min(0),
  bool: () => z.boolean(),
  strings: () => z.union([z.string(), z.array(z.string()).max(10_000)]),
  floats: () => z.array(z.number()),
  json: () => z.record(z.string(), z.unknown()),
}

function jsonField(o: RequestOption): z.ZodType {
  return JSON_TYPES[o.type]()
    .optional()
    .openapi({ description: describeOption(o) })
}

function queryField(o: RequestOption): z.ZodType {
  const hint = o.type === 'strings' ? ' Comma-separate several, or repeat the parameter.' : ''
  return (o.type === 'strings' ? z.union([z.string(), z.array(z.string())]) : z.string())
    .optional()
    .openapi({ description: `${describeOption(o)}${hint}` })
}

/**
 * The JSON body schema of an operation, made from core's option table (`REQUEST_OPTIONS`): the same names,
 * types and defaults as the CLI flags. List options take one string or a list. Unknown fields are refused
 * (400 `USAGE_INVALID_ARGUMENT` naming them, core's error).
 *
 * @param operation - the operation
 * @param name - OpenAPI component name
 * @returns the strict object schema
 * @example
 * ```ts
 * const FilterSchema = requestBodySchema('filter', 'FilterRequest')
 * ```
 */
export function requestBodySchema(operation: Operation, name: string) {
  const shape = Object.fromEntries(
    OPERATION_OPTIONS[operation].map((n) => [n, jsonField(REQUEST_OPTIONS[n])]),
  )
  return z.strictObject(shape).openapi(name)
}

/**
 * The URL query schema of an operation (GET routes), from the same table; list options are comma-separated.
 *
 * @param operation - the operation
 * @returns the strict object schema
 * @example
 * ```ts
 * const ExportQuerySchema = requestQuerySchema('export')
 * ```
 */
export function requestQuerySchema(operation: Operation) {
  return z.strictObject(
    Object.fromEntries(
      OPERATION_OPTIONS[operation].map((n) => [n, queryField(REQUEST_OPTIONS[n])]),
    ),
  )
}

/**
 * Zod schemas of the HTTP API's requests and responses. They validate requests (a failure is a 422
 * `HTTP_VALIDATION_FAILED`) and generate the OpenAPI document. Column descriptions come from core's `COLUMNS`,
 * so the document cannot drift from the table schema.
 *
 * @module
 */
import { z } from '@hono/zod-openapi'
import { COLUMNS, findColumn } from '@vcf-agent/core'

function describe(column: string): string {
  return findColumn(column)?.description ?? column
}

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
    .openapi({ param: { name: 'variantId', in: 'path' }, example: '17-43045712-T-C', description: 'The `variant_id`, percent-encoded.' }),
})

const VARIANT_CLASSES = [
  'SNV',
  'MNV',
  'insertion',
  'deletion',
  'complex_indel',
  'symbolic',
  'breakend',
  'spanning_deletion',
  'reference_block',
] as const

const DISTANCE_TYPES = ['l2', 'cosine', 'dot'] as const

const strings = (column: string) => z.array(z.string()).nullable().optional().openapi({ description: describe(column) })
const text = (column: string) => z.string().nullable().optional().openapi({ description: describe(column) })
const float = (column: string) => z.number().nullable().optional().openapi({ description: describe(column) })
const count = (column: string) => z.number().int().nonnegative().nullable().optional().openapi({ description: describe(column) })

/** Optional columns of a row, shared by inserts and updates. */
const optionalColumns = {
  clinical_significance: text('clinical_significance'),
  id: strings('id'),
  qual: float('qual'),
  filter: strings('filter'),
  info: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .nullable()
    .optional()
    .openapi({ description: `${describe('info')} A JSON object or its JSON text.` }),
  gene: text('gene'),
  af: float('af'),
  variant_class: z.enum(VARIANT_CLASSES).nullable().optional().openapi({ description: describe('variant_class') }),
  rlen: count('rlen'),
  het_samples: strings('het_samples'),
  hom_alt_samples: strings('hom_alt_samples'),
  source_file: text('source_file'),
  source_line: count('source_line'),
  ingest_id: text('ingest_id'),
}

const embedding = z
  .array(z.number())
  .min(1)
  .openapi({ description: `${describe('embedding')} Exactly the table's \`dim\` numbers.`, example: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8] })

/** One row to write. Unknown keys are rejected; the table's `dim` and per-row rules are checked by core. */
export const VariantInputSchema = z
  .strictObject({
    variant_id: z.string().min(1).openapi({ description: describe('variant_id'), example: '17-43045712-T-C' }),
    embedding,
    chrom: z.string().min(1).openapi({ description: describe('chrom'), example: '17' }),
    pos: z.number().int().positive().openapi({ description: describe('pos'), example: 43045712 }),
    ref: z.string().min(1).openapi({ description: describe('ref'), example: 'T' }),
    alt: z.string().min(1).openapi({ description: describe('alt'), example: 'C' }),
    ...optionalColumns,
  })
  .openapi('VariantInput')

/** New values of some columns of one variant (not `variant_id`). */
export const VariantUpdatesSchema = z
  .strictObject({
    embedding: embedding.optional(),
    chrom: z.string().min(1).optional().openapi({ description: describe('chrom') }),
    pos: z.number().int().positive().optional().openapi({ description: describe('pos') }),
    ref: z.string().min(1).optional().openapi({ description: describe('ref') }),
    alt: z.string().min(1).optional().openapi({ description: describe('alt') }),
    ...optionalColumns,
  })
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
    return [c.name, (c.nullable ? base.nullable() : base).optional().openapi({ description: c.description })]
  }),
) as unknown as Record<(typeof COLUMNS)[number]['name'], z.ZodOptional<z.ZodType>>

/** A stored row. Only the selected columns are present (by default every column except `embedding`). */
export const VariantRowSchema = z.object(rowShape).openapi('Variant')

/** A stored row as JSON. */
export type VariantRowJson = Record<string, unknown>

/** A search hit: the selected columns plus `distance` (smaller is nearer). */
export const SearchHitSchema = z
  .object({ ...rowShape, distance: z.number().openapi({ description: 'Distance to the query under `distanceType`; smaller is nearer.' }) })
  .openapi('SearchHit')

const select = z
  .array(z.string().min(1))
  .optional()
  .openapi({ description: 'Columns to return. The default is every column except `embedding`.', example: ['variant_id', 'chrom', 'pos'] })

const filter = z.string().optional().openapi({
  description: "DataFusion SQL filter over the storage columns, e.g. `chrom = '17' AND pos > 43000000`.",
  example: "chrom = '17'",
})

/** Body of `POST /tables`. */
export const CreateTableSchema = z
  .strictObject({
    name: TableNameSchema,
    dim: z.number().int().min(1).max(65536).optional().openapi({
      description: 'Embedding dimension. The default is 1024 for a new table; omit it to accept an existing table’s dim.',
      example: 8,
    }),
  })
  .openapi('CreateTableRequest')

/** Body of `POST /tables/{table}/variants`. */
export const AddVariantsSchema = z
  .strictObject({ rows: z.array(VariantInputSchema).min(1).openapi({ description: 'Rows to append; all or none are written.' }) })
  .openapi('AddVariantsRequest')

/** Genomic criteria shared by search and filter: regions (bcftools `-r` syntax), samples and genes. */
const genomic = {
  regions: z.array(z.string().min(1)).max(10_000).optional().openapi({
    description:
      'Regions, 1-based inclusive as `bcftools view -r`: `CHR`, `CHR:POS`, `CHR:BEG-END`, `{CHR}:BEG-END` for names with `:` or `-`. ' +
      "A variant matches when its span POS..END touches a region.",
    example: ['17:41196312-41277500'],
  }),
  samples: z.array(z.string().min(1)).max(10_000).optional().openapi({ description: 'Variants any of these samples carries (het or hom-alt).' }),
  genes: z.array(z.string().min(1)).max(10_000).optional().openapi({ description: 'Variants of these genes (the `gene` column).' }),
}

/** Body of `POST /tables/{table}/search`. */
export const SearchSchema = z
  .strictObject({
    embedding: z.array(z.number()).min(1).optional().openapi({ description: "Query vector of the table's `dim`." }),
    variant: z.string().min(1).optional().openapi({
      description: 'A variant `CHROM:POS:REF:ALT` (1-based POS), embedded with the built-in feature embedder.',
      example: '17:43045712:T:C',
    }),
    like: z.string().min(1).optional().openapi({
      description: "A stored `variant_id`: search with its embedding and leave the variant itself out.",
    }),
    limit: z.number().int().min(1).max(10_000).optional().openapi({ description: 'Maximum hits. The default is 10.' }),
    filter,
    ...genomic,
    select,
    distanceType: z.enum(DISTANCE_TYPES).optional().openapi({ description: 'Distance metric. The default is `l2`.' }),
  })
  .refine((b) => [b.embedding, b.variant, b.like].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of embedding, variant or like',
  })
  .openapi('SearchRequest')

/** Body of `POST /tables/{table}/filter`. */
export const FilterSchema = z
  .strictObject({
    filter,
    ...genomic,
    select,
    limit: z.number().int().min(1).optional().openapi({ description: 'Maximum rows. The default is no limit.' }),
    offset: z.number().int().min(0).optional().openapi({ description: 'Rows to skip first. The default is 0.' }),
  })
  .openapi('FilterRequest')

/** Body of `PATCH /tables/{table}/variants/{variantId}`. */
export const UpdateVariantSchema = z.strictObject({ updates: VariantUpdatesSchema }).openapi('UpdateVariantRequest')

/** Body of `POST /tables/{table}/delete`. */
export const DeleteSchema = z
  .strictObject({
    filter: z.string().min(1).openapi({ description: 'SQL filter of the rows to delete.', example: "clinical_significance = 'Benign'" }),
    all: z.boolean().optional().openapi({
      description: '**WARNING**: set it to allow a filter that matches every row. Without it such a delete is refused (400 `USAGE_MATCHES_ALL_ROWS`).',
    }),
  })
  .openapi('DeleteRequest')

const SCALAR_TYPES = ['BTREE', 'BITMAP', 'LABEL_LIST'] as const
const VECTOR_TYPES = ['IVF_PQ', 'IVF_FLAT'] as const

/** Body of `POST /tables/{table}/indexes`. */
export const CreateIndexSchema = z
  .strictObject({
    column: z.string().min(1).openapi({ description: 'Column to index; `embedding` for IVF_PQ and IVF_FLAT.', example: 'pos' }),
    type: z.enum([...SCALAR_TYPES, ...VECTOR_TYPES]).openapi({
      description:
        'BTREE (ranges, many distinct values), BITMAP (few distinct values), LABEL_LIST (list columns), or the vector indexes IVF_PQ and IVF_FLAT.',
    }),
    replace: z.boolean().optional().openapi({ description: 'Rebuild an existing index. The default is false (409 `STORE_INDEX_EXISTS`).' }),
    numPartitions: z.number().int().min(1).optional().openapi({ description: 'Vector indexes: IVF partitions. The default is about √rows.' }),
    numSubVectors: z.number().int().min(1).optional().openapi({ description: 'IVF_PQ: sub-vectors; must divide `dim`.' }),
    distanceType: z.enum(DISTANCE_TYPES).optional().openapi({ description: 'Vector indexes: metric. The default is `l2`.' }),
  })
  .superRefine((b, ctx) => {
    const vector = (VECTOR_TYPES as readonly string[]).includes(b.type)
    if (vector && b.column !== 'embedding') {
      ctx.addIssue({ code: 'custom', path: ['column'], message: `a ${b.type} index goes on the embedding column` })
    }
    if (!vector && b.column === 'embedding') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'the embedding column takes IVF_PQ or IVF_FLAT' })
    }
  })
  .openapi('CreateIndexRequest')

/** An index on a table. */
export const IndexInfoSchema = z
  .object({
    name: z.string().openapi({ example: 'pos_idx' }),
    indexType: z.string().openapi({ description: 'LanceDB index type, e.g. BTree, Bitmap, LabelList, IvfPq.', example: 'BTree' }),
    columns: z.array(z.string()).openapi({ example: ['pos'] }),
  })
  .openapi('IndexInfo')

/** Query of `POST /tables/{table}/ingest`. */
export const IngestQuerySchema = z.object({
  filename: z.string().min(1).max(255).optional().openapi({
    description: 'Name of the uploaded file, stored in `source_file` (reduced to a safe base name). The default is `upload.vcf`.',
    example: 'sample.vcf.gz',
  }),
  clinicalSignificanceKey: z.string().min(1).optional().openapi({ description: 'INFO key of clinical significance. The default is CLNSIG.' }),
  validateOnly: z.enum(['true', 'false']).optional().openapi({ description: 'Parse and validate without writing. The default is false.' }),
})

/** Query of `GET /tables/{table}/variants/{variantId}`. */
export const GetVariantQuerySchema = z.object({
  select: z.string().optional().openapi({ description: 'Comma-separated columns. The default is every column except `embedding`.', example: 'variant_id,pos' }),
})

/** Summary of an ingest (core's `IngestResult`, with `file` set to the upload's name). */
export const IngestResultSchema = z
  .object({
    file: z.string(),
    compression: z.enum(['plain', 'gzip', 'bgzf']).openapi({ description: 'Compression detected from the bytes.' }),
    fileformat: z.string(),
    samples: z.number().int(),
    recordsRead: z.number().int().openapi({ description: 'VCF records (data lines) read.' }),
    rowsRead: z.number().int().openapi({ description: 'Split rows (one per ALT) produced.' }),
    inserted: z.number().int().openapi({ description: 'Rows inserted because their variant_id was new.' }),
    unchanged: z.number().int().openapi({ description: 'Rows already stored and left unchanged.' }),
    warnings: z.array(z.string()),
    elapsedMs: z.number(),
    rowsPerSecond: z.number(),
    ingestId: z.string(),
    validateOnly: z.boolean(),
  })
  .openapi('IngestResult')

/** Body of every error response. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'Stable code, e.g. STORE_VARIANT_NOT_FOUND or AUTH_SCOPE_MISSING.', example: 'STORE_VARIANT_NOT_FOUND' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string().openapi({ description: 'Also in the x-request-id header.' }),
    }),
  })
  .openapi('Error')

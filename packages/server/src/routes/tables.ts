/**
 * Health, table listing and creation, and table stats.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { listTables, parseRequest, statsJson, tableStats } from '@vcf-agent/core'
import {
  CreateTableSchema,
  IndexInfoSchema,
  TableParamsSchema,
  requestQuerySchema,
} from '../schemas.js'
import {
  type App,
  HTTP_FILES,
  type RouteDeps,
  errorResponses,
  guard,
  jsonBody,
  reply,
  storeAs,
  VERSION_HEADER,
} from './common.js'

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health')

const TableListSchema = z
  .object({
    tables: z
      .array(z.string())
      .openapi({ description: 'Table names, sorted.', example: ['variants'] }),
  })
  .openapi('TableList')

const CreatedTableSchema = z
  .object({
    name: z.string(),
    dim: z.number().int().openapi({ description: 'Embedding dimension of the table.' }),
    created: z
      .boolean()
      .openapi({ description: 'False when the table already existed with this dim.' }),
  })
  .openapi('CreatedTable')

const counts = z.record(z.string(), z.number().int())

const StatsSchema = z
  .object({
    table: z.string(),
    rows: z.number().int().openapi({ description: 'Rows counted (one row per ALT allele).' }),
    dim: z.number().int(),
    schema_version: z.number().int().openapi({
      description:
        '1 = the original tool’s columns only (needs `vcf-agent migrate` before writes); 2 = current.',
    }),
    version: z
      .number()
      .int()
      .openapi({ description: 'Table version the answer read; every commit increments it.' }),
    by_chrom: counts.openapi({ description: 'Rows per CHROM, most first.' }),
    by_variant_class: counts.openapi({
      description: 'Rows per variant class (`.` = not set), most first.',
    }),
    by_clinical_significance: counts.openapi({
      description: 'Rows per clinical significance (`.` = not set), most first.',
    }),
    indexes: z.array(IndexInfoSchema),
    disk_bytes: z
      .number()
      .int()
      .openapi({ description: 'Size of the table folder on disk, in bytes.' }),
    by_position: z
      .array(
        z
          .object({
            chrom: z.string(),
            min_pos: z.number().int().openapi({ description: 'Smallest matching POS (1-based).' }),
            max_pos: z.number().int().openapi({ description: 'Largest matching POS (1-based).' }),
            bin_width: z.number().int().openapi({ description: 'Width of each bin in bp.' }),
            counts: z.array(z.number().int()).openapi({
              description:
                'Rows per bin: bin i covers POS min_pos + i·bin_width up to (not including) the next bin; the last holds max_pos.',
            }),
          })
          .openapi('PositionBins'),
      )
      .optional()
      .openapi({
        description:
          'Rows in equal-width POS bins, one entry per CHROM in natural order (only with `bins`).',
      }),
    columns: z.array(z.string()),
  })
  .openapi('TableStats')

const StatsQuerySchema = requestQuerySchema('stats')

/**
 * Registers `GET /healthz`, `GET /tables`, `POST /tables` and `GET /tables/{table}/stats`.
 * @internal
 */
export function registerTableRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      tags: ['health'],
      summary: 'Liveness check (no auth)',
      security: [],
      responses: { 200: reply('The server is up', HealthSchema) },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables',
      tags: ['tables'],
      summary: 'List tables (scope read)',
      ...guard(deps, 'read'),
      responses: {
        200: reply('Tables in the database folder', TableListSchema),
        ...errorResponses(403),
      },
    }),
    async (c) =>
      c.json(
        {
          tables: await listTables(deps.stores.dbPath, {
            storageOptions: deps.stores.storageOptions,
          }),
        },
        200,
      ),
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables',
      tags: ['tables'],
      summary: 'Create a table (scope admin)',
      description:
        'Idempotent: an existing table with the same dim answers 200 with `created: false`; another dim is 422 `SCHEMA_MISMATCH`.',
      ...guard(deps, 'admin', true),
      request: { body: jsonBody(CreateTableSchema) },
      responses: {
        201: reply('Created', CreatedTableSchema),
        200: reply('Already exists with this dim', CreatedTableSchema),
        ...errorResponses(400, 403, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const { name, dim } = c.req.valid('json')
      const result = await deps.stores.create(name, dim)
      const payload = { name, dim: result.dim, created: result.created }
      return result.created ? c.json(payload, 201) : c.json(payload, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables/{table}/stats',
      tags: ['tables'],
      summary:
        'Row count and counts by CHROM, variant class and clinical significance, version, indexes (scope read)',
      ...guard(deps, 'read'),
      request: { params: TableParamsSchema, query: StatsQuerySchema },
      responses: { 200: reply('Table stats', StatsSchema), ...errorResponses(400, 403, 404, 422) },
    }),
    async (c) => {
      const store = await storeAs(deps, c)
      const stats = statsJson(
        await tableStats(store, parseRequest('stats', c.req.valid('query'), 'text'), HTTP_FILES),
      )
      return c.json({ ...stats, columns: store.columns }, 200, {
        [VERSION_HEADER]: String(stats.version),
      })
    },
  )
}

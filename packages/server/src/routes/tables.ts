/**
 * Health, table listing and creation, and table stats.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { CreateTableSchema, IndexInfoSchema, TableParamsSchema } from '../schemas.js'
import { type App, BEARER, type RouteDeps, errorResponses, storeAs } from './common.js'

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health')

const TableListSchema = z
  .object({ tables: z.array(z.string()).openapi({ description: 'Table names, sorted.', example: ['variants'] }) })
  .openapi('TableList')

const CreatedTableSchema = z
  .object({
    name: z.string(),
    dim: z.number().int().openapi({ description: 'Embedding dimension of the table.' }),
    created: z.boolean().openapi({ description: 'False when the table already existed with this dim.' }),
  })
  .openapi('CreatedTable')

const counts = z.record(z.string(), z.number().int())

const StatsSchema = z
  .object({
    table: z.string(),
    rows: z.number().int().openapi({ description: 'Row count (one row per ALT allele).' }),
    version: z.number().int().openapi({ description: 'Table version; every commit increments it.' }),
    dim: z.number().int(),
    schemaVersion: z.number().int().openapi({ description: '1 = the original tool’s columns only (needs `vcf-agent migrate` before writes); 2 = current.' }),
    columns: z.array(z.string()),
    indexes: z.array(IndexInfoSchema),
    byChrom: counts.optional().openapi({ description: 'With `detail=true`: rows per CHROM, most first.' }),
    byVariantClass: counts.optional().openapi({ description: 'With `detail=true`: rows per variant class (`.` = not set), most first.' }),
    byClinicalSignificance: counts
      .optional()
      .openapi({ description: 'With `detail=true`: rows per clinical significance (`.` = not set), most first.' }),
    diskBytes: z.number().int().optional().openapi({ description: 'With `detail=true`: size of the table folder on disk, in bytes.' }),
  })
  .openapi('TableStats')

const StatsQuerySchema = z.object({
  filter: z.string().optional().openapi({ description: 'SQL filter: count only the matching rows.', example: "chrom = '17'" }),
  detail: z.enum(['true', 'false']).optional().openapi({
    description: 'Add counts per CHROM, variant class and clinical significance, and the size on disk. It reads every selected row. The default is false.',
  }),
})

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
      responses: { 200: { description: 'The server is up', content: { 'application/json': { schema: HealthSchema } } } },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables',
      tags: ['tables'],
      summary: 'List tables (scope read)',
      security: BEARER,
      middleware: [deps.auth.read],
      responses: {
        200: { description: 'Tables in the database folder', content: { 'application/json': { schema: TableListSchema } } },
        ...errorResponses(403),
      },
    }),
    async (c) => c.json({ tables: await deps.stores.list() }, 200),
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables',
      tags: ['tables'],
      summary: 'Create a table (scope admin)',
      description: 'Idempotent: an existing table with the same dim answers 200 with `created: false`; another dim is 422 `SCHEMA_MISMATCH`.',
      security: BEARER,
      middleware: [deps.auth.admin, deps.jsonLimit],
      request: { body: { required: true, content: { 'application/json': { schema: CreateTableSchema } } } },
      responses: {
        201: { description: 'Created', content: { 'application/json': { schema: CreatedTableSchema } } },
        200: { description: 'Already exists with this dim', content: { 'application/json': { schema: CreatedTableSchema } } },
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
      summary: 'Row count, version, dim, columns and indexes (scope read)',
      security: BEARER,
      middleware: [deps.auth.read],
      request: { params: TableParamsSchema, query: StatsQuerySchema },
      responses: {
        200: { description: 'Table stats', content: { 'application/json': { schema: StatsSchema } } },
        ...errorResponses(400, 403, 404, 422),
      },
    }),
    async (c) => {
      const { table } = c.req.valid('param')
      const { filter, detail } = c.req.valid('query')
      const store = await storeAs(deps, table, c.get('principal').name)
      const base = { table, dim: store.dim, schemaVersion: store.schemaVersion, columns: store.columns }
      if (detail === 'true') {
        const stats = await store.stats(filter?.trim() ? filter : undefined)
        return c.json({ ...base, ...stats }, 200)
      }
      const [rows, version, indexes] = await Promise.all([store.countRows(filter), store.version(), store.listIndices()])
      return c.json({ ...base, rows, version, indexes }, 200)
    },
  )
}

/**
 * Index management: create a scalar or vector index, list indexes.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { createIndex, indexesJson, parseRequest } from '@vcf-agent/core'
import { IndexInfoSchema, TableParamsSchema, requestBodySchema } from '../schemas.js'
import { type App, BEARER, type RouteDeps, errorResponses, storeAs } from './common.js'

const CreateIndexSchema = requestBodySchema('index', 'CreateIndexRequest')

const IndexListSchema = z.object({ indexes: z.array(IndexInfoSchema) }).openapi('IndexList')

const CreatedIndexSchema = z
  .object({
    indexes: z.array(z.string()).openapi({ description: 'Names of the indexes built.' }),
    index_type: z.string().optional(),
    column: z.string().optional(),
    all_indexes: z.array(IndexInfoSchema).openapi({ description: 'Every index of the table after the build.' }),
  })
  .openapi('CreatedIndex')

/**
 * Registers `POST` and `GET /tables/{table}/indexes`.
 * @internal
 */
export function registerIndexRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/indexes',
      tags: ['indexes'],
      summary: 'Build a scalar or vector index (scope admin)',
      description:
        'The same options as `vcf-agent create-lancedb-index`: `genomic: true` for every index region, sample and gene queries use; ' +
        'scalar BTREE, BITMAP or LABEL_LIST on `column`; vector IVF_PQ (needs at least 256 rows to train) or IVF_FLAT on `embedding`. ' +
        'An existing index on the column is 409 `STORE_INDEX_EXISTS` unless `replace: true`.',
      security: BEARER,
      middleware: [deps.auth.admin, deps.jsonLimit],
      request: { params: TableParamsSchema, body: { required: true, content: { 'application/json': { schema: CreateIndexSchema } } } },
      responses: {
        201: { description: 'Index built', content: { 'application/json': { schema: CreatedIndexSchema } } },
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const { table } = c.req.valid('param')
      const body = c.req.valid('json')
      const store = await storeAs(deps, table, c.get('principal').name)
      const made = await createIndex(store, parseRequest('index', body, 'json'))
      return c.json({ ...made, all_indexes: indexesJson(await store.listIndices()) }, 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables/{table}/indexes',
      tags: ['indexes'],
      summary: 'List indexes (scope read)',
      security: BEARER,
      middleware: [deps.auth.read],
      request: { params: TableParamsSchema },
      responses: {
        200: { description: 'Indexes', content: { 'application/json': { schema: IndexListSchema } } },
        ...errorResponses(403, 404, 422),
      },
    }),
    async (c) => {
      const { table } = c.req.valid('param')
      const store = await storeAs(deps, table, c.get('principal').name)
      return c.json({ indexes: indexesJson(await store.listIndices()) }, 200)
    },
  )
}

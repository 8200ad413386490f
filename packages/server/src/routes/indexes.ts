/**
 * Index management: create a scalar or vector index, list indexes.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { createIndex, indexesJson, parseRequest } from '@vcf-agent/core'
import { IndexInfoSchema, TableParamsSchema, requestBodySchema } from '../schemas.js'
import {
  type App,
  type RouteDeps,
  errorResponses,
  guard,
  jsonBody,
  reply,
  storeAs,
} from './common.js'

const CreateIndexSchema = requestBodySchema('index', 'CreateIndexRequest')

const IndexListSchema = z.object({ indexes: z.array(IndexInfoSchema) }).openapi('IndexList')

const CreatedIndexSchema = z
  .object({
    indexes: z.array(z.string()).openapi({ description: 'Names of the indexes built.' }),
    index_type: z.string().optional(),
    column: z.string().optional(),
    all_indexes: z
      .array(IndexInfoSchema)
      .openapi({ description: 'Every index of the table after the build.' }),
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
      ...guard(deps, 'admin', true),
      request: { params: TableParamsSchema, body: jsonBody(CreateIndexSchema) },
      responses: {
        201: reply('Index built', CreatedIndexSchema),
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const store = await storeAs(deps, c)
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
      ...guard(deps, 'read'),
      request: { params: TableParamsSchema },
      responses: { 200: reply('Indexes', IndexListSchema), ...errorResponses(403, 404, 422) },
    }),
    async (c) => {
      const store = await storeAs(deps, c)
      return c.json({ indexes: indexesJson(await store.listIndices()) }, 200)
    },
  )
}

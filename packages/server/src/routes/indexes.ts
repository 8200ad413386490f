/**
 * Index management: create a scalar or vector index, list indexes.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import type { ScalarIndexType } from '@vcf-agent/core'
import { CreateIndexSchema, IndexInfoSchema, TableParamsSchema } from '../schemas.js'
import { type App, BEARER, type RouteDeps, errorResponses, storeAs } from './common.js'

const IndexListSchema = z.object({ indexes: z.array(IndexInfoSchema) }).openapi('IndexList')

const CreatedIndexSchema = z
  .object({
    column: z.string(),
    type: z.string(),
    indexes: z.array(IndexInfoSchema).openapi({ description: 'Every index of the table after the build.' }),
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
        'Scalar: BTREE, BITMAP or LABEL_LIST on a column. Vector: IVF_PQ (needs at least 256 rows to train) or IVF_FLAT on `embedding`. ' +
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
      if (body.type === 'IVF_PQ' || body.type === 'IVF_FLAT') {
        await store.createVectorIndex({
          type: body.type,
          replace: body.replace ?? false,
          ...(body.numPartitions !== undefined ? { numPartitions: body.numPartitions } : {}),
          ...(body.numSubVectors !== undefined ? { numSubVectors: body.numSubVectors } : {}),
          ...(body.distanceType !== undefined ? { distanceType: body.distanceType } : {}),
        })
      } else {
        await store.createScalarIndex(body.column, body.type as ScalarIndexType, { replace: body.replace ?? false })
      }
      return c.json({ column: body.column, type: body.type, indexes: await store.listIndices() }, 201)
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
      return c.json({ indexes: await store.listIndices() }, 200)
    },
  )
}

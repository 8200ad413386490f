/**
 * Variant rows: add, get, update, delete.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import {
  type VariantInput,
  deleteRows,
  parseRequest,
  rowToJson,
  updateVariant,
  variantById,
} from '@vcf-agent/core'
import {
  AddVariantsSchema,
  GetVariantQuerySchema,
  TableParamsSchema,
  UpdateVariantSchema,
  VariantParamsSchema,
  VariantRowSchema,
  requestBodySchema,
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

const DeleteSchema = requestBodySchema('delete', 'DeleteRequest')

const AddResultSchema = z
  .object({
    added: z.number().int().openapi({ description: 'Rows written.' }),
    version: z.number().int().openapi({ description: 'Table version after the write.' }),
  })
  .openapi('AddResult')

const UpdateResultSchema = z
  .object({
    variant_id: z.string(),
    updated: z.number().int().openapi({ description: 'Rows changed (1).' }),
  })
  .openapi('UpdateResult')

const DeleteResultSchema = z
  .object({ deleted: z.number().int().openapi({ description: 'Rows deleted.' }) })
  .openapi('DeleteResult')

/**
 * Registers `POST /tables/{table}/variants`, `GET` and `PATCH /tables/{table}/variants/{variantId}` and
 * `POST /tables/{table}/delete`.
 * @internal
 */
export function registerVariantRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/variants',
      tags: ['variants'],
      summary: 'Append variant rows (scope write)',
      description:
        'Every row is validated first (422 `SCHEMA_INVALID_ROW` lists every problem); one bad row means nothing is written. ' +
        'Writes from concurrent requests and processes are serialised by the write lock.',
      ...guard(deps, 'write', true),
      request: { params: TableParamsSchema, body: jsonBody(AddVariantsSchema) },
      responses: {
        201: reply('Rows written', AddResultSchema),
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const { rows } = c.req.valid('json')
      const store = await storeAs(deps, c)
      const result = await store.addVariants(rows as unknown as VariantInput[])
      return c.json({ added: result.added, version: result.version }, 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables/{table}/variants/{variantId}',
      tags: ['variants'],
      summary: 'One variant by id (scope read)',
      ...guard(deps, 'read'),
      request: { params: VariantParamsSchema, query: GetVariantQuerySchema },
      responses: { 200: reply('The variant', VariantRowSchema), ...errorResponses(403, 404, 422) },
    }),
    async (c) => {
      const { variantId } = c.req.valid('param')
      const { select_columns, as_of } = c.req.valid('query')
      const columns = select_columns
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      const store = await storeAs(deps, c)
      const { row, version } = await variantById(store, variantId, columns, as_of)
      return c.json(rowToJson(row), 200, { [VERSION_HEADER]: String(version) })
    },
  )

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/tables/{table}/variants/{variantId}',
      tags: ['variants'],
      summary: "Update a variant's columns (scope write)",
      ...guard(deps, 'write', true),
      request: { params: VariantParamsSchema, body: jsonBody(UpdateVariantSchema) },
      responses: {
        200: reply('Updated', UpdateResultSchema),
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const { variantId } = c.req.valid('param')
      const { updates } = c.req.valid('json')
      const store = await storeAs(deps, c)
      return c.json(await updateVariant(store, { variant_id: variantId, updates }), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/delete',
      tags: ['variants'],
      summary: 'Delete the rows matching filter_sql, regions, samples or genes (scope write)',
      description:
        'A filter that matches every row is refused with 400 `USAGE_MATCHES_ALL_ROWS` unless `all: true`; the check and the delete run under the write lock.',
      ...guard(deps, 'write', true),
      request: { params: TableParamsSchema, body: jsonBody(DeleteSchema) },
      responses: {
        200: reply('Rows deleted', DeleteResultSchema),
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const store = await storeAs(deps, c)
      const result = await deleteRows(store, parseRequest('delete', body, 'json'), HTTP_FILES)
      return c.json({ deleted: result.deleted }, 200)
    },
  )
}

/**
 * Table versions: list, tags, restore, diff and optimize — the same use-cases, options and errors as the CLI's
 * `versions`, `tag`, `restore`, `diff` and `optimize`.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import {
  createTag,
  deleteTag,
  diffTable,
  listTags,
  listVersions,
  optimizeTable,
  parseRequest,
  restoreTable,
} from '@vcf-agent/core'
import {
  TableNameSchema,
  TableParamsSchema,
  requestBodySchema,
  requestQuerySchema,
} from '../schemas.js'
import {
  type App,
  type RouteDeps,
  VERSION_HEADER,
  errorResponses,
  guard,
  jsonBody,
  reply,
  storeAs,
} from './common.js'

const int = (description: string) => z.number().int().openapi({ description })

const VersionSchema = z
  .object({
    version: int('LanceDB version number; every commit adds one.'),
    timestamp: z.string().openapi({ description: 'Commit time, ISO-8601 UTC.' }),
    rows: z.number().int().nullable().openapi({ description: 'Rows in that version (LanceDB).' }),
    operation: z.string().nullable().openapi({
      description:
        'The audited operation that made it (ingest, update, restore, optimize…), from the audit log.',
    }),
    actor: z.string().nullable().openapi({ description: 'Who made it, from the audit log.' }),
    tags: z.array(z.string()),
  })
  .openapi('TableVersion')

const VersionListSchema = z
  .object({
    table: z.string(),
    version: int('The latest version.'),
    versions: z.array(VersionSchema).openapi({ description: 'Every version kept, oldest first.' }),
  })
  .openapi('VersionList')

const TagSchema = z
  .object({ name: z.string(), version: int('The version the tag names.') })
  .openapi('Tag')

const TagListSchema = z.object({ table: z.string(), tags: z.array(TagSchema) }).openapi('TagList')

const TagParamsSchema = z.object({
  table: TableNameSchema.openapi({ param: { name: 'table', in: 'path' } }),
  name: z
    .string()
    .min(1)
    .openapi({ param: { name: 'name', in: 'path' }, example: 'clinvar-2024-06' }),
})

const RestoreResultSchema = z
  .object({
    restored: int('The version whose content was restored.'),
    version_before: int('The latest version before.'),
    version: int('The new latest version, equal in content to `restored`.'),
  })
  .openapi('RestoreResult')

const DiffResultSchema = z
  .object({
    table: z.string(),
    from: int('The older version.'),
    to: int('The newer version.'),
    counts: z.object({
      added: z.number().int(),
      removed: z.number().int(),
      changed: z.number().int(),
    }),
    added: z
      .array(z.string())
      .openapi({ description: 'Ids in `to` only, sorted (at most `max_ids`).' }),
    removed: z
      .array(z.string())
      .openapi({ description: 'Ids in `from` only, sorted (at most `max_ids`).' }),
    changed: z
      .array(z.object({ variant_id: z.string(), columns: z.array(z.string()) }))
      .openapi({ description: 'Ids in both with other content, with the columns that differ.' }),
    truncated: z.boolean().openapi({ description: 'True when a list was cut at `max_ids`.' }),
  })
  .openapi('DiffResult')

const OptimizeResultSchema = z
  .object({
    version_before: int('The latest version before.'),
    version: int('The latest version after.'),
    fragments_removed: int('Fragments compaction rewrote.'),
    fragments_added: int('Fragments compaction wrote.'),
    versions_removed: int('Versions removed.'),
    bytes_removed: int('Bytes the cleanup removed (LanceDB).'),
    disk_bytes_before: int('Size of the table folder before, in bytes.'),
    disk_bytes: int('Size of the table folder after, in bytes.'),
    cleanup_before: z
      .string()
      .openapi({ description: 'Versions committed before this time were eligible for removal.' }),
    held_by_tag: z.string().nullable().openapi({
      description:
        'The tag whose version held the cleanup back (LanceDB keeps every version after it).',
    }),
    staging_files_removed: int('Staging files of crashed ingests removed.'),
  })
  .openapi('OptimizeResult')

const CreateTagSchema = requestBodySchema('tag', 'CreateTagRequest')
const RestoreSchema = requestBodySchema('restore', 'RestoreRequest')
const OptimizeSchema = requestBodySchema('optimize', 'OptimizeRequest')
const DiffQuerySchema = requestQuerySchema('diff')

/**
 * Registers `GET /tables/{table}/versions`, `GET|POST /tables/{table}/tags`, `DELETE /tables/{table}/tags/{name}`,
 * `POST /tables/{table}/restore`, `GET /tables/{table}/diff` and `POST /tables/{table}/optimize`.
 * @internal
 */
export function registerVersionRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables/{table}/versions',
      tags: ['versions'],
      summary: 'Every table version with time, operation, row count and tags (scope read)',
      ...guard(deps, 'read'),
      request: { params: TableParamsSchema },
      responses: {
        200: reply('The versions', VersionListSchema),
        ...errorResponses(403, 404, 422),
      },
    }),
    async (c) => {
      const data = await listVersions(await storeAs(deps, c))
      return c.json(data, 200, { [VERSION_HEADER]: String(data.version) })
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables/{table}/tags',
      tags: ['versions'],
      summary: 'The table’s tags (scope read)',
      ...guard(deps, 'read'),
      request: { params: TableParamsSchema },
      responses: { 200: reply('The tags', TagListSchema), ...errorResponses(403, 404, 422) },
    }),
    async (c) => c.json(await listTags(await storeAs(deps, c)), 200),
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/tags',
      tags: ['versions'],
      summary: 'Tag a version (scope write)',
      description:
        'Names `version` (a number or another tag; default the latest). Tags never move: an existing name is 409 `STORE_TAG_EXISTS`.',
      ...guard(deps, 'write', true),
      request: { params: TableParamsSchema, body: jsonBody(CreateTagSchema) },
      responses: {
        201: reply('Tagged', TagSchema),
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const req = parseRequest('tag', c.req.valid('json'), 'json')
      return c.json(await createTag(await storeAs(deps, c), req), 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/tables/{table}/tags/{name}',
      tags: ['versions'],
      summary: 'Delete a tag (scope admin)',
      description:
        'The version stays until optimize removes it after the retention period. An unknown tag is 404 `STORE_TAG_NOT_FOUND`.',
      ...guard(deps, 'admin'),
      request: { params: TagParamsSchema },
      responses: { 200: reply('Deleted', TagSchema), ...errorResponses(403, 404, 422) },
    }),
    async (c) => {
      const { name } = c.req.valid('param')
      return c.json(await deleteTag(await storeAs(deps, c), { name }), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/restore',
      tags: ['versions'],
      summary: 'Make a new latest version equal to an older version or tag (scope admin)',
      description:
        'Needs `yes: true` (400 `USAGE_CONFIRMATION_REQUIRED` otherwise), as the CLI needs `--yes` without a terminal. Runs under the write lock; audited with the versions before and after.',
      ...guard(deps, 'admin', true),
      request: { params: TableParamsSchema, body: jsonBody(RestoreSchema) },
      responses: {
        200: reply('Restored', RestoreResultSchema),
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const req = parseRequest('restore', c.req.valid('json'), 'json')
      const res = await restoreTable(await storeAs(deps, c), req)
      return c.json(res, 200, { [VERSION_HEADER]: String(res.version) })
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables/{table}/diff',
      tags: ['versions'],
      summary: 'Variant ids added, removed and changed between two versions or tags (scope read)',
      description:
        'Neither version is read into memory: LanceDB hashes and sorts each version’s rows by variant_id and the two streams are merged in batches. `to` defaults to the latest version; lists hold at most `max_ids` ids each (default 1000, 0 for all), the counts are complete.',
      ...guard(deps, 'read'),
      request: { params: TableParamsSchema, query: DiffQuerySchema },
      responses: {
        200: reply('The diff', DiffResultSchema),
        ...errorResponses(400, 403, 404, 422),
      },
    }),
    async (c) => {
      const req = parseRequest('diff', c.req.valid('query'), 'text')
      const d = await diffTable(await storeAs(deps, c), req)
      return c.json(d, 200, { [VERSION_HEADER]: String(d.to) })
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/optimize',
      tags: ['versions'],
      summary: 'Compact, update indexes, remove old untagged versions (scope admin)',
      description:
        'Compaction, index update and cleanup of versions older than `retention_days` (default 7), never the latest or a tagged one, under the write lock.',
      ...guard(deps, 'admin', true),
      request: { params: TableParamsSchema, body: jsonBody(OptimizeSchema) },
      responses: {
        200: reply('Optimized', OptimizeResultSchema),
        ...errorResponses(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const req = parseRequest('optimize', c.req.valid('json'), 'json')
      const r = await optimizeTable(await storeAs(deps, c), req)
      return c.json(r, 200, { [VERSION_HEADER]: String(r.version) })
    },
  )
}

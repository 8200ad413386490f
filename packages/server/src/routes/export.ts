/**
 * VCF export.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { exportQuery, exportVcf, parseRequest } from '@vcf-agent/core'
import { TableParamsSchema, requestQuerySchema } from '../schemas.js'
import {
  type App,
  HTTP_FILES,
  type RouteDeps,
  errorResponses,
  guard,
  lineStream,
  peeked,
  storeAs,
  VERSION_HEADER,
} from './common.js'

/** Media type of the exported file (VCF is tab-separated text; it has no registered media type). */
const VCF_MEDIA_TYPE = 'text/plain; charset=utf-8'

const ExportQuerySchema = requestQuerySchema('export').extend({
  info: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Write the stored INFO column. The default is true.' }),
})

/**
 * Registers `GET /tables/{table}/export`.
 * @internal
 */
export function registerExportRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/tables/{table}/export',
      tags: ['export'],
      summary: 'The selected rows as a VCF file (scope read)',
      description:
        'A VCF v4.3 file with one record per stored row (split form), sorted by CHROM (natural order) and POS, with `##contig`, ' +
        '`##FILTER` and `##INFO` lines for what the records use. Sent as an attachment named `<table>.vcf`. The table version read ' +
        '(`as_of`, else the latest) is named in the `##source` line and the `x-table-version` header.',
      ...guard(deps, 'read'),
      request: { params: TableParamsSchema, query: ExportQuerySchema },
      responses: {
        200: { description: 'The VCF text', content: { 'text/plain': { schema: z.string() } } },
        ...errorResponses(400, 403, 404, 422),
      },
    }),
    async (c) => {
      const { table } = c.req.valid('param')
      const { info, ...options } = c.req.valid('query')
      const store = await storeAs(deps, c)
      const query = await exportQuery(store, parseRequest('export', options, 'text'), HTTP_FILES)
      const version = await query.tableVersion()
      const lines = exportVcf(store, { query, info: info !== 'false' })
      // A streamed body is not the `string` the typed text response expects, so the type is waived here.
      return c.body(
        lineStream(await peeked(lines), (line) => line),
        200,
        {
          'content-type': VCF_MEDIA_TYPE,
          'content-disposition': `attachment; filename="${table}.vcf"`,
          [VERSION_HEADER]: String(version),
        },
      ) as never
    },
  )
}

/**
 * VCF upload and ingest.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { VcfAgentError, ingestVcf } from '@vcf-agent/core'
import { IngestQuerySchema, IngestResultSchema, TableParamsSchema } from '../schemas.js'
import { type Upload, receiveUpload } from '../upload.js'
import { type App, BEARER, type RouteDeps, errorResponses, storeAs } from './common.js'

/**
 * The same error with the temporary path replaced by the upload's name, so clients see their own file name and
 * never the server's folders.
 */
function withClientPaths(err: unknown, upload: Upload): unknown {
  if (!(err instanceof VcfAgentError)) return err
  const fix = (s: string) => s.replaceAll(upload.path, upload.filename).replaceAll(upload.dir, '.')
  const details: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(err.details)) {
    if (k === 'path') continue
    details[k] = typeof v === 'string' ? fix(v) : v
  }
  const copy = new VcfAgentError(err.code, fix(err.message), { cause: err, details })
  copy.name = err.name
  return copy
}

/**
 * Registers `POST /tables/{table}/ingest`.
 * @internal
 */
export function registerIngestRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/ingest',
      tags: ['ingest'],
      summary: 'Ingest an uploaded VCF or VCF.gz (scope write)',
      description:
        'The body is the raw file (plain, gzip or BGZF; detected from its bytes, so any Content-Type is accepted). It is streamed to a ' +
        'temporary file, never held in memory, and removed afterwards. One row per ALT allele, split like `bcftools norm -m -any`; ' +
        'rows whose variant_id is already stored are left unchanged, so re-sending a file is safe. A malformed file is 422 ' +
        '`VCF_PARSE_*` and nothing stays written. A body over the server’s upload limit is 413.',
      security: BEARER,
      middleware: [deps.auth.write],
      request: {
        params: TableParamsSchema,
        query: IngestQuerySchema,
        body: {
          required: true,
          content: { 'application/octet-stream': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
        },
      },
      responses: {
        200: { description: 'Ingest summary', content: { 'application/json': { schema: IngestResultSchema } } },
        ...errorResponses(400, 403, 404, 409, 413, 422),
      },
    }),
    async (c) => {
      const { table } = c.req.valid('param')
      const query = c.req.valid('query')
      const store = await storeAs(deps, table, c.get('principal').name)
      const upload = await receiveUpload(c.req.raw, { maxBytes: deps.maxUploadBytes, dir: deps.uploadDir, filename: query.filename })
      try {
        const result = await ingestVcf(store, upload.path, {
          validateOnly: query.validateOnly === 'true',
          ...(query.clinicalSignificanceKey ? { clinicalSignificanceKey: query.clinicalSignificanceKey } : {}),
        })
        return c.json({ ...result, file: upload.filename }, 200)
      } catch (err) {
        throw withClientPaths(err, upload)
      } finally {
        await upload.remove()
      }
    },
  )
}

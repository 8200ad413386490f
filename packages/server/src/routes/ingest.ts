/**
 * VCF upload and ingest.
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { VcfAgentError, ingestFile, parseRequest } from '@vcf-agent/core'
import { TableParamsSchema, requestQuerySchema } from '../schemas.js'
import { type Upload, receiveUpload } from '../upload.js'
import { type App, type RouteDeps, errorResponses, guard, reply, storeAs } from './common.js'

const IngestQuerySchema = requestQuerySchema('ingest').extend({
  filename: z.string().min(1).max(255).optional().openapi({
    description:
      'Name of the uploaded file, stored in `source_file` (reduced to a safe base name). The default is `upload.vcf`.',
    example: 'sample.vcf.gz',
  }),
})

const int = (description: string) => z.number().int().openapi({ description })

const IngestResultSchema = z
  .object({
    file: z.string(),
    compression: z
      .enum(['plain', 'gzip', 'bgzf'])
      .openapi({ description: 'Compression detected from the bytes.' }),
    fileformat: z.string(),
    samples: int('Samples in the header.'),
    records_read: int('VCF records (data lines) read.'),
    rows: int('Split rows (one per ALT) produced.'),
    new_rows: int('Rows inserted because their variant_id was new.'),
    unchanged_rows: int('Rows already stored with the same content, left unchanged.'),
    changed_rows: int(
      'Rows already stored with another record, left as stored (without `update_changed`).',
    ),
    updated_rows: int('Stored rows replaced with this file’s record (`update_changed`).'),
    embeddings_changed: int('Of the updated rows, those whose embedding changed.'),
    version_before: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Table version before the ingest’s commit.' }),
    version: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Table version the ingest ended at (null with validate_only).' }),
    tag: z.string().nullable().openapi({ description: 'The tag given to `version`.' }),
    warnings: int('Distinct warnings.'),
    warning_messages: z.array(z.string()),
    warnings_by_rule: z.record(z.string(), z.number().int()).openapi({
      description:
        'Header rules of the strict validator the file breaks, counted by rule id (without `strict`; empty with it).',
    }),
    strict: z
      .boolean()
      .openapi({ description: 'True when the file was checked with `strict` (and passed).' }),
    seconds: z.number(),
    rows_per_second: z.number(),
    ingest_id: z.string(),
    validate_only: z.boolean(),
    workers: int('Parse worker threads started (0 when it all ran in one thread).'),
  })
  .openapi('IngestResult')

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
        'rows whose variant_id is already stored are left unchanged (or, with `update_changed`, replaced when their record changed), ' +
        'so re-sending a file is safe. The rows are committed at once when the whole file was read (`tag` names that version); a ' +
        'malformed file is 422 `VCF_PARSE_*` and nothing is written. With `strict=true` the whole file is first checked against the ' +
        'VCF spec of its declared version: any violation is 422 `VCF_PARSE_STRICT_VIOLATIONS` listing them (file, line, field, rule, ' +
        'spec section) and nothing is written. A body over the server’s upload limit is 413.',
      ...guard(deps, 'write'),
      request: {
        params: TableParamsSchema,
        query: IngestQuerySchema,
        body: {
          required: true,
          content: {
            'application/octet-stream': {
              schema: z.string().openapi({ type: 'string', format: 'binary' }),
            },
          },
        },
      },
      responses: {
        200: reply('Ingest summary', IngestResultSchema),
        ...errorResponses(400, 403, 404, 409, 413, 422),
      },
    }),
    async (c) => {
      const { filename, ...options } = c.req.valid('query') as { filename?: string } & Record<
        string,
        unknown
      >
      const req = parseRequest('ingest', options, 'text')
      const store = await storeAs(deps, c)
      const upload = await receiveUpload(c.req.raw, {
        maxBytes: deps.maxUploadBytes,
        dir: deps.uploadDir,
        filename,
      })
      try {
        const summary = await ingestFile(store, upload.path, req)
        return c.json({ ...summary, file: upload.filename }, 200)
      } catch (err) {
        throw withClientPaths(err, upload)
      } finally {
        await upload.remove()
      }
    },
  )
}

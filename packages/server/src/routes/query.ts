/**
 * Reads: nearest-neighbour search and SQL filter (JSON or NDJSON).
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { filterRows, parseRequest, rowToJson, searchHits, searchTextHits } from '@vcf-agent/core'
import {
  SearchHitSchema,
  TableParamsSchema,
  TextHitSchema,
  TableVersionSchema,
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
  lineStream,
  peeked,
  reply,
  storeAs,
  VERSION_HEADER,
} from './common.js'

/** Media type of newline-delimited JSON. */
const NDJSON = 'application/x-ndjson'

const SearchSchema = requestBodySchema('search', 'SearchRequest')
const FilterSchema = requestBodySchema('filter', 'FilterRequest')
const SearchTextSchema = requestBodySchema('search_text', 'SearchTextRequest')

const SearchTextResultSchema = z
  .object({
    version: TableVersionSchema,
    hits: z.array(TextHitSchema).openapi({ description: 'Best BM25 score first.' }),
  })
  .openapi('SearchTextResult')

const SearchResultSchema = z
  .object({
    version: TableVersionSchema,
    hits: z.array(SearchHitSchema).openapi({ description: 'Nearest first.' }),
  })
  .openapi('SearchResult')
const FilterResultSchema = z
  .object({
    version: TableVersionSchema,
    rows: z.array(VariantRowSchema),
    truncated: z.boolean().openapi({
      description: 'True when more rows match than `limit` let through (raise it, or 0 for all).',
    }),
  })
  .openapi('FilterResult')

/**
 * Registers `POST /tables/{table}/search`, `POST /tables/{table}/search-text` and `POST /tables/{table}/filter`.
 * @internal
 */
export function registerQueryRoutes(app: App, deps: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/search',
      tags: ['query'],
      summary: 'Nearest neighbours of an embedding, a variant or a stored variant (scope read)',
      description:
        'Give exactly one of `embedding` (a vector of the table’s dim), `variant` (`CHROM:POS:REF:ALT`, embedded with the table’s ' +
        'embedder) or `like` (a stored variant_id; the variant itself is left out of the hits). Scoped like `/filter`.',
      ...guard(deps, 'read', true),
      request: { params: TableParamsSchema, body: jsonBody(SearchSchema) },
      responses: {
        200: reply('Hits, nearest first', SearchResultSchema),
        ...errorResponses(400, 403, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const store = await storeAs(deps, c)
      const { version, hits } = await searchHits(
        store,
        parseRequest('search', body, 'json'),
        HTTP_FILES,
      )
      return c.json(
        { version, hits: hits.map((h) => rowToJson(h) as z.infer<typeof SearchHitSchema>) },
        200,
        { [VERSION_HEADER]: String(version) },
      )
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/search-text',
      tags: ['query'],
      summary:
        'Full-text search over annotations: conditions, HGVS, genes, consequences, rsIDs (scope read)',
      description:
        '`query` is searched in the `annotation` column (BM25): words (all must occur), `"a phrase"`, `OR`, `-word` or `NOT word`; ' +
        'a word with punctuation (an HGVS expression) is searched as a phrase of its parts. Scoped like `/filter`. A table ' +
        'without the `annotation` column answers 422 `SCHEMA_NEEDS_MIGRATION`.',
      ...guard(deps, 'read', true),
      request: { params: TableParamsSchema, body: jsonBody(SearchTextSchema) },
      responses: {
        200: reply('Hits, best first', SearchTextResultSchema),
        ...errorResponses(400, 403, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const store = await storeAs(deps, c)
      const { version, hits } = await searchTextHits(
        store,
        parseRequest('search_text', body, 'json'),
        HTTP_FILES,
      )
      return c.json(
        { version, hits: hits.map((h) => rowToJson(h) as z.infer<typeof TextHitSchema>) },
        200,
        { [VERSION_HEADER]: String(version) },
      )
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/filter',
      tags: ['query'],
      summary: 'Rows matching a SQL filter (scope read)',
      description: `At most \`limit\` rows (default 10; 0 for all); \`truncated\` says whether more match; \`version\` (and the \`${VERSION_HEADER}\` header) names the table version read (\`as_of\` reads an older version or a tag). With \`Accept: ${NDJSON}\` the rows are streamed as newline-delimited JSON, one row per line, each with \`table_version\`.`,
      ...guard(deps, 'read', true),
      request: { params: TableParamsSchema, body: jsonBody(FilterSchema) },
      responses: {
        200: {
          description:
            'Matching rows in genomic order (CHROM in natural order, then POS), or in storage order with `order: "storage"`',
          content: {
            'application/json': { schema: FilterResultSchema },
            [NDJSON]: { schema: VariantRowSchema },
          },
        },
        ...errorResponses(400, 403, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const store = await storeAs(deps, c)
      const rows = filterRows(store, parseRequest('filter', body, 'json'), HTTP_FILES)
      if ((c.req.header('accept') ?? '').toLowerCase().includes(NDJSON)) {
        // NDJSON is not a JSON media type to the typed-response helpers, so this response is built by hand.
        const lines = await peeked(rows)
        const version = rows.version
        return c.body(
          lineStream(lines, (r) => JSON.stringify({ ...rowToJson(r), table_version: version })),
          200,
          { 'content-type': NDJSON, [VERSION_HEADER]: String(version) },
        ) as never
      }
      const out: z.infer<typeof VariantRowSchema>[] = []
      for await (const row of rows) out.push(rowToJson(row))
      return c.json({ version: rows.version!, rows: out, truncated: rows.truncated }, 200, {
        [VERSION_HEADER]: String(rows.version),
      })
    },
  )
}

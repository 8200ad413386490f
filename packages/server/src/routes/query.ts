/**
 * Reads: nearest-neighbour search and SQL filter (JSON or NDJSON).
 *
 * @module
 * @internal
 */
import { createRoute, z } from '@hono/zod-openapi'
import { type VariantStore, classifyAllele, createFeatureEmbedder, genomicFilter, parseRegions, parseVariantSpec, sqlEquals } from '@vcf-agent/core'
import { FilterSchema, SearchHitSchema, SearchSchema, TableParamsSchema, VariantRowSchema } from '../schemas.js'
import { type App, BEARER, type RouteDeps, errorResponses, storeAs, toJsonRow, variantNotFound } from './common.js'

/** Media type of newline-delimited JSON. */
const NDJSON = 'application/x-ndjson'

/** Rows per chunk of an NDJSON response. */
const NDJSON_CHUNK_ROWS = 1000

const SearchResultSchema = z.object({ hits: z.array(SearchHitSchema).openapi({ description: 'Nearest first.' }) }).openapi('SearchResult')
const FilterResultSchema = z.object({ rows: z.array(VariantRowSchema) }).openapi('FilterResult')

function ndjson(rows: readonly Record<string, unknown>[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let i = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i >= rows.length) {
        controller.close()
        return
      }
      let chunk = ''
      for (const end = Math.min(rows.length, i + NDJSON_CHUNK_ROWS); i < end; i++) chunk += `${JSON.stringify(toJsonRow(rows[i]!))}\n`
      controller.enqueue(encoder.encode(chunk))
    },
  })
}

/** The store filter for a body's `filter`, `regions`, `samples` and `genes` (core's genomicFilter). */
async function genomicFilterOf(
  store: VariantStore,
  body: { filter?: string | undefined; regions?: string[] | undefined; samples?: string[] | undefined; genes?: string[] | undefined },
): Promise<string | undefined> {
  const regions = body.regions && body.regions.length > 0 ? parseRegions(body.regions, await store.contigs()) : []
  if (body.regions && body.regions.length > 0 && regions.length === 0) return 'false'
  return genomicFilter({
    regions,
    ...(body.samples ? { samples: body.samples } : {}),
    ...(body.genes ? { genes: body.genes } : {}),
    ...(body.filter?.trim() ? { filter: body.filter } : {}),
    hasRlen: store.columns.includes('rlen'),
  })
}

/**
 * Registers `POST /tables/{table}/search` and `POST /tables/{table}/filter`.
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
        'Give exactly one of `embedding` (a vector of the table’s dim), `variant` (`CHROM:POS:REF:ALT`, embedded with the built-in ' +
        'feature embedder) or `like` (a stored variant_id; the variant itself is left out of the hits).',
      security: BEARER,
      middleware: [deps.auth.read, deps.jsonLimit],
      request: { params: TableParamsSchema, body: { required: true, content: { 'application/json': { schema: SearchSchema } } } },
      responses: {
        200: { description: 'Hits, nearest first', content: { 'application/json': { schema: SearchResultSchema } } },
        ...errorResponses(400, 403, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const { table } = c.req.valid('param')
      const body = c.req.valid('json')
      const store = await storeAs(deps, table, c.get('principal').name)
      let vector: Float32Array | number[]
      let filter = await genomicFilterOf(store, body)
      if (body.embedding) vector = body.embedding
      else if (body.variant) {
        const v = parseVariantSpec(body.variant)
        vector = createFeatureEmbedder(store.dim).embedOne({ ...v, variant_class: classifyAllele(v.ref, v.alt) })
      } else {
        const like = body.like!
        const found = await store.getVariant(like, { select: ['variant_id', 'embedding'] })
        if (!found?.embedding) throw variantNotFound(table, like)
        vector = found.embedding
        const notSelf = `NOT (${sqlEquals('variant_id', like)})`
        filter = filter ? `(${filter}) AND ${notSelf}` : notSelf
      }
      const hits = await store.searchByEmbedding(vector, {
        limit: body.limit ?? 10,
        ...(filter ? { filter } : {}),
        ...(body.select ? { select: body.select } : {}),
        ...(body.distanceType ? { distanceType: body.distanceType } : {}),
      })
      return c.json({ hits: hits.map((h) => toJsonRow(h) as z.infer<typeof SearchHitSchema>) }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tables/{table}/filter',
      tags: ['query'],
      summary: 'Rows matching a SQL filter (scope read)',
      description: `With \`Accept: ${NDJSON}\` the rows are streamed as newline-delimited JSON, one row per line.`,
      security: BEARER,
      middleware: [deps.auth.read, deps.jsonLimit],
      request: { params: TableParamsSchema, body: { required: true, content: { 'application/json': { schema: FilterSchema } } } },
      responses: {
        200: {
          description: 'Matching rows in storage order',
          content: {
            'application/json': { schema: FilterResultSchema },
            [NDJSON]: { schema: VariantRowSchema },
          },
        },
        ...errorResponses(400, 403, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const { table } = c.req.valid('param')
      const body = c.req.valid('json')
      const store = await storeAs(deps, table, c.get('principal').name)
      const rows = await store.filterVariants(await genomicFilterOf(store, body), {
        ...(body.select ? { select: body.select } : {}),
        ...(body.limit !== undefined ? { limit: body.limit } : {}),
        ...(body.offset !== undefined ? { offset: body.offset } : {}),
      })
      if ((c.req.header('accept') ?? '').toLowerCase().includes(NDJSON)) {
        // NDJSON is not a JSON media type to the typed-response helpers, so this response is built by hand.
        return c.body(ndjson(rows as unknown as Record<string, unknown>[]), 200, { 'content-type': NDJSON }) as never
      }
      return c.json({ rows: rows.map((r) => toJsonRow(r) as z.infer<typeof VariantRowSchema>) }, 200)
    },
  )
}

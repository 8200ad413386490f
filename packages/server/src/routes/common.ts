/**
 * What every route module shares: the app type, its dependencies, OpenAPI helpers and row serialisation.
 *
 * @module
 * @internal
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Scope, VariantStore } from '@vcf-agent/core'
import type { Context, Input, MiddlewareHandler } from 'hono'
import type { AppEnv, LogFunction } from '../middleware.js'
import { ErrorSchema } from '../schemas.js'
import type { StoreCache } from '../store-cache.js'

/** The app type every route module registers on. @internal */
export type App = OpenAPIHono<AppEnv>

/** What route modules need. @internal */
export interface RouteDeps {
  /** Open stores, one per table. */
  stores: StoreCache
  /** Auth middleware per scope. */
  auth: Record<Scope, MiddlewareHandler<AppEnv>>
  /** Limit of JSON bodies. */
  jsonLimit: MiddlewareHandler<AppEnv>
  /** Largest VCF upload, in bytes. */
  maxUploadBytes: number
  /** Folder for temporary upload files. */
  uploadDir: string
  /** Log sink. */
  logger: LogFunction
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request: invalid argument, bad filter, malformed JSON, or a delete that would match every row',
  401: 'Missing or invalid bearer token',
  403: 'The token lacks the scope this route needs',
  404: 'Table or variant not found',
  409: 'Conflict: the index exists, or the write lock timed out',
  413: 'Request body over the size limit',
  415: 'Unsupported Content-Type',
  422: 'Request or rows failed validation; `details.issues` lists every problem',
  500: 'Internal or storage failure',
}

/** A JSON `content` entry. @internal */
export const json = <S>(schema: S): { 'application/json': { schema: S } } => ({
  'application/json': { schema },
})

/** A required JSON request body. @internal */
export const jsonBody = <S>(schema: S) => ({ required: true as const, content: json(schema) })

/** A response with a JSON body. @internal */
export const reply = <S>(description: string, schema: S) => ({ description, content: json(schema) })

/**
 * OpenAPI `responses` entries for error statuses (401 and 500 always), all with the {@link ErrorSchema} body.
 * @internal
 */
export function errorResponses<S extends number>(
  ...statuses: S[]
): Record<S, ReturnType<typeof reply<typeof ErrorSchema>>> {
  const out = {} as Record<S, ReturnType<typeof reply<typeof ErrorSchema>>>
  for (const s of [...statuses, 401 as S, 500 as S])
    out[s] = reply(STATUS_TEXT[s] ?? 'Error', ErrorSchema)
  return out
}

/**
 * `security` and `middleware` of a route that needs a bearer token with `scope`; `jsonLimit` adds the JSON body
 * limit.
 * @internal
 */
export function guard(deps: RouteDeps, scope: Scope, jsonLimit = false) {
  return {
    security: [{ bearerAuth: [] }],
    middleware: jsonLimit ? [deps.auth[scope], deps.jsonLimit] : [deps.auth[scope]],
  }
}

/** The response header that names the table version a read answered from. @internal */
export const VERSION_HEADER = 'x-table-version'

/** How HTTP requests give `regions_file`: the BED text itself (the server never reads paths from requests). */
export const HTTP_FILES = { regionsFile: 'text' } as const

/**
 * The request's store view: the shared store of the path's `{table}`, acting as the token's name (the audit actor).
 * @internal
 */
export async function storeAs<P extends string, I extends Input>(
  deps: RouteDeps,
  c: Context<AppEnv, P, I>,
): Promise<VariantStore> {
  return (await deps.stores.get(c.req.param('table') as string)).withActor(c.get('principal').name)
}

/**
 * Reads the first item of `items` before the response starts, so that a bad filter or a missing table is still a
 * JSON error response, and returns an iterable that replays it and then the rest.
 * @internal
 */
export async function peeked<T>(items: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const it = items[Symbol.asyncIterator]()
  const first = await it.next()
  return (async function* () {
    if (!first.done) yield first.value
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value
  })()
}

/**
 * A streamed response body: `toLine` of each item plus a newline, sent in chunks of 1000 lines; a client that goes
 * away stops the iteration.
 * @internal
 */
export function lineStream<T>(
  items: AsyncIterable<T>,
  toLine: (item: T) => string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const it = items[Symbol.asyncIterator]()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = ''
      for (let n = 0; n < 1000; n++) {
        const next = await it.next()
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk))
          controller.close()
          return
        }
        chunk += `${toLine(next.value)}\n`
      }
      controller.enqueue(encoder.encode(chunk))
    },
    async cancel() {
      await it.return?.()
    },
  })
}

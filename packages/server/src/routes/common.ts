/**
 * What every route module shares: the app type, its dependencies, OpenAPI helpers and row serialisation.
 *
 * @module
 * @internal
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Scope, VariantStore } from '@vcf-agent/core'
import type { MiddlewareHandler } from 'hono'
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

/**
 * OpenAPI `responses` entries for error statuses, all with the {@link ErrorSchema} body.
 * @internal
 */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }> {
  const out = {} as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>
  for (const s of [...statuses, 401 as S, 500 as S]) {
    out[s] = { description: STATUS_TEXT[s] ?? 'Error', content: { 'application/json': { schema: ErrorSchema } } }
  }
  return out
}

/** `security` of a route that needs a bearer token. @internal */
export const BEARER = [{ bearerAuth: [] }]

/** How HTTP requests give `regions_file`: the BED text itself (the server never reads paths from requests). */
export const HTTP_FILES = { regionsFile: 'text' } as const

/**
 * The request's store view: the table's shared store acting as the token's name (the audit actor).
 * @internal
 */
export async function storeAs(deps: RouteDeps, table: string, actor: string): Promise<VariantStore> {
  return (await deps.stores.get(table)).withActor(actor)
}

/**
 * The OpenAPI document's fixed parts, and a way to build the whole document without a database.
 *
 * @module
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './middleware.js'

/** Path of the OpenAPI document. */
export const OPENAPI_PATH = '/openapi.json'

/**
 * Version of the HTTP API (not of the npm package): bumped on breaking changes to routes or shapes, so the
 * committed `openapi.json` does not change on every release.
 */
export const API_VERSION = '1.0.0'

/** The `openapi`, `info` and `tags` of the document. */
export type OpenApiConfig = Parameters<OpenAPIHono<AppEnv>['getOpenAPIDocument']>[0]

/**
 * The document's fixed parts: version, title, description and tags.
 *
 * @returns the config passed to `app.doc()`
 * @example
 * ```ts
 * app.getOpenAPIDocument(openApiConfig()).info.version // '1.0.0'
 * ```
 */
export function openApiConfig(): OpenApiConfig {
  return {
    openapi: '3.0.3',
    info: {
      title: 'vcf-agent HTTP API',
      version: API_VERSION,
      description:
        'A LanceDB variant store for VCF data over HTTP. Every route except /healthz needs `Authorization: Bearer <token>`; ' +
        'scopes are read < write < admin, each implying the ones before it. Every failure answers ' +
        '`{ "error": { "code", "message", "details"?, "requestId" } }`; the `x-request-id` header carries the same id. ' +
        'Positions are 1-based (VCF POS).',
    },
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'health', description: 'Liveness' },
      { name: 'tables', description: 'Tables and their stats' },
      { name: 'variants', description: 'Variant rows' },
      { name: 'query', description: 'Vector search and SQL filters' },
      { name: 'indexes', description: 'Scalar and vector indexes' },
      { name: 'ingest', description: 'VCF upload' },
      { name: 'export', description: 'VCF download' },
    ],
  }
}

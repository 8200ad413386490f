/**
 * Builds the OpenAPI document from the route schemas, without a database or a port (for the committed
 * `openapi.json` snapshot and the docs site).
 *
 * @module
 */
import { createApp } from './app.js'
import { openApiConfig } from './openapi.js'

/**
 * The OpenAPI 3.0 document of the HTTP API, exactly as `GET /openapi.json` serves it.
 *
 * @returns the document as a plain JSON-safe object
 * @example
 * ```ts
 * const doc = createOpenApiDocument()
 * Object.keys(doc.paths) // ['/healthz', '/tables', …]
 * ```
 */
export function createOpenApiDocument(): ReturnType<
  ReturnType<typeof createApp>['app']['getOpenAPIDocument']
> {
  const { app } = createApp({ dbPath: '(unused)', tokens: [], logger: () => {} })
  return app.getOpenAPIDocument(openApiConfig())
}

/**
 * The document serialised the way the committed `packages/server/openapi.json` is: 2-space JSON plus a newline.
 *
 * @returns the file text
 * @example
 * ```ts
 * writeFileSync('openapi.json', openApiText())
 * ```
 */
export function openApiText(): string {
  return `${JSON.stringify(createOpenApiDocument(), null, 2)}\n`
}

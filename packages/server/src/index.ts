/**
 * `@vcf-agent/server`: the vcf-agent HTTP API. {@link createApp} builds the Hono app (no port); {@link startServer}
 * serves it; {@link main} is the `vcf-agent-server` binary.
 *
 * @example
 * ```ts
 * import { hashToken, startServer } from '@vcf-agent/server'
 * const server = await startServer({
 *   dbPath: './lancedb',
 *   port: 8080,
 *   tokens: [{ name: 'pipeline', sha256: hashToken(process.env.PIPELINE_TOKEN!), scopes: ['write'] }],
 * })
 * ```
 * @module
 */
export { createApp, DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_UPLOAD_BYTES } from './app.js'
export type { CreateAppOptions, VcfAgentApp } from './app.js'
export { startServer } from './serve.js'
export type { StartServerOptions, RunningServer } from './serve.js'
export { main } from './main.js'
export type { MainIo } from './main.js'
export {
  hashToken,
  hasScope,
  loadTokens,
  parseTokens,
  SCOPES,
  TokenVerifier,
} from '@vcf-agent/core'
export type { LoadTokensOptions, Principal, Scope, TokenConfig } from '@vcf-agent/core'
export { HttpError, ServerErrorCode, statusForCode, toErrorResponse } from './errors.js'
export type { ApiErrorCode, ErrorBody, ErrorResponse } from './errors.js'
export { REQUEST_ID_HEADER } from './middleware.js'
export type { AppEnv, LogFunction } from './middleware.js'
export { API_VERSION, OPENAPI_PATH, openApiConfig } from './openapi.js'
export type { OpenApiConfig } from './openapi.js'
export { createOpenApiDocument, openApiText } from './openapi-document.js'
export { safeFilename } from './upload.js'

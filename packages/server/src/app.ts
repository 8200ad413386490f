/**
 * `createApp`: the Hono app of the HTTP API, without binding a port.
 *
 * @module
 */
import { tmpdir } from 'node:os'
import { OpenAPIHono } from '@hono/zod-openapi'
import {
  type EmbedderChoice,
  type TokenConfig,
  TokenVerifier,
  chooseEmbedder,
  parseTokens,
} from '@vcf-agent/core'
import { HttpError, describeError, toErrorResponse } from './errors.js'
import {
  type AppEnv,
  type LogFunction,
  REQUEST_ID_HEADER,
  jsonBodyLimit,
  requestContext,
  requireScope,
  stderrLogger,
} from './middleware.js'
import { OPENAPI_PATH, openApiConfig } from './openapi.js'
import type { RouteDeps } from './routes/common.js'
import { registerExportRoutes } from './routes/export.js'
import { registerIndexRoutes } from './routes/indexes.js'
import { registerIngestRoutes } from './routes/ingest.js'
import { registerQueryRoutes } from './routes/query.js'
import { registerTableRoutes } from './routes/tables.js'
import { registerVariantRoutes } from './routes/variants.js'
import { registerVersionRoutes } from './routes/versions.js'
import { coreRequestError } from './request-errors.js'
import { StoreCache } from './store-cache.js'
import { defaultWebRoot, registerWebPage } from './web.js'

/** The default upload limit: 1 GiB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 1024 * 1024 * 1024

/** The default JSON body limit: 32 MiB. */
export const DEFAULT_MAX_JSON_BYTES = 32 * 1024 * 1024

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  /** LanceDB folder holding the tables, or an object-storage URI (`s3://…`, `s3+ddb://…?ddbTableName=T`). */
  dbPath: string
  /** LanceDB storage options for an object-storage `dbPath`; they override the AWS_* environment. */
  storageOptions?: Record<string, string>
  /** Accepted tokens (hashes only). An empty list makes every route except `/healthz` answer 401. */
  tokens: readonly TokenConfig[]
  /** Largest VCF upload (`POST /tables/{table}/ingest`), in bytes. The default is 1 GiB. */
  maxUploadBytes?: number
  /** Largest JSON request body, in bytes. The default is 32 MiB. */
  maxJsonBytes?: number
  /** Folder for temporary upload files. The default is the OS temp folder. */
  uploadDir?: string
  /** How long a write waits for the write lock, in ms. The default is core's (60 000 ms). */
  lockTimeoutMs?: number
  /**
   * The embedder for searches by variant and for ingests, as the CLI's `--embedder` options (unset fields fall
   * back to `VCF_AGENT_EMBEDDER`, `VCF_AGENT_EMBEDDING_URL`, `VCF_AGENT_EMBEDDING_MODEL` in `env`). The default is
   * the built-in feature embedder.
   */
  embedder?: EmbedderChoice
  /** Environment for the embedder choice. The default is `process.env`. */
  env?: Record<string, string | undefined>
  /**
   * Receives one JSON log line per request (access log) and one per unexpected error (with its stack). The
   * default writes to stderr.
   */
  logger?: LogFunction
  /**
   * Folder of the web page served at `/` (its `index.html` and `assets/`), or `false` for no page. The default is
   * the page built into this package (`dist/web`); without it `/` answers 404.
   */
  webRoot?: string | false
}

/** What {@link createApp} returns. */
export interface VcfAgentApp {
  /** The Hono app: pass `app.fetch` to a server, or call `app.request()` in tests. */
  app: OpenAPIHono<AppEnv>
  /** Closes every open store. Call it after the server has stopped taking requests. */
  close(): Promise<void>
}

/**
 * Builds the HTTP API over a LanceDB folder: routes, bearer-token auth with scopes, the JSON error shape, request
 * ids, the OpenAPI document at `/openapi.json` and the web page at `/` (no token needed to load it). Nothing is opened until a request needs it: each table's store
 * is opened on first use and kept; no module-level state is shared between apps.
 *
 * Scopes: `read` (list, get, search, filter, stats, list indexes, versions, tags, diff, OpenAPI), `write` (add,
 * update, delete, ingest, tag a version) and `admin` (create tables and indexes, restore, delete a tag,
 * optimize); `admin` implies `write`, which implies `read`. The token's
 * `name` is the actor of every store operation (`store.withActor(name)`).
 *
 * @param options - database folder, tokens, limits, logger
 * @returns the app and a `close()` that closes the stores
 * @throws {VcfAgentError} `CONFIG_INVALID` when a token entry is invalid
 * @example
 * ```ts
 * const { app, close } = createApp({ dbPath: './lancedb', tokens: [{ name: 'ci', sha256: hashToken('t'), scopes: ['read'] }] })
 * const res = await app.request('/tables', { headers: { authorization: 'Bearer t' } })
 * await close()
 * ```
 */
export function createApp(options: CreateAppOptions): VcfAgentApp {
  const logger = options.logger ?? stderrLogger
  const tokens = options.tokens.length === 0 ? [] : parseTokens(options.tokens, 'createApp options')
  const verifier = new TokenVerifier(tokens)
  const stores = new StoreCache({
    dbPath: options.dbPath,
    ...(options.storageOptions === undefined ? {} : { storageOptions: options.storageOptions }),
    ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
    embedder: (dim: number, tableEmbedder: string | undefined) =>
      chooseEmbedder(options.embedder ?? {}, dim, options.env ?? process.env, tableEmbedder),
  })
  const deps: RouteDeps = {
    stores,
    auth: {
      read: requireScope(verifier, 'read'),
      write: requireScope(verifier, 'write'),
      admin: requireScope(verifier, 'admin'),
    },
    jsonLimit: jsonBodyLimit(options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES),
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    uploadDir: options.uploadDir ?? tmpdir(),
    logger,
  }

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return
      // a request of a core operation gets core's own error for it — the same code and message as the CLI
      coreRequestError(
        c.req.method,
        c.req.routePath,
        result.target,
        (result as { data?: unknown }).data,
      )
      const issues = result.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
        code: i.code,
      }))
      const first = issues[0]
      const message =
        `Invalid request ${result.target}: ${first ? `${first.path || '(root)'} ${first.message}` : 'failed validation'}` +
        `${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`
      throw new HttpError('HTTP_VALIDATION_FAILED', message, {
        details: { target: result.target, issues },
      })
    },
  })

  app.use('*', requestContext(logger))
  app.onError((err, c) => {
    const requestId = c.get('requestId') ?? 'unknown'
    const res = toErrorResponse(err, requestId)
    if (res.unexpected) {
      const { method, path } = c.req
      logger(
        JSON.stringify({
          ts: new Date().toISOString(),
          level: 'error',
          msg: 'request failed',
          requestId,
          method,
          path,
          error: describeError(err),
        }),
      )
    }
    return c.json(res.body, res.status as 500, { ...res.headers, [REQUEST_ID_HEADER]: requestId })
  })
  app.notFound((c) => {
    const requestId = c.get('requestId') ?? 'unknown'
    const err = new HttpError(
      'HTTP_NOT_FOUND',
      `No route ${c.req.method} ${c.req.path}. See GET ${OPENAPI_PATH} for the routes.`,
    )
    return c.json(toErrorResponse(err, requestId).body, 404, { [REQUEST_ID_HEADER]: requestId })
  })

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token. Scopes: read < write < admin (each implies the ones before it).',
  })
  registerTableRoutes(app, deps)
  registerVariantRoutes(app, deps)
  registerQueryRoutes(app, deps)
  registerIndexRoutes(app, deps)
  registerIngestRoutes(app, deps)
  registerExportRoutes(app, deps)
  registerVersionRoutes(app, deps)
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot
  if (webRoot) registerWebPage(app, webRoot)
  app.use(OPENAPI_PATH, deps.auth.read)
  app.doc(OPENAPI_PATH, openApiConfig())

  return { app, close: () => stores.close() }
}

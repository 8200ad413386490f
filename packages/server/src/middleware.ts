/**
 * Request-scoped middleware: the request id and access log, bearer-token auth with scopes, and the JSON body
 * limit.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { type Principal, type Scope, type TokenVerifier, hasScope } from '@vcf-agent/core'
import { bodyLimit } from 'hono/body-limit'
import { HttpError } from './errors.js'

/** Hono environment of the app: what middleware stores on the context for handlers. */
export interface AppEnv {
  Variables: {
    /** Id of this request (a random UUID), also sent as the `x-request-id` response header. */
    requestId: string
    /** The authenticated caller; set by the `requireScope` middleware on every route except `/healthz`. */
    principal: Principal
  }
}

/** Receives one log line (a JSON object, no trailing newline). */
export type LogFunction = (line: string) => void

/** The default {@link LogFunction}: one line to stderr. @internal */
export const stderrLogger: LogFunction = (line) => process.stderr.write(`${line}\n`)

/** Response header carrying the request id. */
export const REQUEST_ID_HEADER = 'x-request-id'

/**
 * Gives each request a fresh id (`crypto.randomUUID()`, never taken from the client), sets the `x-request-id`
 * response header, and writes one JSON access-log line per request: method, path, status, duration in ms and
 * the actor.
 *
 * @param log - where access-log lines go
 * @returns the middleware
 * @example
 * ```ts
 * app.use('*', requestContext((line) => process.stderr.write(`${line}\n`)))
 * ```
 */
export function requestContext(log: LogFunction): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = randomUUID()
    const started = performance.now()
    c.set('requestId', requestId)
    c.header(REQUEST_ID_HEADER, requestId)
    await next()
    const { method, path } = c.req
    const durationMs = Math.round(performance.now() - started)
    log(
      JSON.stringify({
        ts: new Date().toISOString(),
        level: 'info',
        msg: 'request',
        requestId,
        method,
        path,
        status: c.res.status,
        durationMs,
        actor: c.get('principal')?.name,
      }),
    )
  }
}

/**
 * Requires `Authorization: Bearer <token>` with at least `scope` (`admin` ⊇ `write` ⊇ `read`) and stores the
 * caller as `principal`.
 *
 * @param verifier - the configured tokens
 * @param scope - the scope the route needs
 * @returns the middleware
 * @throws {HttpError} `AUTH_TOKEN_MISSING` (401) without a bearer token, `AUTH_TOKEN_INVALID` (401) for an unknown
 *   token, `AUTH_SCOPE_MISSING` (403) when the token lacks the scope
 * @example
 * ```ts
 * const route = createRoute({ method: 'get', path: '/tables', middleware: [requireScope(verifier, 'read')], … })
 * ```
 */
export function requireScope(verifier: TokenVerifier, scope: Scope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    const match = header === undefined ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
    if (!match) {
      throw new HttpError(
        'AUTH_TOKEN_MISSING',
        'This route needs an "Authorization: Bearer <token>" header.',
        {
          headers: { 'www-authenticate': 'Bearer realm="vcf-agent"' },
        },
      )
    }
    const principal = verifier.verify(match[1]!)
    if (!principal) {
      throw new HttpError(
        'AUTH_TOKEN_INVALID',
        'The bearer token is not valid. Check the token or ask for a new one.',
        {
          headers: { 'www-authenticate': 'Bearer realm="vcf-agent", error="invalid_token"' },
        },
      )
    }
    c.set('principal', principal)
    if (!hasScope(principal, scope)) {
      throw new HttpError(
        'AUTH_SCOPE_MISSING',
        `Token ${JSON.stringify(principal.name)} lacks the ${scope} scope this route needs (it has ${principal.scopes.join(', ')}).`,
        {
          details: { required: scope, granted: [...principal.scopes] },
          headers: {
            'www-authenticate': `Bearer realm="vcf-agent", error="insufficient_scope", scope="${scope}"`,
          },
        },
      )
    }
    await next()
  }
}

/**
 * Limits a JSON request body to `maxBytes`. A body with a `Content-Length` (and no `Transfer-Encoding`) is checked
 * from that header alone — Node's HTTP parser then delivers exactly that many bytes — so the handler reads it on
 * `@hono/node-server`'s direct path from the socket; a chunked body goes through hono's `bodyLimit`, which reads it
 * into memory up to the limit. Either way it suits JSON bodies, not uploads.
 *
 * @param maxBytes - the largest body accepted, in bytes
 * @returns the middleware
 * @throws {HttpError} `HTTP_PAYLOAD_TOO_LARGE` (413)
 * @example
 * ```ts
 * const limit = jsonBodyLimit(32 * 1024 * 1024)
 * ```
 */
export function jsonBodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  const chunked = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw payloadTooLarge(maxBytes)
    },
  })
  return async (c, next) => {
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined)
      return chunked(c, next)
    // Node's parser has already refused a malformed Content-Length (400)
    if (Number(length) > maxBytes) throw payloadTooLarge(maxBytes)
    await next()
  }
}

/**
 * The 413 error for a body over `maxBytes`.
 *
 * @param maxBytes - the limit, in bytes
 * @returns the error to throw
 * @example
 * ```ts
 * throw payloadTooLarge(1024)
 * ```
 */
export function payloadTooLarge(maxBytes: number): HttpError {
  return new HttpError(
    'HTTP_PAYLOAD_TOO_LARGE',
    `The request body is larger than the limit of ${maxBytes} bytes.`,
    {
      details: { maxBytes },
    },
  )
}

/**
 * The server's error model: the codes only HTTP has (auth, routing, body size, request validation), the
 * {@link HttpError} class that carries them, and the mapping from any error to a status and the one JSON error
 * shape `{ "error": { "code", "message", "details"?, "requestId" } }`.
 *
 * @module
 */
import { type ErrorCode, VcfAgentError, httpStatusFor } from '@vcf-agent/core'
import { HTTPException } from 'hono/http-exception'

/**
 * Stable error codes that exist only at the HTTP layer. Like core's `ErrorCode`, they are public API: never
 * rename one, only deprecate it. Each has exactly one HTTP status ({@link statusForCode}).
 *
 * @example
 * ```ts
 * if (body.error.code === ServerErrorCode.AUTH_SCOPE_MISSING) console.error('ask for a write token')
 * ```
 */
export const ServerErrorCode = {
  /** No `Authorization: Bearer <token>` header (401). */
  AUTH_TOKEN_MISSING: 'AUTH_TOKEN_MISSING',
  /** The bearer token matches no configured token (401). */
  AUTH_TOKEN_INVALID: 'AUTH_TOKEN_INVALID',
  /** The token is valid but lacks the scope the route needs (403). */
  AUTH_SCOPE_MISSING: 'AUTH_SCOPE_MISSING',
  /** No route matches the method and path (404). */
  HTTP_NOT_FOUND: 'HTTP_NOT_FOUND',
  /** The request body is larger than the route's limit (413). */
  HTTP_PAYLOAD_TOO_LARGE: 'HTTP_PAYLOAD_TOO_LARGE',
  /** The request's `Content-Type` is not one the route accepts, e.g. not `application/json` (415). */
  HTTP_UNSUPPORTED_MEDIA_TYPE: 'HTTP_UNSUPPORTED_MEDIA_TYPE',
  /** The body is not parseable JSON (400). */
  HTTP_MALFORMED_BODY: 'HTTP_MALFORMED_BODY',
  /** Path, query or body failed the route's schema; `details.issues` lists every problem (422). */
  HTTP_VALIDATION_FAILED: 'HTTP_VALIDATION_FAILED',
  /** Any other HTTP-level client error (400). */
  HTTP_BAD_REQUEST: 'HTTP_BAD_REQUEST',
} as const

/** One of the string codes in {@link ServerErrorCode}. */
export type ServerErrorCode = (typeof ServerErrorCode)[keyof typeof ServerErrorCode]

/** Any code that can appear in an error response: core's {@link ErrorCode} or a {@link ServerErrorCode}. */
export type ApiErrorCode = ErrorCode | ServerErrorCode

const SERVER_STATUS: Record<ServerErrorCode, number> = {
  AUTH_TOKEN_MISSING: 401,
  AUTH_TOKEN_INVALID: 401,
  AUTH_SCOPE_MISSING: 403,
  HTTP_NOT_FOUND: 404,
  HTTP_PAYLOAD_TOO_LARGE: 413,
  HTTP_UNSUPPORTED_MEDIA_TYPE: 415,
  HTTP_MALFORMED_BODY: 400,
  HTTP_VALIDATION_FAILED: 422,
  HTTP_BAD_REQUEST: 400,
}

/**
 * Core codes whose HTTP status the server sets itself. `EMBED_BAD_VARIANT` is a typo in the client's
 * `chrom:pos:ref:alt`, so a 5xx (which clients retry) would be wrong; core's `httpStatusFor` maps every
 * `EMBED_*` code to 502.
 */
const CORE_OVERRIDES: Partial<Record<ErrorCode, number>> = {
  EMBED_BAD_VARIANT: 422,
}

/**
 * The HTTP status of an error code: the server's own table for {@link ServerErrorCode}s, core's
 * `httpStatusFor` (house style §5) for core codes, with one override (`EMBED_BAD_VARIANT` → 422).
 *
 * @param code - a core or server error code
 * @returns the HTTP status
 * @example
 * ```ts
 * statusForCode('STORE_VARIANT_NOT_FOUND') // 404
 * statusForCode('AUTH_SCOPE_MISSING')      // 403
 * ```
 */
export function statusForCode(code: ApiErrorCode): number {
  if (code in SERVER_STATUS) return SERVER_STATUS[code as ServerErrorCode]
  return CORE_OVERRIDES[code as ErrorCode] ?? httpStatusFor(code as ErrorCode)
}

/**
 * An HTTP-level failure with a {@link ServerErrorCode}, thrown by middleware and handlers and turned into the
 * JSON error shape by the app's error handler.
 *
 * @example
 * ```ts
 * throw new HttpError('AUTH_SCOPE_MISSING', 'This route needs the write scope.', { details: { required: 'write' } })
 * ```
 */
export class HttpError extends Error {
  /** Stable code from {@link ServerErrorCode}. */
  readonly code: ServerErrorCode
  /** HTTP status, from {@link statusForCode}. */
  readonly status: number
  /** Machine-readable context; never holds secrets or raw filter text. */
  readonly details: Record<string, unknown>
  /** Extra response headers, e.g. `WWW-Authenticate`. */
  readonly headers: Record<string, string>

  /**
   * @param code - the server error code
   * @param message - what happened and how to fix it
   * @param options - details, response headers, cause
   */
  constructor(
    code: ServerErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'HttpError'
    this.code = code
    this.status = SERVER_STATUS[code]
    this.details = options.details ?? {}
    this.headers = options.headers ?? {}
  }
}

/** The body of every error response. */
export interface ErrorBody {
  /** The error. */
  error: {
    /** Stable code: a core `ErrorCode` or a {@link ServerErrorCode}. */
    code: ApiErrorCode
    /** What happened, where, and how to fix it. Never a stack trace. */
    message: string
    /** Machine-readable context (row issues, validation issues, the missing scope …), when there is any. */
    details?: Record<string, unknown>
    /** The request's id, also sent in the `x-request-id` header; quote it when reporting a problem. */
    requestId: string
  }
}

/** What {@link toErrorResponse} decided for one error. */
export interface ErrorResponse {
  /** HTTP status. */
  status: number
  /** JSON body. */
  body: ErrorBody
  /** Extra headers. */
  headers: Record<string, string>
  /** True when the error is a bug or an unexpected failure that must be logged in full. */
  unexpected: boolean
}

function body(code: ApiErrorCode, message: string, details: Record<string, unknown> | undefined, requestId: string): ErrorBody {
  const hasDetails = details !== undefined && Object.keys(details).length > 0
  return { error: hasDetails ? { code, message, details, requestId } : { code, message, requestId } }
}

function fromHttpException(err: HTTPException): ServerErrorCode {
  if (err.status === 413) return 'HTTP_PAYLOAD_TOO_LARGE'
  if (err.status === 415) return 'HTTP_UNSUPPORTED_MEDIA_TYPE'
  if (err.status === 404) return 'HTTP_NOT_FOUND'
  if (err.status === 400 && /malformed/i.test(err.message)) return 'HTTP_MALFORMED_BODY'
  return 'HTTP_BAD_REQUEST'
}

/**
 * Maps any thrown value to a status and the JSON error body. `VcfAgentError`s keep their code, message and
 * details; `HttpError`s and hono `HTTPException`s become server codes; anything else is a generic 500 `INTERNAL`
 * whose message names only the request id (the caller logs the real error).
 *
 * @param err - what was thrown
 * @param requestId - the request's id
 * @returns status, body, headers and whether to log the error in full
 * @example
 * ```ts
 * const { status, body } = toErrorResponse(new StoreError('STORE_VARIANT_NOT_FOUND', 'No variant 1-1-A-G.'), id)
 * // status 404, body.error.code 'STORE_VARIANT_NOT_FOUND'
 * ```
 */
export function toErrorResponse(err: unknown, requestId: string): ErrorResponse {
  if (err instanceof HttpError) {
    return { status: err.status, body: body(err.code, err.message, err.details, requestId), headers: err.headers, unexpected: false }
  }
  if (err instanceof VcfAgentError) {
    const status = statusForCode(err.code)
    return { status, body: body(err.code, err.message, err.details, requestId), headers: {}, unexpected: status >= 500 }
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = fromHttpException(err)
    const message = err.status === 415 ? 'Unsupported Content-Type; send application/json.' : err.message || 'Bad request.'
    return { status: err.status, body: body(code, message, undefined, requestId), headers: {}, unexpected: false }
  }
  return {
    status: 500,
    body: body('INTERNAL', `Internal server error. Please report it with request id ${requestId}.`, undefined, requestId),
    headers: {},
    unexpected: true,
  }
}

/**
 * Serialises an error with its stack and `cause` chain (up to 5 levels) for the log, never for the client.
 *
 * @param err - any thrown value
 * @returns a JSON-safe object: name, message, code, details, stack, cause
 * @example
 * ```ts
 * logger(JSON.stringify({ level: 'error', error: describeError(err) }))
 * ```
 */
export function describeError(err: unknown): Record<string, unknown> {
  return describe(err, 0)
}

function describe(err: unknown, depth: number): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: String(err) }
  const out: Record<string, unknown> = { name: err.name, message: err.message }
  if (err instanceof VcfAgentError || err instanceof HttpError) {
    out.code = err.code
    out.details = err.details
  }
  out.stack = err.stack
  if (err.cause !== undefined && depth < 5) out.cause = describe(err.cause, depth + 1)
  return out
}

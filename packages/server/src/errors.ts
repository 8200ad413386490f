/**
 * The server's request mapping of errors: any thrown value to a status and the one JSON error shape
 * `{ "error": { "code", "message", "details"?, "requestId" } }`. The codes, their statuses and the
 * {@link HttpError} class live in core's one error table; this module only adds hono's `HTTPException` mapping
 * and the request id.
 *
 * @module
 */
import {
  type ErrorCode,
  HttpError,
  type HttpErrorCode,
  HttpErrorCode as HttpErrorCodes,
  VcfAgentError,
  formatError,
  httpStatusFor,
} from '@vcf-agent/core'
import { HTTPException } from 'hono/http-exception'

export { HttpError }

/**
 * The codes that exist only at the HTTP layer: core's `HttpErrorCode` (`AUTH_*`, `HTTP_*`), kept under the
 * server's older name. Public API: never rename one, only deprecate it.
 *
 * @example
 * ```ts
 * if (body.error.code === ServerErrorCode.AUTH_SCOPE_MISSING) console.error('ask for a write token')
 * ```
 */
export const ServerErrorCode = HttpErrorCodes

/** One of the HTTP-only codes in {@link ServerErrorCode} (core's `HttpErrorCode`). */
export type ServerErrorCode = HttpErrorCode

/** Any code that can appear in an error response: every code of core's error table. */
export type ApiErrorCode = ErrorCode

/**
 * The HTTP status of an error code: a lookup in core's error table (`httpStatusFor`), kept under the server's
 * older name.
 *
 * @param code - a core or HTTP-only error code
 * @returns the HTTP status
 * @example
 * ```ts
 * statusForCode('STORE_VARIANT_NOT_FOUND') // 404
 * statusForCode('AUTH_SCOPE_MISSING')      // 403
 * ```
 */
export function statusForCode(code: ApiErrorCode): number {
  return httpStatusFor(code)
}

/** The body of every error response. */
export interface ErrorBody {
  /** The error. */
  error: {
    /** Stable code: any code of core's error table. */
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

function body(
  code: ApiErrorCode,
  message: string,
  details: Record<string, unknown> | undefined,
  requestId: string,
): ErrorBody {
  return {
    error:
      details === undefined ? { code, message, requestId } : { code, message, details, requestId },
  }
}

function fromHttpException(err: HTTPException): HttpError {
  const message =
    err.status === 415
      ? 'Unsupported Content-Type; send application/json.'
      : err.message || 'Bad request.'
  if (err.status === 413) return new HttpError('HTTP_PAYLOAD_TOO_LARGE', message, { cause: err })
  if (err.status === 415)
    return new HttpError('HTTP_UNSUPPORTED_MEDIA_TYPE', message, { cause: err })
  if (err.status === 404) return new HttpError('HTTP_NOT_FOUND', message, { cause: err })
  if (err.status === 400 && /malformed/i.test(err.message))
    return new HttpError('HTTP_MALFORMED_BODY', message, { cause: err })
  return new HttpError('HTTP_BAD_REQUEST', message, { cause: err })
}

/**
 * Maps any thrown value to a status and the JSON error body, through core's `formatError`. `VcfAgentError`s
 * (`HttpError` included) keep their code, message and details and get the table's status; hono `HTTPException`s
 * below 500 become HTTP-only codes with their own status; anything else is a generic 500 `INTERNAL` whose message
 * names only the request id (the caller logs the real error).
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
  const httpException = err instanceof HTTPException && err.status < 500 ? err : undefined
  const error = httpException ? fromHttpException(httpException) : err
  const f = formatError(error)
  if (!f.known) {
    const message = `Internal server error. Please report it with request id ${requestId}.`
    return {
      status: f.httpStatus,
      body: body('INTERNAL', message, undefined, requestId),
      headers: {},
      unexpected: true,
    }
  }
  const status = httpException?.status ?? f.httpStatus
  const headers = error instanceof HttpError ? error.headers : {}
  return {
    status,
    body: body(f.code, f.message, f.details, requestId),
    headers,
    unexpected: status >= 500,
  }
}

/**
 * Serialises an error with its stack and `cause` chain (up to 5 levels) for the log, never for the client.
 *
 * @param err - any thrown value
 * @param depth - how deep in a `cause` chain `err` is (0 for the thrown error)
 * @returns a JSON-safe object: name, message, code, details, stack, cause
 * @example
 * ```ts
 * logger(JSON.stringify({ level: 'error', error: describeError(err) }))
 * ```
 */
export function describeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: String(err) }
  const out: Record<string, unknown> = { name: err.name, message: err.message }
  if (err instanceof VcfAgentError) {
    out.code = err.code
    out.details = err.details
  }
  out.stack = err.stack
  if (err.cause !== undefined && depth < 5) out.cause = describeError(err.cause, depth + 1)
  return out
}

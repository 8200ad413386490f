/**
 * {@link HttpError}: the error class of the HTTP-only codes (`AUTH_*`, `HTTP_*`). It lives beside the other
 * classes so that the one error table covers every code; only the server throws it.
 *
 * @module
 */
import { type HttpErrorCode, httpStatusFor } from './codes.js'
import { VcfAgentError, type VcfAgentErrorOptions } from './errors.js'

/** Options of {@link HttpError}: those of every error plus response headers. */
export interface HttpErrorOptions extends VcfAgentErrorOptions {
  /** Extra response headers, e.g. `WWW-Authenticate`. */
  headers?: Record<string, string>
}

/**
 * An HTTP-level failure (auth, routing, body size, request validation) with an HTTP-only code. Thrown by the
 * server's middleware and handlers and turned into the JSON error shape by its error handler.
 *
 * @example
 * ```ts
 * throw new HttpError('AUTH_SCOPE_MISSING', 'This route needs the write scope.', { details: { required: 'write' } })
 * ```
 */
export class HttpError extends VcfAgentError<HttpErrorCode> {
  /** HTTP status, from the error table. */
  readonly status: number
  /** Extra response headers, e.g. `WWW-Authenticate`. */
  readonly headers: Record<string, string>

  /**
   * @param code - an HTTP-only code (`AUTH_*`, `HTTP_*`)
   * @param message - what happened and how to fix it
   * @param options - details, response headers, cause
   */
  constructor(code: HttpErrorCode, message: string, options: HttpErrorOptions = {}) {
    super(code, message, options)
    this.status = httpStatusFor(code)
    this.headers = options.headers ?? {}
  }
}
